"""Score the product's place and flow extraction on the real-document gold corpus.

Runs the product's contract commands in a subprocess, exactly as a user or another program
would (``flows places FILE --format jsonl`` and ``flows extract FILE --format jsonl``, with the
``flows`` of this interpreter's environment), on a collection holding only the fields the
contract reads (id, text, lang, published, url, title: the annotations never reach the
product), and scores the output against ``tests/data/gold_real/*.jsonl``. A deliberately naive
baseline (``naive_baseline.py``: gazetteer look-up plus from/to cue words, one flow per keyword
sentence) is scored in the same run unless ``--no-baseline``.

Rules (ANNOTATION.md; "place match" is used by every score below):

* **Place match**, gold place ``g`` against predicted place ``p``:
  a country matches a predicted country with the same ISO code; a city or site (``other``)
  matches any predicted place that is not a country within 161 km; a region or sea matches a
  predicted place with the same folded name, or any predicted place that is not a country
  within 500 km of its centroid.
* **Places (acc@161)**, per document over distinct places: the predicted mentions are
  collapsed on (name, kind, country code) (unresolved mentions on their folded surface, and
  they never match); gold toponyms are distinct already. Predictions and gold are matched
  one-to-one (maximum matching); precision = matched / predicted, recall = matched / gold.
* **Flows**, per document: predictions are collapsed on (category, origin, destination), and
  so are gold flows (they are unique on commodity and via too, which are not scored). Matched
  one-to-one (maximum matching) under three rules:
  - *strict*: same category, and origin and destination each match (null matches only null);
  - *lenient*: same category, and one endpoint the gold gives is matched;
  - *country-level*: same category, and each endpoint is in the right country (same ISO code
    when both places have one, else the place match; null matches only null).
* Totals add the counts of all documents (micro-average); "by language" uses the document's
  language; "by category" uses the flow's category for flows (precision counts predictions of
  that category) and the document's category for places.

The review queue's order: every candidate (``flows extract --min-confidence 0``: the queue
keeps the ones the output leaves out) sorted as the review store lists them (confidence,
highest first), with the share of right ones (a strict match) at the top (``queue_order``);
``--against CHECKOUT`` runs the product of another source tree too (a ``git archive`` of an
older commit) and gives a paired bootstrap of the gain.

Usage (from the repository root, with the project venv)::

    .venv/bin/python benchmarks/score_real.py tests/data/gold_real/dev_*.jsonl
    .venv/bin/python benchmarks/score_real.py tests/data/gold_real/dev_*.jsonl --errors
    .venv/bin/python benchmarks/score_real.py tests/data/gold_real/test_*.jsonl --json
    git archive 4cdfba0 | tar -x -C /tmp/base   # (an empty /tmp/base first)
    .venv/bin/python benchmarks/score_real.py tests/data/gold_real/test_*.jsonl --against /tmp/base

``--errors`` lists per-document misses and false positives: it is for the development part
only. Whoever changes the extractor must never read the test part's errors, so ``--errors``
refuses ``test_*`` files unless ``--allow-test-errors`` is given (for the final write-up).
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import math
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CITY_KM = 161.0
AREA_KM = 500.0
CONTRACT_FIELDS = ("id", "text", "lang", "published", "url", "title")


# -- place matching ---------------------------------------------------------------------------
def fold(name: str | None) -> str:
    """Case- and accent-insensitive form of a name (the gazetteer's own folding)."""
    from geodata.normalize import fold_key

    return fold_key(name or "")


def haversine_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(math.sqrt(a))


def _distance(p: dict, g: dict) -> float | None:
    if None in (p.get("lon"), p.get("lat"), g.get("lon"), g.get("lat")):
        return None
    return haversine_km(p["lon"], p["lat"], g["lon"], g["lat"])


def place_match(pred: dict, gold: dict) -> bool:
    """True when the predicted place counts as the gold place (rules in the module docstring)."""
    if pred.get("name") is None:
        return False
    kind = gold.get("kind")
    if kind == "country":
        return pred.get("kind") == "country" and pred.get("country_code") == gold.get(
            "country_code"
        )
    if kind in ("region", "sea"):
        if fold(pred.get("name")) == fold(gold.get("name")):
            return True
        d = _distance(pred, gold)
        return pred.get("kind") != "country" and d is not None and d <= AREA_KM
    d = _distance(pred, gold)  # city, other (sites, islands)
    return pred.get("kind") != "country" and d is not None and d <= CITY_KM


def country_match(pred: dict, gold: dict) -> bool:
    """The endpoint is in the right country (same ISO code), else the place match."""
    if pred.get("name") is None:
        return False
    pc, gc = pred.get("country_code"), gold.get("country_code")
    if pc and gc:
        return pc == gc
    return place_match(pred, gold)


def endpoint_match(pred: dict | None, gold: dict | None, same: Callable = place_match) -> bool:
    """Null matches only null; two places by ``same``."""
    if pred is None or gold is None:
        return pred is None and gold is None
    return same(pred, gold)


def flow_match(pred: dict, gold: dict, mode: str) -> bool:
    """Does a predicted flow count as a gold flow under ``strict``, ``lenient`` or ``country``."""
    if pred.get("category") != gold.get("category"):
        return False
    po, pd, go, gd = (
        pred.get("origin"),
        pred.get("destination"),
        gold["origin"],
        gold["destination"],
    )
    if mode == "strict":
        return endpoint_match(po, go) and endpoint_match(pd, gd)
    if mode == "country":
        return endpoint_match(po, go, country_match) and endpoint_match(pd, gd, country_match)
    if mode == "lenient":
        return (go is not None and po is not None and place_match(po, go)) or (
            gd is not None and pd is not None and place_match(pd, gd)
        )
    raise ValueError(f"unknown mode {mode!r}")


def max_matching(preds: Sequence, golds: Sequence, match: Callable[[object, object], bool]) -> list:
    """One-to-one pairs (pred index, gold index), as many as possible (augmenting paths)."""
    edges = [[j for j, g in enumerate(golds) if match(p, g)] for p in preds]
    owner: dict[int, int] = {}  # gold index -> pred index

    def augment(i: int, seen: set[int]) -> bool:
        for j in edges[i]:
            if j in seen:
                continue
            seen.add(j)
            if j not in owner or augment(owner[j], seen):
                owner[j] = i
                return True
        return False

    for i in range(len(preds)):
        augment(i, set())
    return sorted((i, j) for j, i in owner.items())


# -- collapsing ---------------------------------------------------------------------------------
def _place_key(p: dict | None) -> tuple | None:
    if p is None:
        return None
    if p.get("name") is None:
        return ("?", fold(p.get("surface")))
    return (p["name"], p.get("kind"), p.get("country_code"))


def distinct_places(mentions: Iterable[dict]) -> list[dict]:
    """One predicted place per (name, kind, country code); unresolved ones by surface."""
    out: dict[tuple, dict] = {}
    for m in mentions:
        out.setdefault(_place_key(m), m)
    return list(out.values())


def collapse_flows(flows: Iterable[dict]) -> list[dict]:
    """One flow per (category, origin, destination)."""
    out: dict[tuple, dict] = {}
    for f in flows:
        key = (f.get("category"), _place_key(f.get("origin")), _place_key(f.get("destination")))
        out.setdefault(key, f)
    return list(out.values())


# -- scoring ------------------------------------------------------------------------------------
MODES = ("strict", "lenient", "country")


class Counts:
    """True positives, predictions and gold items per slice, for one system."""

    def __init__(self) -> None:
        self.c: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0])

    def add(self, measure: str, slice_: str, tp: int = 0, pred: int = 0, gold: int = 0) -> None:
        row = self.c[(measure, slice_)]
        row[0] += tp
        row[1] += pred
        row[2] += gold

    def prf(self, measure: str, slice_: str) -> dict:
        tp, n_pred, n_gold = self.c.get((measure, slice_), [0, 0, 0])
        p = tp / n_pred if n_pred else (1.0 if not n_gold else 0.0)
        r = tp / n_gold if n_gold else (1.0 if not n_pred else 0.0)
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {
            "tp": tp,
            "pred": n_pred,
            "gold": n_gold,
            "p": round(p, 3),
            "r": round(r, 3),
            "f1": round(f, 3),
        }

    def slices(self) -> list[str]:
        return sorted({s for _, s in self.c}, key=lambda s: (s != "all", s))


def score_document(
    gold: dict,
    mentions: list[dict],
    cands: list[dict],
    counts: Counts,
    errors: list[dict] | None = None,
) -> None:
    """Add one document's place and flow counts (and its misses, when ``errors`` is a list)."""
    slices = ("all", f"lang={gold['lang']}")
    preds = distinct_places(mentions)
    pairs = max_matching(preds, gold["toponyms"], place_match)
    for s in (*slices, f"category={gold['category']}"):
        counts.add("places", s, len(pairs), len(preds), len(gold["toponyms"]))
    pflows, gflows = collapse_flows(cands), collapse_flows(gold["flows"])
    record = {"doc": gold["id"], "places_missed": [], "places_false": [], "flows": {}}
    if errors is not None:
        hit_p, hit_g = {i for i, _ in pairs}, {j for _, j in pairs}
        record["places_missed"] = [
            g["name"] for j, g in enumerate(gold["toponyms"]) if j not in hit_g
        ]
        record["places_false"] = [
            f"{p.get('surface')} -> {p.get('name')}" for i, p in enumerate(preds) if i not in hit_p
        ]
    for mode in MODES:
        fpairs = max_matching(pflows, gflows, lambda p, g, m=mode: flow_match(p, g, m))
        for s in slices:
            counts.add(mode, s, len(fpairs), len(pflows), len(gflows))
        for cat in {f["category"] for f in pflows} | {f["category"] for f in gflows}:
            tp = sum(1 for _, j in fpairs if gflows[j]["category"] == cat)
            n_p = sum(1 for f in pflows if f["category"] == cat)
            n_g = sum(1 for f in gflows if f["category"] == cat)
            counts.add(mode, f"category={cat}", tp, n_p, n_g)
        if errors is not None and mode == "strict":
            hit_p, hit_g = {i for i, _ in fpairs}, {j for _, j in fpairs}
            record["flows"] = {
                "missed": [_flow_str(g) for j, g in enumerate(gflows) if j not in hit_g],
                "false": [_flow_str(p) for i, p in enumerate(pflows) if i not in hit_p],
            }
    if errors is not None:
        errors.append(record)


def _flow_str(f: dict) -> str:
    def name(p: dict | None) -> str:
        return "null" if p is None else str(p.get("name"))

    return f"{f.get('category')}: {name(f.get('origin'))} -> {name(f.get('destination'))}"


# -- running the product ------------------------------------------------------------------------
def flows_command() -> list[str]:
    """The ``flows`` console script of this interpreter's environment (else ``-m flows.cli``)."""
    exe = Path(sys.executable).with_name("flows")
    if exe.exists():
        return [str(exe)]
    found = shutil.which("flows")
    return [found] if found else [sys.executable, "-m", "flows.cli"]


def run_contract(
    subcommand: str, collection: Path, checkout: Path | None = None, extra: Sequence[str] = ()
) -> tuple[list[dict], float]:
    """Run ``flows SUBCOMMAND COLLECTION --format jsonl``; parsed lines and wall time.
    ``checkout``: run the code of that source tree instead (put first on ``PYTHONPATH``)."""
    cmd = [*flows_command(), subcommand, str(collection), "--format", "jsonl", "--no-progress"]
    cmd += list(extra)
    env = None
    if checkout is not None:
        env = {**os.environ, "PYTHONPATH": str(checkout.resolve())}
    t0 = time.perf_counter()
    proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    wall = time.perf_counter() - t0
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{proc.stderr[-2000:]}")
    return [json.loads(line) for line in proc.stdout.splitlines() if line.strip()], wall


def _write_collection(docs: list[dict], collection: Path) -> None:
    with collection.open("w", encoding="utf-8") as fh:
        for d in docs:
            row = {k: d.get(k) for k in CONTRACT_FIELDS if d.get(k) is not None}
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")


def run_product(
    docs: list[dict], checkout: Path | None = None
) -> tuple[list[dict], list[dict], float, float]:
    """``flows places`` and ``flows extract`` on a collection of ``docs`` holding only the
    fields the contract reads: (mentions, candidates, places seconds, extract seconds)."""
    with tempfile.TemporaryDirectory() as tmp:
        collection = Path(tmp) / "docs.jsonl"
        _write_collection(docs, collection)
        mentions, t_places = run_contract("places", collection, checkout)
        cands, t_extract = run_contract("extract", collection, checkout)
    return mentions, cands, t_places, t_extract


def run_queue(docs: list[dict], checkout: Path | None = None) -> list[dict] | None:
    """Every candidate the review queue holds (``flows extract --min-confidence 0``: the
    output alone leaves out the doubtful ones), or None when that source tree has no such
    option (then its output is its queue)."""
    cli = (checkout or ROOT) / "flows" / "extract" / "cli.py"
    if "--min-confidence" not in cli.read_text(encoding="utf-8"):
        return None
    with tempfile.TemporaryDirectory() as tmp:
        collection = Path(tmp) / "docs.jsonl"
        _write_collection(docs, collection)
        return run_contract("extract", collection, checkout, ["--min-confidence", "0"])[0]


def load_gold(paths: Sequence[Path]) -> list[dict]:
    docs: list[dict] = []
    seen: set[str] = set()
    for path in paths:
        for lineno, line in enumerate(path.open(encoding="utf-8"), 1):
            if not line.strip():
                continue
            d = json.loads(line)
            if d["id"] in seen:
                raise SystemExit(f"{path}:{lineno}: duplicate id {d['id']}")
            seen.add(d["id"])
            docs.append(d)
    return docs


def _by_doc(items: Iterable[dict]) -> dict[str, list[dict]]:
    out: dict[str, list[dict]] = defaultdict(list)
    for it in items:
        out[it["doc"]].append(it)
    return out


def score_system(
    docs: list[dict], mentions: list[dict], cands: list[dict], with_errors: bool
) -> tuple[Counts, list[dict]]:
    counts, errors = Counts(), ([] if with_errors else None)
    m_by, c_by = _by_doc(mentions), _by_doc(cands)
    for d in docs:
        score_document(d, m_by.get(d["id"], []), c_by.get(d["id"], []), counts, errors)
    return counts, errors or []


def per_document_counts(
    docs: list[dict], mentions: list[dict], cands: list[dict]
) -> dict[str, list[tuple[int, int, int]]]:
    """(true positives, predicted, gold) of each document, per flow measure."""
    m_by, c_by = _by_doc(mentions), _by_doc(cands)
    out: dict[str, list[tuple[int, int, int]]] = {m: [] for m in MODES}
    for d in docs:
        counts = Counts()
        score_document(d, m_by.get(d["id"], []), c_by.get(d["id"], []), counts)
        for mode in MODES:
            tp, n_pred, n_gold = counts.c[(mode, "all")]
            out[mode].append((tp, n_pred, n_gold))
    return out


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 1.0


def bootstrap_interval(
    rows: Sequence[tuple[int, int, int]], resamples: int = 2000, seed: int = 0
) -> tuple[float, float]:
    """95 % percentile interval of the micro-averaged F1 when documents are resampled.

    The corpus is small (tens of documents, a few hundred flows), so two systems whose F1
    differ by less than the interval's half-width are not told apart by it.

    >>> bootstrap_interval([(1, 1, 1)] * 5)
    (1.0, 1.0)
    >>> lo, hi = bootstrap_interval([(2, 2, 2), (0, 2, 2), (1, 2, 2), (2, 2, 2)])
    >>> 0.0 <= lo < 0.625 < hi <= 1.0
    True
    """
    rng = random.Random(seed)
    n = len(rows)
    scores = []
    for _ in range(resamples):
        tp = n_pred = n_gold = 0
        for _ in range(n):
            a, b, c = rows[rng.randrange(n)]
            tp, n_pred, n_gold = tp + a, n_pred + b, n_gold + c
        scores.append(_f1(tp, n_pred, n_gold))
    scores.sort()
    return round(scores[int(0.025 * resamples)], 3), round(scores[int(0.975 * resamples) - 1], 3)


def run_intervals(docs: list[dict], runs: dict[str, tuple[list, list]]) -> dict:
    """95 % bootstrap intervals of every flow measure, per system: ``runs`` maps a system to
    its (mentions, candidates)."""
    return {
        name: {
            mode: bootstrap_interval(rows)
            for mode, rows in per_document_counts(docs, mentions, cands).items()
        }
        for name, (mentions, cands) in runs.items()
    }


def format_intervals(intervals: dict) -> list[str]:
    """One line per system: ``name: 95% bootstrap interval over documents: strict F1 [..]``."""
    return [
        f"{name}: 95% bootstrap interval over documents: "
        + ", ".join(f"{mode} F1 [{lo:.3f}, {hi:.3f}]" for mode, (lo, hi) in iv.items())
        for name, iv in intervals.items()
    ]


def queue_order(docs: Sequence[dict], cands: Sequence[dict]) -> dict:
    """How well the review queue's order (confidence, highest first, then document and
    position, as ``ReviewStore.list_candidates`` sorts) puts right candidates first.

    Each candidate is right when it matches one gold flow of its document strictly. Figures:
    average precision (the mean, over the right candidates, of the share of right ones at or
    above each), and the share of right candidates in the first quarter and the first half.

    >>> paris = {"name": "Paris", "kind": "city", "country_code": "FR", "lon": 2.35, "lat": 48.9}
    >>> docs = [{"id": "a", "flows": [{"category": "drugs", "origin": None, "destination": paris}]}]
    >>> good = {"doc": "a", "category": "drugs", "origin": None, "destination": paris,
    ...         "confidence": 0.2, "evidence_start": 0}
    >>> bad = dict(good, category="weapons", confidence=0.9)
    >>> queue_order(docs, [good, bad])["average_precision"]
    0.5
    """
    gold = {d["id"]: collapse_flows(d["flows"]) for d in docs}
    ranked = sorted(cands, key=lambda c: (-c["confidence"], c["doc"], c.get("evidence_start", 0)))
    right = [any(flow_match(c, g, "strict") for g in gold.get(c["doc"], [])) for c in ranked]
    hits, precisions = 0, []
    for k, ok in enumerate(right, 1):
        if ok:
            hits += 1
            precisions.append(hits / k)

    def share(fraction: float) -> float:
        n = max(1, round(len(right) * fraction))
        return round(sum(right[:n]) / n, 3) if right else 0.0

    return {
        "candidates": len(right),
        "right": hits,
        "average_precision": round(sum(precisions) / hits, 3) if hits else 0.0,
        "right_in_first_quarter": share(0.25),
        "right_in_first_half": share(0.5),
        # a queue in random order: every position holds this share of right candidates
        "random_order": round(hits / len(right), 3) if right else 0.0,
    }


def _drawn(sample: Sequence[dict], by_doc: dict) -> list[dict]:
    """The candidates of each drawn document, under the draw's own id (``k:id``)."""
    return [dict(c, doc=f"{k}:{d['id']}") for k, d in enumerate(sample) for c in by_doc[d["id"]]]


def queue_gain_interval(
    docs: Sequence[dict], new: Sequence[dict], old: Sequence[dict], resamples: int = 1000
) -> dict[str, tuple[float, float, float]]:
    """Paired bootstrap of the review queue's figures, ``new`` minus ``old`` candidates:
    documents resampled (both systems on the same sample); per figure the 95 % interval of
    the gain and the share of resamples where it is above zero."""
    rng = random.Random(0)
    by_new, by_old = _by_doc(new), _by_doc(old)
    gains: dict[str, list[float]] = {"average_precision": [], "right_in_first_half": []}
    for _ in range(resamples):
        sample = [docs[rng.randrange(len(docs))] for _ in docs]
        # a document drawn twice counts twice: each draw gets its own id
        renamed = [dict(d, id=f"{k}:{d['id']}") for k, d in enumerate(sample)]
        qa = queue_order(renamed, _drawn(sample, by_new))
        qb = queue_order(renamed, _drawn(sample, by_old))
        for key, values in gains.items():
            values.append(qa[key] - qb[key])
    out = {}
    for key, values in gains.items():
        values.sort()
        lo, hi = values[int(0.025 * resamples)], values[int(0.975 * resamples) - 1]
        out[key] = (round(lo, 3), round(hi, 3), round(sum(v > 0 for v in values) / resamples, 3))
    return out


def report(counts: Counts) -> dict:
    out: dict[str, dict] = {}
    for s in counts.slices():
        out[s] = {m: counts.prf(m, s) for m in ("places", *MODES)}
    return out


def format_table(results: dict[str, dict]) -> str:
    head = (
        f"{'system':<10} {'slice':<28} {'places P':>8} {'R':>6} | {'strict P':>8} {'R':>6} "
        f"{'F1':>6} | {'lenient F1':>10} | {'country F1':>10} | {'flows pred/gold':>15}"
    )
    lines = [head, "-" * len(head)]
    for system, res in results.items():
        for s, r in res.items():
            pl, st = r["places"], r["strict"]
            pl_p = f"{pl['p']:.3f}" if pl["pred"] or pl["gold"] else "-"
            pl_r = f"{pl['r']:.3f}" if pl["pred"] or pl["gold"] else "-"
            lines.append(
                f"{system:<10} {s:<28} {pl_p:>8} {pl_r:>6} | {st['p']:>8.3f} {st['r']:>6.3f} "
                f"{st['f1']:>6.3f} | {r['lenient']['f1']:>10.3f} | {r['country']['f1']:>10.3f} | "
                f"{str(st['pred']) + '/' + str(st['gold']):>15}"
            )
    return "\n".join(lines)


def _load_baseline():
    spec = importlib.util.spec_from_file_location(
        "naive_baseline", Path(__file__).with_name("naive_baseline.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path, help="gold JSONL files (tests/data/gold_real)")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--errors",
        action="store_true",
        help="list per-document misses and false positives (development files only)",
    )
    ap.add_argument(
        "--allow-test-errors",
        action="store_true",
        help="let --errors read test_* files (never while changing the extractor)",
    )
    ap.add_argument("--no-baseline", action="store_true", help="do not score the naive baseline")
    ap.add_argument(
        "--intervals",
        action="store_true",
        help="add 95%% bootstrap intervals (documents resampled) of strict and lenient F1",
    )
    ap.add_argument(
        "--against",
        type=Path,
        metavar="CHECKOUT",
        help="also run the product from another source tree (a git archive of an older "
        "commit) and compare the review queue's order with a paired bootstrap",
    )
    args = ap.parse_args(argv)

    test_files = [p for p in args.files if p.name.startswith("test_")]
    if args.errors and test_files and not args.allow_test_errors:
        print(
            f"--errors refuses the frozen test part ({', '.join(map(str, test_files))}): "
            "per-document errors are for dev files only",
            file=sys.stderr,
        )
        return 2
    docs = load_gold(args.files)
    env_note = " ".join(flows_command())
    mentions, cands, t_places, t_extract = run_product(docs)

    systems = {"extractor": score_system(docs, mentions, cands, args.errors)}
    runs = {"extractor": (mentions, cands)}
    timings = {"extractor": {"places_s": round(t_places, 2), "extract_s": round(t_extract, 2)}}
    if not args.no_baseline:
        t0 = time.perf_counter()
        b_places, b_flows = _load_baseline().run(docs)
        timings["baseline"] = {"total_s": round(time.perf_counter() - t0, 2)}
        systems["baseline"] = score_system(docs, b_places, b_flows, args.errors)
        runs["baseline"] = (b_places, b_flows)

    queued = run_queue(docs) or cands
    against = {}
    if args.against is not None:
        a_mentions, a_cands, _, _ = run_product(docs, args.against)
        systems[args.against.name] = score_system(docs, a_mentions, a_cands, False)
        a_queued = run_queue(docs, args.against) or a_cands
        against = {
            "checkout": str(args.against),
            "review_queue": queue_order(docs, a_queued),
            "gain_95": queue_gain_interval(docs, queued, a_queued),
        }
    results = {name: report(c) for name, (c, _) in systems.items()}
    intervals = run_intervals(docs, runs) if args.intervals else {}
    queue = queue_order(docs, queued)
    meta = {
        "files": [str(p) for p in args.files],
        "documents": len(docs),
        "gold_places": sum(len(d["toponyms"]) for d in docs),
        "gold_flows": sum(len(collapse_flows(d["flows"])) for d in docs),
        "command": env_note,
        "timings": timings,
    }
    if args.json:
        payload = {**meta, "results": results, "review_queue": queue}
        if against:
            payload["against"] = against
        if intervals:
            payload["intervals_95"] = intervals
        if args.errors:
            payload["errors"] = {name: errs for name, (_, errs) in systems.items()}
        print(json.dumps(payload, indent=1, ensure_ascii=False))
        return 0
    print(
        f"{meta['documents']} documents ({', '.join(meta['files'])}): "
        f"{meta['gold_places']} gold places, {meta['gold_flows']} gold flows "
        f"(collapsed on category, origin, destination)"
    )
    print(f"product: {env_note} places ({t_places:.1f} s) / extract ({t_extract:.1f} s)")
    print(format_table(results))
    print(
        f"review queue (extractor's candidates by confidence, {queue['right']} of "
        f"{queue['candidates']} right): average precision {queue['average_precision']:.3f}, "
        f"right in the first quarter {queue['right_in_first_quarter']:.3f}, in the first half "
        f"{queue['right_in_first_half']:.3f} (in random order {queue['random_order']:.3f})"
    )
    if against:
        q = against["review_queue"]
        print(
            f"review queue of {against['checkout']}: average precision "
            f"{q['average_precision']:.3f}, right in the first quarter "
            f"{q['right_in_first_quarter']:.3f}, in the first half {q['right_in_first_half']:.3f}"
        )
        for key, (lo, hi, above) in against["gain_95"].items():
            print(f"gain in {key.replace('_', ' ')}: 95% [{lo:+.3f}, {hi:+.3f}], above zero in "
                  f"{above:.0%} of resamples")  # fmt: skip
    for line in format_intervals(intervals):
        print(line)
    if args.errors:
        for name, (_, errs) in systems.items():
            print(f"\n== {name}: per-document errors (strict flows) ==")
            for e in errs:
                fl = e["flows"]
                if not (e["places_missed"] or e["places_false"] or fl["missed"] or fl["false"]):
                    continue
                print(f"{e['doc']}")
                for label, items in (
                    ("places missed", e["places_missed"]),
                    ("places false", e["places_false"]),
                    ("flows missed", fl["missed"]),
                    ("flows false", fl["false"]),
                ):
                    if items:
                        print(f"  {label}: " + "; ".join(items))
    return 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONIOENCODING", "utf-8")
    sys.path.insert(0, str(ROOT))
    sys.exit(main())
