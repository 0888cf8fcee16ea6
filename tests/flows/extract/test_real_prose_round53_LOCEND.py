"""Round 53 (LOCEND): a place of seizure read as the place where goods came from, in real
English prose, as a table of sentences written for the tests (not taken from the gold corpus)
-> the flows the extractor gives (ANNOTATION.md: an endpoint is where the movement starts or
ends; the place where goods were seized ends their journey, it never starts it):

- "seizures of heroin were made in X", "the discovery was made at dawn in X": the place where
  goods were seized or found, not where they were made ("made in" says where goods were
  produced only when the goods are what was made);
- a demonym with one qualifier before its geographic noun ("in Tanzanian coastal waters",
  "the Turkish land border") names the country as "Tanzanian waters" does.

Fires in three read documents (en-468, en-698, en-753), changes one (en-753: Tanzania was
the origin every heroin flow of the story took); read strict F1 0.619 -> 0.620, fresh strict
0.4468 -> 0.4470 (same true flows, two false ones fewer).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the place of a seizure "made" there is no origin
        ("Two seizures of heroin were made in Tanzanian coastal waters last month.", "en",
         set()),
        ("Large seizures of cannabis resin were made in Morocco last year.", "en", set()),
        ("The discovery of the cocaine was made in Brazil.", "en", set()),
        ("Interceptions of weapons have been made in Niger.", "en", set()),
        # a demonym, a qualifier, then the geographic noun: the country where goods arrived
        ("Heroin from Iran was seized in Tanzanian coastal waters.", "en",
         {("drugs", "IR", "TZ")}),
        # guards: goods made somewhere still come from there; a seizure place named plainly
        # keeps today's reading ("Dominican" is a place's own name too)
        ("The methamphetamine tablets were made in Myanmar and smuggled into Thailand.", "en",
         {("drugs", "MM", "TH")}),
        ("Heroin made in Afghanistan was seized in Iran.", "en", {("drugs", "AF", "IR")}),
        ("The seizure was made in Durban, in a container of heroin shipped from Pakistan.",
         "en", {("drugs", "PK", "Durban")}),
        ("Cocaine from Colombia was seized in Italian waters.", "en",
         {("drugs", "CO", "IT")}),
        ("Cocaine shipped from Venezuela was intercepted in Dominican territorial waters.",
         "en", {("drugs", "VE", "DO")}),
        ("The discovery was made at dawn in Paraguay by the border police.", "en", set()),
    ],
)  # fmt: skip
def test_round53_locend_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
