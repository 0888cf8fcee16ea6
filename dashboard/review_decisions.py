"""Review page part: apply a file of decisions, as ``flows review apply FILE`` does.

A reviewer who decided many candidates elsewhere (a spreadsheet, a script, another reviewer's
notes) uploads the decisions as one JSON object per line (accept, reject, reset, add; the
format is in the README). The whole file is checked first: one unreadable line or one refused
decision and nothing is applied, every problem named by its line. "Check" stops there.
"""

from __future__ import annotations

from collections import Counter

import streamlit as st

from dashboard.review_page import md_escape
from flows.access import AccessDenied, Actor
from flows.i18n import format_integer, gettext, ngettext

# One label per action, counted after the decisions were applied.
_DONE = {
    "accept": lambda n: ngettext("{n} accepted", "{n} accepted", n),
    "reject": lambda n: ngettext("{n} rejected", "{n} rejected", n),
    "reset": lambda n: ngettext("{n} put back in the queue", "{n} put back in the queue", n),
    "add": lambda n: ngettext("{n} missed flow added", "{n} missed flows added", n),
}


def read_upload(data: bytes) -> str:
    """The text of an uploaded decisions file; a byte-order mark (a file saved by a
    spreadsheet or a Windows editor) is dropped.

    >>> read_upload(b'\\xef\\xbb\\xbf{"action": "reset", "key": "ab"}')
    '{"action": "reset", "key": "ab"}'
    """
    return data.decode("utf-8-sig")


def outcome_summary(outcomes) -> tuple[str, list[str]]:
    """``("2 accepted, 1 rejected", ["line 4: ..."])``: what the applied decisions did, and
    the decisions refused while applying (a flow an earlier line already added)."""
    done = Counter(o.action for o in outcomes if not o.error)
    parts = [
        _DONE[action](n).format(n=format_integer(n))
        for action, n in done.items()
        if action in _DONE
    ]
    refused = [
        gettext("line {n}: {action} refused: {error}").format(
            n=format_integer(o.line), action=o.subject or o.action, error=o.error
        )
        for o in outcomes
        if o.error
    ]
    return ", ".join(parts) or gettext("nothing applied"), refused


def problem_lines(problems: list[tuple[int, str]]) -> list[str]:
    """Each problem of a refused file, by line ("line 3: 'key' is missing or empty")."""
    return [
        gettext("line {n}: {problem}").format(n=format_integer(n), problem=p) if n else p
        for n, p in problems
    ]


def render_apply_decisions(store, actor: Actor) -> None:
    """The "Apply a file of decisions" expander of the Review page (reviewers only)."""
    if not actor.may("review"):
        return
    with st.expander(gettext("Apply a file of decisions"), icon=":material/playlist_add_check:"):
        st.caption(
            gettext(
                "One decision per line, as `flows review apply` reads them: "
                '`{"action": "accept", "key": "1d0d08"}`, with `"set"` for edits, `"reject"`, '
                '`"reset"`, or `"add"` for a missed flow. The whole file is checked first: if '
                "one line is refused, nothing is applied."
            )
        )
        upload = st.file_uploader(
            gettext("Decisions (.jsonl)"), type=["jsonl", "json", "txt"], key="rv_decisions"
        )
        check_col, apply_col = st.columns(2)
        check = check_col.button(gettext("Check"), key="rv_dec_check", disabled=upload is None)
        apply = apply_col.button(
            gettext("Apply"), key="rv_dec_apply", disabled=upload is None, type="primary"
        )
        if upload is None or not (check or apply):
            return
        _check_or_apply(store, actor, upload.name, upload.getvalue(), dry_run=not apply)


def _check_or_apply(store, actor: Actor, name: str, data: bytes, *, dry_run: bool) -> None:
    from dashboard.review_missed import _place_key
    from flows.review.batch import DecisionsError, apply_decisions
    from flows.review.store import ReviewError

    try:
        text = read_upload(data)
    except UnicodeDecodeError as exc:
        st.error(
            md_escape(gettext("{name} is not UTF-8 text: {error}").format(name=name, error=exc))
        )
        return
    try:
        outcomes = apply_decisions(
            store,
            text,
            actor=actor,
            source=name,
            dry_run=dry_run,
            # the gazetteer only compares the ends of added flows
            place_key=_place_key() if '"add"' in text else None,
        )
    except DecisionsError as exc:
        head = ngettext(
            "{name}: {n} problem, nothing applied",
            "{name}: {n} problems, nothing applied",
            len(exc.problems),
        ).format(name=name, n=format_integer(len(exc.problems)))
        # one line each (markdown breaks a line on two trailing spaces)
        st.error("  \n".join(md_escape(line) for line in [head, *problem_lines(exc.problems)]))
        return
    except (AccessDenied, ReviewError) as exc:
        st.error(md_escape(str(exc)))
        return
    if dry_run:
        st.success(
            ngettext(
                "{n} decision checked: it can be applied (nothing applied yet)",
                "{n} decisions checked: they can be applied (nothing applied yet)",
                len(outcomes),
            ).format(n=format_integer(len(outcomes)))
        )
        return
    summary, refused = outcome_summary(outcomes)
    # all refused ("a candidate already gives it"): a warning, not a success
    (st.success if len(refused) < len(outcomes) else st.warning)(md_escape(summary))
    for line in refused:
        st.warning(md_escape(line))
