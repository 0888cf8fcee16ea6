"""Round 55 (ENWORDS) of flows in real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> the role of a place and the flows ``flows extract``
gives (ANNOTATION.md, "Flows"):

- the words of a shipping label or a parcel's booking: where goods are addressed, consigned
  or booked to goes as their destination ("a barrel of rifles addressed to a man in Kingston",
  "a parcel booked by a trader in Lahore for Guangzhou", "consigned to a firm in Rotterdam");
- the sender's address and "a destination" goods came from are their origin ("a crate
  bearing an address in Florida", "a container which had arrived from a destination in the
  USA"), not the place goods go to, as "destinations in" alone says;
- guards: "addressed" as speaking ("the minister addressed reporters in") gives no end.
"""

from __future__ import annotations

import pytest

from flows.extract.direction import cue_role
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("before", "role"),
    [
        ("The barrel of rifles was addressed to a man in ", "destination"),
        ("Police said the crate had been addressed to a woman living in ", "destination"),
        ("The cocaine was consigned to a company in ", "destination"),
        ("The pills were labelled for ", "destination"),
        ("A parcel of heroin booked by one trader in Lahore for ", "destination"),
        ("Two suitcases of cash, booked on a flight for ", "destination"),
        ("The guns were in a crate bearing an address in ", "origin"),
        ("The drum carried a return address in ", "origin"),
        ("A container which had arrived at the port from a destination in the ", "origin"),
        ("The shipment came from an exporter in ", "origin"),
        # guards: goods bound for "destinations in" still go there, a speech goes nowhere
        ("The cocaine was sent on to final destinations in ", "destination"),
        ("The minister addressed reporters in ", None),
    ],
)
def test_label_cues(before: str, role: str | None) -> None:
    found = cue_role(before, "en")
    if role is None:
        assert found not in ("origin", "destination")
    else:
        assert found == role


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "A parcel of heroin booked by one trader in Lahore for Guangzhou was detained.",
            ("drugs", "Lahore", "Guangzhou"),
        ),
        (
            "Customs seized a crate of pistols addressed to a man in Kingston.",
            ("weapons", None, "Kingston"),
        ),
        (
            "Customs found rifles in a container that had arrived from a destination in Mexico.",
            ("weapons", "MX", None),
        ),
    ],
)
def test_label_flows(extractor, text: str, flow: tuple) -> None:
    assert flow in _flows(extractor, text, "en")
