"""Round 56 (ORIGINS) of the ends a sentence leaves out, as tables of sentences written for
the tests (not taken from the gold corpus):

- a title that opens with a country or a town and a colon ("Népal : ...", "Nepal: ...") is
  the story's dateline when the text has none in capitals: a flow with no origin, to another
  country, sets off there (``flows.extract.title_places``); not a title that opens otherwise
  ("Report: ..."), nor a dateline in small letters with a dash ("Kathmandu – ..."), nor a
  destination in the title's own country;
- "authorities", "autorités" and "(forces de) sécurité" name the story's country as police
  and customs do ("Saudi authorities", "les forces de sécurité libanaises":
  ``references.home_country``); "the authorities" with no nationality name none.
"""

from __future__ import annotations

import pytest

from flows.extract.mention import tokenize
from flows.extract.references import home_country
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose import _flows

extractor = round3.extractor

HT = "human_trafficking"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a title that opens with a place and a colon: the story's dateline
        ("Népal : les femmes, proies des trafiquants\n\nChaque année, des milliers de jeunes "
         "femmes sont emmenées en Inde pour y être exploitées dans des maisons closes.", "fr",
         {(HT, "NP", "IN")}),
        ("Nepal: Two held for running a fake job agency\n\nThe agency trafficked young women "
         "to Muscat, police said.", "en", {(HT, "NP", "OM")}),
        # guards: no place opens the title, a dash after a town in small letters, the same
        # country as the destination
        ("Report: women sold abroad\n\nThe agency trafficked young women to Muscat, police "
         "said.", "en", {(HT, None, "OM")}),
        ("Kathmandu – Police rescue women\n\nThe agency trafficked young women to Muscat, "
         "police said.", "en", {(HT, None, "OM")}),
        ("Nepal: Two held for running a fake job agency\n\nThe agency trafficked young women "
         "to Kathmandu, police said.", "en", {(HT, None, "NP")}),
    ],
)  # fmt: skip
def test_round56_title_lead(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Saudi authorities seized a cargo of pills hidden in boxes of cheese.", "en", "SA"),
        ("Les autorités koweïtiennes ont saisi des comprimés cachés dans des cageots.", "fr",
         "KW"),
        ("Les forces de sécurité libanaises ont saisi une cargaison de comprimés.", "fr", "LB"),
        # as before: police and customs by nationality
        ("Malian police seized the weapons at the border.", "en", "ML"),
        # guards: authorities with no nationality, a nationality that qualifies no actor
        ("The authorities seized a cargo of pills hidden in boxes of cheese.", "en", None),
        ("Les autorités ont saisi des comprimés venus d'un port syrien.", "fr", None),
    ],
)  # fmt: skip
def test_round56_authorities_name_the_story_country(text, lang, expected):
    assert home_country(tokenize(text), [], lang, lambda code: code) == expected
