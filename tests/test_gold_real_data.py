"""The real-document gold corpus (tests/data/gold_real) stays well-formed and large enough.

Every file must pass tests/data/gold_real/check_gold.py (schema, exact evidence and surfaces,
unique ids...); the checker itself is tested on tiny broken records so that it can fail.
"""

from __future__ import annotations

import copy
import importlib.util
import json
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "data" / "gold_real"
_spec = importlib.util.spec_from_file_location("check_gold", GOLD / "check_gold.py")
check_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(check_gold)

FILES = check_gold.gold_files(GOLD)


def _docs(pattern: str) -> list[dict]:
    return [
        json.loads(line) for p in sorted(GOLD.glob(pattern)) for line in p.open() if line.strip()
    ]


@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_gold_file_is_valid(path):
    assert check_gold.check_files([path]) == []


def test_ids_unique_across_files():
    assert FILES, "no gold files"
    assert check_gold.check_files(FILES) == []


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_corpus_size_and_split(lang):
    dev, test = _docs(f"dev_{lang}.jsonl"), _docs(f"test_{lang}.jsonl")
    assert all(d["lang"] == lang and d["id"].startswith(f"{lang}-") for d in dev + test)
    assert len(dev) + len(test) >= 45
    assert len(test) >= 18
    per_category = Counter(d["category"] for d in dev + test)
    assert set(per_category) == set(check_gold.CATEGORIES)
    assert min(per_category.values()) >= 6, per_category
    assert set(Counter(d["category"] for d in test)) == set(check_gold.CATEGORIES)
    assert {d["genre"] for d in dev + test} == {"news", "agency", "ngo", "parliament"}
    assert any(not d["flows"] for d in dev) and any(not d["flows"] for d in test)


GOOD = {
    "id": "en-900",
    "text": "Cocaine was shipped from Ecuador to Antwerp, police said. " * 5,
    "lang": "en",
    "published": "2023-06-09",
    "url": "https://example.org/a",
    "title": "A title",
    "publisher": "A publisher",
    "category": "drugs",
    "genre": "news",
    "toponyms": [
        {
            "surface": "Ecuador",
            "name": "Ecuador",
            "kind": "country",
            "country_code": "EC",
            "lon": -78.5,
            "lat": -1.4,
        },
        {
            "surface": "Antwerp",
            "name": "Antwerp",
            "kind": "city",
            "country_code": "BE",
            "lon": 4.4,
            "lat": 51.22,
        },
    ],
    "flows": [
        {
            "category": "drugs",
            "commodity": "cocaine",
            "origin": {
                "name": "Ecuador",
                "kind": "country",
                "country_code": "EC",
                "lon": -78.5,
                "lat": -1.4,
            },
            "destination": {
                "name": "Antwerp",
                "kind": "city",
                "country_code": "BE",
                "lon": 4.4,
                "lat": 51.22,
            },
            "via": [],
            "period_start": "2023-05",
            "period_end": "2023-05",
            "evidence": "Cocaine was shipped from Ecuador to Antwerp, police said.",
        },
    ],
}


def _broken(path: str, value) -> dict:
    """GOOD with the value at a dotted path replaced (``None`` deletes a key when ``...``)."""
    doc = copy.deepcopy(GOOD)
    *parents, last = path.split(".")
    node = doc
    for p in parents:
        node = node[int(p)] if p.isdigit() else node[p]
    if value is ...:
        del node[last]
    elif last.isdigit():
        node[int(last)] = value
    else:
        node[last] = value
    return doc


@pytest.mark.parametrize(
    "path, value, reason",
    [
        ("category", "drug", "category"),
        ("genre", "blog", "genre"),
        ("published", "2023-13", "published"),
        ("id", "x-1", "en-NNN"),
        ("url", "example.org", "URL"),
        ("toponyms.0.surface", "Equador", "does not occur in the text"),
        ("toponyms.1.kind", "town", "kind"),
        ("toponyms.1.country_code", None, "needs a country_code"),
        ("toponyms.0.lon", None, "both given"),
        ("flows.0.evidence", "Cocaine was shipped from Ecuador.", "not an exact substring"),
        ("flows.0.origin", None, None),  # one endpoint is enough
        ("flows.0.destination.lat", 95.0, "out of range"),
        ("flows.0.period_end", "2023-01", "before it starts"),
        ("flows.0.category", "cigarettes", "category"),
        ("flows.0.extra", 1, "Extra inputs"),
        ("toponyms", ..., "toponyms"),
        ("title", None, "title"),
        ("title", ..., "title"),
        ("title", " ", "empty"),
        ("title", "en-900", "document id"),  # its own id
        ("title", "fr-004", "document id"),  # any id
        ("title", "Unknown", "placeholder"),
        ("publisher", "", "empty"),
        ("publisher", "unknown", "placeholder"),
        ("published", None, None),  # an undated page stays undated (README says which)
        ("id", "en-1002", None),  # ids go on past en-999
        ("id", "en-12", "en-NNN"),
        ("id", "es-101", "en-NNN"),
    ],
)
def test_checker_reports_each_problem(tmp_path, path, value, reason):
    f = tmp_path / "dev_en.jsonl"
    f.write_text(json.dumps(_broken(path, value)) + "\n", encoding="utf-8")
    errors = check_gold.check_files([f])
    if reason is None:
        assert errors == []
    else:
        assert errors and reason in "\n".join(errors), errors
        assert errors[0].startswith(f"{f}:1: ")


def test_checker_no_endpoint_duplicate_and_ids(tmp_path):
    no_end = _broken("flows.0.origin", None)
    no_end["flows"][0]["destination"] = None
    dup = copy.deepcopy(GOOD)
    dup["flows"].append(copy.deepcopy(dup["flows"][0]))
    f = tmp_path / "dev_en.jsonl"
    lines = [no_end, {**dup, "id": "en-901"}, {**GOOD, "id": "en-901"}]
    f.write_text("".join(json.dumps(d) + "\n" for d in lines) + "not json\n", encoding="utf-8")
    text = "\n".join(check_gold.check_files([f]))
    assert "at least one endpoint" in text
    assert "duplicate of an earlier flow" in text
    assert "already used" in text
    assert f"{f}:4: not JSON" in text


# -- titles: a reader sees a source's title, never a document id ----------------------------------
ID_LIKE = re.compile(r"^(fr|en)-\d+$", re.IGNORECASE)
DATA = ROOT / "flows" / "data"


def _bundled_sources() -> list[tuple[str, dict]]:
    return [
        (rec["id"], src)
        for path in sorted(DATA.glob("*.yaml"))
        for rec in yaml.safe_load(path.read_text(encoding="utf-8")) or []
        for src in rec.get("sources") or []
    ]


def test_every_gold_document_has_a_real_title():
    docs = _docs("*_??.jsonl")
    assert len(docs) >= 90
    bad = [
        (d["id"], d.get("title"))
        for d in docs
        if not (d.get("title") or "").strip()
        or d["title"].strip() == d["id"]
        or ID_LIKE.match(d["title"].strip())
    ]
    assert bad == [], "documents without a real title (tests/data/gold_real/README.md)"


def test_no_bundled_source_is_titled_by_a_document_id():
    gold_ids = {d["id"] for d in _docs("*_??.jsonl")}
    sources = _bundled_sources()
    assert len(sources) >= 250
    bad = [
        (rid, src.get("title"))
        for rid, src in sources
        if str(src.get("title", "")).strip() in gold_ids
        or ID_LIKE.match(str(src.get("title", "")).strip())
    ]
    assert bad == [], "bundled records citing a document id as the source title"


def test_records_reviewed_from_the_corpus_cite_their_documents_title():
    by_url = {d["url"]: d for d in _docs("*_??.jsonl")}
    cited = [(rid, src, by_url[src["url"]]) for rid, src in _bundled_sources()
             if src.get("url") in by_url]  # fmt: skip
    assert len(cited) >= 100
    bad = [(rid, src["title"], doc["title"]) for rid, src, doc in cited
           if src["title"] != doc["title"]]  # fmt: skip
    assert bad == []


AGREEMENT = sorted((GOLD / "agreement").glob("*.jsonl"))


@pytest.mark.parametrize("path", AGREEMENT, ids=[p.name for p in AGREEMENT])
def test_second_annotations_are_valid_and_pair_with_development_documents(path):
    """A second annotation (tests/data/gold_real/agreement) passes the gold checks, and each of
    its documents is a development document of the corpus with the very same text."""
    spec = importlib.util.spec_from_file_location(
        "score_agreement", ROOT / "benchmarks" / "score_agreement.py"
    )
    agreement = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(agreement)
    assert check_gold.check_files([path]) == []
    second = [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    docs, problems = agreement.pair_documents(second, agreement.load_gold_by_id(GOLD))
    assert problems == []
    assert len(docs) == len(second) >= 10


def test_there_are_second_annotations_of_both_languages():
    langs = {
        json.loads(line)["lang"] for p in AGREEMENT for line in p.open(encoding="utf-8") if line
    }
    assert langs == {"en", "fr"}
