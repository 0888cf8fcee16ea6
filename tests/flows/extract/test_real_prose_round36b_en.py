"""Round 36b of the extractor for real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- "bullets" and "munitions" are weapons, as "ammunition" is ("a bus headed to Mexico that
  contained thousands of bullets").
- a side of the country after "the coasts of", "the coast of", "the regions of" ("to the
  coasts of southern Italy", "from the coast of northern France") keeps the cue of the place.
- a source named with its goods or as one of several ("a possible source of heroin to
  Australia", "one of the leading cocaine suppliers to Spain") sends, as "the main source"
  does; "a source of income" does not.
- a place right after "to" that names whose officers they are ("known to the Miami
  prosecutors", "handed over to the Lagos police", "the Rome prosecutors said") is where they
  sit, not where anything goes.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Border agents stopped a van headed to Mexico that carried thousands of bullets hidden "
         "in crates.", "en", {("weapons", None, "MX")}),
        # guard: other goods in the same van keep their category
        ("Border agents stopped a van headed to Mexico that carried smuggled cigarettes hidden "
         "in crates.", "en", {("other", None, "MX")}),
        ("Smugglers ferried the migrants from Libya to the coasts of southern Italy.", "en",
         {("migrant_smuggling", "LY", "Southern Italy")}),
        # guard: the coast of a country named bare stays the country
        ("Smugglers ferried the migrants from Libya to the coast of Italy.", "en",
         {("migrant_smuggling", "LY", "IT")}),
        ("Pakistan remains a threat as a possible source of heroin to Australia.", "en",
         {("drugs", "PK", "AU")}),
        ("Colombia has long been one of the leading cocaine suppliers to Spain.", "en",
         {("drugs", "CO", "ES")}),
        # guard: "the main source of" already sent
        ("Colombia is the main source of the cocaine sold in Spain.", "en",
         {("drugs", "CO", "ES")}),
        ("The name of the gun smuggler is known to the Miami prosecutors.", "en", set()),
        ("Weapons were smuggled from Albania to Italy, the Rome prosecutors said.", "en",
         {("weapons", "AL", "IT")}),
        # guard: officers after a comma are who speaks, the place before still receives
        ("The smuggled cocaine was shipped to Spain, police said.", "en",
         {("drugs", None, "ES")}),
    ],
)  # fmt: skip
def test_round36b_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
