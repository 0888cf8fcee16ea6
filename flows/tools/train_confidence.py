"""Learn the candidates' confidence (flows/extract/ranking.py) from annotated real documents.

Run from the repository root (scikit-learn comes with the research extra, only here; the
product reads the weights)::

    .venv/bin/pip install -e '.[research]'
    .venv/bin/python -m flows.tools.train_confidence tests/data/gold_real/dev_*.jsonl

The extractor runs on every document with the rules' scores (no model), each candidate gets
the features of :func:`flows.extract.ranking.candidate_features`, and its label says whether
it is a flow of the document's annotation: same category, and origin and destination each
the annotated place (a country by its code, a town within 161 km, a region or sea by name or
within 500 km; null only for null), as ``benchmarks/score_real.py`` counts a strict match. A
logistic regression (L2, ``--c``) learns the weights, and those above ``--min-weight`` are
written to ``flows/extract/data/confidence_weights.json``. The held-out parts (``test_*``) are
refused: they judge the model.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from flows.extract.pipeline import Extractor
from flows.extract.ranking import WEIGHTS_PATH, ConfidenceModel, document_features
from flows.extract.readers import Document
from flows.tools.review_gold import same_place


def _end_agrees(gold: dict | None, got: dict | None) -> bool:
    """``same_place``, and a country never stands for a town or region (the scorer's rule)."""
    if gold is not None and got is not None and gold.get("kind") != "country":
        if got.get("kind") == "country":
            return False
    return same_place(gold, got)


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


def labelled_rows(docs: list[dict], extractor: Extractor) -> list[tuple[set[str], bool]]:
    """(features, is a gold flow) of every candidate the rules give on ``docs``."""
    rows = []
    for d in docs:
        lang = d["lang"] if d["lang"] in ("fr", "en") else "en"
        doc = Document(id=d["id"], text=d["text"], lang=d["lang"], title=d.get("title"))
        result = extractor.extract(doc, d["lang"])
        feats = document_features(result.candidates, d["text"], lang, result.mentions)
        for c, f in zip(result.candidates, feats, strict=True):
            rows.append((f, is_gold_flow(c.as_json(), d["flows"])))
    return rows


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
    ap.add_argument("files", nargs="+", type=Path, help="annotated dev_*.jsonl files")
    ap.add_argument("--c", type=float, default=0.1, help="inverse L2 strength (default 0.1)")
    ap.add_argument("--min-weight", type=float, default=0.01, help="weights kept (default 0.01)")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = ap.parse_args(argv)
    docs = load_docs(args.files)
    rows = labelled_rows(docs, Extractor(confidence=None))
    model = fit(rows, args.c, args.min_weight)
    model.meta = {
        "trained_on": sorted(p.name for p in args.files),
        "documents": len(docs),
        "candidates": len(rows),
        "gold_candidates": sum(y for _, y in rows),
        "c": args.c,
        "date": dt.date.today().isoformat(),
    }
    model.dump(args.out)
    print(
        f"{len(docs)} documents, {len(rows)} candidates ({model.meta['gold_candidates']} gold "
        f"flows): {len(model.weights)} weights written to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
