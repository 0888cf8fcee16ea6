"""Round 56 (FILTERED) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives:

- a three-letter town of 20,000 people or more, below the size a short name needs on its own,
  is a place right after a locative word ("à Ath", "in Dax") when it is the largest place of
  that name, heads no longer name ("the Bay of ...") and the text names its country
  (``ToponymScanner._not_a_name``);
- guards: the same town where the text names no country of it, or where the word heads a
  longer name, stays out.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a short town after a locative word, in a country the text names
        ("Les enquêteurs belges ont perquisitionné à Ath, en Belgique, mardi.", "fr",
         [("Ath", "Ath"), ("Belgique", "Belgium")]),
        ("En France, deux hommes ont été interpellés à Dax avec le cannabis.", "fr",
         [("France", "France"), ("Dax", "Dax")]),
        # guards: no country of it named, or the head of a longer name
        ("Les enquêteurs ont perquisitionné à Ath mardi matin.", "fr", []),
        ("The ship was stopped in the Bay of Bengal by the Philippines navy.", "en",
         [("Bay of Bengal", "Bay of Bengal"), ("Philippines", "Philippines")]),
    ],
)  # fmt: skip
def test_round56_filtered_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected
