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

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.load import load_records
from flows.review.export import export_reviewed
from flows.review.store import ReviewError, ReviewStore, load_reviewed_records

ROOT = Path(__file__).resolve().parents[3]
TEXTS = [
    "Les migrants partent de Libye vers l'Italie. La cocaïne arrive d'Équateur vers Anvers.",
    "Heroin is trafficked from Afghanistan through Iran to Turkey.",
]


@pytest.fixture(scope="module")
def results():
    ex = Extractor()
    return [ex.extract(Document(id=f"d{i}", text=t, title=f"Doc {i}")) for i, t in enumerate(TEXTS)]


@pytest.fixture()
def store(tmp_path) -> ReviewStore:
    return ReviewStore(tmp_path / "review.sqlite3")


def test_rerun_adds_no_duplicates(store, results):
    first = store.add_results(results)
    assert first.added == 3 and first.duplicates == 0 and first.documents == 2
    again = store.add_results(results)
    assert again.added == 0 and again.duplicates == 3 and again.documents == 0
    assert store.counts() == {"pending": 3, "accepted": 0, "rejected": 0}


def test_default_store_lives_in_the_workspace(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "ws"))
    assert ReviewStore().path == tmp_path / "ws" / "review.sqlite3"
    assert load_reviewed_records() == []


def test_accept_edit_reject(store, results):
    store.add_results(results)
    rows = store.list_candidates("pending")
    a, b, c = rows
    accepted = store.accept(a.key)
    assert accepted.status == "reviewed"
    edited = store.accept(b.key, {**b.record.model_dump(mode="json"), "commodity": "crack",
                                  "verification": "reported"})  # fmt: skip
    assert edited.commodity == "crack"
    store.reject(c.key, note="not a flow")
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
    store.add_results(results)
    row = store.list_candidates()[0]
    with pytest.raises(ReviewError, match=message):
        store.accept(row.key, {**row.record.model_dump(mode="json"), **change})
    assert store.get(row.key).state == "pending"


def test_unknown_key(store):
    with pytest.raises(ReviewError, match="no candidate"):
        store.reject("nope")


def test_export_reviewed_loads_back(store, results, tmp_path):
    store.add_results(results)
    for row in store.list_candidates()[:2]:
        store.accept(row.key)
    out = tmp_path / "out" / "reviewed.yaml"
    assert export_reviewed(out, store) == 2
    loaded = load_records([out])
    assert not loaded.errors, [str(i) for i in loaded.errors]
    assert len(loaded.records) == 2
    assert all(r.status == "reviewed" for r in loaded.records)
    assert all(r.sources[0].evidence for r in loaded.records)
    assert not list(out.parent.glob(".*.tmp"))  # no temporary file left behind


_WRITER = textwrap.dedent(
    """
    import sys
    from dataclasses import replace
    from flows.extract.readers import Document
    from flows.extract.pipeline import DocResult, Extractor
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
        store.add_results([result(n, i) for i in range(BATCH)], batch=f"b{n}")
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
    store.add_results(results)
    everything = [r.key for r in store.list_candidates()]
    assert [r.key for r in store.list_candidates(limit=2)] == everything[:2]
    assert [r.key for r in store.list_candidates(limit=2, offset=2)] == everything[2:]
    with pytest.raises(ReviewError, match="unknown state"):
        store.list_candidates("maybe")
