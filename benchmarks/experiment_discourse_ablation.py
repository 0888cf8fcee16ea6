"""Experiment (round 23 of issue 8): what each cross-sentence step of the rules is worth.

Not part of the product. The rules fill an open end of a flow from other sentences in several
steps (``flows.extract.discourse``, called by ``flows.extract.document_flows``). Each step is
switched off in turn (replaced by one that changes nothing), and the extractor is scored on the
given parts; a step that helps the development part but hurts held-out text would be one
tuned to the development documents. Aggregate figures only::

    .venv/bin/python benchmarks/experiment_discourse_ablation.py \\
        --part development tests/data/gold_real/dev_*.jsonl \\
        --part held-out tests/data/gold_real/test_round6_*.jsonl \\
            tests/data/gold_real/test_round7_*.jsonl
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script)

import flows.extract.document_flows as document_flows  # noqa: E402
from flows.extract.pipeline import Extractor  # noqa: E402
from flows.extract.readers import Document  # noqa: E402

# step -> what stands in for it when it is switched off, and what it does
STEPS = {
    "join_sentences": (lambda cands, idxs: cands, "a movement told over two sentences"),
    "complete_from_document": (
        lambda cands, *a, **k: cands,
        "a half flow takes its open end from the document's flows or focus",
    ),
    "across_the_sea": (lambda cands, *a: cands, "a crossing's far shore"),
    "latest": (lambda *a, **k: None, "a source or seizure place of the sentences before"),
    "located_before": (lambda *a, **k: [], "a place the goods were in before, same sentence"),
    "siblings": (lambda *a, **k: [], "the other places of a list of sources"),
    "moved_on": (lambda *a: None, "goods that moved on from where they were told to go"),
    "bound_from_seizure": (lambda *a: None, "bound for somewhere from a seizure place"),
    "money_found_out": (lambda *a: None, "money found where it was seized"),
    "more_of_the_same": (lambda *a: None, "more of the same goods, same destination"),
}


def score(docs: list[dict]) -> dict:
    extractor = Extractor()
    counts = score_real.Counts()
    for g in docs:
        doc = Document(id=g["id"], text=g["text"], lang=g["lang"], title=g.get("title"))
        result = extractor.extract(doc, g["lang"])
        score_real.score_document(g, [], [c.as_json() for c in result.candidates], counts)
    return score_real.report(counts)["all"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--part", nargs="+", action="append", required=True, metavar="NAME FILE")
    args = ap.parse_args(argv)
    parts = {name: score_real.load_gold([Path(f) for f in files]) for name, *files in args.part}
    kept = {name: getattr(document_flows, name) for name in STEPS}
    print("step switched off".ljust(24) + "".join(f"{n + ' strict / lenient':>34}" for n in parts))
    for step in [None, *STEPS]:
        for name, original in kept.items():
            setattr(document_flows, name, original)
        if step:
            setattr(document_flows, step, STEPS[step][0])
        cells = []
        for docs in parts.values():
            r = score(docs)
            cells.append(f"{r['strict']['f1']:.3f} / {r['lenient']['f1']:.3f}")
        print((step or "(none)").ljust(24) + "".join(f"{c:>34}" for c in cells))
    for name, original in kept.items():
        setattr(document_flows, name, original)
    return 0


if __name__ == "__main__":
    sys.exit(main())
