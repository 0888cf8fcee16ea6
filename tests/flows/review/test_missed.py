"""Flows the extractor missed, added by hand: the quote, the record, the store and its trail."""

from __future__ import annotations

import sqlite3

import pytest

from flows.access import AccessDenied, Actor
from flows.review.missed import (
    MissedFlowError,
    StoredDocument,
    build_missed_record,
    locate_evidence,
)
from flows.review.store import ReviewError, ReviewStore

ISSUER = "https://idp.test"
VIEWER = Actor(ISSUER, "vic", "Vic Viewer", "viewer")
REVIEWER = Actor(ISSUER, "rita", "Rita Reviewer", "reviewer")

TEXT = "Arms seized in Split.\nThe rifles came from Serbia\n and were bound for Sweden."
DOC = StoredDocument("ab12", "d7", "A title", "https://example.org/a", "2024-05", "en", None, TEXT)


@pytest.mark.parametrize(
    ("quote", "expected"),
    [
        ("The rifles came from Serbia", (22, 49)),
        ("came from Serbia and were", (33, 59)),  # a line break in the text, a space in the quote
        ("  Arms   seized ", (0, 11)),
        ("The rifles came from Croatia", "not in the document"),
        ("   ", "it is empty"),
    ],
)
def test_locate_evidence(quote, expected):
    if isinstance(expected, tuple):
        assert locate_evidence(TEXT, quote) == expected
    else:
        with pytest.raises(MissedFlowError, match=expected):
            locate_evidence(TEXT, quote)


SERBIA, SWEDEN = {"name": "Serbia", "country": "RS"}, {"name": "Sweden", "country": "SE"}


@pytest.mark.parametrize(
    ("fields", "problem"),
    [
        ({"category": "weapons", "origin": SERBIA, "destination": SWEDEN}, None),
        ({"category": "weapons", "destination": SWEDEN, "commodity": ""}, None),
        ({"origin": SERBIA, "destination": SWEDEN}, "category"),
        ({"category": "weapons"}, "origin, destination"),
        ({"category": "arms", "origin": SERBIA}, "category"),
        ({"category": "weapons", "origin": SERBIA, "period_start": "2024-13"}, "period_start"),
        ({"category": "weapons", "origin": SERBIA, "confidence": 2}, "confidence"),
    ],
)
def test_build_missed_record(fields, problem):
    if problem is not None:
        with pytest.raises(MissedFlowError, match=problem):
            build_missed_record(DOC, fields, "came from Serbia")
        return
    key, record = build_missed_record(DOC, fields, "came from Serbia")
    assert record.id == f"m-{key[:12]}" and record.status == "reviewed"
    (src,) = record.sources
    assert (src.title, src.publisher, src.url) == ("A title", "unknown", "https://example.org/a")
    assert (src.published, src.language) == ("2024-05", "en")
    assert TEXT[src.evidence_start : src.evidence_end] == src.evidence == "came from Serbia"
    assert record.commodity is None


def test_the_key_follows_the_endpoints():
    one, _ = build_missed_record(DOC, {"category": "weapons", "origin": SERBIA}, "from Serbia")
    same, _ = build_missed_record(DOC, {"category": "weapons", "origin": SERBIA}, "from Serbia")
    other, _ = build_missed_record(DOC, {"category": "drugs", "origin": SERBIA}, "from Serbia")
    assert one == same != other


def test_a_missed_flow_is_recorded_accepted_with_an_add_entry(store):
    (h0, d0, _, n0), _ = store.list_documents()
    assert (d0, n0) == ("d0", 2)
    fields = {"category": "drugs", "origin": {"name": "Peru", "country": "PE"},
              "destination": {"name": "Antwerp", "country": "BE"}}  # fmt: skip
    record = store.add_missed("d0", fields, "La cocaïne arrive", actor=REVIEWER, comment="p. 2")
    assert store.counts()["accepted"] == 1
    (entry,) = store.history(record.id)
    assert (entry.action, entry.state_before, entry.state_after) == ("add", None, "accepted")
    assert entry.actor == REVIEWER and entry.comment == "p. 2"
    assert entry.record_after["origin"] == {"name": "Peru", "country": "PE"}
    (reviewed,) = store.reviewed_records()
    assert reviewed.id == record.id and reviewed.reviewed_by == "Rita Reviewer"
    assert reviewed.sources[0].title == "Doc 0"
    # by the start of its content hash too
    again = {**fields, "destination": {"name": "Rotterdam", "country": "NL"}}
    assert store.add_missed(h0[:10], again, "La cocaïne", actor=REVIEWER).id != record.id


def test_a_flow_a_candidate_gives_is_refused(store):
    row = next(r for r in store.list_candidates() if r.doc_id == "d1")
    fields = {"category": row.record.category,
              "origin": row.record.origin.model_dump(exclude_none=True),
              "destination": row.record.destination.model_dump(exclude_none=True)}  # fmt: skip
    with pytest.raises(ReviewError, match=f"candidate {row.key[:12]} .pending. already gives"):
        store.add_missed("d1", fields, "Heroin", actor=REVIEWER)
    fields["origin"] = {"name": "Pakistan", "country": "PK"}
    store.add_missed("d1", fields, "Heroin", actor=REVIEWER)
    with pytest.raises(ReviewError, match="accepted. already gives"):  # the same flow twice
        store.add_missed("d1", fields, "Heroin is", actor=REVIEWER)


@pytest.mark.parametrize(
    ("document", "fields", "quote", "problem"),
    [
        ("d9", {"category": "drugs", "origin": SERBIA}, "Heroin", "no document 'd9'"),
        ("d1", {"category": "drugs", "origin": SERBIA}, "Cocaine", "d1: evidence: the quote"),
        ("d1", {"category": "drugs"}, "Heroin", "d1: origin, destination"),
    ],
)
def test_bad_additions_name_the_document_field_and_reason(store, document, fields, quote, problem):
    with pytest.raises(ReviewError, match=problem):
        store.add_missed(document, fields, quote, actor=REVIEWER)
    assert store.counts()["accepted"] == 0 and store.audit_trail() == []


def test_viewers_cannot_add(store):
    with pytest.raises(AccessDenied):
        store.add_missed("d1", {"category": "drugs", "origin": SERBIA}, "Heroin", actor=VIEWER)


def test_a_version_2_store_keeps_its_trail_and_its_guards(tmp_path, results):
    from flows.review.store import _AUDIT, _AUDIT_TRIGGERS, _SCHEMA

    path = tmp_path / "v2.sqlite3"
    con = sqlite3.connect(path)
    con.executescript(_SCHEMA + _AUDIT + _AUDIT_TRIGGERS)
    con.execute("PRAGMA user_version = 2")
    con.commit()
    con.close()
    # A version-2 store with decisions: the version-2 program wrote them; here the
    # candidates and entries are copied in as it would have left them.
    donor = ReviewStore(tmp_path / "donor.sqlite3")
    donor.add_results(results, actor=REVIEWER)
    keys = [r.key for r in donor.list_candidates(order="added")]
    donor.reject(keys[0], "wrong", actor=REVIEWER)
    donor.accept(keys[1], actor=REVIEWER)
    src = sqlite3.connect(donor.path)
    con = sqlite3.connect(path)
    for table in ("documents", "audit", "candidates"):
        for values in src.execute(f"SELECT * FROM {table}"):
            con.execute(f"INSERT INTO {table} VALUES ({','.join('?' * len(values))})", values)
    con.commit()
    con.close()
    src.close()

    store = ReviewStore(path)
    assert [e.action for e in store.audit_trail()] == ["reject", "accept"]
    added = store.add_missed("d1", {"category": "drugs", "origin": SERBIA}, "Heroin",
                             actor=REVIEWER)  # fmt: skip
    trail = store.audit_trail()
    assert [e.action for e in trail] == ["reject", "accept", "add"]
    assert trail[-1].seq > trail[-2].seq and trail[-1].record_id == added.id
    with store._connect() as con:
        with pytest.raises(sqlite3.IntegrityError, match="append-only"):
            con.execute("DELETE FROM audit")
        with pytest.raises(sqlite3.IntegrityError, match="audit entry"):
            con.execute("UPDATE candidates SET state = 'accepted' WHERE key = ?", (keys[0],))
        assert con.execute("PRAGMA user_version").fetchone()[0] == 3


# -- the command line ---------------------------------------------------------------------------
def _cli(capsys, *args) -> tuple[int, str, str]:
    from flows.cli import main

    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_review_add_and_documents_on_the_command_line(store, capsys):
    db = str(store.path)
    code, out, _ = _cli(capsys, "review", "--store", db, "documents")
    assert code == 0 and [line.split("\t")[1] for line in out.splitlines()] == ["d0", "d1"]
    code, _, err = _cli(
        capsys, "review", "--store", db, "add", "d1", "--evidence", "through Iran to Turkey",
        "--set", "category=drugs", "--set", "origin=Iran (IR)", "--set", "destination=Turkey",
        "--comment", "the second leg",
    )  # fmt: skip
    assert code == 0 and "drugs Iran -> Turkey, accepted" in err
    (record,) = store.reviewed_records()
    code, out, _ = _cli(capsys, "review", "--store", db, "history", record.id)
    assert code == 0
    lines = out.splitlines()
    assert " add " in lines[1] and "- -> accepted" in lines[1]
    assert lines[2].strip() == "drugs: Iran (IR) -> Turkey"
    assert lines[3].strip() == "comment: the second leg"


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["d1", "--evidence", "Heroin", "--set", "category=drugs"], "origin, destination"),
        (["d1", "--evidence", "Heroine", "--set", "category=drugs", "--set", "origin=Iran"],
         "the quote is not in the document"),
        (["d1", "--evidence", "Heroin", "--set", "origin"], "cannot set 'origin'"),
        (["d1", "--evidence", "Heroin", "--set", "status=curated"], "cannot set 'status=curated'"),
        (["zz", "--evidence", "Heroin", "--set", "origin=Iran"], "no document 'zz'"),
    ],
)  # fmt: skip
def test_review_add_errors(store, capsys, args, message):
    code, _, err = _cli(capsys, "review", "--store", str(store.path), "add", *args)
    assert code == 1 and message in err and err.startswith("error: ")
    assert store.counts()["accepted"] == 0


def test_a_document_is_found_by_its_file_name(tmp_path):
    from flows.extract.pipeline import Extractor
    from flows.extract.readers import Document

    store = ReviewStore(tmp_path / "review.sqlite3")
    text = "Heroin is trafficked from Afghanistan through Iran to Turkey."
    ex = Extractor()
    results = [ex.extract(Document(id=f"in/{d}/notes.txt", text=f"{text} {d}.")) for d in "ab"]
    results.append(ex.extract(Document(id="in/report.txt", text=text)))
    store.add_results(results, actor=REVIEWER)
    assert store.get_document("report.txt").doc_id == "in/report.txt"
    assert store.get_document("b/notes.txt").doc_id == "in/b/notes.txt"
    with pytest.raises(ReviewError, match="names several documents"):
        store.get_document("notes.txt")
    with pytest.raises(ReviewError, match="no document 'port.txt'"):
        store.get_document("port.txt")


def test_a_candidate_is_recognised_under_another_name_of_its_place(store):
    """The candidate of d1 goes to Türkiye; a reviewer who types "Turkey" adds no duplicate
    when places are compared as the gazetteer resolves them."""
    from flows.review.queue import gazetteer_place_key
    from geodata.gazetteer import load_gazetteer

    row = next(r for r in store.list_candidates() if r.doc_id == "d1")
    assert row.record.destination.name == "Türkiye"
    fields = {"category": row.record.category,
              "origin": row.record.origin.model_dump(exclude_none=True),
              "destination": {"name": "Turkey"}}  # fmt: skip
    with pytest.raises(ReviewError, match=f"candidate {row.key[:12]} .pending. already gives"):
        store.add_missed("d1", fields, "Heroin", actor=REVIEWER,
                         place_key=gazetteer_place_key(load_gazetteer()))  # fmt: skip
    # compared by name only, it is another flow
    assert store.add_missed("d1", fields, "Heroin", actor=REVIEWER).destination.name == "Turkey"
