"""The review store in trouble: a bad row, a damaged file, a full disk, a read-only or missing
workspace. Each says so in the user's terms, names the store and what to do, and nothing
else is lost: the other rows are read, the batch is rolled back as a whole."""

from __future__ import annotations

import os
import sqlite3

import pytest
import yaml

from flows.access import local_actor
from flows.cli import main
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.review import store as store_module
from flows.review.store import ReviewError, ReviewStore

ME = local_actor()  # decisions in these tests are the local user's
TEXTS = [
    "Les migrants partent de Libye vers l'Italie. La cocaïne arrive d'Équateur vers Anvers.",
    "Heroin is trafficked from Afghanistan through Iran to Turkey.",
]


@pytest.fixture(scope="module")
def results():
    ex = Extractor()
    return [ex.extract(Document(id=f"d{i}", text=t, title=f"Doc {i}")) for i, t in enumerate(TEXTS)]


@pytest.fixture()
def store(tmp_path, results) -> ReviewStore:
    s = ReviewStore(tmp_path / "review.sqlite3")
    s.add_results(results, actor=ME)
    for row in s.list_candidates():
        s.accept(row.key, actor=ME)
    return s


def _spoil(store: ReviewStore, key: str, sql: str) -> None:
    """Damage one row from outside the program (another tool, a bad disk): the audit trigger
    that guards decisions is lifted for the change and put back."""
    con = sqlite3.connect(store.path)
    (trigger,) = con.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'decision_needs_audit'"
    ).fetchone()
    con.execute("DROP TRIGGER decision_needs_audit")
    con.execute(sql, (key,))
    con.execute(trigger)
    con.commit()
    con.close()


def _cli(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    return code, capsys.readouterr().err


# -- a bad row is reported and skipped --------------------------------------------------------


@pytest.mark.parametrize(
    "sql",
    [
        "UPDATE candidates SET edited_json = '{not json' WHERE key = ?",
        "UPDATE candidates SET record_json = 'null' WHERE key = ?",
        'UPDATE candidates SET edited_json = \'{"id": "x"}\' WHERE key = ?',
    ],
)
def test_a_bad_row_is_named_and_the_others_are_read(store, sql, tmp_path, capsys):
    rows = store.list_candidates()
    bad = rows[1].key
    _spoil(store, bad, sql)
    fresh = ReviewStore(store.path)
    assert [r.key for r in fresh.list_candidates()] == [rows[0].key, rows[2].key]
    assert list(fresh.skipped) == [bad] and "cannot be read" in fresh.skipped[bad]
    assert len(fresh.reviewed_records()) == 2

    code, err = _cli(capsys, "review", "--store", str(store.path), "list")
    assert code == 1 and "Traceback" not in err
    assert f"candidate {bad[:12]} was left out" in err and "reject it" in err

    out = tmp_path / "reviewed.yaml"
    code, err = _cli(capsys, "export-reviewed", "--store", str(store.path), "--out", str(out))
    assert code == 1 and "wrote 2 reviewed records" in err and bad[:12] in err
    assert len(yaml.safe_load(out.read_text(encoding="utf-8"))) == 2

    # a bad row can still be rejected (decided without reading it)
    code, _ = _cli(capsys, "review", "--store", str(store.path), "reject", bad[:12])
    assert code == 0 and ReviewStore(store.path).get(rows[0].key).state == "accepted"


def test_the_map_names_a_bad_reviewed_row(store, tmp_path, monkeypatch):
    from flows.table.load import load_map_table

    rows = store.list_candidates()
    bad = rows[0].key
    good_ids = {r.record.id for r in rows[1:]}
    _spoil(store, bad, "UPDATE candidates SET edited_json = '[' WHERE key = ?")
    monkeypatch.setenv("FLOWS_WORKSPACE", str(store.path.parent))
    monkeypatch.delenv("FLOWS_EXTRA_DATA", raising=False)
    table = load_map_table()
    shown = set(table.records["id"].astype(str))
    assert good_ids <= shown and rows[0].record.id not in shown
    assert any(bad[:12] in n and "left out" in n for n in table.issues)


# -- damaged files ----------------------------------------------------------------------------


def _corrupt_pages(path, first_page: int = 2) -> None:
    size = path.stat().st_size
    with path.open("r+b") as fh:
        fh.seek(4096 * first_page)
        fh.write(b"\xde\xad\xbe\xef" * ((size - 4096 * first_page) // 4))


def test_a_damaged_store_says_restore_or_re_extract(store, tmp_path, capsys):
    con = sqlite3.connect(store.path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    _corrupt_pages(store.path)
    with pytest.raises(ReviewError) as caught:
        ReviewStore(store.path).list_candidates()
    message = str(caught.value)
    assert str(store.path) in message and "damaged" in message
    assert "restore it from a backup" in message and "--to-review" in message
    for args in (["review", "list"], ["export-reviewed", "--out", str(tmp_path / "o.yaml")]):
        code, err = _cli(capsys, *args[:1], "--store", str(store.path), *args[1:])
        assert code == 1 and "Traceback" not in err and "damaged" in err


def test_a_file_that_is_not_a_store(tmp_path, capsys):
    path = tmp_path / "review.sqlite3"
    path.write_bytes(b"this is not a database at all" * 200)
    with pytest.raises(ReviewError, match="is not a review store"):
        ReviewStore(path)


# -- full disk, read-only, permission, a workspace that is a file ------------------------------


def _limited_connect(pragma: str):
    real = sqlite3.connect

    def connect(*args, **kwargs):
        con = real(*args, **kwargs)
        if pragma == "full":
            pages = con.execute("PRAGMA page_count").fetchone()[0]
            con.execute(f"PRAGMA max_page_count = {max(pages, 1)}")
        else:
            con.execute(pragma)
        return con

    return connect


def test_a_full_disk_says_so_and_keeps_nothing_of_the_batch(tmp_path, monkeypatch):
    ex = Extractor()
    many = [
        ex.extract(Document(id=f"d{i}", text=f"{TEXTS[1]} {'Report. ' * 200} ({i})"))
        for i in range(40)
    ]
    s = ReviewStore(tmp_path / "review.sqlite3")
    monkeypatch.setattr(store_module.sqlite3, "connect", _limited_connect("full"))
    with pytest.raises(ReviewError) as caught:
        s.add_results(many, actor=ME)
    message = str(caught.value)
    assert "the disk is full" in message and "cannot rollback" not in message
    assert str(s.path) in message
    monkeypatch.undo()
    assert ReviewStore(s.path).counts() == {"pending": 0, "accepted": 0, "rejected": 0}


def test_extract_to_review_on_a_full_disk(tmp_path, monkeypatch, capsys):
    docs = tmp_path / "docs"
    docs.mkdir()
    for i, text in enumerate(TEXTS * 5):
        (docs / f"d{i}.txt").write_text(f"{text} ({i})", encoding="utf-8")
    path = tmp_path / "review.sqlite3"
    ReviewStore(path)
    monkeypatch.setattr(store_module.sqlite3, "connect", _limited_connect("full"))
    code, err = _cli(
        capsys, "extract", str(docs), "--to-review", "--store", str(path), "--no-progress"
    )
    assert code == 1 and "Traceback" not in err
    assert "the disk is full" in err and "cannot rollback" not in err
    assert "run the same command again" in err


def test_a_read_only_store_says_read_only(store, results, monkeypatch):
    monkeypatch.setattr(store_module.sqlite3, "connect", _limited_connect("PRAGMA query_only=1"))
    with pytest.raises(ReviewError) as caught:
        store.reject(store.list_candidates()[0].key, actor=ME)
    assert "is read-only" in str(caught.value) and "FLOWS_WORKSPACE" in str(caught.value)
    assert "not a review store" not in str(caught.value)


@pytest.mark.skipif(os.geteuid() == 0, reason="root writes to read-only folders")
def test_a_read_only_workspace_folder(tmp_path):
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReviewError) as caught:
            ReviewStore(folder / "review.sqlite3")
        assert "not a review store" not in str(caught.value)
        assert "cannot be opened" in str(caught.value) or "read-only" in str(caught.value)
    finally:
        folder.chmod(0o700)


def test_a_workspace_that_is_a_file(tmp_path, monkeypatch, capsys):
    (tmp_path / "ws").write_text("not a folder")
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "ws"))
    with pytest.raises(ReviewError, match="set FLOWS_WORKSPACE to a folder"):
        ReviewStore()
    code, err = _cli(capsys, "review", "list")
    assert code == 1 and "Traceback" not in err and "FLOWS_WORKSPACE" in err


def test_a_store_path_that_is_a_folder(tmp_path):
    (tmp_path / "review.sqlite3").mkdir()
    with pytest.raises(ReviewError, match="is a folder"):
        ReviewStore(tmp_path / "review.sqlite3")
