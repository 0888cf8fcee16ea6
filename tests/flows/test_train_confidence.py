"""flows/tools/train_confidence.py: labels and the held-out guard (the fit needs scikit-learn,
which only the research extra installs)."""

from __future__ import annotations

import json

import pytest

from flows.tools.train_confidence import _counts, choose_threshold, is_gold_flow, load_docs, main

PARIS = {"name": "Paris", "kind": "city", "country_code": "FR", "lon": 2.35, "lat": 48.85}
FRANCE = {"name": "France", "kind": "country", "country_code": "FR", "lon": 2.4, "lat": 46.6}
LYON = {"name": "Lyon", "kind": "city", "country_code": "FR", "lon": 4.83, "lat": 45.76}
GOLD = [{"category": "drugs", "origin": None, "destination": PARIS}]


@pytest.mark.parametrize(
    ("origin", "destination", "category", "expected"),
    [
        (None, PARIS, "drugs", True),
        (None, LYON, "drugs", False),  # 390 km away
        (None, FRANCE, "drugs", False),  # a country never stands for a town
        (FRANCE, PARIS, "drugs", False),  # null matches only null
        (None, PARIS, "weapons", False),
    ],
)
def test_labels_are_strict_matches(origin, destination, category, expected):
    cand = {"category": category, "origin": origin, "destination": destination}
    assert is_gold_flow(cand, GOLD) is expected


def test_held_out_parts_are_refused(tmp_path):
    line = json.dumps({"id": "en-1", "text": "x", "lang": "en", "flows": []})
    (tmp_path / "dev_a.jsonl").write_text(line + "\n", encoding="utf-8")
    (tmp_path / "test_a.jsonl").write_text(line + "\n", encoding="utf-8")
    assert len(load_docs([tmp_path / "dev_a.jsonl"])) == 1
    with pytest.raises(SystemExit, match="test_a.jsonl: a held-out part"):
        load_docs([tmp_path / "dev_a.jsonl", tmp_path / "test_a.jsonl"])


def test_an_unknown_group_is_named_before_any_work(tmp_path):
    with pytest.raises(SystemExit, match="no group nosuch"):
        main(["--group", "nosuch", "--out", str(tmp_path / "w.json")])
    assert not (tmp_path / "w.json").exists()


def test_no_files_and_no_group_is_a_usage_error(capsys):
    with pytest.raises(SystemExit):
        main([])
    assert "give annotated files or --group" in capsys.readouterr().err


NICE = {"name": "Nice", "kind": "city", "country_code": "FR", "lon": 7.27, "lat": 43.7}
ITALY = {"name": "Italy", "kind": "country", "country_code": "IT", "lon": 12.5, "lat": 42.5}


def _flow(origin, destination, category="drugs"):
    return {"category": category, "origin": origin, "destination": destination}


@pytest.mark.parametrize(
    ("cands", "golds", "expected"),
    [
        # (strict matches, lenient matches, predictions, gold flows)
        ([_flow(ITALY, PARIS)], [_flow(ITALY, PARIS)], (1, 1, 1, 1)),
        ([_flow(ITALY, LYON)], [_flow(ITALY, PARIS)], (0, 1, 1, 1)),  # one end right
        ([_flow(None, PARIS)], [_flow(ITALY, PARIS)], (0, 1, 1, 1)),
        ([_flow(ITALY, PARIS, "weapons")], [_flow(ITALY, PARIS)], (0, 0, 1, 1)),
        # the same flow twice is one prediction; one gold flow counts once
        ([_flow(ITALY, PARIS), _flow(ITALY, PARIS)], [_flow(ITALY, PARIS)], (1, 1, 1, 1)),
        ([_flow(ITALY, PARIS), _flow(ITALY, NICE)], [_flow(ITALY, PARIS)], (1, 1, 2, 1)),
        ([], [_flow(ITALY, PARIS)], (0, 0, 0, 1)),
    ],
)
def test_threshold_counts(cands, golds, expected):
    assert _counts(cands, golds) == expected


def test_threshold_is_chosen_by_cross_validation():
    pytest.importorskip("sklearn")
    # a feature that marks the right candidates: the best threshold leaves the wrong ones out
    docs, per_doc = [], []
    for i in range(10):
        gold = [_flow(ITALY, PARIS)]
        right, wrong = _flow(ITALY, PARIS), _flow(ITALY, NICE)
        docs.append({"id": str(i), "flows": gold})
        per_doc.append([(({"good"}, True), right), (({"bad"}, False), wrong)])
    threshold, table = choose_threshold(docs, per_doc, c=10.0, min_weight=0.0, folds=5)
    best = next(r for r in table if r["threshold"] == threshold)
    assert threshold > 0 and best["strict_f1"] == 1.0
    assert table[0]["threshold"] == 0 and table[0]["strict_f1"] < 1.0
