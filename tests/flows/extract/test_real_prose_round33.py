"""Round 33 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a list of destinations goes on past the country named after its first town ("in Dubai,
  United Arab Emirates, Oman and Qatar", "vers Dubaï, aux Émirats arabes unis, Oman et le
  Qatar"): one flow per destination (ANNOTATION.md, several destinations), where the rules
  stopped at the town. Only an area in capitalised words followed by a bare joint: "vers
  Dubaï, aux Émirats arabes unis, Oman" is not read so (allowing it added wrong flows on
  fresh text, and ", en Floride, à Cap-Haïtien" must end the list).

The places of the round (datelines of smaller towns, towns apposed to an area they do not lie
in, divisions named with their kind) are rows of ``test_toponyms.py``,
``test_apposed_senses.py`` and ``tests/geodata/test_admin1.py``.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ugandan girls are trafficked to work as maids in Dubai, United Arab Emirates, Oman "
         "and Qatar.", "en",
         {("human_trafficking", "UG", "Dubai"), ("human_trafficking", "UG", "OM"),
          ("human_trafficking", "UG", "QA")}),
        ("Des jeunes Ougandaises sont victimes de traite vers Dubaï, Émirats Arabes Unis, "
         "Oman et le Qatar.", "fr",
         {("human_trafficking", "UG", "Dubai"), ("human_trafficking", "UG", "OM"),
          ("human_trafficking", "UG", "QA")}),
        # guard: the country of a town, then a place with another cue, is no list
        ("Guns bought in Miami, Florida, were smuggled to Haiti.", "en",
         {("weapons", "Miami", "HT")}),
    ],
)  # fmt: skip
def test_round33_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
