"""Round 37 hN of the extractor for real English prose (illicit finance), as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination):

- who investigates, probes or reviews covert funding is no payer, as who sanctions it is not:
  "US investigates Vladimir Putin's clandestine funding of European parties", "the Cyprus
  police investigation centres on a scheme to fund HTS" (the payer named after the
  investigator still pays).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Washington investigates Putin's secret funding of European parties.", "en",
         {("illicit_finance", None, "Europe")}),
        # guard: the payer named after the investigator still pays
        ("Britain investigates Moscow's covert funding of European parties.", "en",
         {("illicit_finance", "Moscow", "Europe")}),
    ],
)  # fmt: skip
def test_round37_hN_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
