"""Load problems on the page: five shown, the rest counted, record text shown as typed."""

from __future__ import annotations

import pytest

from dashboard.notices import escape_markdown, issue_messages


@pytest.mark.parametrize(
    ("text", "escaped"),
    [
        ("plain words", "plain words"),
        ("**bold**", r"\*\*bold\*\*"),
        ("[x](javascript:alert(1))", r"\[x\]\(javascript\:alert\(1\)\)"),
        ("$x$ costs", r"\$x\$ costs"),
        (":red[alarm]", r"\:red\[alarm\]"),
        ("<img src=x>", r"\<img src=x\>"),
        ("a_b & c", r"a\_b \& c"),
    ],
)
def test_escape_markdown(text, escaped):
    assert escape_markdown(text) == escaped


@pytest.mark.parametrize(
    ("n", "shown", "last"),
    [
        (0, 0, None),
        (5, 5, "issue 4"),
        (6, 6, "and 1 more issue (run `flows validate` to see them all)"),
        (12, 6, "and 7 more issues (run `flows validate` to see them all)"),
    ],
)
def test_issue_messages_show_five_and_count_the_rest(n, shown, last):
    messages = issue_messages([f"issue {i}" for i in range(n)])
    assert len(messages) == shown
    if last is not None:
        assert messages[-1] == last
