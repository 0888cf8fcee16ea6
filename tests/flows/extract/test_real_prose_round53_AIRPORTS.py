"""Round 53 (AIRPORTS) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives
(ANNOTATION.md, "Places"):

- an airport named with the word airport, whose name the gazetteer lacks ("Sabiha Gökçen
  Airport", "Julius Nyerere International Airport", "l'aéroport Montréal-Trudeau", "l'aéroport
  international Julius Nyerere"), is a site (kind other) at the airport's coordinates, from
  the ``airportsdata`` package: the airport whose name and town hold every word of the name,
  the one in a country the text names when several do (``flows.extract.airports``);
- the name and the word airport make the mention; an airport of a town the text has named
  before is that town ("kept in Jaipur ... Jaipur International Airport");
- guards: a town's name before "Airport" stays the town ("Manchester Airport", "l'aéroport de
  Zurich"), "the airport" alone names nothing, and a name no airport holds is no place.
"""

from __future__ import annotations

import pytest

from flows.extract.airports import airports_named
from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


def _places(extractor, text: str, lang: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", text=text, lang=lang)
    return [(m.surface, m.place.kind, m.place.country_code) for m in extractor.places(doc).mentions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # airports the gazetteer lacks, named with the word airport
        (
            "The courier flew to Sabiha Gökçen Airport with the cash.",
            "en",
            [("Sabiha Gökçen Airport", "other", "TR")],
        ),
        (
            "Heroin was found at Julius Nyerere International Airport on Monday.",
            "en",
            [("Julius Nyerere International Airport", "other", "TZ")],
        ),
        (
            "Les douaniers ont saisi 17 kg de cocaïne à l'aéroport Montréal-Trudeau.",
            "fr",
            [("aéroport Montréal-Trudeau", "other", "CA")],
        ),
        (
            "Il a été interpellé à l'aéroport international Julius Nyerere.",
            "fr",
            [("aéroport international Julius Nyerere", "other", "TZ")],
        ),
        # a possessive town before the name stays the town, and the airport is that town's
        (
            "He travelled to Istanbul's Sabiha Gökçen Airport.",
            "en",
            [("Istanbul", "city", "TR"), ("Sabiha Gökçen Airport", "city", "TR")],
        ),
        # guards: airports the gazetteer already names keep their reading
        (
            "She was stopped at Kotoka International Airport with cocaine.",
            "en",
            [("Kotoka International Airport", "other", "GH")],
        ),
        (
            "Les passeurs sont arrivés à l'aéroport Blaise Diagne avec les migrants.",
            "fr",
            [("aéroport Blaise Diagne", "other", "SN")],
        ),
        # guards: a town's name before "Airport" stays the town
        ("Drugs were seized at Manchester Airport.", "en", [("Manchester", "city", "GB")]),
        ("La drogue a été saisie à l'aéroport de Zurich.", "fr", [("Zurich", "city", "CH")]),
        # guards: "the airport" alone, and a name no airport holds, name nothing
        ("Security at the Airport stopped the girls.", "en", []),
        ("The smugglers were caught at the airport.", "en", []),
        ("Il a été arrêté à l'aéroport.", "fr", []),
        ("They met at Quorblax Airport.", "en", []),
    ],
)
def test_round53_airports_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


def test_round53_airport_of_a_town_named_before_is_the_town(extractor):
    text = "The women were kept in Jaipur. They flew off from Jaipur International Airport."
    found = _places(extractor, text, "en")
    assert found == [("Jaipur", "city", "IN"), ("Jaipur International Airport", "city", "IN")]


def test_round53_airports_named_needs_the_word_airport():
    assert airports_named("He flew from Kotoka to Accra.", "en", [], set()) == []
