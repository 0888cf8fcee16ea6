"""Review page through AppTest: upload -> review -> accept / edit / reject -> on the map."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.review_page import (
    edits_from_form,
    extract_uploads,
    highlight_html,
    md_escape,
    parse_place,
)
from flows.access import local_actor
from flows.extract.pipeline import Extractor
from flows.review.store import ReviewStore
from tests.dashboard.conftest import APP

TIMEOUT = 120
DOC = (
    "Trafic d'armes\n\n"
    "Selon la police, des fusils d'assaut ont été introduits illégalement en Islande depuis la "
    "Norvège. <script>alert(1)</script> Une enquête est ouverte.\n"
)


def _review_app():
    from dashboard.review_page import render_review_page

    render_review_page()


@pytest.fixture()
def queued(workspace):
    """The upload path (same function as the page's button) fills the workspace store."""
    store = ReviewStore()
    seen = []
    report = extract_uploads(
        [("../../etc/armes.txt", DOC.encode()), ("broken.pdf", b"not a pdf")],
        store, Extractor(), lambda done, total: seen.append((done, total)), actor=local_actor(),
    )  # fmt: skip
    assert report.documents == 1 and report.added == 1
    assert seen == [(1, 1)]
    assert report.problems and report.problems[0].startswith("broken.pdf")
    row = store.list_candidates()[0]
    assert row.doc_id == "armes.txt"  # never a path from the upload
    return store


def _page() -> AppTest:
    at = AppTest.from_function(_review_app, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _count(at: AppTest) -> int:
    text = next(m.value for m in at.sidebar.markdown if "records match" in m.value)
    return int(text.split("**")[1].replace(",", ""))


def test_empty_queue_says_how_to_fill_it(workspace):
    at = _page()
    assert any("Nothing to show" in i.value for i in at.info)


def test_evidence_is_highlighted_and_escaped(queued):
    at = _page()
    body = "\n".join(h.proto.body for h in at.html)
    assert "<mark" in body and "introduits illégalement en Islande" in body
    assert "<script>" not in body and "&lt;script&gt;" in body
    assert [m.value for m in at.metric] == ["1", "0", "0"]


def test_accept_puts_the_record_on_the_map(queued):
    before = AppTest.from_file(APP, default_timeout=TIMEOUT)
    before.run()
    before.multiselect(key="f_statuses").set_value(["reviewed"]).run()
    n_before = _count(before)

    at = _page()
    at.text_input(key=next(t.key for t in at.text_input if t.key.startswith("rv_com_"))).input(
        "assault rifles"
    )
    next(b for b in at.button if b.label == "Accept").click().run()
    assert not at.exception
    assert any("Accepted" in s.value for s in at.success)
    assert queued.counts() == {"pending": 0, "accepted": 1, "rejected": 0}
    (record,) = queued.reviewed_records()
    assert record.status == "reviewed" and record.commodity == "assault rifles"

    after = AppTest.from_file(APP, default_timeout=TIMEOUT)
    after.run()
    after.multiselect(key="f_statuses").set_value(["reviewed"]).run()
    assert not after.exception
    assert _count(after) == n_before + 1


def test_invalid_edit_is_refused(queued):
    at = _page()
    key = next(t.key for t in at.text_input if t.key.startswith("rv_ps_"))
    at.text_input(key=key).input("2015-13")
    next(b for b in at.button if b.label == "Accept").click().run()
    assert any("period_start" in e.value.replace("\\", "") for e in at.error)
    assert queued.counts()["pending"] == 1


def test_reject(queued):
    at = _page()
    next(b for b in at.button if b.label == "Reject").click().run()
    assert queued.counts() == {"pending": 0, "accepted": 0, "rejected": 1}
    assert not queued.reviewed_records()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Antwerp (BE)", {"name": "Antwerp", "country": "BE"}),
        ("Western Balkans", {"name": "Western Balkans"}),
        ("  ", None),
    ],
)
def test_parse_place(text, expected):
    assert parse_place(text) == expected


def test_md_escape_neutralises_markup():
    out = md_escape("[x](javascript:alert(1)) **b** $x$")
    assert "\\[" in out and "\\*" in out and "\\$" in out


def test_highlight_keeps_only_the_paragraph():
    text = "First paragraph.\nBefore <b>. Evidence here. After.\nLast."
    start = text.index("Evidence")
    out = highlight_html(text, start, start + len("Evidence here."))
    assert "First" not in out and "Last" not in out
    assert "<mark" in out and "&lt;b&gt;" in out


def test_edits_from_form(queued):
    record = queued.list_candidates()[0].record
    data = edits_from_form(record, {
        "category": "weapons", "commodity": " rifles ", "origin": "Norway (NO)",
        "destination": "", "via": "Sweden (SE); Denmark", "period_start": "2015",
        "period_end": "", "verification": "reported", "confidence": 0.7, "summary": "",
    })  # fmt: skip
    assert data["origin"] == {"name": "Norway", "country": "NO"}
    assert "destination" not in data and data["commodity"] == "rifles"
    assert data["via"] == [{"name": "Sweden", "country": "SE"}, {"name": "Denmark"}]


# an uploaded file -> (document ids, record titles, record urls, warnings) of the queue
@pytest.mark.parametrize(
    ("name", "data", "ids", "titles", "urls", "warning"),
    [
        (
            "set.jsonl",
            b'{"id": "n1", "text": "Cocaine is smuggled from Ecuador into Spain."}\n'
            b'{"text": "Caf\xe9 owners say heroin goes from Afghanistan to Iran.", '
            b'"url": "www.x.org/a"}\n',
            ["n1", "set.jsonl:2"],
            ["n1", "set.jsonl:2"],
            ["doc:set.jsonl#n1", "doc:set.jsonl#line-2"],
            "set.jsonl:2: file is not UTF-8 (byte 0xe9 cannot be decoded)",
        ),
        (
            "old.txt",
            "Cocaine is smuggled from Ecuador into Spain. Café.".encode("cp1252"),
            ["old.txt"],
            ["old.txt"],
            [None],
            "old.txt:1: file is not UTF-8 (byte 0xe9 cannot be decoded)",
        ),
    ],
)
def test_uploads_name_documents_and_warn(tmp_path, name, data, ids, titles, urls, warning):
    store = ReviewStore(tmp_path / "review.sqlite3")
    report = extract_uploads([(name, data)], store, Extractor(), actor=local_actor())
    assert report.problems == [] and report.added == len(ids)
    assert any(w.startswith(warning) for w in report.warnings), report.warnings
    assert all("/" not in w.split(":")[0] for w in report.warnings)  # no temporary path
    rows = store.list_candidates()
    assert sorted(r.doc_id for r in rows) == ids
    sources = sorted((r.record.sources[0].title, r.record.sources[0].url or "") for r in rows)
    assert sources == sorted(zip(titles, [u or "" for u in urls], strict=True))


def test_accept_without_a_change_is_recorded_as_accepted(queued):
    at = _page()
    next(b for b in at.button if b.label == "Accept").click().run()
    assert not at.exception
    (row,) = queued.list_candidates("accepted")
    assert not row.edited
    shown = _page().radio(key="rv_state").set_value("accepted").run()
    cards = [m.value for m in shown.markdown if "confidence" in m.value]
    assert len(cards) == 1 and "accepted" in cards[0] and "edited" not in cards[0]


def test_candidates_repeating_curated_records_are_flagged(workspace):
    import json
    from pathlib import Path

    gold = Path(__file__).resolve().parents[2] / "tests" / "data" / "gold" / "gold.jsonl"
    seed = next(json.loads(line) for line in gold.open() if '"seed-002"' in line)
    store = ReviewStore()
    extract_uploads([("002.txt", seed["text"].encode())], store, Extractor(), actor=local_actor())
    at = _page()
    warnings = [w.value.replace("\\", "") for w in at.warning]
    assert any("Already in the data" in w and "seed-002" in w for w in warnings), warnings


def test_a_300_character_name_does_not_drop_the_batch(tmp_path):
    store = ReviewStore(tmp_path / "review.sqlite3")
    long_name = "é" * 150 + "-rapport.txt"  # 312 bytes in UTF-8: no file system takes it
    files = [(long_name, DOC.encode())] + [
        (f"doc{i}.txt", f"Cocaine is smuggled from Ecuador into Spain ({i}).".encode())
        for i in range(7)
    ]
    report = extract_uploads(files, store, Extractor(), actor=local_actor())
    assert report.problems == [] and report.documents == 8
    doc_ids = {r.doc_id for r in store.list_candidates()}
    assert long_name in doc_ids and len(doc_ids) == 8


def test_upload_says_which_document_was_cut_and_why(tmp_path, monkeypatch):
    store = ReviewStore(tmp_path / "review.sqlite3")
    monkeypatch.setenv("FLOWS_EXTRACT_SECONDS", "0.001")
    report = extract_uploads(
        [("long.txt", (DOC * 200).encode())], store, Extractor(), actor=local_actor()
    )
    (cut,) = report.cut
    assert cut.startswith("long.txt: cut at character")
    assert "FLOWS_EXTRACT_SECONDS" in cut


def test_a_bad_jsonl_line_is_named_with_its_line(tmp_path):
    store = ReviewStore(tmp_path / "review.sqlite3")
    data = (
        b'{"id": "a", "text": "Cocaine is smuggled from Ecuador into Spain."}\n'
        + b'{"id": "deep", "text": '
        + b"[" * 100_000
        + b"]" * 100_000
        + b"}\n"
        + b'{"id": "c", "text": "Heroin goes from Afghanistan to Iran."}\n'
    )
    report = extract_uploads([("set.jsonl", data)], store, Extractor(), actor=local_actor())
    assert report.documents == 2
    (problem,) = report.problems
    assert problem.startswith("set.jsonl:2: ") and "nested too deeply" in problem


def test_a_bad_row_is_named_on_the_page_and_the_rest_shown(queued):
    import sqlite3

    key = queued.list_candidates()[0].key
    con = sqlite3.connect(queued.path)
    con.execute("DROP TRIGGER decision_needs_audit")  # damage from outside the program
    con.execute("UPDATE candidates SET edited_json = '{oops' WHERE key = ?", (key,))
    con.commit()
    con.close()
    at = _page()
    assert not at.error
    assert any(key[:12] in w.value and "left out" in w.value for w in at.warning)


def test_a_store_that_cannot_be_opened_is_said_on_the_page(workspace):
    workspace.mkdir(parents=True, exist_ok=True)
    (workspace / "review.sqlite3").write_bytes(b"not a database" * 500)
    at = _page()
    (error,) = at.error
    assert "is not a review store" in error.value and "restore it from a backup" in error.value
