"""benchmarks/score_agreement.py: pairing second annotations with gold documents, and scoring."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location(
    "score_agreement", ROOT / "benchmarks" / "score_agreement.py"
)
agreement = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(agreement)

GOLD = {
    "en-1": ("dev_en.jsonl", {"id": "en-1", "text": "Guns went from A to B."}),
    "en-2": ("test_en.jsonl", {"id": "en-2", "text": "Held out."}),
}


@pytest.mark.parametrize(
    "second, paired, problem",
    [
        ({"id": "en-1", "text": "Guns went from A to B."}, ["en-1"], None),
        ({"id": "en-9", "text": "x"}, [], "en-9: not in the gold corpus"),
        ({"id": "en-2", "text": "Held out."}, [], "en-2: in test_en.jsonl, a held-out part"),
        ({"id": "en-1", "text": "Guns went to B."}, [], "en-1: text differs"),
    ],
)
def test_pair_documents(second, paired, problem):
    docs, problems = agreement.pair_documents([second], GOLD)
    assert [d["id"] for d in docs] == paired
    if problem is None:
        assert problems == []
    else:
        assert len(problems) == 1 and problems[0].startswith(problem)


def _first_dev_doc_with_flows(n: int) -> dict:
    path = ROOT / "tests" / "data" / "gold_real" / "dev_en.jsonl"
    for line in path.open(encoding="utf-8"):
        doc = json.loads(line)
        if (
            len(
                {
                    (f["category"], json.dumps(f["origin"]), json.dumps(f["destination"]))
                    for f in doc["flows"]
                }
            )
            >= n
        ):
            return doc
    raise AssertionError("no development document with enough flows")


def test_a_second_annotation_missing_one_flow_scores_below_one(tmp_path, capsys):
    doc = _first_dev_doc_with_flows(3)
    second = {**doc, "flows": doc["flows"][1:]}
    path = tmp_path / "second.jsonl"
    path.write_text(json.dumps(second) + "\n", encoding="utf-8")
    assert agreement.main([str(path), "--json", "--no-extractor"]) == 0
    strict = json.loads(capsys.readouterr().out)["results"]["annotator"]["all"]["strict"]
    assert strict["p"] == 1.0
    assert strict["tp"] == strict["gold"] - 1 and 0 < strict["r"] < 1


def test_the_held_out_part_is_refused(tmp_path, capsys):
    path = ROOT / "tests" / "data" / "gold_real" / "test_en.jsonl"
    first = path.open(encoding="utf-8").readline()
    out = tmp_path / "second.jsonl"
    out.write_text(first, encoding="utf-8")
    assert agreement.main([str(out), "--no-extractor"]) == 2
    assert "held-out part" in capsys.readouterr().err
