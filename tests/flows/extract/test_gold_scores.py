"""The extractor keeps its quality on the hand-annotated gold set (benchmarks/score_gold.py)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document

ROOT = Path(__file__).resolve().parents[3]
_spec = importlib.util.spec_from_file_location("score_gold", ROOT / "benchmarks" / "score_gold.py")
score_gold = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(score_gold)


def test_gold_set_floor():
    docs = [json.loads(line) for line in (ROOT / "tests/data/gold/gold.jsonl").open()]
    assert len(docs) >= 30
    ex = Extractor()
    t = [0] * 6
    for d in docs:
        doc = Document(id=d["id"], text=d["text"], lang=d["lang"], published=d["published"])
        r = ex.extract(doc)
        places = [{"start": m.start, "end": m.end, **m.as_json()} for m in r.mentions]
        ptp, _, _ = score_gold.score_places(places, d["gold_places"])
        ftp, fpred, _, _ = score_gold.score_flows([c.as_json() for c in r.candidates],
                                                  d["gold_flows"])  # fmt: skip
        for i, v in enumerate((ptp, len(places), len(d["gold_places"]), ftp, fpred,
                               len(d["gold_flows"]))):  # fmt: skip
            t[i] += v
    p_prec, p_rec, _ = score_gold.prf(t[0], t[1], t[2])
    _, _, f1 = score_gold.prf(t[3], t[4], t[5])
    assert p_rec >= 0.92 and p_prec >= 0.90, (p_prec, p_rec)
    assert f1 >= 0.60, f1


def test_gold_offsets_are_exact():
    for line in (ROOT / "tests/data/gold/gold.jsonl").open():
        d = json.loads(line)
        for p in d["gold_places"]:
            assert d["text"][p["start"] : p["end"]] == p["surface"], (d["id"], p)
