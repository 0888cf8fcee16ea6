"""The text filter searches repeated values once each (flows.filters): the same rows as
searching every row."""

from __future__ import annotations

import numpy as np
import pytest

from flows.filters import _contains, _searchable, word_mask
from tests.flows.test_select import ROWS, make_table


@pytest.fixture(scope="module")
def table():
    # seven records: summaries all different, one source title repeated on every record
    return make_table()


def test_repeated_titles_are_searched_as_distinct_values(table):
    codes, values = _searchable(table, "sources", "title")
    assert codes is not None and values.to_pylist() == ["A report"]
    codes, values = _searchable(table, "records", "summary")
    assert codes is None and len(values) == len(table)  # all different: searched per row
    assert _searchable(table, "records", "notes") is None  # no text at all


@pytest.mark.parametrize(
    ("frame", "column", "word", "expected"),
    [
        ("sources", "title", "report", [True] * 7),
        ("sources", "title", "REPORT".lower(), [True] * 7),
        ("sources", "title", "nothing", [False] * 7),
        ("records", "summary", "europol", [True, False, False, False, True, False, False]),
        ("records", "summary", "rifles", [True, False, False, False, False, False, False]),
        ("records", "notes", "anything", [False] * 7),
    ],
)
def test_contains(table, frame, column, word, expected):
    assert _contains(table, frame, column, word).tolist() == expected


@pytest.mark.parametrize("word", ["europol", "report", "origin", "study", "x"])
def test_word_mask_is_a_search_of_every_row(table, word):
    summaries = [r["summary"] or "" for r in ROWS]
    expected = np.array([word in s.lower() or word in "a report test" for s in summaries])
    assert word_mask(table, word).tolist() == expected.tolist()
