"""Round 43 (ENSPANS): a compass compound written as a name before a country ("Southwest
China", "South East Nigeria", "North-West Pakistan", "Northeast India") is a region of that
country (``geodata.parts``, as "le nord de la France" gives "Northern France"), named as the
text writes it in its one-word form ("Southwest China", "Southeast Nigeria"), as a table of
sentences written for the tests -> the places ``flows places`` gives and the flows
``flows extract`` gives.

- capitalised and not at the start of a sentence, the compound and the country are one place,
  the region (read part: the dateline "GUANGXI, Southwest China —", annotated as a region);
- as a flow's end, in capitals or not ("into northeast India", "to South East Nigeria"), the
  region is the end, as "southern Libya" already gives "Southern Libya".

The guard rows keep today's reading: the country alone where the compound starts a sentence
("Southeast Bangladesh is home to...", read part: annotated as the country), a small country
(under a million people) whatever part the text names, the "-ern" adjectives ("Northern
Mozambique": the country, its part only as a flow's end), names that are one place already
("South Sudan", "North Korea", "Southeast Asia") and a compound before no country.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a capitalised compass compound before a country: one place, the region
        (
            "GUANGXI, Southwest China — Police freed six teenagers held in a compound.",
            [("GUANGXI", "Guangxi", "CN"), ("Southwest China", "Southwest China", "CN")],
        ),
        (
            "The rifles were seized by soldiers in South East Nigeria on Monday.",
            [("South East Nigeria", "Southeast Nigeria", "NG")],
        ),
        (
            "Militants in North-West Pakistan buy guns from local workshops.",
            [("North-West Pakistan", "Northwest Pakistan", "PK")],
        ),
        (
            "Police in Northeast India arrested four men with heroin.",
            [("Northeast India", "Northeast India", "IN")],
        ),
    ],
)
def test_compass_compound_is_a_region(extractor, text: str, expected: list) -> None:
    assert _places(extractor, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # guard: capitalised only because it starts the sentence
        (
            "Police said so.\n\nSoutheast Bangladesh is home to a million Rohingya.",
            [("Bangladesh", "Bangladesh", "BD")],
        ),
        # guard: a small country's part is the country
        ("Boats landed in South West Mayotte at night.", [("Mayotte", "Mayotte", "YT")]),
        # guard: the "-ern" adjectives stay the country among the places
        ("The boat sank off Northern Mozambique.", [("Mozambique", "Mozambique", "MZ")]),
        # guard: names that are one place already
        (
            "Guns reach South Sudan and North Korea from Southeast Asia.",
            [
                ("South Sudan", "South Sudan", "SS"),
                ("North Korea", "North Korea", "KP"),
                ("Southeast Asia", "South-East Asia", None),
            ],
        ),
    ],
)
def test_compass_compound_guards(extractor, text: str, expected: list) -> None:
    assert _places(extractor, text, "en") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Heroin is smuggled from Myanmar into northeast India.",
            ("drugs", "MM", "Northeast India"),
        ),
        (
            "Weapons are smuggled from Benin into South East Nigeria.",
            ("weapons", "BJ", "Southeast Nigeria"),
        ),
        (
            "Cocaine was smuggled from Colombia to southwest China by sea.",
            ("drugs", "CO", "Southwest China"),
        ),
        # "the northeast of India": a cue skips the compound noun too; the part keeps its name
        (
            "Guns are smuggled into the northeast of India from Myanmar.",
            ("weapons", "MM", "Northeastern India"),
        ),
        # guard: the "-ern" adjectives keep their names
        (
            "Migrants were smuggled from Turkey into northern Greece.",
            ("migrant_smuggling", "TR", "Northern Greece"),
        ),
    ],
)
def test_compass_compound_as_an_end(extractor, text: str, expected: tuple) -> None:
    assert expected in _flows(extractor, text, "en")
