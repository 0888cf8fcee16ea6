"""Cross-validated scores on the development part of the real corpus: two fixed halves.

The dev part (``tests/data/gold_real/dev_en.jsonl`` and ``dev_fr.jsonl``) is split by document
id into two fixed halves (``A`` / ``B``: the parity of the last byte of the id's SHA-256), so
that a rule written while reading the errors of one half is judged on the other, which its
author did not read.
The product runs in-process (one :class:`flows.extract.pipeline.Extractor`); the scoring rules
are those of ``score_real.py`` (its functions). The frozen test part is never read here.

Usage (from the repository root)::

    .venv/bin/python benchmarks/score_dev_halves.py              # figures per half
    .venv/bin/python benchmarks/score_dev_halves.py --errors A   # misses of half A only
    .venv/bin/python benchmarks/score_dev_halves.py --json
"""

from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
# The first development part (67 documents), so that figures stay comparable across rounds; the
# development parts added in round 6 (dev_round6_en.jsonl, dev_round6_fr.jsonl) are scored
# apart with score_real.py.
DEV = [ROOT / "tests" / "data" / "gold_real" / f"dev_{lang}.jsonl" for lang in ("en", "fr")]


def _score_real():
    spec = importlib.util.spec_from_file_location(
        "score_real", Path(__file__).with_name("score_real.py")
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def half_of(doc_id: str) -> str:
    """``A`` or ``B``: a fixed split of the dev part by document id.

    >>> half_of("en-001"), half_of("fr-001")
    ('B', 'A')
    """
    return "AB"[hashlib.sha256(doc_id.encode()).digest()[-1] % 2]


def load_dev(paths: Sequence[Path] = DEV) -> list[dict]:
    for p in paths:
        if p.name.startswith("test_"):
            raise SystemExit(f"{p}: the test part is frozen; this tool reads dev files only")
    docs = []
    for p in paths:
        docs += [json.loads(line) for line in p.open(encoding="utf-8") if line.strip()]
    return docs


def run(docs: list[dict]):
    """Mentions and candidates of each document, as the contract prints them."""
    from flows.extract.pipeline import Extractor
    from flows.extract.readers import Document

    ex = Extractor()
    out = {}
    for d in docs:
        doc = Document(id=d["id"], text=d["text"], lang=d["lang"], published=d["published"],
                       title=d.get("title"))  # fmt: skip
        r = ex.extract(doc)
        mentions = [{"surface": m.surface, **m.place.as_json()} for m in r.mentions]
        out[d["id"]] = (mentions, [c.as_json() for c in r.candidates])
    return out


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--errors", choices=["A", "B"], help="list the flow errors of one half")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    sr = _score_real()
    docs = load_dev()
    found = run(docs)
    results = {}
    for half in ("A", "B", "all"):
        counts = sr.Counts()
        errors: list[dict] = []
        for d in docs:
            if half != "all" and half_of(d["id"]) != half:
                continue
            mentions, cands = found[d["id"]]
            sr.score_document(d, mentions, cands, counts, errors if half == args.errors else None)
        results[half] = {m: counts.prf(m, "all") for m in ("places", "strict", "lenient")}
        results[half]["docs"] = sum(1 for d in docs if half in ("all", half_of(d["id"])))
        if half == args.errors:
            gold = {d["id"]: d for d in docs}
            for rec in errors:
                if rec["places_missed"] or rec["places_false"]:
                    print(f"== {rec['doc']} places missed {rec['places_missed']}")
                    print(f"   places false {rec['places_false']}")
                fl = rec["flows"]
                if not (fl.get("missed") or fl.get("false")):
                    continue
                print(f"== {rec['doc']} ({gold[rec['doc']]['category']})")
                for g in sr.collapse_flows(gold[rec["doc"]]["flows"]):
                    s = sr._flow_str(g)
                    mark = "MISS" if s in fl["missed"] else "ok  "
                    print(f"  {mark} {s}   | {g.get('evidence', '')[:160]!r}")
                for c in found[rec["doc"]][1]:
                    s = sr._flow_str(c)
                    if s in fl["false"]:
                        print(f"  FALSE {s}   | {c['evidence'][:160]!r}")
                        fl["false"].remove(s)
    if args.json:
        print(json.dumps(results, indent=1))
    else:
        for half, r in results.items():
            pl, st, le = r["places"], r["strict"], r["lenient"]
            print(
                f"{half:>3} ({r['docs']:>2} docs)  places P {pl['p']:.3f} R {pl['r']:.3f}  "
                f"strict P {st['p']:.3f} R {st['r']:.3f} F1 {st['f1']:.3f}  "
                f"lenient F1 {le['f1']:.3f}  pred/gold {st['pred']}/{st['gold']}"
            )
    return 0


if __name__ == "__main__":
    sys.exit(main())
