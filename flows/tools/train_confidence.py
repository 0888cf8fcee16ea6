"""Learn the candidates' confidence (flows/extract/ranking.py) from annotated real documents.

Run from the repository root (scikit-learn comes with the research extra, only here; the
product reads the weights)::

    .venv/bin/pip install -e '.[research]'
    .venv/bin/python -m flows.tools.train_confidence --group tuned --group pool

``--group NAME`` takes the files of that group of ``tests/data/gold_real/groups.json``: the
bundled weights learn from "tuned" and "pool", the documents rules were written from, and
leave "fresh" to judge the queue's order; files can be given instead.

The extractor runs on every document with the rules' scores (no model), each candidate gets
the features of :func:`flows.extract.ranking.candidate_features`, and its label says whether
it is a flow of the document's annotation: same category, and origin and destination each
the annotated place (a country by its code, a town within 161 km, a region or sea by name or
within 500 km; null only for null), as ``benchmarks/score_real.py`` counts a strict match. A
logistic regression (L2, ``--c``) learns the weights, and those above ``--min-weight`` are
written to ``flows/extract/data/confidence_weights.json``. The held-out parts (``test_*``) are
refused: they judge the model.

A threshold under which ``flows extract`` could leave candidates out is chosen by
cross-validation: the documents are split in ``--folds`` parts, each part's candidates are
scored by a model learned on the others, kept as the product would keep them
(:func:`flows.extract.ranking.confident`: each document's most confident always), and the
threshold (0 to 0.40 by 0.02) that gives the highest sum of strict and lenient F1 over all
documents wins (the lower on a tie). It is written as ``cv_threshold``, with the table, and is
applied by default (``min_confidence``) only with ``--apply-threshold``. In round 15 the
cross-validated 0.20 raised strict F1 on the held-out parts but lowered lenient F1 more
(frozen part 0.430/0.667 -> 0.449/0.634), so no threshold was applied; since round 38 the
bundled weights apply theirs (0.26: on the 643 fresh documents strict F1 0.435 -> 0.445,
lenient 0.708 -> 0.707; ``benchmarks/README.md``, round 38).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from flows.extract.pipeline import Extractor
from flows.extract.ranking import WEIGHTS_PATH, ConfidenceModel, confident, document_features
from flows.extract.readers import Document
from flows.tools.gold_groups import group_files
from flows.tools.review_gold import same_place


def _end_agrees(gold: dict | None, got: dict | None) -> bool:
    """``same_place``, and a country never stands for a town or region (the scorer's rule)."""
    if gold is not None and got is not None and gold.get("kind") != "country":
        if got.get("kind") == "country":
            return False
    return same_place(gold, got)


def one_end_agrees(cand: dict, flow: dict) -> bool:
    """Does an end the annotated ``flow`` gives agree with the candidate's (JSON) same end?
    (``lenient`` of the scorer, category aside)."""
    return any(
        flow.get(end) is not None and cand[end] is not None and _end_agrees(flow[end], cand[end])
        for end in ("origin", "destination")
    )


def is_gold_flow(cand: dict, flows: list[dict]) -> bool:
    """Does candidate ``cand`` (``Candidate.as_json()``) match one annotated flow strictly?

    >>> paris = {"name": "Paris", "kind": "city", "country_code": "FR", "lon": 2.35, "lat": 48.85}
    >>> gold = [{"category": "drugs", "origin": None, "destination": paris}]
    >>> is_gold_flow({"category": "drugs", "origin": None, "destination": paris}, gold)
    True
    >>> is_gold_flow({"category": "weapons", "origin": None, "destination": paris}, gold)
    False
    """
    return any(
        cand["category"] == g["category"]
        and _end_agrees(g.get("origin"), cand["origin"])
        and _end_agrees(g.get("destination"), cand["destination"])
        for g in flows
    )


def document_rows(docs: list[dict], extractor: Extractor) -> list[list[tuple[tuple, dict]]]:
    """Per document, ((features, is a gold flow), candidate as JSON) of each candidate."""
    out = []
    for d in docs:
        lang = d["lang"] if d["lang"] in ("fr", "en") else "en"
        doc = Document(id=d["id"], text=d["text"], lang=d["lang"], title=d.get("title"))
        result = extractor.extract(doc, d["lang"])
        feats = document_features(result.candidates, d["text"], lang, result.mentions)
        rows = []
        for c, f in zip(result.candidates, feats, strict=True):
            js = c.as_json()
            rows.append(((f, is_gold_flow(js, d["flows"])), js))
        out.append(rows)
    return out


def _key(p: dict | None) -> tuple | None:
    return None if p is None else (p.get("name"), p.get("country_code"), p.get("kind"))


def _counts(cands: list[dict], flows: list[dict]) -> tuple[int, int, int, int]:
    """(strict matches, lenient matches, predictions, gold flows) of one document, predictions
    and gold flows each taken once per (category, origin, destination); a gold flow counts
    for one prediction at most (taken in order)."""
    preds = list({(c["category"], _key(c["origin"]), _key(c["destination"])): c
                  for c in cands}.values())  # fmt: skip
    golds = list({(g["category"], _key(g["origin"]), _key(g["destination"])): g
                  for g in flows}.values())  # fmt: skip

    def lenient(c: dict, g: dict) -> bool:
        return c["category"] == g["category"] and one_end_agrees(c, g)

    matched = []
    for same in (lambda c, g: is_gold_flow(c, [g]), lenient):
        free, n = list(golds), 0
        for c in preds:
            hit = next((g for g in free if same(c, g)), None)
            if hit is not None:
                free.remove(hit)
                n += 1
        matched.append(n)
    return matched[0], matched[1], len(preds), len(golds)


def _f1(tp: int, n_pred: int, n_gold: int) -> float:
    return 2 * tp / (n_pred + n_gold) if n_pred + n_gold else 0.0


def choose_threshold(
    docs: list[dict], per_doc: list, c: float, min_weight: float, folds: int = 5, seed: int = 0
) -> tuple[float, list[dict]]:
    """The cross-validated threshold (module docstring) and the table it was chosen from."""
    import random

    order = list(range(len(docs)))
    random.Random(seed).shuffle(order)
    probs: dict[int, list[float]] = {}
    for k in range(folds):
        held = set(order[k::folds])
        model = fit([r for i in order if i not in held for r, _ in per_doc[i]], c, min_weight)
        for i in held:
            probs[i] = [model.probability(f) for (f, _), _ in per_doc[i]]
    table = []
    for step in range(21):
        t = round(step * 0.02, 2)
        tot = [0, 0, 0, 0]
        for i, d in enumerate(docs):
            keep = confident(probs[i], t)
            kept = [js for (_, js), k in zip(per_doc[i], keep, strict=True) if k]
            tot = [a + b for a, b in zip(tot, _counts(kept, d["flows"]), strict=True)]
        strict, lenient = _f1(tot[0], tot[2], tot[3]), _f1(tot[1], tot[2], tot[3])
        table.append(
            {"threshold": t, "strict_f1": round(strict, 4), "lenient_f1": round(lenient, 4)}
        )
    best = max(table, key=lambda r: (round(r["strict_f1"] + r["lenient_f1"], 4), -r["threshold"]))
    return best["threshold"], table


def fit(rows: list[tuple[set[str], bool]], c: float, min_weight: float) -> ConfidenceModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for f, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [y for _, y in rows])
    names = vectorizer.get_feature_names_out()
    weights = {
        str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True) if abs(w) >= min_weight
    }
    return ConfidenceModel(float(model.intercept_[0]), weights)


def load_docs(paths: list[Path]) -> list[dict]:
    docs = []
    for path in paths:
        if path.name.startswith("test_"):
            raise SystemExit(f"{path}: a held-out part judges the model; train on dev_* only")
        docs += [json.loads(line) for line in path.open(encoding="utf-8") if line.strip()]
    return docs


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="annotated dev_*.jsonl files")
    ap.add_argument("--group", action="append", default=[], help="a group of groups.json")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength (default 0.1)")
    ap.add_argument("--min-weight", type=float, default=0.01, help="weights kept (default 0.01)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    ap.add_argument("--folds", type=int, default=5, help="cross-validation parts (default 5)")
    ap.add_argument(
        "--apply-threshold",
        action="store_true",
        help="make the cross-validated threshold the default of flows extract",
    )
    args = ap.parse_args(argv)
    files = args.files + group_files(args.group)
    if not files:
        ap.error("give annotated files or --group")
    docs = load_docs(files)
    per_doc = document_rows(docs, Extractor(confidence=None))
    rows = [row for doc_rows in per_doc for row, _ in doc_rows]
    model = fit(rows, args.c, args.min_weight)
    threshold, table = choose_threshold(docs, per_doc, args.c, args.min_weight, args.folds)
    for r in table:
        mark = "  <- chosen" if r["threshold"] == threshold else ""
        print(f"threshold {r['threshold']:.2f}: strict F1 {r['strict_f1']:.3f}, lenient F1 "
              f"{r['lenient_f1']:.3f} ({args.folds}-fold cross-validation){mark}",
              file=sys.stderr)  # fmt: skip
    model.meta = {
        "trained_on": sorted(p.name for p in files),
        "documents": len(docs),
        "candidates": len(rows),
        "gold_candidates": sum(y for _, y in rows),
        "c": args.c,
        "date": dt.date.today().isoformat(),
        "cv_threshold": threshold,
        "threshold_cv": table,
    }
    if args.apply_threshold:
        model.meta["min_confidence"] = threshold
    model.dump(args.out)
    print(
        f"{len(docs)} documents, {len(rows)} candidates ({model.meta['gold_candidates']} gold "
        f"flows): {len(model.weights)} weights written to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
