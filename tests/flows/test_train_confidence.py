"""flows/tools/train_confidence.py: labels and the held-out guard (the fit needs scikit-learn,
which only the research extra installs)."""

from __future__ import annotations

import json

import pytest

from flows.tools.train_confidence import is_gold_flow, load_docs

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
