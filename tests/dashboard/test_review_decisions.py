"""Review page: applying a file of decisions (AppTest), and the part's pure helpers."""

from __future__ import annotations

import json

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.review_decisions import outcome_summary, problem_lines, read_upload
from flows.review.batch import Outcome
from flows.review.store import ReviewStore
from tests.dashboard.test_review_missed import queued  # noqa: F401 (fixture)
from tests.dashboard.test_review_page import TIMEOUT, _page


def _decide(data: bytes, dry_run: bool) -> None:
    """The page's check-or-apply step on an uploaded file (AppTest cannot upload files)."""
    from dashboard.review_decisions import _check_or_apply
    from flows.access import local_actor
    from flows.review.store import ReviewStore

    _check_or_apply(ReviewStore(), local_actor(), "decisions.jsonl", data, dry_run=dry_run)


def _run(data: bytes, dry_run: bool) -> AppTest:
    at = AppTest.from_function(_decide, args=(data, dry_run), default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _lines(*decisions: dict) -> bytes:
    return ("\n".join(json.dumps(d, ensure_ascii=False) for d in decisions) + "\n").encode()


@pytest.mark.parametrize(
    ("outcomes", "summary", "refused"),
    [
        ([], "nothing applied", []),
        ([Outcome(1, "accept", "ab"), Outcome(2, "accept", "cd"), Outcome(3, "reject", "ef")],
         "2 accepted, 1 rejected", []),
        ([Outcome(1, "reset", "ab"), Outcome(2, "add", None),
          Outcome(3, "add", None, error="already added on line 2")],
         "1 put back in the queue, 1 missed flow added",
         ["line 3: add refused: already added on line 2"]),
        ([Outcome(4, "add", None, error="already added on line 2", subject="add to document d1")],
         "nothing applied", ["line 4: add to document d1 refused: already added on line 2"]),
    ],
)  # fmt: skip
def test_outcome_summary(outcomes, summary, refused):
    assert outcome_summary(outcomes) == (summary, refused)


@pytest.mark.parametrize(
    ("problems", "lines"),
    [
        ([(2, "not JSON")], ["line 2: not JSON"]),
        ([(0, "no decisions in it"), (1, "'key' is missing")],
         ["no decisions in it", "line 1: 'key' is missing"]),
    ],
)  # fmt: skip
def test_problem_lines(problems, lines):
    assert problem_lines(problems) == lines


def test_a_byte_order_mark_is_dropped():
    assert read_upload("\ufeff{}".encode()) == "{}"


def test_the_expander_is_on_the_review_page(queued):  # noqa: F811
    at = _page()
    assert "Apply a file of decisions" in [e.label for e in at.expander]
    labels = [b.label for b in at.button]
    assert "Check" in labels and "Apply" in labels


def test_a_checked_file_applies_nothing_then_applying_decides(queued):  # noqa: F811
    key = queued.list_candidates()[0].key
    data = _lines({"action": "accept", "key": key[:8], "comment": "as extracted"})
    at = _run(data, dry_run=True)
    assert [s.value for s in at.success] == [
        "1 decision checked: it can be applied (nothing applied yet)"
    ]
    assert ReviewStore().counts()["accepted"] == 0
    at = _run(data, dry_run=False)
    assert [s.value for s in at.success] == ["1 accepted"]
    assert ReviewStore().counts()["accepted"] == 1


def test_a_bad_file_names_each_line_and_applies_nothing(queued):  # noqa: F811
    key = queued.list_candidates()[0].key
    data = _lines({"action": "accept", "key": key[:8]}) + b"not json\n" + _lines({"action": "x"})
    at = _run(data, dry_run=False)
    (error,) = [e.value.replace("\\", "") for e in at.error]
    assert error.startswith("decisions.jsonl: 2 problems, nothing applied")
    assert "line 2: not JSON" in error and "line 3: 'action' is one of" in error
    assert ReviewStore().counts()["accepted"] == 0


def test_a_file_that_is_not_utf8_is_refused(queued):  # noqa: F811
    at = _run(b"\xff\xfe\x00{", dry_run=False)
    (error,) = [e.value.replace("\\", "") for e in at.error]
    assert error.startswith("decisions.jsonl is not UTF-8 text")
