"""Round 36 of the extractor for real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- a journey told verb first, "started their perilous trek in Necocli", "began its journey
  from Cox's Bazar", leaves from the place named, as "the journey begins in Aksaray" does.
- a place that is "a growing market", "a lucrative market" for goods receives them (a bare
  "a market for" is no such cue).
- goods "provided by smugglers in Florida" come from where the suppliers are (not goods "sold
  by dealers in Dublin", where they are sold).
- a destination named in an aside, "Thailand, their usual destination,", is where they go.
- a sea is crossed, not left from: a flow whose origin would be a sea has none, the sea is a
  stop on the way (no gold flow of the corpus starts at a sea).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The migrants started their perilous trek in Necocli before reaching Panama.", "en",
         {("migrant_smuggling", "Necoclí", "PA")}),
        # guard: an investigation started somewhere is no journey
        ("Police started their investigation in Spain after cocaine from Colombia arrived.",
         "en", {("drugs", "CO", "ES")}),
        ("Jordan is also a growing market for Captagon.", "en", {("drugs", None, "JO")}),
        # guard: "a market for" alone names no destination
        ("There is a market for smuggled cigarettes in Ireland.", "en",
         {("other", None, "IE")}),
        ("Haitian gangs rely on rifles provided by smugglers in Florida.", "en",
         {("weapons", "Florida", None)}),
        # guard: where dealers sell is where the goods arrive
        ("Cocaine sold by dealers in Dublin came from Colombia.", "en",
         {("drugs", "CO", "Dublin")}),
        ("Rohingya boats landed in Aceh, as Thailand, their usual destination, cracked down on "
         "smugglers.", "en",
         {("migrant_smuggling", None, "Aceh"), ("migrant_smuggling", None, "TH")}),
        # guard: the country named without the aside is where the story happens
        ("Rohingya boats landed in Aceh, as Thailand cracked down on smugglers.", "en",
         {("migrant_smuggling", None, "Aceh")}),
        ("Cocaine washed up on beaches of the Pacific was smuggled to Australia.", "en",
         {("drugs", None, "AU")}),
        # guard: a country of origin with a sea crossed on the way keeps its origin
        ("Heroin from Iran was smuggled across the Gulf of Oman to Yemen.", "en",
         {("drugs", "IR", "YE")}),
    ],
)  # fmt: skip
def test_round36_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
