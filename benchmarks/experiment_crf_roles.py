"""Experiment (round 23 of issue 8): a sequence labeller of the roles of the places in a sentence.

Not part of the product. Round 22's note named a sequence labeller trained on the gold's
evidence as the one technique not yet tried. This is it: a linear-chain CRF
(python-crfsuite) over the place mentions of each sentence, in order, labels each one
``O`` (origin), ``D`` (destination) or ``N`` (neither). The chain links neighbours, so "from
A and B to C" can learn that B shares A's role. Each mention's features are the words before
and after it, the words between it and the previous place, the cue role the rules read
(``direction.cue_role``), its kind, whether it is a demonym, and the role the rules gave it in
their candidates for that sentence (so the labeller is stacked on the rules, not set against
them).

Labels come from the gold: a gold flow belongs to the sentences its evidence quote overlaps
(found in the text with spaces folded; otherwise the sentence sharing most of its words), and a
mention of that sentence is ``O`` or ``D`` when its place is the flow's origin or destination
under ``score_real.place_match``.

Decoding: in a sentence, every origin is paired with every destination; a sentence with only
origins or only destinations gives half flows. The category is the sentence's own, else the
document's. Three ways are scored beside the rules alone: the labeller's flows alone, the
rules with the labeller's flows only in sentences where the rules give nothing, and the
labeller's flows in place of the rules' wherever the rules give something.

Run (``pip install -e '.[research]' python-crfsuite``)::

    .venv/bin/python benchmarks/experiment_crf_roles.py \\
        --train tests/data/gold_real/dev_*.jsonl \\
        --test tests/data/gold_real/test_round6_*.jsonl tests/data/gold_real/test_round7_*.jsonl

Only aggregate figures are printed, so a held-out part may be given as ``--test``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script)
from experiment_pair_model import (  # noqa: E402
    document_folds,
    figures_line,
    read_document,
    train_test_parser,
)

from flows.extract import categories as cat  # noqa: E402
from flows.extract.direction import cue_role  # noqa: E402
from flows.extract.pipeline import Extractor  # noqa: E402
from geodata.normalize import fold_key  # noqa: E402

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")


def _words(text: str) -> list[str]:
    return [fold_key(w) for w in _WORD.findall(text)]


def _place(p) -> dict:
    return {"id": p.id, "name": p.name, "kind": p.kind, "country_code": p.country_code,
            "lon": p.lon, "lat": p.lat}  # fmt: skip


def evidence_sentences(text: str, sentences: list[tuple[int, int]], evidence: str) -> set[int]:
    """Indices of the sentences a gold flow's evidence quote covers."""
    if not evidence:
        return set()
    folded = _SPACE.sub(" ", text)
    # offsets survive folding only when the text has no runs of spaces; map through a table
    index, prev_space = [], False
    for i, ch in enumerate(text):
        if ch.isspace() and prev_space:
            continue
        prev_space = ch.isspace()
        index.append(i)
    at = folded.find(_SPACE.sub(" ", evidence).strip())
    if at >= 0:
        lo = index[at]
        hi = index[min(at + len(evidence.strip()) - 1, len(index) - 1)]
        return {k for k, (s, e) in enumerate(sentences) if s <= hi and e > lo}
    want = set(_words(evidence))
    best = max(
        range(len(sentences)),
        key=lambda k: len(want & set(_words(text[slice(*sentences[k])]))),
        default=None,
    )
    return set() if best is None else {best}


def _mention_features(m, k: int, here: list, text: str, s: int, e: int, lang: str,
                      rule_roles: dict, top, first) -> list[str]:  # fmt: skip
    before = _words(text[max(s, m.start - 50) : m.start])[-3:]
    after = _words(text[m.end : min(e, m.end + 30)])[:2]
    prev_end = here[k - 1].end if k else s
    between = _words(text[prev_end : m.start])
    f = [f"kind={m.place.kind}", f"cue={cue_role(text[s : m.start], lang)}", f"lang={lang}",
         f"rule={rule_roles.get((m.start, m.place.id), '-')}",
         f"pos={'first' if k == 0 else 'mid'}{'_last' if k == len(here) - 1 else ''}",
         f"places={min(len(here), 5)}"]  # fmt: skip
    f += [f"p{i + 1}={w}" for i, w in enumerate(reversed(before))]
    f += [f"n{i + 1}={w}" for i, w in enumerate(after)]
    f += [f"b={w}" for w in between[-6:]]
    f.append(f"gap={min(len(between) // 3, 4)}")
    if m.demonym:
        f.append("demonym")
    if m.place.id == top:
        f.append("top")
    if m.place.id in first:
        f.append("first_sentence")
    if k and here[k - 1].place.country_code == m.place.country_code:
        f.append("same_country_as_prev")
    return f


def sequences(extractor: Extractor, gold: dict) -> dict:
    """The document's sentences as labelled mention sequences, and the rules' candidates."""
    lang = gold["lang"] if gold["lang"] in ("fr", "en") else "en"
    result, text, mentions, hits, doc_cat, top, sentences, first = read_document(extractor, gold)
    rules = [c.as_json() | {"_start": c.evidence_start, "_end": c.evidence_end}
             for c in result.candidates]  # fmt: skip
    rule_roles: dict[tuple, str] = {}
    for c in result.candidates:
        for t, r in ((c.origin, "O"), (c.destination, "D")):
            if t is not None:
                key = (t.start, t.place.id)
                rule_roles[key] = "OD" if rule_roles.get(key, r) != r else r
    flows_at: dict[int, list[dict]] = {}
    for g in gold["flows"]:
        for k in evidence_sentences(text, sentences, g.get("evidence") or ""):
            flows_at.setdefault(k, []).append(g)
    out = []
    for index, (s, e) in enumerate(sentences):
        here = [m for m in mentions if s <= m.start < e]
        if not here:
            continue
        own = cat.dominant_category([h for h in hits if s <= h.start < e])
        category = own.category if own else doc_cat
        if category is None:
            continue
        xs = [_mention_features(m, k, here, text, s, e, lang, rule_roles, top, first)
              for k, m in enumerate(here)]  # fmt: skip
        for x in xs:
            x.append("own_category" if own else "document_category")
        ys = []
        for m in here:
            p = _place(m.place)
            o = any(g["origin"] and score_real.place_match(p, g["origin"])
                    for g in flows_at.get(index, []))  # fmt: skip
            d = any(g["destination"] and score_real.place_match(p, g["destination"])
                    for g in flows_at.get(index, []))  # fmt: skip
            ys.append("O" if o and not d else "D" if d else "N")
        in_rules = [c for c in rules if c["_start"] < e and c["_end"] > s]
        out.append({"here": here, "xs": xs, "ys": ys, "category": category, "span": (s, e),
                    "rules": in_rules})  # fmt: skip
    return {"gold": gold, "sentences": out, "rules": rules}


def decode(seq: dict, labels: list[str]) -> list[dict]:
    """Flows of one sentence from its mention labels."""
    labelled = list(zip(seq["here"], labels, strict=True))
    origins = {m.place.id: _place(m.place) for m, y in labelled if y == "O"}
    dests = {m.place.id: _place(m.place) for m, y in labelled if y == "D"}
    pairs = (
        [(o, d) for o, d in product(origins.values(), dests.values()) if o["id"] != d["id"]]
        if origins and dests
        else [(o, None) for o in origins.values()] + [(None, d) for d in dests.values()]
    )
    return [{"category": seq["category"], "origin": o, "destination": d} for o, d in pairs]


def train(seqs: list[dict], c2: float, path: str):
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for s in seqs:
        trainer.append(s["xs"], s["ys"])
    trainer.set_params({"c1": 0.05, "c2": c2, "max_iterations": 150,
                        "feature.possible_transitions": True})  # fmt: skip
    trainer.train(path)
    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


def score(docs: list[dict], labelled: list[list[list[str]]], way: str) -> dict:
    counts = score_real.Counts()
    for d, labels in zip(docs, labelled, strict=True):
        kept: list[dict] = []
        if way in ("rules", "fill"):
            kept += d["rules"]
        for seq, ys in zip(d["sentences"], labels, strict=True):
            if way == "crf" or (way == "fill" and not seq["rules"]):
                kept += decode(seq, ys)
            elif way == "replace":
                kept += decode(seq, ys) if seq["rules"] else []
        if way == "replace":
            covered = {id(c) for seq in d["sentences"] for c in seq["rules"]}
            kept += [c for c in d["rules"] if id(c) not in covered]
        score_real.score_document(d["gold"], [], kept, counts)
    return score_real.report(counts)["all"]


def main(argv: list[str] | None = None) -> int:
    ap = train_test_parser(__doc__.splitlines()[0])
    ap.add_argument("--c2", type=float, default=0.1, help="L2 regularisation")
    args = ap.parse_args(argv)
    extractor = Extractor()
    train_docs = [sequences(extractor, g) for g in score_real.load_gold(args.train)]
    test_docs = [sequences(extractor, g) for g in score_real.load_gold(args.test)]
    fold = document_folds(len(train_docs))
    dev_labels: list = [None] * len(train_docs)
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(5):
            tagger = train([s for i, d in enumerate(train_docs) if fold[i] != k
                            for s in d["sentences"]], args.c2, f"{tmp}/f{k}.crf")  # fmt: skip
            for i, d in enumerate(train_docs):
                if fold[i] == k:
                    dev_labels[i] = [tagger.tag(s["xs"]) for s in d["sentences"]]
        tagger = train([s for d in train_docs for s in d["sentences"]], args.c2, f"{tmp}/all.crf")
        test_labels = [[tagger.tag(s["xs"]) for s in d["sentences"]] for d in test_docs]
    gold_labels = [[s["ys"] for s in d["sentences"]] for d in train_docs]
    for name, docs, labels in (("development (5 folds)", train_docs, dev_labels),
                               ("held out", test_docs, test_labels)):  # fmt: skip
        n = sum(len(s["ys"]) for d in docs for s in d["sentences"])
        pos = sum(y != "N" for d in docs for s in d["sentences"] for y in s["ys"])
        print(f"== {name}: {len(docs)} documents, {n} place mentions in category sentences, "
              f"{pos} of them gold ends")  # fmt: skip
        print(figures_line("rules alone", score(docs, labels, "rules"), width=40))
        print(figures_line("labeller alone", score(docs, labels, "crf"), width=40))
        print(
            figures_line(
                "rules, labeller where rules are empty", score(docs, labels, "fill"), width=40
            )
        )
        print(
            figures_line("labeller where the rules speak", score(docs, labels, "replace"), width=40)
        )
    print(
        figures_line(
            "development, gold labels decoded", score(train_docs, gold_labels, "crf"), width=40
        )
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
