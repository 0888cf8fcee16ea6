"""Where the ends of gold flows are, and how many of each kind the rules find (round 23, issue 8).

Not part of the product. Each gold flow's evidence quote is placed in its sentences
(``experiment_crf_roles.evidence_sentences``); each end is then

- ``in``: a place the extractor finds in one of those sentences matches it
  (``score_real.place_match``);
- ``elsewhere``: it matches a place found only in other sentences of the document (the title,
  an earlier or a later sentence);
- ``unnamed``: no place the extractor finds matches it (a demonym, a place told by context,
  or a place the extractor misses);
- ``null``: the gold leaves that end empty.

For each kind of (origin, destination) the script prints how many gold flows there are and the
share the rules find (strict match, one to one, per document), and it counts the rules' false
flows by shape (both ends, origin only, destination only) and by whether one end is right.
Aggregate figures only, so a held-out part may be given::

    .venv/bin/python benchmarks/gold_structure.py tests/data/gold_real/dev_*.jsonl
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script)
from experiment_crf_roles import _place, evidence_sentences  # noqa: E402

from flows.extract.pipeline import Extractor  # noqa: E402
from flows.extract.readers import Document  # noqa: E402
from flows.extract.sentences import split_sentences  # noqa: E402


def end_kind(end: dict | None, found: list[tuple[int, dict]], sentences: set[int]) -> str:
    """``in``, ``elsewhere``, ``unnamed`` or ``null`` for one gold end.

    ``found`` holds (sentence index, place) of the extractor's mentions.

    >>> paris = {"name": "Paris", "kind": "city", "country_code": "FR", "lon": 2.35, "lat": 48.85}
    >>> end_kind(paris, [(2, paris)], {2}), end_kind(paris, [(0, paris)], {2})
    ('in', 'elsewhere')
    >>> end_kind(paris, [], {2}), end_kind(None, [(2, paris)], {2})
    ('unnamed', 'null')
    """
    if end is None:
        return "null"
    where = {k for k, place in found if score_real.place_match(place, end)}
    if where & sentences:
        return "in"
    return "elsewhere" if where else "unnamed"


def why_missed(gold: dict, preds: list[dict]) -> str:
    """What the rules give instead of a gold flow they miss, the closest first.

    >>> a = {"name": "A", "kind": "country", "country_code": "AA"}
    >>> b = {"name": "B", "kind": "country", "country_code": "BB"}
    >>> g = {"category": "drugs", "origin": a, "destination": b}
    >>> why_missed(g, [{"category": "drugs", "origin": b, "destination": a}])
    'ends reversed'
    >>> why_missed(g, [{"category": "weapons", "origin": a, "destination": b}])
    'other category'
    >>> why_missed(g, [{"category": "drugs", "origin": a, "destination": None}])
    'one end right, other null'
    >>> why_missed(g, [])
    'no flow with either end'
    """
    same = [p for p in preds if p["category"] == gold["category"]]

    def match(p, mine, theirs):
        return (
            p[mine] is not None
            and gold[theirs] is not None
            and score_real.place_match(p[mine], gold[theirs])
        )

    if any(match(p, "origin", "destination") and match(p, "destination", "origin") for p in same):
        return "ends reversed"
    if any(
        score_real.flow_match(dict(p, category=gold["category"]), gold, "strict") for p in preds
    ):
        return "other category"
    one = [
        p for p in same if match(p, "origin", "origin") or match(p, "destination", "destination")
    ]
    if any(p["origin"] is None or p["destination"] is None for p in one):
        return "one end right, other null"
    for p in one:
        other = "destination" if match(p, "origin", "origin") else "origin"
        if gold[other] is None:
            return "one end right, other not null"
        if score_real.country_match(p[other], gold[other]):
            return "one end right, other grain"
    if one:
        return "one end right, other wrong"
    return "no flow with either end"


def read_document(extractor: Extractor, gold: dict) -> dict:
    """One gold document read by the extractor: its sentences, the places found in each
    (sentence index, place), the collapsed predicted and gold flows, and which gold flows
    the predictions match (strict, one to one)."""
    text = gold["text"]
    doc = Document(id=gold["id"], text=text, lang=gold["lang"], title=gold.get("title"))
    result = extractor.extract(doc, gold["lang"])
    sentences = split_sentences(text)
    found = [
        (next(k for k, (s, e) in enumerate(sentences) if s <= m.start < e), _place(m.place))
        for m in result.mentions
        if m.place is not None and any(s <= m.start < e for s, e in sentences)
    ]
    preds = score_real.collapse_flows([c.as_json() for c in result.candidates])
    golds = score_real.collapse_flows(gold["flows"])
    pairs = score_real.max_matching(
        preds, golds, lambda p, g: score_real.flow_match(p, g, "strict")
    )
    return {
        "text": text,
        "sentences": sentences,
        "found": found,
        "preds": preds,
        "golds": golds,
        "hit_p": {i for i, _ in pairs},
        "hit_g": {j for _, j in pairs},
    }


def document_counts(
    extractor: Extractor, gold: dict, kinds: Counter, false: Counter, misses: Counter
) -> None:
    """Add one document's gold flows by kind (found or not), why the missed ones are missed, and
    its false flows by shape."""
    read = read_document(extractor, gold)
    text, sentences, found = read["text"], read["sentences"], read["found"]
    preds, golds, hit_p, hit_g = read["preds"], read["golds"], read["hit_p"], read["hit_g"]
    for j, g in enumerate(golds):
        at = evidence_sentences(text, sentences, g.get("evidence") or "")
        kind = (end_kind(g["origin"], found, at), end_kind(g["destination"], found, at))
        kinds[(kind, j in hit_g)] += 1
        if j not in hit_g:
            misses[(kind, why_missed(g, preds))] += 1
    for i, p in enumerate(preds):
        if i in hit_p:
            continue
        shape = "+".join(end for end in ("origin", "destination") if p[end])
        one_right = any(
            g["category"] == p["category"]
            and (
                score_real.endpoint_match(p["origin"], g["origin"])
                or score_real.endpoint_match(p["destination"], g["destination"])
            )
            for g in golds
        )
        false[(shape, "one end right" if one_right else "no end right")] += 1


def elsewhere_ends(extractor: Extractor, gold: dict) -> list[dict]:
    """The ends of one document's gold flows that the evidence sentence does not name but
    another sentence does, each with its flow, the document and what the rules gave: the
    material of round 24's study of where annotators take such ends from."""
    read = read_document(extractor, gold)
    out = []
    for j, g in enumerate(read["golds"]):
        at = evidence_sentences(read["text"], read["sentences"], g.get("evidence") or "")
        for end in ("origin", "destination"):
            if end_kind(g[end], read["found"], at) != "elsewhere":
                continue
            name = {e: (g[e] or {}).get("name") for e in ("origin", "destination")}
            out.append(
                {
                    "doc": gold["id"],
                    "lang": gold["lang"],
                    "title": gold.get("title"),
                    "category": g["category"],
                    "gold_origin": name["origin"],
                    "gold_destination": name["destination"],
                    "end_from_elsewhere": end,
                    "evidence": g.get("evidence"),
                    "found_by_rules": j in read["hit_g"],
                    "rules_same_category": [
                        [(p[e] or {}).get("name") for e in ("origin", "destination")]
                        for p in read["preds"]
                        if p["category"] == g["category"]
                    ],
                    "text": read["text"],
                }
            )
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument(
        "--sample",
        type=int,
        metavar="N",
        help="print N gold ends taken from another sentence, drawn at random (seed 24), as "
        "JSON lines, instead of the counts",
    )
    args = ap.parse_args(argv)
    extractor = Extractor()
    if args.sample is not None:
        ends = [e for g in score_real.load_gold(args.files) for e in elsewhere_ends(extractor, g)]
        random.Random(24).shuffle(ends)
        for e in ends[: args.sample]:
            print(json.dumps(e, ensure_ascii=False))
        return 0
    kinds: Counter = Counter()
    false: Counter = Counter()
    misses: Counter = Counter()
    docs = score_real.load_gold(args.files)
    for gold in docs:
        document_counts(extractor, gold, kinds, false, misses)
    total = sum(kinds.values())
    print(f"{len(docs)} documents, {total} gold flows")
    print(f"{'origin':<10} {'destination':<12} {'flows':>6} {'share':>6} {'found':>6}")
    for kind in sorted({k for k, _ in kinds}, key=lambda k: -(kinds[(k, 1)] + kinds[(k, 0)])):
        n = kinds[(kind, True)] + kinds[(kind, False)]
        print(f"{kind[0]:<10} {kind[1]:<12} {n:>6} {n / total:>6.1%} "
              f"{kinds[(kind, True)] / n:>6.1%}")  # fmt: skip
    print("missed, by what the rules give instead")
    for (kind, why), n in sorted(misses.items(), key=lambda x: -x[1]):
        print(f"  {kind[0]:<10} {kind[1]:<12} {why:<30} {n:>5}")
    print(f"false flows: {sum(false.values())}")
    for (shape, right), n in false.most_common():
        print(f"  {shape:<20} {right:<14} {n:>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
