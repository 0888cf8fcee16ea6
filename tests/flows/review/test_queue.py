"""The review queue: ranked by confidence, duplicates of curated records flagged, and an accept
without a change recorded as accepted, not edited."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.access import local_actor
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.model import FlowRecord
from flows.review.queue import CuratedIndex, curated_index, find_duplicate, normalise_url
from flows.review.store import ReviewStore

ME = local_actor()  # decisions in these tests are the local user's

GOLD = Path(__file__).resolve().parents[3] / "tests" / "data" / "gold" / "gold.jsonl"
URL = "https://example.org/news/arms"


def _record(**over) -> FlowRecord:
    data = {
        "id": "c-1",
        "category": "weapons",
        "origin": {"name": "Serbia", "country": "RS"},
        "destination": {"name": "Sweden", "country": "SE"},
        "status": "curated",
        "verification": "reported",
        "confidence": 0.6,
        "sources": [{"title": "T", "publisher": "P", "url": URL}],
    }
    data.update(over)
    return FlowRecord.model_validate(data)


_QUOTE = "Rifles were smuggled from Serbia to Sweden by a network."
_CURATED = [
    _record(),
    _record(
        id="c-2",
        category="drugs",
        sources=[
            {"title": "T", "publisher": "P", "url": "https://other.example/x", "evidence": _QUOTE}
        ],
    ),  # fmt: skip
]


# candidate -> curated record it repeats (None: not a duplicate)
@pytest.mark.parametrize(
    ("candidate", "doc_text", "expected"),
    [
        (_record(id="x-1", status="extracted"), "", "c-1"),  # same URL, same category
        (
            _record(id="x-2", status="extracted", sources=[
                {"title": "T", "publisher": "P", "url": "http://www.example.org/news/arms/#c"}]),
            "",
            "c-1",
        ),  # the same address written differently
        (_record(id="x-3", status="extracted", category="drugs"), "", None),  # other category
        (
            _record(id="x-4", status="extracted", category="drugs",
                    sources=[{"title": "T", "publisher": "P"}]),
            f"Intro. {_QUOTE} More.",
            "c-2",
        ),  # the curated quote is in the document, same endpoints
        (
            _record(id="x-5", status="extracted", category="drugs",
                    destination={"name": "Norway", "country": "NO"},
                    sources=[{"title": "T", "publisher": "P"}]),
            f"Intro. {_QUOTE} More.",
            None,
        ),  # same document, other endpoints: a new flow
        (
            _record(id="x-6", status="extracted", category="drugs",
                    sources=[{"title": "T", "publisher": "P"}]),
            "Another document about Serbia and Sweden.",
            None,
        ),
    ],
)  # fmt: skip
def test_find_duplicate(candidate, doc_text, expected):
    dup = find_duplicate(candidate, doc_text, CuratedIndex.build(_CURATED))
    assert (dup.record_id if dup else None) == expected


def test_normalise_url():
    assert normalise_url("https://www.example.org/a/?q=1#x") == "example.org/a"
    assert normalise_url("doc:set.jsonl#a") is None


def test_queue_is_ranked_by_confidence(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite3")
    ex = Extractor(min_confidence=0)  # the review queue keeps every lead (cli, review page)
    texts = [
        "Des migrants partent de Libye.",  # one endpoint: low confidence
        "Cocaine is smuggled from Ecuador into Spain by a criminal network.",  # two endpoints
    ]
    store.add_results(
        [ex.extract(Document(id=f"d{i}", text=t)) for i, t in enumerate(texts)], actor=ME
    )
    ranked = [r.confidence for r in store.list_candidates("pending")]
    assert ranked == sorted(ranked, reverse=True) and len(ranked) == 2 and ranked[0] > ranked[1]
    added = [r.doc_id for r in store.list_candidates(order="added")]
    assert added == ["d0", "d1"]


def test_accept_without_change_is_not_an_edit(tmp_path):
    store = ReviewStore(tmp_path / "r.sqlite3")
    doc = Document(id="d", text="Cocaine is smuggled from Ecuador into Spain by a gang.")
    store.add_results([Extractor().extract(doc)], actor=ME)
    (row,) = store.list_candidates()
    same = row.record.model_dump(mode="json")  # what a form posts back when nothing changed
    store.accept(row.key, same, actor=ME)
    assert store.get(row.key).state == "accepted" and not store.get(row.key).edited
    store.reset(row.key, actor=ME)
    store.accept(row.key, {**same, "commodity": "crack"}, actor=ME)
    assert store.get(row.key).edited
    store.accept(row.key, same, actor=ME)  # changed back: accepted as extracted
    assert not store.get(row.key).edited


def test_seed_candidates_repeating_curated_records_are_flagged():
    """The bundled seed records quote seed 002: its candidates with the same endpoints are
    flagged, the others are not."""
    ex = Extractor()
    index = curated_index(ex.scanner.gazetteer)
    seed = next(json.loads(line) for line in GOLD.open() if '"seed-002"' in line)
    doc = Document(id="002.txt", text=seed["text"], lang="fr")  # the seed's text, verbatim
    cands = ex.extract(doc).candidates
    flags = {
        (c.origin.place.name if c.origin else None, c.destination.place.name if c.destination
         else None): find_duplicate(c.to_record(), doc.text, index)
        for c in cands
    }  # fmt: skip
    assert flags[("Ukraine", "Europe")] is not None
    assert flags[("Ukraine", "Europe")].record_id.startswith("seed-002")
