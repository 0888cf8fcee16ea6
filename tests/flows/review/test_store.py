"""Review store: batches, duplicates, accept / edit / reject, export, a writer killed mid-write."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flows.access import Actor
from flows.extract.pipeline import Extractor
from flows.load import load_records
from flows.review.export import export_reviewed
from flows.review.store import ReviewError, ReviewStore, load_reviewed_records

ROOT = Path(__file__).resolve().parents[3]
ME = Actor("https://idp.test", "rita", "Rita Reviewer", "reviewer")


@pytest.fixture()
def store(tmp_path) -> ReviewStore:
    return ReviewStore(tmp_path / "review.sqlite3")


def test_rerun_adds_no_duplicates(store, results):
    first = store.add_results(results, actor=ME)
    assert first.added == 3 and first.duplicates == 0 and first.documents == 2
    again = store.add_results(results, actor=ME)
    assert again.added == 0 and again.duplicates == 3 and again.documents == 0
    assert store.counts() == {"pending": 3, "accepted": 0, "rejected": 0}


def test_default_store_lives_in_the_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "ws"))
    assert ReviewStore().path == tmp_path / "ws" / "review.sqlite3"
    assert load_reviewed_records() == []


def test_accept_edit_reject(store, results):
    store.add_results(results, actor=ME)
    rows = store.list_candidates("pending")
    a, b, c = rows
    accepted = store.accept(a.key, actor=ME)
    assert accepted.status == "reviewed"
    edited = store.accept(b.key, {**b.record.model_dump(mode="json"), "commodity": "crack",
                                  "verification": "reported"}, actor=ME)  # fmt: skip
    assert edited.commodity == "crack"
    store.reject(c.key, "not a flow", actor=ME)
    assert store.counts() == {"pending": 0, "accepted": 2, "rejected": 1}
    assert store.get(b.key).edited and store.get(c.key).note == "not a flow"
    reviewed = store.reviewed_records()
    assert {r.id for r in reviewed} == {a.record.id, b.record.id}
    assert all(r.status == "reviewed" for r in reviewed)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"category": "cheese"}, "category"),
        ({"period_start": "2015-13"}, "period_start"),
        ({"confidence": 3}, "confidence"),
        ({"sources": []}, "sources"),
        ({"id": "Not A Slug"}, "id"),
    ],
)
def test_invalid_edits_are_refused_with_the_field(store, results, change, message):
    store.add_results(results, actor=ME)
    row = store.list_candidates()[0]
    with pytest.raises(ReviewError, match=message):
        store.accept(row.key, {**row.record.model_dump(mode="json"), **change}, actor=ME)
    assert store.get(row.key).state == "pending"


def test_unknown_key(store):
    with pytest.raises(ReviewError, match="no candidate"):
        store.reject("nope", actor=ME)


def test_export_reviewed_loads_back(store, results, tmp_path):
    store.add_results(results, actor=ME)
    for row in store.list_candidates()[:2]:
        store.accept(row.key, actor=ME)
    out = tmp_path / "out" / "reviewed.yaml"
    assert export_reviewed(out, store) == 2
    loaded = load_records([out])
    assert not loaded.errors, [str(i) for i in loaded.errors]
    assert len(loaded.records) == 2
    assert all(r.status == "reviewed" for r in loaded.records)
    assert all(r.sources[0].evidence for r in loaded.records)
    assert [p.name for p in out.parent.iterdir()] == ["reviewed.yaml"]  # no temporary file


_WRITER = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from flows.extract.readers import Document
    from flows.extract.pipeline import DocResult, Extractor
    from flows.access import local_actor
    from flows.review.store import ReviewStore

    BATCH = 40
    store = ReviewStore(sys.argv[1])
    text = "Les migrants partent de Libye vers l'Italie."
    one = Extractor().extract(Document(id="x", text=text))

    def result(n, i):  # a distinct document (distinct content hash) with the same candidate
        doc = Document(id=f"b{n}-{i}", text=f"{text} Lot {n} numéro {i}.")
        return DocResult(doc, "fr", [], [replace(c, doc=doc) for c in one.candidates])

    print("ready", flush=True)
    for n in range(10_000):  # one transaction per batch, until killed
        store.add_results([result(n, i) for i in range(BATCH)], batch=f"b{n}", actor=local_actor())
        print(n, flush=True)
    """
)


def test_killed_writer_loses_nothing_committed(tmp_path):
    db = tmp_path / "review.sqlite3"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen([sys.executable, "-c", _WRITER, str(db)], stdout=subprocess.PIPE,
                            env=env, text=True)  # fmt: skip
    try:
        # wait for a few committed batches, then kill in the middle of the next ones
        for _ in range(4):
            assert proc.stdout.readline(), "the writer died before committing"
        time.sleep(0.013)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    store = ReviewStore(db)  # opens (and recovers the WAL) after the kill
    assert store.integrity_ok()
    with sqlite3.connect(db) as con:
        sizes = con.execute("SELECT batch, COUNT(*) FROM candidates GROUP BY batch").fetchall()
    assert len(sizes) >= 3
    assert all(n == 40 for _, n in sizes), sizes  # every committed batch is complete


def test_pages_of_candidates(store, results):
    store.add_results(results, actor=ME)
    everything = [r.key for r in store.list_candidates()]
    assert [r.key for r in store.list_candidates(limit=2)] == everything[:2]
    assert [r.key for r in store.list_candidates(limit=2, offset=2)] == everything[2:]
    with pytest.raises(ReviewError, match="unknown state"):
        store.list_candidates("maybe")


# a collection's line -> (source title, source url) of its accepted record
_COLLECTION = [
    ({"id": "r1", "title": "Report one", "url": "https://example.org/r1"},
     ("Report one", "https://example.org/r1")),
    ({"id": "r2", "url": "www.example.org/x"}, ("r2", "doc:c%20set.jsonl#r2")),
    ({"id": "r 3/b"}, ("r 3/b", "doc:c%20set.jsonl#r%203%2Fb")),
    ({"title": "  "}, ("c set.jsonl:4", "doc:c%20set.jsonl#line-4")),
]  # fmt: skip
_ROUTES = [
    "Cocaine is smuggled from Ecuador into Spain.",
    "Heroin is trafficked from Afghanistan through Iran to Turkey.",
    "Weapons were smuggled from Serbia to Sweden by a criminal network.",
    "Migrants are smuggled from Libya to Italy by boat.",
]


def test_collection_documents_keep_their_provenance(store, tmp_path):
    import json

    from flows.extract.pipeline import iter_documents

    path = tmp_path / "c set.jsonl"
    lines = [
        json.dumps({**meta, "text": text})
        for (meta, _), text in zip(_COLLECTION, _ROUTES, strict=True)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    issues: list = []
    ex = Extractor()
    results = [ex.extract(doc) for doc in iter_documents([path], issues)]
    assert issues == [] and [len(r.candidates) for r in results] == [1, 1, 1, 1]
    warned = [w for r in results for w in r.warnings if "url" in w]
    assert warned == [
        f"{path}:2: field 'url' is not a web address ('www.example.org/x'): its records cite "
        "doc:c%20set.jsonl#r2 instead; write the url with https:// or http://"
    ]
    store.add_results(results, actor=ME)
    for row in store.list_candidates():
        store.accept(row.key, actor=ME)
    by_evidence = {r.sources[0].evidence: r.sources[0] for r in store.reviewed_records()}
    got = [(by_evidence[t].title, by_evidence[t].url) for t in _ROUTES]
    assert got == [expected for _, expected in _COLLECTION]


def test_opening_and_reading_leave_the_store_file_untouched(store, results):
    store.add_results(results, actor=ME)
    store.accept(store.list_candidates()[0].key, actor=ME)
    before = (store.path.stat().st_mtime_ns, store.path.read_bytes())
    time.sleep(0.01)  # so that a write would show in the modification time
    assert len(load_reviewed_records(store.path)) == 1
    ReviewStore(store.path).counts()
    assert (store.path.stat().st_mtime_ns, store.path.read_bytes()) == before


# user_version of an existing file -> what opening it does
@pytest.mark.parametrize(
    ("version", "error"),
    [
        (0, None),  # an empty SQLite file: the schema is created
        (1, None),  # a store from before the audit trail: migrated
        (2, None),  # a store from before flows added by hand: migrated
        (3, None),
        (7, "review store version 7, this program reads version 3"),
    ],
)
def test_store_version_is_checked(tmp_path, version, error):
    path = tmp_path / "review.sqlite3"
    with sqlite3.connect(path) as con:
        con.execute(f"PRAGMA user_version = {version}")
        if version in (1, 2, 3):
            from flows.review.store import _AUDIT, _AUDIT_TRIGGERS, _AUDIT_V3, _SCHEMA

            audit = {1: "", 2: _AUDIT + _AUDIT_TRIGGERS}.get(version)
            if audit is None:
                audit = _AUDIT + _AUDIT_TRIGGERS + _AUDIT_V3 + _AUDIT_TRIGGERS
            con.executescript(_SCHEMA + audit)
    con.close()
    if error is None:
        assert ReviewStore(path).counts() == {"pending": 0, "accepted": 0, "rejected": 0}
        with sqlite3.connect(path) as con:
            assert con.execute("PRAGMA user_version").fetchone()[0] == 3
        con.close()
    else:
        with pytest.raises(ReviewError, match=error):
            ReviewStore(path)


def test_not_a_store_is_named(tmp_path):
    path = tmp_path / "review.sqlite3"
    path.write_bytes(b"this is not sqlite at all" * 40)
    with pytest.raises(ReviewError, match="not a review store"):
        ReviewStore(path)


def test_accept_and_edit_validate_inside_one_write_transaction(store, results, monkeypatch):
    store.add_results(results, actor=ME)
    row = store.list_candidates()[0]
    seen = []
    validate = ReviewStore.validate_edit

    def spy(data, status="reviewed"):
        # another writer trying now must find the store locked by this decision
        other = sqlite3.connect(store.path, timeout=0, isolation_level=None)
        try:
            other.execute("BEGIN IMMEDIATE")
            other.execute("ROLLBACK")
            seen.append("unlocked")
        except sqlite3.OperationalError as exc:
            seen.append(str(exc))
        finally:
            other.close()
        return validate(data, status)

    monkeypatch.setattr(ReviewStore, "validate_edit", staticmethod(spy))
    store.save_edit(row.key, {**row.record.model_dump(mode="json"), "commodity": "crack"},
                    actor=ME)  # fmt: skip
    store.accept(row.key, actor=ME)
    assert seen == ["database is locked", "database is locked"]
    assert store.get(row.key).state == "accepted"
    assert store.get(row.key).record.commodity == "crack"


def test_full_key_from_a_prefix(store, results):
    store.add_results(results, actor=ME)
    keys = sorted(r.key for r in store.list_candidates())
    # prefix -> the key found, or the error
    table = [
        (keys[0], keys[0]),
        (keys[0][:12], keys[0]),
        (keys[0][:12].upper(), keys[0]),
        ("", "matches several candidates"),
        ("zz", "no candidate with a key starting with 'zz'"),
        ("%", "no candidate"),
        ("_" * 64, "no candidate"),
    ]
    for prefix, expected in table:
        if expected in keys:
            assert store.full_key(prefix) == expected
        else:
            with pytest.raises(ReviewError, match=expected):
                store.full_key(prefix)
