"""Round 41 (TOWNS): small towns the gazetteer lacks (GeoNames ``cities1000`` less
``cities15000``, ``geodata/data/towns1000.csv``), read only where the text says the word is a
place, as a table of sentences written for the tests -> the places ``flows places`` gives:

- a name right before an area that holds the town: in brackets ("Avrillé (Maine-et-Loire)",
  "Ciney (Belgique)"), after a comma ("Sandwich, Kent", "Nemours, en Seine-et-Marne", the
  agency dateline "FOSSALTA DI PIAVE, Italy (AP)");
- a name after a noun that says it is a town ("the town of Fgura", "la commune d'Acoua"),
  when a country the text names holds it;
- a name listed with a town the gazetteer knows ("raids in St. Paul's Bay, Fgura, Gudja and
  Paola", "à Durrës, Shijak et Dhermi"), when that town's country holds a town of the name
  near it (150 km);
- every other occurrence of the name in the text is that town too.

The guard rows keep today's reading: a town name that is also a word, a surname or a town of
another country stays no place, and so does a name after such a noun that no named country
holds.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


def _places(extractor, text: str, lang: str) -> list[tuple[str, str, str | None]]:
    doc = Document(id="t", text=text, lang=lang)
    return [(m.surface, m.place.name, m.place.country_code) for m in extractor.places(doc).mentions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town in brackets before its département, province or country
        ("Six personnes ont été interpellées à Avrillé (Maine-et-Loire) mardi.", "fr",
         [("Avrillé", "Avrillé", "FR"), ("Maine-et-Loire", "Maine-et-Loire", "FR")]),
        ("La bourse aux armes se tenait à Ciney (Belgique).", "fr",
         [("Ciney", "Ciney", "BE"), ("Belgique", "Belgium", "BE")]),
        ("La douane a saisi de la cocaïne sur l'A63 à Castets (Landes).", "fr",
         [("Castets", "Castets", "FR"), ("Landes", "Landes", "FR")]),
        # after a comma, before the area
        ("Migrants were found in a lorry in Sandwich, Kent, on Monday.", "en",
         [("Sandwich", "Sandwich", "GB"), ("Kent", "Kent", "GB")]),
        ("Un atelier d'armes a été découvert à Nemours, en Seine-et-Marne.", "fr",
         [("Nemours", "Nemours", "FR"), ("Seine-et-Marne", "Seine-et-Marne", "FR")]),
        ("FOSSALTA DI PIAVE, Italy (AP) — Police arrested twelve smugglers.", "en",
         [("FOSSALTA DI PIAVE", "Fossalta di Piave", "IT"), ("Italy", "Italy", "IT")]),
        # after a noun that says it is a town, in a country the text names
        ("Police raided homes in the town of Fgura, Malta, and seized cash.", "en",
         [("Fgura", "Fgura", "MT"), ("Malta", "Malta", "MT")]),
        ("Les kwassas accostent dans la commune d'Acoua, à Mayotte. Acoua est isolée.", "fr",
         [("Acoua", "Acoua", "YT"), ("Mayotte", "Mayotte", "YT"), ("Acoua", "Acoua", "YT")]),
        # listed with a town of the gazetteer, in its country and near it
        ("Police searched houses in Birkirkara, Fgura, Gudja and Paola on Friday.", "en",
         [("Birkirkara", "Birkirkara", "MT"), ("Fgura", "Fgura", "MT"), ("Gudja", "Gudja", "MT"),
          ("Paola", "Paola", "MT")]),
        ("Les villas se trouvaient à Durrës, Shijak et Dhermi.", "fr",
         [("Durrës", "Durrës", "AL"), ("Shijak", "Shijak", "AL"), ("Dhermi", "Dhërmi", "AL")]),
        # guards: a town of another country, a name no noun or area places, a word
        ("Le suspect, Ciney, a été arrêté en France.", "fr", [("France", "France", "FR")]),
        ("Police spoke to Mr Fgura in Spain.", "en", [("Spain", "Spain", "ES")]),
        ("The village of Fgura is said to lie in Spain.", "en", [("Spain", "Spain", "ES")]),
        ("The migrants were taken to a port of Entry in Texas.", "en", [("Texas", "Texas", "US")]),
        ("Smith, Paola and Jones met in Paris.", "en", [("Paris", "Paris", "FR")]),
        ("Les perquisitions ont eu lieu à Liège, Gudja et Fgura.", "fr",
         [("Liège", "Liège", "BE")]),
        ("La ville de Paris (France) a porté plainte.", "fr",
         [("Paris", "Paris", "FR"), ("France", "France", "FR")]),
    ],
)  # fmt: skip
def test_round41_towns_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des armes ont été saisies à Avrillé (Maine-et-Loire), venues de Belgique.", "fr",
         {("weapons", "BE", "Avrillé")}),
    ],
)  # fmt: skip
def test_round41_towns_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
