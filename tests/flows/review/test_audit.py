"""Audit trail of the review store: who decided what and when, role checks in the functions
that act, append-only entries, a decision and its entry written together (even under kill -9),
and the reviewer and date carried by reviewed records into exports and `flows review history`."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flows.access import AccessDenied, Actor
from flows.load import load_records
from flows.review.cli import format_entry
from flows.review.export import export_reviewed
from flows.review.store import ReviewError, ReviewStore

ROOT = Path(__file__).resolve().parents[3]
ISSUER = "https://idp.test"
VIEWER = Actor(ISSUER, "vic", "Vic Viewer", "viewer")
REVIEWER = Actor(ISSUER, "rita", "Rita Reviewer", "reviewer")
ADMIN = Actor(ISSUER, "ada", "Ada Admin", "admin")


def _trail(store: ReviewStore) -> list[tuple]:
    with sqlite3.connect(store.path) as con:
        rows = con.execute("SELECT * FROM audit ORDER BY seq").fetchall()
    con.close()
    return rows


def test_a_decision_records_who_when_what_and_why(store):
    row = store.list_candidates()[0]
    edits = {**row.record.model_dump(mode="json"), "commodity": "opium"}
    store.accept(row.key, edits, actor=REVIEWER, comment="checked against the report")
    (entry,) = store.history(row.key)
    assert (entry.action, entry.state_before) == ("accept", "pending")
    assert entry.state_after == "accepted"
    assert entry.actor == REVIEWER
    assert entry.comment == "checked against the report"
    assert entry.at.endswith("+00:00") and entry.at[:2] == "20"
    assert ("commodity", row.record.commodity, "opium") in entry.changes()
    assert entry.record_after["status"] == "reviewed"
    assert entry.record_before["status"] == "extracted"
    got = store.get(row.key)
    assert (got.decided_by, got.decided_at) == ("Rita Reviewer", entry.at)


def test_history_by_record_id_key_and_prefix_in_order(store):
    row = store.list_candidates()[1]
    store.reject(row.key, "not a flow", actor=REVIEWER)
    store.reset(row.key, actor=ADMIN, comment="re-read the source")
    store.accept(row.key, actor=ADMIN)
    for ident in (row.record.id, row.key, row.key[:12]):
        entries = store.history(ident)
        assert [(e.action, e.actor.name) for e in entries] == [
            ("reject", "Rita Reviewer"),
            ("reset", "Ada Admin"),
            ("accept", "Ada Admin"),
        ]
    assert store.get(row.key).note == "not a flow"
    assert store.history(store.list_candidates()[0].key) == []  # nobody decided yet
    with pytest.raises(ReviewError, match="no record id or candidate key 'nope'"):
        store.history("nope")


# (store method, role) -> allowed; a refused call changes nothing and writes no entry
ROLE_TABLE = [
    ("add", "viewer", False),
    ("add", "reviewer", True),
    ("accept", "viewer", False),
    ("accept", "reviewer", True),
    ("accept", "admin", True),
    ("save_edit", "viewer", False),
    ("save_edit", "reviewer", True),
    ("reject", "viewer", False),
    ("reject", "reviewer", True),
    ("reset", "viewer", False),
    ("reset", "reviewer", True),
    ("purge", "viewer", False),
    ("purge", "reviewer", False),
    ("purge", "admin", True),
]


@pytest.mark.parametrize(("method", "role", "allowed"), ROLE_TABLE)
def test_roles_are_checked_by_the_store_itself(store, results, method, role, allowed):
    actor = Actor(ISSUER, role, role.title(), role)
    key = store.list_candidates()[0].key
    store.reject(key, actor=ADMIN)  # something to reset and to purge
    record = store.get(key).record.model_dump(mode="json")
    calls = {
        "add": lambda: store.add_results(results, batch="again", actor=actor),
        "accept": lambda: store.accept(key, actor=actor),
        "save_edit": lambda: store.save_edit(key, {**record, "commodity": "x"}, actor=actor),
        "reject": lambda: store.reject(key, actor=actor),
        "reset": lambda: store.reset(key, actor=actor),
        "purge": lambda: store.purge(actor=actor),
    }
    before = (store.counts(), _trail(store), store.path.read_bytes())
    if allowed:
        calls[method]()
        if method != "add":
            assert len(_trail(store)) == len(before[1]) + 1
    else:
        with pytest.raises(AccessDenied, match=f"is a {role}: .* needs the (reviewer|admin) role"):
            calls[method]()
        assert (store.counts(), _trail(store), store.path.read_bytes()) == before


def test_the_trail_cannot_be_rewritten(store):
    row = store.list_candidates()[0]
    store.accept(row.key, actor=REVIEWER, comment="first")
    before = _trail(store)
    with store._connect() as con:  # the store's own connection: no way around the triggers
        for sql in (
            "UPDATE audit SET actor_name = 'Someone Else'",
            "UPDATE audit SET comment = NULL WHERE seq = 1",
            "DELETE FROM audit",
            "DELETE FROM audit WHERE seq = 1",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="append-only"):
                con.execute(sql)
        # nor can a decision be changed without its own new entry
        for sql in (
            "UPDATE candidates SET state = 'rejected'",
            "UPDATE candidates SET edited_json = NULL",
            "UPDATE candidates SET state = 'rejected', audit_seq = audit_seq",
        ):
            with pytest.raises(sqlite3.IntegrityError, match="only with its audit entry"):
                con.execute(sql)
        with pytest.raises(sqlite3.IntegrityError, match="only by a purge"):
            con.execute("DELETE FROM candidates")
    # entries handed out are frozen copies
    entry = store.history(row.key)[0]
    with pytest.raises(AttributeError):
        entry.comment = "changed"  # type: ignore[misc]
    assert _trail(store) == before
    assert store.get(row.key).state == "accepted"


def test_purge_keeps_the_trail(store):
    rows = store.list_candidates()
    store.reject(rows[0].key, "duplicate", actor=REVIEWER)
    store.accept(rows[1].key, actor=REVIEWER)
    assert store.purge(actor=ADMIN, comment="spring cleaning") == 1
    assert store.counts() == {"pending": 1, "accepted": 1, "rejected": 0}
    entries = store.history(rows[0].record.id)
    assert [(e.action, e.state_after, e.actor.name) for e in entries] == [
        ("reject", "rejected", "Rita Reviewer"),
        ("purge", None, "Ada Admin"),
    ]
    assert entries[1].record_before["id"] == rows[0].record.id
    assert store.integrity_ok()


def test_reviewed_records_carry_reviewer_and_date_into_exports(store, tmp_path):
    row = store.list_candidates()[0]
    store.accept(row.key, actor=REVIEWER)
    (record,) = store.reviewed_records()
    entry = store.history(row.key)[-1]
    assert (record.reviewed_by, record.reviewed_at) == ("Rita Reviewer", entry.at)
    out = tmp_path / "reviewed.yaml"
    export_reviewed(out, store)
    text = out.read_text(encoding="utf-8")
    assert "reviewed_by: Rita Reviewer" in text and entry.at in text
    (loaded,) = load_records([out]).records
    assert (loaded.reviewed_by, loaded.reviewed_at) == ("Rita Reviewer", entry.at)

    from flows.export.data_export import csv_bytes
    from flows.export.scene import build_scene
    from flows.table.build import table_from_records
    from flows.views import Filters, View

    table = table_from_records([loaded])
    scene = build_scene(View(filters=Filters(statuses=("reviewed",))), table)
    csv = csv_bytes(scene).decode("utf-8")
    # row 1: column names for readers, row 2: the machine-readable names
    labels, header, first = csv.splitlines()[:3]
    assert "Reviewed by" in labels
    assert "reviewed_by" in header and "reviewed_at" in header
    assert "Rita Reviewer" in first and entry.at in first


def test_an_edit_cannot_claim_a_reviewer(store):
    row = store.list_candidates()[0]
    forged = {**row.record.model_dump(mode="json"), "reviewed_by": "The Minister"}
    store.accept(row.key, forged, actor=REVIEWER)
    assert store.reviewed_records()[0].reviewed_by == "Rita Reviewer"


def test_stores_from_before_the_trail_are_migrated(tmp_path, results):
    """A version-1 store with decisions opens as version 2: each earlier decision gets one
    entry saying it was made before the audit trail, and new decisions are audited."""
    from flows.review.store import _SCHEMA

    path = tmp_path / "old.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(_SCHEMA)
    con.execute("PRAGMA user_version = 1")
    con.commit()
    con.close()
    # fill it as the version-1 program did: insert candidates and decide with plain UPDATEs
    new = ReviewStore(tmp_path / "new.sqlite3")
    new.add_results(results, actor=REVIEWER)
    con = sqlite3.connect(path)
    src = sqlite3.connect(new.path)
    for table, cols in (("documents", "*"), ("candidates", "key, content_hash, record_json, "
                        "category, confidence, evidence_start, evidence_end, state, edited_json, "
                        "note, batch, created_at, updated_at")):  # fmt: skip
        for values in src.execute(f"SELECT {cols} FROM {table}"):
            con.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(values))})", values)
    keys = [k for (k,) in con.execute("SELECT key FROM candidates ORDER BY rowid")]
    con.execute("UPDATE candidates SET state = 'accepted' WHERE key = ?", (keys[0],))
    con.execute("UPDATE candidates SET state = 'rejected', note = 'no' WHERE key = ?", (keys[1],))
    con.commit()
    con.close()
    src.close()

    store = ReviewStore(path)
    assert store.counts() == {"pending": 1, "accepted": 1, "rejected": 1}
    (first,) = store.history(keys[0])
    assert first.action == "migrate" and first.state_after == "accepted"
    assert first.actor.name == "unknown (decided before the audit trail)"
    assert store.history(keys[1])[0].comment == "no"
    assert store.reviewed_records()[0].reviewed_by == "unknown (decided before the audit trail)"
    store.reset(keys[0], actor=REVIEWER)
    assert [e.action for e in store.history(keys[0])] == ["migrate", "reset"]
    with store._connect() as con:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("DELETE FROM audit")


def test_history_lines(store):
    row = store.list_candidates()[0]
    edits = {**row.record.model_dump(mode="json"), "commodity": "opium"}
    store.accept(row.key, edits, actor=REVIEWER, comment="  checked\nagain ")
    lines = format_entry(store.history(row.key)[0])
    assert "accept" in lines[0] and "pending -> accepted" in lines[0]
    assert "by Rita Reviewer (rita @ https://idp.test), reviewer" in lines[0]
    assert any(line.strip().startswith("commodity:") and "-> opium" in line for line in lines)
    assert lines[-1] == "    comment: checked again"


# -- kill -9 in the middle of a decision ----------------------------------------------------------
_DECIDER = textwrap.dedent(
    """
    import sys, time
    from contextlib import contextmanager
    from flows.access import Actor
    from flows.review.store import ReviewStore

    path, pause_at = sys.argv[1], int(sys.argv[2])
    actor = Actor("https://idp.test", "rita", "Rita Reviewer", "reviewer")
    store = ReviewStore(path)
    keys = [r.key for r in store.list_candidates()]
    state = {"n": 0}

    class PausingConnection:
        # pauses after the audit entry is written and before the decision changes, where a
        # crash would hurt most, and says so on stdout
        def __init__(self, con):
            self.con = con

        def execute(self, sql, params=()):
            if sql.startswith("UPDATE candidates"):
                print(f"in {state['n']}", flush=True)
                if state["n"] == pause_at:
                    time.sleep(30)
            return self.con.execute(sql, params)

        def __getattr__(self, name):
            return getattr(self.con, name)

    plain = ReviewStore._connect

    @contextmanager
    def pausing(self):
        with plain(self) as con:
            yield PausingConnection(con)

    ReviewStore._connect = pausing
    for n in range(100_000):
        state["n"] = n
        key = keys[n % len(keys)]
        step = (n // len(keys)) % 3
        if step == 0:
            record = store.get(key).record.model_dump(mode="json")
            store.accept(key, {**record, "summary": f"decision {n}"}, actor=actor, comment=str(n))
        elif step == 1:
            store.reject(key, str(n), actor=actor)
        else:
            store.reset(key, actor=actor, comment=str(n))
        print(f"done {n}", flush=True)
    """
)


def _check_invariants(path: Path) -> int:
    """Every candidate's decision is its last audit entry's, and every entry's decision is
    there; returns the number of entries."""
    store = ReviewStore(path)  # opens after the kill: SQLite rolls back what was not committed
    assert store.integrity_ok()
    with sqlite3.connect(path) as con:
        cands = con.execute("SELECT key, state, audit_seq FROM candidates").fetchall()
        last = dict(con.execute("SELECT key, MAX(seq) FROM audit GROUP BY key").fetchall())
        after = dict(con.execute("SELECT seq, state_after FROM audit").fetchall())
        n = con.execute("SELECT COUNT(*) FROM audit").fetchone()[0]
    con.close()
    for key, state, seq in cands:
        if key not in last:
            assert (state, seq) == ("pending", None), key  # never decided
        else:
            assert seq == last[key], (key, seq, last[key])  # no entry without its decision
            assert state == after[seq], (key, state, after[seq])  # no decision without its entry
    assert set(last) <= {k for k, _, _ in cands}
    return n


@pytest.mark.parametrize("pause_at", [0, 7, 20])
def test_kill_9_between_the_entry_and_the_decision(store, pause_at):
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-c", _DECIDER, str(store.path), str(pause_at)],
        stdout=subprocess.PIPE,
        env=env,
        text=True,
    )
    done = []
    try:
        for line in proc.stdout:
            if line.startswith("done"):
                done.append(int(line.split()[1]))
            if line.strip() == f"in {pause_at}":
                break  # the audit entry of decision `pause_at` is written, not committed
        else:
            pytest.fail("the decider ended before the pause")
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    assert done == list(range(pause_at))
    n = _check_invariants(store.path)
    assert n == pause_at  # the decisions that committed, and not the killed one
    comments = [e.comment for e in ReviewStore(store.path).audit_trail()]
    assert comments == [str(i) for i in range(pause_at)]


def test_kill_9_at_random_moments(store):
    """Kills at arbitrary times (no pause): the invariants hold after each, and the trail
    only grows."""
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    seen = 0
    for delay_lines in (3, 11, 29):
        proc = subprocess.Popen(
            [sys.executable, "-c", _DECIDER, str(store.path), "-1"],
            stdout=subprocess.PIPE,
            env=env,
            text=True,
        )
        try:
            for _ in range(delay_lines):
                assert proc.stdout.readline()
        finally:
            proc.send_signal(signal.SIGKILL)
            proc.wait(timeout=30)
        n = _check_invariants(store.path)
        assert n >= seen
        seen = n
    assert seen > 0


def test_history_command(store, tmp_path):
    row = store.list_candidates()[0]
    store.accept(row.key, actor=REVIEWER, comment="looks right")
    env = {**os.environ, "FLOWS_WORKSPACE": str(tmp_path / "ws")}

    def flows(*args: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "flows.cli", "review", "--store", str(store.path)]
        return subprocess.run([*command, *args], capture_output=True, text=True, env=env, cwd=ROOT)

    out = flows("history", row.record.id)
    assert out.returncode == 0, out.stderr
    assert f"record {row.record.id}" in out.stdout
    assert "accept" in out.stdout and "by Rita Reviewer (rita @ https://idp.test)" in out.stdout
    assert "comment: looks right" in out.stdout
    js = flows("history", row.key[:12], "--format", "jsonl")
    (obj,) = [json.loads(line) for line in js.stdout.splitlines()]
    assert obj["by"] == {"issuer": ISSUER, "subject": "rita", "name": "Rita Reviewer",
                         "role": "reviewer"}  # fmt: skip
    assert obj["action"] == "accept" and obj["comment"] == "looks right"
    # decisions from the command line are the local user's, and audited too
    other = store.list_candidates("pending")[0]
    cli = flows("reject", other.key[:12], "--comment", "off topic")
    assert cli.returncode == 0, cli.stderr
    (entry,) = store.history(other.key)
    assert entry.actor.issuer == "local" and entry.comment == "off topic"
    missing = flows("history", "nope")
    assert missing.returncode == 1 and "no record id or candidate key 'nope'" in missing.stderr
