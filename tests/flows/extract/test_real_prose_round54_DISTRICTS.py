"""Round 54 (DISTRICTS) of the places in real French and English prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> the places ``flows
places`` gives (ANNOTATION.md, "Places"):

- a second-level division written with its kind word, after the name in English ("Nairobi
  County", "Kathmandu District", "Crane County") or before it in French ("le département de
  Saraya"), is a place of its own: the bundled data has no second-level divisions, but most
  are named after their chief town, so the division is a region at the point of the town of
  that name (the gazetteer's city or a small town of ``geodata.towns``) in a country the
  text names;
- guards: court districts ("the Southern District of Texas", "US District Court") and
  "le département d'Etat" stay what they were; divisions the data already has keep their
  reading.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


def _places(extractor, text: str, lang: str) -> list[tuple[str, str, str]]:
    doc = Document(id="t", text=text, lang=lang)
    return [(m.surface, m.place.name, m.place.kind) for m in extractor.places(doc).mentions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a division named after its chief town, with its kind word
        ("Kenyan police seized heroin in Nairobi County on Monday.", "en",
         [("Nairobi County", "Nairobi county", "region")]),
        ("Deputies in Crane County, Texas, found the rifles bound for Mexico.", "en",
         [("Crane County", "Crane county", "region"), ("Texas", "Texas", "region"),
          ("Mexico", "Mexico", "country")]),
        ("Nepal police arrested two men in Kathmandu District with gold from China.", "en",
         [("Nepal", "Nepal", "country"),
          ("Kathmandu District", "Kathmandu district", "region"),
          ("China", "China", "country")]),
        ("The drugs reached Bernalillo County in New Mexico, United States.", "en",
         [("Bernalillo County", "Bernalillo county", "region"),
          ("New Mexico", "New Mexico", "region"),
          ("United States", "United States", "country")]),
        ("Au Sénégal, la drogue a été saisie dans le département de Saraya.", "fr",
         [("Sénégal", "Senegal", "country"), ("Saraya", "Saraya", "region")]),
        # guards: court districts, the State Department, divisions the data has
        ("The Southern District of Texas charged the smugglers.", "en", []),
        ("The US District Court in Miami heard the case.", "en", [("Miami", "Miami", "city")]),
        ("Le département d'Etat américain a annoncé des sanctions contre le Mexique.", "fr",
         [("Mexique", "Mexico", "country")]),
        ("In Kenya, the Lamu County coast is a landing point.", "en",
         [("Kenya", "Kenya", "country"), ("Lamu County", "Lamu", "region")]),
        ("Tunisia's Medenine governorate borders Libya.", "en",
         [("Tunisia", "Tunisia", "country"), ("Medenine governorate", "Medenine", "region"),
          ("Libya", "Libya", "country")]),
    ],
)  # fmt: skip
def test_round54_districts_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected
