"""Score place and flow extraction against the hand-annotated gold set.

Places: a predicted mention is correct when its span overlaps a gold mention's span and the
places agree (two countries: same ISO code; otherwise within 161 km, or same name for areas
without a country). Flows: per document, distinct predicted (category, origin, destination)
are matched one-to-one with gold flows of the same category whose origin and destination
agree (same country code, or within 161 km, or same name; null matches only null).

Run: .venv/bin/python benchmarks/score_gold.py [--gold tests/data/gold/gold.jsonl] [-v]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from flows.extract.pipeline import Extractor  # noqa: E402
from flows.extract.readers import Document  # noqa: E402
from geodata.normalize import fold_key  # noqa: E402

RADIUS_KM = 161.0


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def same_place(pred: dict, gold: dict, by_code: bool = False) -> bool:
    """Places agree: same country (two countries, or any two when ``by_code``), 161 km, name."""
    pc, gc = pred.get("country_code"), gold.get("country_code")
    if pc and gc and (by_code or (pred.get("kind") == "country" and gold.get("kind") == "country")):
        return pc == gc
    if None not in (pred.get("lon"), pred.get("lat"), gold.get("lon"), gold.get("lat")):
        if haversine_km(pred["lon"], pred["lat"], gold["lon"], gold["lat"]) <= RADIUS_KM:
            return True
    return fold_key(pred.get("name") or "") == fold_key(gold.get("name") or "")


def endpoint_match(pred: dict | None, gold: dict | None) -> bool:
    if pred is None or gold is None:
        return pred is None and gold is None
    return same_place(pred, gold, by_code=True)


def prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 1.0
    r = tp / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def score_places(pred: list[dict], gold: list[dict]) -> tuple[int, list, list]:
    used: set[int] = set()
    tp, false_pos = 0, []
    for m in pred:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used
                and m["start"] < g["end"]
                and g["start"] < m["end"]
                and same_place(m, g)
            ),
            None,
        )
        if hit is None:
            false_pos.append(m)
        else:
            used.add(hit)
            tp += 1
    missed = [g for i, g in enumerate(gold) if i not in used]
    return tp, false_pos, missed


def _flow_key(f: dict) -> tuple:
    def k(p):
        return None if p is None else (p.get("country_code"), p.get("name"))

    return f["category"], k(f["origin"]), k(f["destination"])


def score_flows(pred: list[dict], gold: list[dict]) -> tuple[int, int, list, list]:
    distinct = list({_flow_key(f): f for f in pred}.values())
    used: set[int] = set()
    tp, false_pos = 0, []
    for f in distinct:
        hit = next(
            (
                i
                for i, g in enumerate(gold)
                if i not in used
                and g["category"] == f["category"]
                and endpoint_match(f["origin"], g["origin"])
                and endpoint_match(f["destination"], g["destination"])
            ),
            None,
        )
        if hit is None:
            false_pos.append(f)
        else:
            used.add(hit)
            tp += 1
    missed = [g for i, g in enumerate(gold) if i not in used]
    return tp, len(distinct), false_pos, missed


def _short(p: dict | None) -> str:
    return "-" if p is None else f"{p.get('name')}({p.get('country_code') or p.get('kind')})"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", default=str(ROOT / "tests" / "data" / "gold" / "gold.jsonl"))
    ap.add_argument("-v", "--verbose", action="store_true", help="list errors per document")
    ap.add_argument("--only", help="only documents whose id starts with one of these (a,b,...)")
    args = ap.parse_args(argv)

    docs = [json.loads(line) for line in open(args.gold, encoding="utf-8") if line.strip()]
    if args.only:
        docs = [d for d in docs if d["id"].startswith(tuple(args.only.split(",")))]
    t0 = time.perf_counter()
    extractor = Extractor()
    totals = defaultdict(lambda: [0, 0, 0, 0, 0, 0])  # places tp/pred/gold, flows tp/pred/gold
    for d in docs:
        doc = Document(
            id=d["id"], text=d["text"], lang=d.get("lang"), published=d.get("published"),
            title=d.get("title"),
        )  # fmt: skip
        result = extractor.extract(doc)
        pred_places = [{"start": m.start, "end": m.end, **m.as_json()} for m in result.mentions]
        ptp, pfp, pmiss = score_places(pred_places, d["gold_places"])
        pred_flows = [c.as_json() for c in result.candidates]
        ftp, fpred, ffp, fmiss = score_flows(pred_flows, d["gold_flows"])
        for key in ("all", d.get("lang") or "?"):
            t = totals[key]
            t[0] += ptp
            t[1] += len(pred_places)
            t[2] += len(d["gold_places"])
            t[3] += ftp
            t[4] += fpred
            t[5] += len(d["gold_flows"])
        if args.verbose and (pfp or pmiss or ffp or fmiss):
            print(f"== {d['id']}")
            for m in pfp:
                print(f"  place FP  {m['surface']!r} -> {_short(m)}")
            for g in pmiss:
                print(f"  place FN  {g['surface']!r} ({_short(g)})")
            for f in ffp:
                print(f"  flow  FP  {f['category']}: {_short(f['origin'])} > "
                      f"{_short(f['destination'])}  | {f['evidence'][:90]!r}")  # fmt: skip
            for g in fmiss:
                print(f"  flow  FN  {g['category']}: {_short(g['origin'])} > "
                      f"{_short(g['destination'])}")  # fmt: skip
    elapsed = time.perf_counter() - t0
    print(f"gold set: {len(docs)} documents ({args.gold})")
    for key in sorted(totals, key=lambda k: (k != "all", k)):
        t = totals[key]
        pp, pr, pf = prf(t[0], t[1], t[2])
        fp, fr, ff = prf(t[3], t[4], t[5])
        print(
            f"[{key:>3}] places  P={pp:.3f} R={pr:.3f} F1={pf:.3f} (tp={t[0]} pred={t[1]} "
            f"gold={t[2]})   flows  P={fp:.3f} R={fr:.3f} F1={ff:.3f} (tp={t[3]} "
            f"pred={t[4]} gold={t[5]})"
        )
    print(f"time: {elapsed:.2f} s including gazetteer loading")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
