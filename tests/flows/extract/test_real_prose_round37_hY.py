"""Round 37 hY of the extractor for real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- "the country" is the country whose police, customs or navy the story names (by nationality
  or, in English, by a country's name heading the service: "the Nigeria Customs Service",
  "the Kenya Police Service"), rather than a country named in an earlier sentence; and, in a
  sentence where that country's forces act ("the Sri Lankan Navy said heroin from Pakistan was
  smuggled into the country"), rather than another country named before it. A dateline alone
  does not override the last country named.
- a place's name inside the name of a service, a medium, a research body or a firm is no end:
  "a U.S. Border Patrol station", "the Canada Border Services Agency", "the Australian
  Institute of Criminology", "The Indian Express", "a Philippine Offshore Gaming Operator".
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Australian customs officers say the trade is growing. Many of the guns are made in "
            "Germany, they said. Silencers are among the items most often smuggled into the "
            "country.",
            "en",
            {("weapons", "DE", "AU")},
        ),
        # guard: with no police, customs or navy named, the country is the last one named
        (
            "The guns are made in Germany. Silencers are among the items most often smuggled into "
            "the country.",
            "en",
            {("weapons", "DE", None), ("weapons", None, "DE")},
        ),
        (
            "The Sri Lankan Navy said heroin from Pakistan was smuggled into the country.",
            "en",
            {("drugs", "PK", "LK")},
        ),
        # guard: the navy's own country named before stays the antecedent
        (
            "Heroin from Pakistan was smuggled into Sri Lanka, where the navy said drugs often "
            "enter the country by trawler.",
            "en",
            {("drugs", "PK", "LK")},
        ),
        (
            "The Kenya Police Service said the migrants had been arrested. Many come from "
            "Ethiopia, police said. They were smuggled into the country through Moyale.",
            "en",
            {("migrant_smuggling", "ET", "KE")},
        ),
        # guard: a region's police (no country) name no home country
        ("Mizoram Police seized heroin smuggled from Myanmar.", "en", {("drugs", "MM", None)}),
        (
            "The migrants were later taken to a U.S. Border Patrol station near the river.",
            "en",
            set(),
        ),
        # guard: a town's border patrol stays a place, and so does "the U.S. border"
        (
            "Migrants were smuggled across the U.S. border into Texas.",
            "en",
            {("migrant_smuggling", None, "Texas")},
        ),
        (
            "Speaking to The Indian Express, an officer said hawala operators send the drug money "
            "to Dubai.",
            "en",
            {("illicit_finance", None, "Dubai")},
        ),
        # guard: a nationality before people still names where they come from
        ("Ethiopian women were trafficked to Lebanon.", "en", {("human_trafficking", "ET", "LB")}),
    ],
)
def test_round37_hy_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
