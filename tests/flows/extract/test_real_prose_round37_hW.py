"""Round 37 hW of the extractor for real English prose (weapons flows), as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination):

- goods stopped at a border town's port of entry or crossing leave from that town, the most
  specific origin the text gives: "through the DeConcini border crossing in Nogales", "at the
  Eagle Pass Port of Entry" (``port_before`` / ``port_after`` in the lexicon,
  ``end_corrections.through_the_port``); a port in the country the goods enter, or an origin the
  sentence states otherwise, is left alone.
- arms for armed groups where they fight: "a major source of weapons for armed groups
  operating in the Sahel" (``BUYERS``: "for" only before armed groups).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The teens tried to smuggle four rifles to Mexico through the DeConcini border "
         "crossing in Nogales, Arizona.", "en", {("weapons", "Nogales", "MX")}),
        # guard: a port in the country the goods enter is no origin
        ("Officers at the Laredo Port of Entry seized cocaine smuggled from Mexico.", "en",
         {("drugs", "MX", "Laredo")}),
        # guard: an origin the sentence states, other than the port's country, stays
        ("Officers at the Laredo Port of Entry seized rifles smuggled from Texas to Mexico.",
         "en", {("weapons", "Texas", "MX")}),
        ("Libya remains a major source of weapons for armed groups operating in the Sahel.",
         "en", {("weapons", "LY", "Sahel")}),
        # guard: "for" before buyers who are no armed group gives no destination
        ("Libya remains a major source of weapons for buyers operating in Egypt.", "en",
         set()),
    ],
)  # fmt: skip
def test_round37_hw_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
