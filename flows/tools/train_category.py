"""Learn the category model (flows/extract/learned_category.py) from annotated real documents.

Run from the repository root (scikit-learn comes with the research extra, only here; the
product reads the weights)::

    .venv/bin/pip install -e '.[research]'
    .venv/bin/python -m flows.tools.train_category --group tuned --group pool

``--group NAME`` takes the files of that group of ``tests/data/gold_real/groups.json`` (the
groups the development gate of ``tests/flows/extract/test_gold_real_dev.py`` reads: the
bundled model learns from "tuned" and "pool", the documents rules were written from, and
leaves "fresh" to judge it); files can be given instead.

Each annotated flow with an evidence quote is one example: the features of
:func:`flows.extract.learned_category.category_features` (the quote's words, the document's
title, the language) and the flow's category. So is each candidate the rules give (with their
own categories) whose ends agree with annotated flows of one category only: its sentence and
that category. These teach the model the sentences it will be asked about, which are often
not the annotators' quotes (lenient F1 of the 206 unread documents 0.680 with the quotes
alone, 0.682 with both; of the 205 documents of rounds 9-11 and 22, 0.724 and 0.727; neither
part is learned from). A multinomial logistic regression (L2, ``--c``)
learns the weights; features whose weights all stay under ``--min-weight`` are dropped. The
held-out parts (``test_*``) are refused: they judge the model.

The two settings that decide when the model overrides the rules (``--min-probability``,
``--max-rule-probability``) are written with the weights. Before writing, the trainer prints
how they would have done by 5-fold cross-validation over documents: the extractor runs on every
document with the rules' categories, each part's candidates are relabelled by a model learned
from the other parts' annotations, and strict and lenient F1 are counted as
``train_confidence`` counts them, for a grid of settings and for the rules alone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
from dataclasses import replace
from pathlib import Path

from flows.extract.learned_category import WEIGHTS_PATH, CategoryModel, category_features
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.tools.gold_groups import group_files
from flows.tools.train_confidence import _counts, _f1, load_docs, one_end_agrees

GRID = ((0.5, 0.02), (0.5, 0.05), (0.7, 0.02), (0.7, 0.05), (0.85, 0.02), (0.85, 0.1))


def examples(docs: list[dict]) -> list[tuple[set[str], str]]:
    """(features, category) of every annotated flow with an evidence quote.

    >>> doc = {"lang": "en", "title": "Arms seized", "flows": [
    ...     {"category": "weapons", "evidence": "Rifles smuggled"}, {"category": "drugs"}]}
    >>> [(sorted(f), y) for f, y in examples([doc])]
    [(['lang=en', 't=arms', 't=seized', 'w=rifles', 'w=smuggle'], 'weapons')]
    """
    return [
        (category_features(f["evidence"], d.get("title"), d["lang"]), f["category"])
        for d in docs
        for f in d["flows"]
        if f.get("evidence")
    ]


def candidate_examples(docs: list[dict], cands: list[list]) -> list[tuple[set[str], str]]:
    """(features, category) of every candidate whose ends agree with annotated flows of one
    category only; candidates that agree with none, or with flows of two categories, teach
    nothing."""
    rows = []
    for d, doc_cands in zip(docs, cands, strict=True):
        lang = d["lang"] if d["lang"] in ("fr", "en") else "en"
        for c in doc_cands:
            js = c.as_json()
            found = {f["category"] for f in d["flows"] if one_end_agrees(js, f)}
            if len(found) == 1:
                rows.append((category_features(c.evidence, d.get("title"), lang), found.pop()))
    return rows


def fit(rows: list[tuple[set[str], str]], c: float, min_weight: float) -> CategoryModel:
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for f, _ in rows])
    model = LogisticRegression(C=c, max_iter=5000).fit(x, [y for _, y in rows])
    weights = {
        str(name): [float(w) for w in column]
        for name, column in zip(vectorizer.get_feature_names_out(), model.coef_.T, strict=True)
        if max(abs(w) for w in column) >= min_weight
    }
    return CategoryModel([str(k) for k in model.classes_], [float(b) for b in model.intercept_],
                         weights)  # fmt: skip


def rule_candidates(docs: list[dict]) -> list[list]:
    """Per document, the extractor's candidates with the rules' categories."""
    extractor = Extractor(category=None)
    out = []
    for d in docs:
        doc = Document(id=d["id"], text=d["text"], lang=d["lang"], title=d.get("title"))
        out.append(extractor.extract(doc, d["lang"]).candidates)
    return out


def cross_validate(
    docs: list[dict], cands: list[list], c: float, min_weight: float, folds: int = 5
) -> list[dict]:
    """Strict and lenient F1 of the rules alone and of each setting of :data:`GRID`."""
    order = list(range(len(docs)))
    random.Random(0).shuffle(order)
    settings = [None, *GRID]
    totals = {s: [0, 0, 0, 0] for s in settings}
    for k in range(folds):
        held = order[k::folds]
        train = [i for i in order if i not in set(held)]
        rows = examples([docs[i] for i in train])
        rows += candidate_examples([docs[i] for i in train], [cands[i] for i in train])
        model = fit(rows, c, min_weight)
        for i in held:
            lang = docs[i]["lang"] if docs[i]["lang"] in ("fr", "en") else "en"
            feats = [category_features(x.evidence, docs[i].get("title"), lang) for x in cands[i]]
            for s in settings:
                js = [
                    x.as_json()
                    if s is None
                    else replace(x, category=model.choose(x.category, f, *s)).as_json()
                    for x, f in zip(cands[i], feats, strict=True)
                ]
                counts = _counts(js, docs[i]["flows"])
                totals[s] = [a + b for a, b in zip(totals[s], counts, strict=True)]
    return [
        {"min_probability": s[0] if s else None, "max_rule_probability": s[1] if s else None,
         "strict_f1": round(_f1(t[0], t[2], t[3]), 4),
         "lenient_f1": round(_f1(t[1], t[2], t[3]), 4)}
        for s, t in totals.items()
    ]  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="*", type=Path, help="annotated dev_*.jsonl files")
    ap.add_argument("--group", action="append", default=[], help="a group of groups.json")
    ap.add_argument("--c", type=float, default=1.0, help="inverse L2 strength (default 1)")
    ap.add_argument("--min-weight", type=float, default=0.02, help="weights kept (default 0.02)")
    ap.add_argument("--min-probability", type=float, default=0.7, help="default 0.7")
    ap.add_argument("--max-rule-probability", type=float, default=0.02, help="default 0.02")
    ap.add_argument("--folds", type=int, default=5, help="cross-validation parts (default 5)")
    ap.add_argument("--no-cv", action="store_true", help="skip the cross-validation table")
    ap.add_argument("--out", type=Path, default=WEIGHTS_PATH)
    args = ap.parse_args(argv)
    files = args.files + group_files(args.group)
    if not files:
        ap.error("give annotated files or --group")
    docs = load_docs(files)
    cands = rule_candidates(docs)
    rows = examples(docs)
    from_cands = candidate_examples(docs, cands)
    model = fit(rows + from_cands, args.c, args.min_weight)
    model.meta = {
        "trained_on": sorted(p.name for p in files),
        "documents": len(docs),
        "flows": len(rows),
        "candidates": len(from_cands),
        "c": args.c,
        "date": dt.date.today().isoformat(),
        "min_probability": args.min_probability,
        "max_rule_probability": args.max_rule_probability,
    }
    if not args.no_cv:
        table = cross_validate(docs, cands, args.c, args.min_weight, args.folds)
        for r in table:
            setting = (
                "rules alone"
                if r["min_probability"] is None
                else f"p >= {r['min_probability']}, rule p <= {r['max_rule_probability']}"
            )
            print(f"{setting:<30} strict F1 {r['strict_f1']:.3f}, lenient F1 "
                  f"{r['lenient_f1']:.3f} ({args.folds}-fold cross-validation)",
                  file=sys.stderr)  # fmt: skip
        model.meta["cv"] = table
    model.dump(args.out)
    print(
        f"{len(docs)} documents, {len(rows)} annotated flows and {len(from_cands)} candidates: "
        f"{len(model.weights)} features "
        f"x {len(model.classes)} classes written to {args.out}",
        file=sys.stderr,
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
