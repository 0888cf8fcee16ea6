"""Many review decisions in one go: ``flows review apply DECISIONS.jsonl``.

A decisions file has one JSON object per line, the same decisions as ``flows review
accept|reject|reset|add`` take on the command line::

    {"action": "accept", "key": "1d0d08", "set": {"origin": "Ukraine (UA)"}, "comment": "checked"}
    {"action": "reject", "key": "28b6d4", "comment": "not a flow"}
    {"action": "reset", "key": "813b1e"}
    {"action": "add", "document": "seed-000-fr.txt", "evidence": "participent à un commerce",
     "set": {"category": "human_trafficking", "destination": "Europe"}}

Every line is read and checked against the store first (the key or document exists, the
fields can be set, an edited record is valid, a quote is in its document); if any line is
wrong, every problem is reported with its line and field and nothing is applied. Then each
decision is written in its own transaction, in file order, with its audit entry, as the single
commands do; a decision the store still refuses then (a flow added twice) is reported and the
others go on.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from flows.access import Actor, require
from flows.review.edits import apply_settings, parse_settings
from flows.review.store import ReviewError, ReviewStore

ACTIONS = ("accept", "reject", "reset", "add")
# which fields a line of each action takes; "action" and "comment" go with every one
_FIELDS = {
    "accept": ({"key"}, {"set"}),
    "reject": ({"key"}, set()),
    "reset": ({"key"}, set()),
    "add": ({"document", "evidence"}, {"set"}),
}


@dataclass
class Decision:
    """One line of a decisions file, as read (``key`` becomes the full key once checked)."""

    line: int
    action: str
    key: str | None = None
    document: str | None = None
    evidence: str | None = None
    settings: list[str] = field(default_factory=list)
    comment: str | None = None


@dataclass(frozen=True)
class Outcome:
    """What became of one decision: the candidate's state after it, or why it was refused."""

    line: int
    action: str
    key: str | None
    state: str | None = None
    record_id: str | None = None
    edited: bool = False
    error: str | None = None
    subject: str | None = None  # what a refused decision was about (describe_decision)

    def as_json(self) -> dict:
        return {
            "line": self.line,
            "action": self.action,
            "key": self.key,
            "state": self.state,
            "record_id": self.record_id,
            "edited": self.edited,
            "error": self.error,
            "subject": self.subject,
        }


class DecisionsError(ValueError):
    """A decisions file that cannot be applied; ``problems`` names each line and field."""

    def __init__(self, source: str, problems: list[tuple[int, str]]) -> None:
        self.problems = sorted(problems)
        listed = "\n".join(f"  line {n}: {p}" if n else f"  {p}" for n, p in self.problems)
        super().__init__(f"{source}: {len(problems)} problem(s), nothing applied:\n{listed}")


def _settings(value: object) -> list[str]:
    """``{"origin": "Serbia (RS)", "confidence": 0.8}`` as the ``field=value`` texts that
    :func:`flows.review.edits.parse_settings` reads (null clears a field).

    >>> _settings({"origin": "Serbia (RS)", "confidence": 0.8, "via": None})
    ['origin=Serbia (RS)', 'confidence=0.8', 'via=']
    """
    if not isinstance(value, dict):
        raise ValueError("'set' is an object of field names and values")
    out = []
    for name, text in value.items():
        if text is not None and not isinstance(text, str | int | float):
            raise ValueError(f"'set' field '{name}' is a text, a number or null")
        out.append(f"{name}={'' if text is None else text}")
    parse_settings(out)  # raises ValueError naming a field that cannot be set
    return out


def _read_line(number: int, obj: object) -> Decision:
    """One parsed line as a Decision; raise ValueError saying what is wrong with it."""
    if not isinstance(obj, dict):
        raise ValueError("a decision is a JSON object")
    action = obj.get("action")
    if action not in ACTIONS:
        raise ValueError(f"'action' is one of {', '.join(ACTIONS)}, not {action!r}")
    required, optional = _FIELDS[action]
    unknown = sorted(set(obj) - required - optional - {"action", "comment"})
    if unknown:
        raise ValueError(f"'{unknown[0]}' is not a field of '{action}'")
    for name in sorted(required):
        if not isinstance(obj.get(name), str) or not obj[name].strip():
            raise ValueError(f"'{name}' is missing or empty")
    comment = obj.get("comment")
    if comment is not None and not isinstance(comment, str):
        raise ValueError("'comment' is a text")
    settings = _settings(obj["set"]) if "set" in obj else []
    if action == "add" and not settings:
        raise ValueError("'set' gives the added flow's fields (category, origin, destination)")
    return Decision(number, action, obj.get("key"), obj.get("document"), obj.get("evidence"),
                    settings, comment)  # fmt: skip


def read_decisions(text: str) -> tuple[list[Decision], list[tuple[int, str]]]:
    """The decisions of a file's text, and a problem per line that cannot be read
    (``(3, "'key' is missing or empty")``). Blank lines are skipped.

    >>> read_decisions('{"action": "reject", "key": "28b6d4"}\\n\\n{"action": "accept"}')[1]
    [(3, "'key' is missing or empty")]
    """
    decisions, problems = [], []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            decisions.append(_read_line(number, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append((number, f"not JSON ({exc.msg}, column {exc.colno})"))
        except ValueError as exc:
            problems.append((number, str(exc)))
    return decisions, problems


def _check_one(store: ReviewStore, d: Decision, place_key=None) -> None:
    """Raise ReviewError or ValueError if the store would refuse ``d``; fill in its full key.
    An added flow that a candidate of its document already gives is refused here, before
    anything is applied."""
    if d.action != "add":
        d.key = store.full_key(d.key or "")
        if d.settings:
            store.validate_edit(apply_settings(store.get(d.key).record, d.settings))
        return
    store.check_missed(d.document or "", parse_settings(d.settings), d.evidence or "",
                       place_key=place_key)  # fmt: skip


def describe_decision(store: ReviewStore, d: Decision) -> str:
    """What a decision is about, for a message a reviewer can act on without counting lines:
    ``accept 28b6d4a1 (d1: drugs Libya -> Italy)``, ``add to document d9``."""
    if d.action == "add":
        return f"add to document {d.document}"
    key = d.key or ""
    try:
        row = store.get(key)
    except ReviewError:
        return f"{d.action} {key}"  # a key that matches nothing: as written
    r = row.record
    ends = " -> ".join(p.name if p else "?" for p in (r.origin, r.destination))
    return f"{d.action} {key[:8]} ({row.doc_id}: {r.category} {ends})"


def check_decisions(
    store: ReviewStore, decisions: list[Decision], place_key=None
) -> list[tuple[int, str]]:
    """``(line, problem)`` for each decision the store would refuse (keys are made full); the
    problem names the decision's candidate or document (:func:`describe_decision`)."""
    problems = []
    for d in decisions:
        try:
            _check_one(store, d, place_key)
        except (ReviewError, ValueError) as exc:
            problems.append((d.line, f"{describe_decision(store, d)}: {exc}"))
    return problems


def _apply_one(store: ReviewStore, d: Decision, actor: Actor, place_key) -> Outcome:
    if d.action == "add":
        record = store.add_missed(d.document or "", parse_settings(d.settings), d.evidence or "",
                                  actor=actor, comment=d.comment, place_key=place_key)  # fmt: skip
        return Outcome(d.line, d.action, None, "accepted", record.id)
    key = d.key or ""
    if d.action == "accept":
        edits = apply_settings(store.get(key).record, d.settings) if d.settings else None
        record = store.accept(key, edits, actor=actor, comment=d.comment)
        row = store.get(key)
        return Outcome(d.line, d.action, key, row.state, record.id, edited=row.edited)
    if d.action == "reject":
        store.reject(key, d.comment, actor=actor)
    else:
        store.reset(key, actor=actor, comment=d.comment)
    return Outcome(d.line, d.action, key, store.state_of(key))


def apply_decisions(
    store: ReviewStore,
    text: str,
    *,
    actor: Actor,
    source: str = "decisions",
    place_key=None,
    dry_run: bool = False,
    progress: Callable[[Iterable[Decision]], Iterable[Decision]] = iter,
) -> list[Outcome]:
    """Check every decision of ``text`` (a decisions file), then apply them in order.

    Raise :class:`DecisionsError` listing every problem, with nothing applied, if a line
    cannot be read or the store would refuse it; ``dry_run`` stops after the check. A
    decision refused while applying (a flow that an earlier line of the file already added)
    is an Outcome with its ``error``; the others are applied. ``actor`` needs the reviewer
    role; ``place_key`` is :meth:`ReviewStore.add_missed`'s.
    """
    require(actor, "review")
    decisions, problems = read_decisions(text)
    if not decisions and not problems:
        raise DecisionsError(source, [(0, "no decisions in it (one JSON object per line)")])
    problems += check_decisions(store, decisions, place_key)
    if problems:
        raise DecisionsError(source, problems)
    if dry_run:
        return [Outcome(d.line, d.action, d.key) for d in decisions]
    outcomes = []
    for d in progress(decisions):
        try:
            outcomes.append(_apply_one(store, d, actor, place_key))
        except (ReviewError, ValueError) as exc:
            subject = describe_decision(store, d)
            outcomes.append(Outcome(d.line, d.action, d.key, error=str(exc), subject=subject))
    return outcomes
