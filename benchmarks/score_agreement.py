"""Inter-annotator agreement on the real-document gold corpus: the ceiling for the extractor.

A second annotator re-annotates documents of the development part from the text,
``ANNOTATION.md`` and the corpus README only (never seeing the first annotation), and this
script scores the second annotation against the gold one with exactly the rules of
``score_real.py`` (place match acc@161, flows strict / lenient / country-level, collapsed on
category, origin and destination, micro-averaged). F1 is symmetric in the two annotations up to
the place-match rule, which reads the gold place's kind. The extractor is scored on the same
documents in the same run, so the table says how far the product is from two people.

Usage (from the repository root, with the project venv)::

    .venv/bin/python benchmarks/score_agreement.py tests/data/gold_real/agreement/*.jsonl
    .venv/bin/python benchmarks/score_agreement.py tests/data/gold_real/agreement/*.jsonl --errors

Each file holds second annotations (the gold JSONL format) whose ids are in the gold corpus;
``--errors`` lists the disagreements per document (the gold annotation first). It refuses
second annotations of ``test_*`` documents: those are never read.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script, not a package)

GOLD_DIR = ROOT / "tests" / "data" / "gold_real"


def load_gold_by_id(gold_dir: Path = GOLD_DIR) -> dict[str, tuple[str, dict]]:
    """Every gold document by id, with the name of the file it is in."""
    out: dict[str, tuple[str, dict]] = {}
    for path in sorted(gold_dir.glob("*.jsonl")):
        for d in score_real.load_gold([path]):
            out[d["id"]] = (path.name, d)
    return out


def _as_mentions(doc: dict) -> list[dict]:
    return [{**t, "doc": doc["id"]} for t in doc["toponyms"]]


def _as_cands(doc: dict) -> list[dict]:
    return [{**f, "doc": doc["id"]} for f in doc["flows"]]


def pair_documents(
    second: list[dict], gold: dict[str, tuple[str, dict]]
) -> tuple[list[dict], list[str]]:
    """The gold documents the second annotation covers, in its order; problems as messages."""
    docs, problems = [], []
    for d in second:
        found = gold.get(d["id"])
        if found is None:
            problems.append(f"{d['id']}: not in the gold corpus")
        elif found[0].startswith("test_"):
            problems.append(f"{d['id']}: in {found[0]}, a held-out part (never re-annotated)")
        elif found[1]["text"] != d["text"]:
            problems.append(f"{d['id']}: text differs from the gold document's ({found[0]})")
        else:
            docs.append(found[1])
    return docs, problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("files", nargs="+", type=Path, help="second annotations (gold JSONL format)")
    ap.add_argument("--errors", action="store_true", help="list disagreements per document")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--no-extractor", action="store_true", help="do not run the extractor")
    args = ap.parse_args(argv)

    second = score_real.load_gold(args.files)
    docs, problems = pair_documents(second, load_gold_by_id())
    if problems:
        print("\n".join(problems), file=sys.stderr)
        return 2
    mentions = [m for d in second for m in _as_mentions(d)]
    cands = [c for d in second for c in _as_cands(d)]
    systems = {"annotator": score_real.score_system(docs, mentions, cands, args.errors)}
    if not args.no_extractor:
        x_mentions, x_cands, _, _ = score_real.run_product(docs)
        systems["extractor"] = score_real.score_system(docs, x_mentions, x_cands, False)
    results = {name: score_real.report(c) for name, (c, _) in systems.items()}
    runs = {"annotator": (mentions, cands)}
    if not args.no_extractor:
        runs["extractor"] = (x_mentions, x_cands)
    intervals = score_real.run_intervals(docs, runs)
    if args.json:
        payload = {"documents": [d["id"] for d in docs], "results": results}
        print(json.dumps({**payload, "intervals_95": intervals}, indent=1))
        return 0
    n_gold = sum(len(score_real.collapse_flows(d["flows"])) for d in docs)
    n_second = sum(len(score_real.collapse_flows(d["flows"])) for d in second)
    print(
        f"{len(docs)} documents re-annotated: {n_gold} gold flows, {n_second} second-annotator "
        "flows (collapsed on category, origin, destination)"
    )
    print(score_real.format_table(results))
    for line in score_real.format_intervals(intervals):
        print(line)
    if args.errors:
        for e in systems["annotator"][1]:
            fl = e["flows"]
            if fl["missed"] or fl["false"]:
                print(e["doc"])
                print("  gold only:   " + "; ".join(fl["missed"]))
                print("  second only: " + "; ".join(fl["false"]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
