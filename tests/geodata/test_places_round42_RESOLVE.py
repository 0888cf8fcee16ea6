"""Round 42 (RESOLVE) of the places in real English and French prose: a name the product finds
but resolves to another place of that name. A table of sentences written for the tests (not
taken from the gold corpus) -> (surface, place name, country code) of ``flows places``:

- a town written with the division it lies in ("San Luis, Arizona", "Norfolk, Virginia") takes
  its sense in that division: of the country's towns of that name, the one nearest the
  division (San Luis, Arizona, not St. Louis, Missouri), and a name read as a division of
  another country is the town too after a bare comma ("Norfolk, Virginia" is not the English
  county: two divisions of two countries are no list);
- a city name that is also the capital of a country the document names outright is that
  capital ("San José" in a story that names Costa Rica; "Kingston" beside Jamaica), unless the
  city read is the capital of a named country itself.
Guard rows keep today's readings: two English counties in a row, a town and its own state, a
San Jose in a text that names no Costa Rica, a capital read already.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town apposed to a division: its sense in that division
        (
            "Smugglers from Mexico were caught at the Area Port of San Luis, Arizona.",
            "en",
            [
                ("Mexico", "Mexico", "MX"),
                ("San Luis", "San Luis", "US"),
                ("Arizona", "Arizona", "US"),
            ],
        ),
        (
            "Officers seized three rifles in Norfolk, Virginia, in a container bound for Liberia.",
            "en",
            [
                ("Norfolk", "Norfolk", "US"),
                ("Virginia", "Virginia", "US"),
                ("Liberia", "Liberia", "LR"),
            ],
        ),
        # the capital of a country the document names
        (
            "Migrants flew from the U.S. to Costa Rica and were stopped in San José.",
            "en",
            [
                ("U.S.", "United States", "US"),
                ("Costa Rica", "Costa Rica", "CR"),
                ("San José", "San José", "CR"),
            ],
        ),
        (
            "Partis des États-Unis, les migrants ont été arrêtés au Costa Rica puis à San José.",
            "fr",
            [
                ("États-Unis", "United States", "US"),
                ("Costa Rica", "Costa Rica", "CR"),
                ("San José", "San José", "CR"),
            ],
        ),
        # guards: two counties of one country are a list; a town in its own state; no named
        # Costa Rica; a capital read already
        (
            "The gang sold heroin in Norfolk, Suffolk and Essex.",
            "en",
            [("Norfolk", "Norfolk", "GB"), ("Suffolk", "Suffolk", "GB"), ("Essex", "Essex", "GB")],
        ),
        (
            "Guns were bought in Nogales, Arizona, and driven into Mexico.",
            "en",
            [
                ("Nogales", "Nogales", "US"),
                ("Arizona", "Arizona", "US"),
                ("Mexico", "Mexico", "MX"),
            ],
        ),
        (
            "The cash was seized at the airport of San Jose before a flight to Mexico.",
            "en",
            [("San Jose", "San Jose", "US"), ("Mexico", "Mexico", "MX")],
        ),
        (
            "Police in Jamaica seized guns shipped from Kingston to Haiti.",
            "en",
            [
                ("Jamaica", "Jamaica", "JM"),
                ("Kingston", "Kingston", "JM"),
                ("Haiti", "Haiti", "HT"),
            ],
        ),
    ],
)
def test_resolve_round42(extractor, text: str, lang: str, expected: list) -> None:
    assert _places(extractor, text, lang) == expected
