"""Round 11 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- an origin named by a list after a generic place noun other than "countries": "from conflict
  zones such as Ukraine and Libya", "provenant de zones de conflit comme l'Ukraine et la
  Libye", "venus de régions telles que le Darfour";
- places the scanner now finds (tests/flows/extract/test_toponyms.py has the mechanisms):
  a country before a number ("in Honduras 92 per 100,000"), a town after a colon, a division
  with a compass word ("North Carolina").

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Arms trafficking is booming\n\nWeapons from conflict zones such as Ukraine and "
            "Libya reach Europe, the report says.",
            "en",
            {("weapons", "UA", "Europe"), ("weapons", "LY", "Europe")},
        ),
        (
            "Le trafic d'armes explose\n\nDes armes provenant de zones de conflit comme "
            "l'Ukraine et la Libye arrivent en Europe.",
            "fr",
            {("weapons", "UA", "Europe"), ("weapons", "LY", "Europe")},
        ),
        (
            "Trafic de migrants\n\nLes passeurs font venir en Libye des migrants originaires de "
            "régions telles que le Soudan du Sud et l'Érythrée.",
            "fr",
            {("migrant_smuggling", "SS", "LY"), ("migrant_smuggling", "ER", "LY")},
        ),
        (
            "Gun running\n\nRifles were smuggled from North Carolina to Mexico.",
            "en",
            {("weapons", "North Carolina", "MX")},
        ),
        (
            "Cocaine seizures\n\nThe cocaine came from Honduras 3 weeks ago and was seized in "
            "Spain.",
            "en",
            {("drugs", "HN", "ES")},
        ),
    ],
)
def test_round11_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
