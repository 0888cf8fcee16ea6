"""The analyst's decisions of flows/tools/review_gold.py: accept what the annotation has, edit
what it has in the same sentence, reject the rest; places agree as the scorer counts them."""

from __future__ import annotations

import pytest

from flows.tools.review_gold import (
    Decision,
    UntitledDocument,
    bundle_records,
    decide,
    missed_flows,
    place_setting,
    same_place,
    source_title,
    summary_of,
)

RS = {"name": "Serbia", "kind": "country", "country_code": "RS", "lon": 20.9, "lat": 44.0}
SE = {"name": "Sweden", "kind": "country", "country_code": "SE", "lon": 16.7, "lat": 62.8}
NO = {"name": "Norway", "kind": "country", "country_code": "NO", "lon": 9.0, "lat": 61.0}
MALMO = {"name": "Malmö", "kind": "city", "country_code": "SE", "lon": 13.0, "lat": 55.6}
LUND = {"name": "Lund", "kind": "city", "country_code": "SE", "lon": 13.19, "lat": 55.7}
BALKANS = {"name": "Balkans", "kind": "region", "country_code": None, "lon": 20.0, "lat": 43.0}


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        (RS, RS, True),
        (RS, SE, False),
        (MALMO, LUND, True),  # 20 km apart
        (MALMO, {**MALMO, "lon": 18.07, "lat": 59.33}, False),  # Stockholm is 500 km away
        (BALKANS, {**BALKANS, "lon": 21.0, "lat": 44.0}, True),
        (None, None, True),
        (None, RS, False),
    ],
)
def test_same_place(gold, got, same):
    assert same_place(gold, got) is same


def test_place_setting():
    assert place_setting(MALMO) == "Malmö (SE)" and place_setting(BALKANS) == "Balkans"


TEXT = "Rifles were smuggled from Serbia to Sweden. Police also saw cars."
EVIDENCE = "Rifles were smuggled from Serbia to Sweden."


def _row(key, category, origin, destination, start=0, end=43, dup=None):  # 43: the evidence
    ref = {"name": origin["name"], "country": origin["country_code"]} if origin else None
    dst = {"name": destination["name"], "country": destination["country_code"]}
    record = {"category": category, "origin": ref, "destination": dst,
              "sources": [{"evidence_start": start, "evidence_end": end}]}  # fmt: skip
    return {"key": key, "record": record, "duplicate_of": dup}


PLACES = {"Serbia": RS, "Sweden": SE, "Norway": NO}


def _resolve(ref):
    return PLACES[ref["name"]] if ref else None


def test_decide_accepts_edits_and_rejects():
    doc = {"id": "d", "text": TEXT, "flows": [
        {"category": "weapons", "commodity": "rifles", "origin": RS, "destination": SE,
         "evidence": EVIDENCE}]}  # fmt: skip
    rows = [
        _row("same", "weapons", RS, SE),
        _row("again", "weapons", RS, SE),  # the annotated flow is taken already
        _row("dup", "weapons", RS, SE, dup="wp-curated"),
    ]
    got = {d.key: (d.action, d.settings) for d in decide(doc, rows, _resolve)}
    assert got == {"same": ("accept", []), "again": ("reject", []), "dup": ("reject", [])}
    # a wrong destination in the annotated sentence is edited; outside it, rejected
    rows = [_row("wrong", "weapons", RS, NO)]
    (dec,) = decide(doc, rows, _resolve)
    assert (dec.action, dec.settings) == (
        "edit",
        ["destination=Sweden (SE)", "commodity=small arms"],
    )
    rows = [_row("elsewhere", "weapons", RS, NO, start=44, end=len(TEXT))]
    assert decide(doc, rows, _resolve)[0].action == "reject"
    # the right endpoints under the wrong category: the category is edited
    (dec,) = decide(doc, [_row("cat", "drugs", RS, SE)], _resolve)
    assert dec.action == "edit" and dec.settings[0] == "category=weapons"


def test_annotated_flows_no_candidate_gave_are_added_by_hand():
    found = {"category": "weapons", "origin": RS, "destination": SE, "evidence": EVIDENCE}
    missed = {"category": "weapons", "commodity": "rifles", "origin": None, "destination": MALMO,
              "via": [BALKANS, RS], "period_start": "2022", "period_end": None,
              "evidence": "Rifles were smuggled"}  # fmt: skip
    unquoted = {"category": "drugs", "origin": NO, "destination": SE, "evidence": ""}
    doc = {"id": "d", "text": TEXT, "flows": [found, missed, unquoted]}
    decisions = decide(doc, [_row("same", "weapons", RS, SE)], _resolve)
    (add,) = missed_flows(doc, decisions)
    assert (add.doc, add.action, add.gold) == ("d", "add", missed)
    assert add.settings == ["category=weapons", "destination=Malmö (SE)",
                            "via=Balkans; Serbia (RS)", "commodity=small arms",
                            "period_start=2022"]  # fmt: skip
    # nothing matched: every quoted annotation is added
    assert [d.gold for d in missed_flows(doc, [])] == [found, missed]


def test_summary_is_our_own_sentence():
    rec = {"category": "weapons", "commodity": "rifles", "origin": {"name": "Serbia"},
           "destination": {"name": "Sweden"}, "period_start": "2022",
           "sources": [{"publisher": "Europol"}]}  # fmt: skip
    assert summary_of(rec) == "Europol reports rifles moving from Serbia to Sweden (2022)."


@pytest.mark.parametrize(
    ("doc", "title"),
    [
        (
            {"id": "fr-004", "title": "Un Marocain arrêté à Toulouse"},
            "Un Marocain arrêté à Toulouse",
        ),
        (
            {"id": "en-038", "title": "  Meth seizures top one billion  "},
            "Meth seizures top one billion",
        ),
        (
            {"id": "fr-004", "title": "fr-004 : le rapport"},
            "fr-004 : le rapport",
        ),  # more than an id
        ({"id": "fr-004", "title": None}, None),
        ({"id": "fr-004"}, None),
        ({"id": "fr-004", "title": ""}, None),
        ({"id": "fr-004", "title": " \t"}, None),
        ({"id": "fr-004", "title": "fr-004"}, None),  # the id itself, as flows extract falls back
        ({"id": "fr-004", "title": " FR-004 "}, None),
        ({"id": "fr-004", "title": "en-038"}, None),  # another document's id
        ({"id": "doc-1", "title": "doc-1"}, None),  # any collection's id
        ({"id": "fr-004", "title": "fr-0045"}, None),
    ],
)
def test_source_title_is_the_documents_title_never_an_id(doc, title):
    if title is None:
        with pytest.raises(UntitledDocument, match=doc["id"]):
            source_title(doc)
    else:
        assert source_title(doc) == title


def _exported(rid, title):
    return {"id": rid, "category": "weapons", "commodity": "rifles",
            "origin": {"name": "Serbia", "country": "RS"},
            "destination": {"name": "Sweden", "country": "SE"},
            "sources": [{"title": title, "publisher": "Europol", "url": "https://e.org/a",
                         "evidence": EVIDENCE}]}  # fmt: skip


def test_bundled_records_cite_the_document_title_and_refuse_ids():
    docs = {"fr-004": {"id": "fr-004", "title": "Un titre"},
            "fr-049": {"id": "fr-049", "title": None},
            "en-050": {"id": "en-050", "title": "en-050"}}  # fmt: skip
    files = dict.fromkeys(docs, "test_fr.jsonl")
    decisions = {k: Decision(k, doc, "accept") for k, doc in
                 (("k1", "fr-004"), ("k2", "fr-049"), ("k3", "en-050"))}  # fmt: skip
    ids = {"x-1": "k1", "x-2": "k2", "x-3": "k3"}
    # the candidate carries the id, as flows extract gives it for an untitled document
    (rec,) = bundle_records([_exported("x-1", "fr-004")], decisions, files, ids, docs)
    assert rec["sources"][0]["title"] == "Un titre" and rec["status"] == "reviewed"
    exported = [_exported(x, x) for x in ("x-1", "x-2", "x-3")]
    with pytest.raises(UntitledDocument, match="en-050.*fr-049"):
        bundle_records(exported, decisions, files, ids, docs)
