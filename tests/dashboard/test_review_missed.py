"""Review page: adding a flow the extractor missed (AppTest), and the form's pure helpers."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.review_missed import document_label, prefill_values
from dashboard.review_page import flow_fields
from flows.access import local_actor
from flows.extract.pipeline import Extractor
from flows.review.store import ReviewStore
from tests.dashboard.test_review_page import _page

DOC = (
    "Trafic d'armes\n\n"
    "Selon la police, des fusils d'assaut ont été introduits illégalement en Islande depuis la "
    "Norvège. <b>Une partie</b> est ensuite partie vers le Groenland.\n"
)


@pytest.fixture()
def queued(workspace):
    from dashboard.review_page import extract_uploads

    store = ReviewStore()
    report = extract_uploads([("armes.txt", DOC.encode())], store, Extractor(),
                             actor=local_actor())  # fmt: skip
    assert report.documents == 1
    return store


def _fill(at: AppTest, evidence: str, **fields: str) -> AppTest:
    at.text_area(key="rv_add_evidence").input(evidence)
    for key, value in fields.items():
        at.text_input(key=f"rv_add_{key}").input(value)
    at.selectbox(key="rv_add_cat").set_value("weapons")
    return next(b for b in at.button if b.label == "Add the flow").click().run()


def test_the_document_is_shown_escaped_with_its_places(queued):
    at = _page()
    body = "\n".join(h.proto.body for h in at.html if "review-document" in h.proto.body)
    assert "Groenland" in body and "<b>" not in body and "&lt;b&gt;" in body
    (hint,) = [c.value for c in at.caption if "Places in the text" in c.value]
    assert hint.replace("\\", "").endswith(": Iceland (IS); Norway (NO); Greenland (GL)")


def test_a_missed_flow_is_added_accepted(queued):
    before = queued.counts()
    at = _fill(_page(), "<b>Une partie</b> est ensuite partie vers le Groenland.",
               org="Iceland (IS)", dst="Greenland (GL)")  # fmt: skip
    assert not at.exception and not at.error, [e.value for e in at.error]
    assert any("Added" in s.value and "Greenland" in s.value for s in at.success)
    assert queued.counts()["accepted"] == before["accepted"] + 1
    added = [r for r in queued.reviewed_records() if r.id.startswith("m-")]
    assert [(r.origin.name, r.destination.name) for r in added] == [("Iceland", "Greenland")]
    assert added[0].sources[0].evidence.endswith("vers le Groenland.")


@pytest.mark.parametrize(
    ("evidence", "fields", "message"),
    [
        ("vers le Danemark", {"dst": "Denmark (DK)"}, "the quote is not in the document"),
        ("vers le Groenland", {}, "origin, destination"),
        ("vers le Groenland", {"dst": "Greenland", "ps": "2024-13"}, "period_start"),
    ],
)
def test_a_bad_addition_says_why_and_keeps_the_queue(queued, evidence, fields, message):
    before = queued.counts()
    at = _fill(_page(), evidence, **fields)
    assert any(message in e.value.replace("\\", "") for e in at.error)
    assert queued.counts() == before


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (
            {"category": "drugs", "origin": "Peru (PE)", "destination": " ", "via": "Spain; "},
            {"category": "drugs", "origin": {"name": "Peru", "country": "PE"},
             "destination": None, "via": [{"name": "Spain"}]},
        ),
        (
            {"category": "weapons", "origin": "", "destination": "Mali", "commodity": " rifles ",
             "period_start": "2020", "period_end": ""},
            {"category": "weapons", "origin": None, "destination": {"name": "Mali"}, "via": [],
             "commodity": "rifles", "period_start": "2020", "period_end": None},
        ),
    ],
)  # fmt: skip
def test_flow_fields(values, expected):
    assert flow_fields(values) == expected


@pytest.mark.parametrize(
    ("doc", "expected"),
    [
        (("h", "d1", "  A\ntitle ", 1), "A title · d1 · 1 candidate"),
        (("h", "d2", None, 0), "d2 · d2 · 0 candidates"),
    ],
)
def test_document_label(doc, expected):
    assert document_label(doc) == expected


def test_another_flow_from_a_card_fills_the_form_in(queued):
    """A card's "Another flow from this sentence" opens the add form with the card's document,
    quote and fields; the reviewer changes one end and adds the flow."""
    (row,) = [r for r in queued.list_candidates(None) if r.record.destination.name == "Iceland"]
    at = _page()
    at.button(key=f"rv_more_{row.key[:16]}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert at.session_state["rv_add_open"] is True
    assert at.selectbox(key="rv_add_doc").value == row.content_hash
    src = row.record.sources[0]
    quote = row.doc_text[src.evidence_start : src.evidence_end]
    assert at.text_area(key="rv_add_evidence").value == quote and "en Islande" in quote
    assert at.text_input(key="rv_add_dst").value == "Iceland (IS)"
    assert any("now holds this sentence" in s.value for s in at.success)
    at.text_input(key="rv_add_org").input("Iceland (IS)")
    at.text_input(key="rv_add_dst").input("Greenland (GL)")
    at = next(b for b in at.button if b.label == "Add the flow").click().run()
    assert not at.error, [e.value for e in at.error]
    added = [r for r in queued.reviewed_records() if r.id.startswith("m-")]
    assert [(r.origin.name, r.destination.name) for r in added] == [("Iceland", "Greenland")]
    assert added[0].sources[0].evidence == quote


def test_prefill_values_quote_the_stored_evidence(queued):
    (row,) = [r for r in queued.list_candidates(None) if r.record.destination.name == "Iceland"]
    values = prefill_values(row)
    src = row.record.sources[0]
    assert values["rv_add_evidence"] == row.doc_text[src.evidence_start : src.evidence_end]
    assert values["rv_add_doc"] == row.content_hash
    assert (values["rv_add_cat"], values["rv_add_org"]) == ("weapons", "Norway (NO)")
    assert values["rv_add_dst"] == "Iceland (IS)"
    assert values["rv_add_via"] == "" and values["rv_add_pe"] == (row.record.period_end or "")


@pytest.mark.parametrize(
    ("text", "lang", "expected", "absent"),
    [
        # a demonym is no place of its own (flows places leaves it out), but it gives a flow
        # its endpoint, so the reviewer may pick it
        (
            "Des migrants sont partis des côtes libyennes vers Lampedusa.",
            "fr",
            ["Libya (LY)", "Lampedusa (IT)"],
            [],
        ),
        (
            "The boat left the Libyan coast for Lampedusa.",
            "en",
            ["Libya (LY)", "Lampedusa (IT)"],
            [],
        ),
        # guard: a text without a place gives none
        ("Nothing moved that day.", "en", [], ["Spain (ES)"]),
    ],
)
def test_places_to_pick_keep_the_demonyms(text, lang, expected, absent):
    from dashboard.review_missed import places_in

    got = places_in(f"t-{lang}-{len(text)}", text, lang)
    assert all(label in got for label in expected), got
    assert not any(label in got for label in absent), got
