"""Round 39 (FNen2) of the extractor for real English prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination): the regions of a
list that shares its head word (ANNOTATION.md: several destinations, several flows; "other
European countries" is Europe).

- regional adjectives coordinated before a word for their countries each name a region: "from
  Arab and African countries" (the Arab world and Africa), "jobs in Middle Eastern and African
  countries" (the Middle East and Africa); "Arab" names the Arab world only before "countries",
  "states" or "nations", never before people ("Arab officials say");
- compass words coordinated before one continent, in lower case too: "into east and central
  Africa" (East Africa and Central Africa), as "Eastern and Central Europe" already was;
- a place, then "and countries of" a region, is a list: "reaches Russia and countries of
  Eastern and Central Europe" (English only: the French "et des pays de" took a loss).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The network smuggled illegal migrants from Arab and African countries via Serbia to "
         "Austria.", "en",
         {("migrant_smuggling", "Arab world", "AT"), ("migrant_smuggling", "Africa", "AT")}),
        ("Nepali women were trafficked with promises of jobs in Middle Eastern and African "
         "countries.", "en",
         {("human_trafficking", "NP", "Middle East"), ("human_trafficking", "NP", "Africa")}),
        ("Middle Eastern migrants were smuggled to Greece by boat.", "en",
         {("migrant_smuggling", "Middle East", "GR")}),
        # guard: "Arab" before people names no region
        ("The drug, which Arab officials say originates in Syria, was smuggled to Jeddah.", "en",
         {("drugs", "SY", "Jeddah")}),
        # guard: one regional adjective alone, as before
        ("The network smuggled illegal migrants from African countries via Serbia to Austria.",
         "en", {("migrant_smuggling", "Africa", "AT")}),
        ("The surge of Sudanese arms smuggled into east and central Africa worries the region.",
         "en", {("weapons", "SD", "East Africa"), ("weapons", "SD", "Central Africa")}),
        # guard: capitalised, as before
        ("Heroin is trafficked from Afghanistan to East and Southeast Asia.", "en",
         {("drugs", "AF", "East Asia"), ("drugs", "AF", "South-East Asia")}),
        ("Afghan heroin then reaches Russia and countries of Eastern and Central Europe.", "en",
         {("drugs", "AF", "RU"), ("drugs", "AF", "Eastern Europe"),
          ("drugs", "AF", "Central Europe")}),
        # guard: no "countries of", the list as before
        ("Afghan heroin is smuggled to countries of Eastern and Central Europe.", "en",
         {("drugs", "AF", "Eastern Europe"), ("drugs", "AF", "Central Europe")}),
    ],
)  # fmt: skip
def test_round39_fnen2_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
