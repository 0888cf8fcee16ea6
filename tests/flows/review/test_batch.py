"""``flows review apply``: a file of decisions, checked whole, then applied in order."""

from __future__ import annotations

import json

import pytest

from flows.access import AccessDenied, Actor
from flows.review.batch import DecisionsError, apply_decisions, read_decisions
from flows.review.store import ReviewStore

ISSUER = "https://idp.test"
VIEWER = Actor(ISSUER, "vic", "Vic Viewer", "viewer")
REVIEWER = Actor(ISSUER, "rita", "Rita Reviewer", "reviewer")


def _keys(store: ReviewStore) -> dict[str, str]:
    """Candidate keys by "category origin->destination" (the fixture's three candidates)."""
    out = {}
    for row in store.list_candidates(order="added"):
        r = row.record
        o, d = (p.name if p else "?" for p in (r.origin, r.destination))
        out[f"{r.category} {o}->{d}"] = row.key
    return out


def _lines(*decisions: dict) -> str:
    return "\n".join(json.dumps(d, ensure_ascii=False) for d in decisions) + "\n"


@pytest.mark.parametrize(
    ("line", "problem"),
    [
        ("not json", "not JSON (Expecting value, column 1)"),
        ('["accept", "1d0d08"]', "a decision is a JSON object"),
        ('{"key": "1d0d08"}', "'action' is one of accept, reject, reset, add, not None"),
        ('{"action": "approve", "key": "1d"}', "'action' is one of accept, reject, reset, add"),
        ('{"action": "accept"}', "'key' is missing or empty"),
        ('{"action": "accept", "key": "  "}', "'key' is missing or empty"),
        ('{"action": "reject", "key": "1d", "set": {"origin": "Peru"}}',
         "'set' is not a field of 'reject'"),
        ('{"action": "accept", "key": "1d", "note": "x"}', "'note' is not a field of 'accept'"),
        ('{"action": "accept", "key": "1d", "set": ["origin=Peru"]}',
         "'set' is an object of field names and values"),
        ('{"action": "accept", "key": "1d", "set": {"origin": ["Peru"]}}',
         "'set' field 'origin' is a text, a number or null"),
        ('{"action": "accept", "key": "1d", "set": {"status": "curated"}}',
         "cannot set 'status=curated'"),
        ('{"action": "accept", "key": "1d", "comment": 3}', "'comment' is a text"),
        ('{"action": "add", "document": "d1", "set": {"category": "drugs"}}',
         "'evidence' is missing or empty"),
        ('{"action": "add", "document": "d1", "evidence": "Heroin"}',
         "'set' gives the added flow's fields"),
    ],
)  # fmt: skip
def test_lines_that_cannot_be_read(line, problem):
    decisions, problems = read_decisions('{"action": "reset", "key": "ab"}\n' + line)
    assert [d.action for d in decisions] == ["reset"]
    (number, said), *more = problems
    assert (number, more) == (2, []) and said.startswith(problem)


def test_settings_are_read_as_on_the_command_line():
    (d,), problems = read_decisions(
        '{"action": "accept", "key": "ab", "set": {"origin": "Serbia (RS)", '
        '"confidence": 0.8, "via": null}, "comment": "checked"}'
    )
    assert problems == []
    assert d.settings == ["origin=Serbia (RS)", "confidence=0.8", "via="]
    assert (d.line, d.key, d.comment) == (1, "ab", "checked")


def test_decisions_are_applied_in_order_with_their_trail(store):
    keys = _keys(store)
    libya, ecuador, heroin = keys.values()
    text = _lines(
        {"action": "accept", "key": libya[:8], "comment": "as extracted"},
        {"action": "accept", "key": ecuador[:8], "set": {"origin": "Peru (PE)"}},
        {"action": "reject", "key": heroin[:8], "comment": "not a flow"},
        {"action": "reset", "key": heroin[:8]},
        {"action": "add", "document": "d1", "evidence": "through Iran to Turkey",
         "set": {"category": "drugs", "origin": "Iran (IR)", "destination": "Turkey"}},
    )  # fmt: skip
    outcomes = apply_decisions(store, text, actor=REVIEWER)
    assert [(o.line, o.action, o.state, o.edited, o.error) for o in outcomes] == [
        (1, "accept", "accepted", False, None),
        (2, "accept", "accepted", True, None),
        (3, "reject", "rejected", False, None),
        (4, "reset", "pending", False, None),
        (5, "add", "accepted", False, None),
    ]
    assert [o.key for o in outcomes[:4]] == [libya, ecuador, heroin, heroin]  # full keys
    assert store.counts() == {"pending": 1, "accepted": 3, "rejected": 0}
    trail = [(e.action, e.actor.name, e.comment) for e in store.audit_trail()]
    assert trail == [
        ("accept", "Rita Reviewer", "as extracted"),
        ("accept", "Rita Reviewer", None),
        ("reject", "Rita Reviewer", "not a flow"),
        ("reset", "Rita Reviewer", None),
        ("add", "Rita Reviewer", None),
    ]
    edited = store.get(ecuador).record
    assert (edited.origin.name, edited.origin.country) == ("Peru", "PE")
    added = [r for r in store.reviewed_records() if r.id == outcomes[4].record_id]
    assert [(r.origin.name, r.destination.name) for r in added] == [("Iran", "Turkey")]


def test_one_wrong_line_and_nothing_is_applied(store):
    libya, ecuador, _ = _keys(store).values()
    text = _lines(
        {"action": "accept", "key": libya},
        {"action": "accept", "key": ecuador, "set": {"category": "cars"}},
        {"action": "reject", "key": "ffff"},
        {"action": "add", "document": "d9", "evidence": "x", "set": {"category": "drugs"}},
        {"action": "add", "document": "d1", "evidence": "Cocaine", "set": {"category": "drugs",
         "origin": "Peru"}},
    )  # fmt: skip
    with pytest.raises(DecisionsError) as caught:
        apply_decisions(store, text, actor=REVIEWER, source="mine.jsonl")
    lines = str(caught.value).splitlines()
    assert lines[0] == "mine.jsonl: 4 problem(s), nothing applied:"
    # each problem names the candidate or document it is about, not only the line
    assert lines[1].startswith(
        f"  line 2: accept {ecuador[:8]} (d0: drugs Ecuador -> Antwerp): the edited record is "
        "not valid: category:"
    )
    assert lines[2].startswith("  line 3: reject ffff: no candidate with a key starting with 'ff")
    assert lines[3].startswith("  line 4: add to document d9: no document 'd9'")
    assert lines[4].startswith(
        "  line 5: add to document d1: cannot add the flow to d1: evidence: the quote"
    )
    assert store.counts() == {"pending": 3, "accepted": 0, "rejected": 0}
    assert store.audit_trail() == []


def test_dry_run_checks_and_applies_nothing(store):
    libya = next(iter(_keys(store).values()))
    outcomes = apply_decisions(store, _lines({"action": "reject", "key": libya[:6]}),
                               actor=REVIEWER, dry_run=True)  # fmt: skip
    assert [(o.key, o.state) for o in outcomes] == [(libya, None)]
    assert store.audit_trail() == []


def test_a_decision_refused_while_applying_does_not_stop_the_others(store):
    libya = next(iter(_keys(store).values()))
    fields = {"category": "drugs", "origin": "Pakistan (PK)", "destination": "Turkey"}
    add = {"action": "add", "document": "d1", "evidence": "Heroin", "set": fields}
    outcomes = apply_decisions(store, _lines(add, add, {"action": "accept", "key": libya}),
                               actor=REVIEWER)  # fmt: skip
    assert [o.error is None for o in outcomes] == [True, False, True]
    assert outcomes[1].subject == "add to document d1"
    assert "already gives it" in outcomes[1].error
    assert store.counts()["accepted"] == 2


@pytest.mark.parametrize(
    ("text", "problem"), [("", "no decisions in it"), ("\n  \n", "no decisions in it")]
)
def test_an_empty_file_is_an_error(store, text, problem):
    with pytest.raises(DecisionsError, match=problem):
        apply_decisions(store, text, actor=REVIEWER)


def test_viewers_cannot_apply(store):
    libya = next(iter(_keys(store).values()))
    with pytest.raises(AccessDenied):
        apply_decisions(store, _lines({"action": "accept", "key": libya}), actor=VIEWER)
    assert store.audit_trail() == []


def _cli(capsys, *args: str, stdin: str | None = None, monkeypatch=None):
    from flows.cli import main

    if stdin is not None:
        import io

        monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_apply_on_the_command_line(store, tmp_path, capsys, monkeypatch):
    libya, ecuador, heroin = _keys(store).values()
    path = tmp_path / "decisions.jsonl"
    path.write_text(_lines({"action": "accept", "key": libya[:12]},
                           {"action": "reject", "key": heroin[:12], "comment": "no"}),
                    encoding="utf-8")  # fmt: skip
    db = str(store.path)
    code, out, err = _cli(capsys, "review", "--store", db, "apply", str(path), "--no-progress")
    assert (code, out) == (0, "")
    assert "applied 2 of 2 decisions" in err and "1 accepted (0 edited), 1 rejected" in err
    text = _lines({"action": "accept", "key": ecuador[:12], "set": {"origin": "Peru (PE)"}})
    code, out, err = _cli(capsys, "review", "--store", db, "apply", "-", "--format", "jsonl",
                          "--no-progress", stdin=text, monkeypatch=monkeypatch)  # fmt: skip
    assert code == 0
    (result,) = [json.loads(line) for line in out.splitlines()]
    assert result == {"line": 1, "action": "accept", "key": ecuador, "state": "accepted",
                      "record_id": f"x-{ecuador[:12]}", "edited": True, "error": None,
                      "subject": None}  # fmt: skip


def test_a_refused_line_names_its_candidate_on_the_command_line(store, tmp_path, capsys):
    fields = {"category": "drugs", "origin": "Pakistan (PK)", "destination": "Turkey"}
    add = {"action": "add", "document": "d1", "evidence": "Heroin", "set": fields}
    path = tmp_path / "decisions.jsonl"
    path.write_text(_lines(add, add), encoding="utf-8")
    code, out, err = _cli(capsys, "review", "--store", str(store.path), "apply", str(path),
                          "--no-progress")  # fmt: skip
    assert (code, out) == (1, "")
    assert "line 2: add to document d1 refused: " in err and "applied 1 of 2" in err


def test_a_file_saved_with_a_byte_order_mark_reads(store, tmp_path, capsys):
    """Spreadsheets and Windows editors often start UTF-8 files with a BOM."""
    libya = next(iter(_keys(store).values()))
    path = tmp_path / "decisions.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + _lines({"action": "accept", "key": libya[:8]}).encode())
    code, _, err = _cli(capsys, "review", "--store", str(store.path), "apply", str(path))
    assert code == 0 and "applied 1 of 1 decisions" in err


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (None, "cannot read the decisions file"),
        (b"\xff\xfe{}", "cannot read the decisions file"),
        (b'{"action": "accept", "key": "zz"}\n', "line 1: accept zz: no candidate with a key"),
    ],
)
def test_apply_errors_on_the_command_line(store, tmp_path, capsys, content, message):
    path = tmp_path / "decisions.jsonl"
    if content is not None:
        path.write_bytes(content)
    code, out, err = _cli(capsys, "review", "--store", str(store.path), "apply", str(path))
    assert code == 1 and out == "" and err.startswith("error: ") and message in err
    assert store.audit_trail() == []


def test_the_readme_example_reads():
    from pathlib import Path

    readme = (Path(__file__).parents[3] / "README.md").read_text(encoding="utf-8")
    block = readme.split("```jsonl\n", 1)[1].split("```", 1)[0]
    decisions, problems = read_decisions(block)
    assert problems == []
    assert [d.action for d in decisions] == ["accept", "reject", "reset", "add"]


def test_the_check_refuses_an_added_flow_that_a_pending_candidate_gives(store):
    """Before anything is applied, not halfway through the file; "Turkey" is the candidate's
    "Türkiye" by the gazetteer, as on the command line and the review page."""
    from flows.review.queue import gazetteer_place_key
    from geodata.gazetteer import load_gazetteer

    heroin = _keys(store)["drugs Afghanistan->Türkiye"]
    fields = {"category": "drugs", "origin": "Afghanistan", "destination": "Turkey"}
    text = _lines(
        {"action": "reject", "key": heroin},
        {"action": "add", "document": "d1", "evidence": "Heroin", "set": fields},
    )
    with pytest.raises(DecisionsError) as caught:
        apply_decisions(store, text, actor=REVIEWER, dry_run=True,
                        place_key=gazetteer_place_key(load_gazetteer()))  # fmt: skip
    assert str(caught.value).splitlines()[1] == (
        f"  line 2: add to document d1: cannot add the flow to d1: candidate {heroin[:12]} "
        "(pending) already gives it; accept or edit that one"
    )
    assert store.counts() == {"pending": 3, "accepted": 0, "rejected": 0}
    assert store.audit_trail() == []
