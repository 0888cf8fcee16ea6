"""Round 35 (second wave) of the extractor for real English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- a job promised to the moved says both what the movement is and where it goes: "promising
  them jobs in Dubai", "promising them good job prospects in the Netherlands", "recruited with
  the promise of jobs in Kuwait", "trafficked into the UK on the promise of paid employment"
  are trafficking (the deceit of a job that does not exist), and the place of the promised job
  is the destination, as "promised jobs in" already was.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Agents recruited young women in Nepal, promising them jobs in Dubai.", "en",
         {("human_trafficking", "NP", "Dubai")}),
        ("The gang approached girls from Moldova, promising them good job prospects in "
         "Germany.", "en", {("human_trafficking", "MD", "DE")}),
        ("Brokers recruited Ghanaian women with the promise of jobs in Kuwait.", "en",
         {("human_trafficking", "GH", "KW")}),
        # guard: a promise that is no job names no trafficking
        ("The minister travelled to Nepal, promising them new roads.", "en", set()),
        # guard: a job promised to no one moved (a politician's promise) moves no one
        ("The candidate toured Kerala, promising them jobs in new factories.", "en", set()),
    ],
)  # fmt: skip
def test_round35b_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
