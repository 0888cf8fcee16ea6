"""Round 35 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a network "spread across" or "operating across" places works there: they are no ends
  ("a human trafficking racket spread across India, Nepal and Oman"); money "spread across
  Europe" still goes there.
- money sent "to their suppliers in Yemen" goes there, as to buyers or gangs; money or goods
  "from arms importers in Somalia", "from donors in Qatar" leave from where those are.
- police who find "a cache of handguns in a container headed to Dominica" find what nobody
  declared, as when they find "handguns in" one (a quantity or a container word before the
  goods hid the cue).
- a place whose traders or companies are "based" there sends what they send: "a Dubai-based
  exchange house wired drug money to Lebanon" (not a place whose agency speaks: "the
  Geneva-based IOM said...").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police busted a human trafficking racket spread across India, Nepal and Oman.", "en",
         set()),
        # guard: money spread across a continent goes there
        ("Launderers spread the cash across Europe.", "en",
         {("illicit_finance", None, "Europe")}),
        ("The hawala records show the transfer of $3.7 million from arms importers in Somalia "
         "to their suppliers in Yemen.", "en", {("illicit_finance", "SO", "YE")}),
        ("Traffickers paid the money to their suppliers in Colombia.", "en",
         {("illicit_finance", None, "CO")}),
        ("Laundered funds came from donors in Qatar to the group.", "en",
         {("illicit_finance", "QA", None)}),
        ("A Dubai-based exchange house wired drug money to Lebanon.", "en",
         {("illicit_finance", "Dubai", "LB")}),
        ("Officers found a cache of handguns in a container headed to Dominica.", "en",
         {("weapons", None, "DM")}),
        # guard: an agency based somewhere sends nothing
        ("The Geneva-based IOM said migrants reached Italy by boat.", "en",
         {("migrant_smuggling", None, "IT")}),
    ],
)  # fmt: skip
def test_round35_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
