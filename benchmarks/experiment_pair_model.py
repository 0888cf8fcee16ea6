"""Experiment (round 7 of issue 8): can a learned model over place pairs beat the rules?

Not part of the product. For every sentence with a category term (or in a document with one),
every ordered pair of the places the extractor finds there, plus each place with a null other
end, is a candidate (category, origin, destination); so is every candidate the rules give. Each
candidate gets binary features: whether the rules gave it and with what confidence, the kind of
each end, the cue role read before it (``direction.cue_role``), the words around each end and
between them, the order of the two, how many places the sentence has, whether the place is the
document's most mentioned one or in its first sentence. A logistic regression
(scikit-learn) learns from the development parts which candidates are gold flows (strict rule of
``score_real.py``); it is scored on held-out parts, beside the rules alone.

Run (scikit-learn, spaCy and its French pipeline come with ``pip install -e '.[research]'``)::

    .venv/bin/python benchmarks/experiment_pair_model.py \\
        --train tests/data/gold_real/dev_*.jsonl \\
        --test tests/data/gold_real/test_round6_*.jsonl

``--french-parse`` adds, for French documents, features from spaCy's official French
pipeline (``fr_core_news_sm``): each end's dependency label, its preposition, its head and the
verb that governs it, and the dependency path between the two ends (round 11).

Only aggregate figures are printed, so a held-out part may be given as ``--test``. The figures
of 2026-12-04 are in benchmarks/README.md ("Round 7 of issue 8").
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path
from typing import NamedTuple

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script)

from flows.extract import categories as cat  # noqa: E402
from flows.extract.direction import cue_role  # noqa: E402
from flows.extract.pipeline import Extractor  # noqa: E402
from flows.extract.readers import Document  # noqa: E402
from flows.extract.sentences import split_sentences  # noqa: E402
from geodata.normalize import fold_key  # noqa: E402

_WORD = re.compile(r"\w+")
THRESHOLDS = (0.2, 0.3, 0.4, 0.5, 0.6)


def _words(text: str) -> list[str]:
    return [fold_key(w) for w in _WORD.findall(text)]


def _place(p) -> dict:
    return {"id": p.id, "name": p.name, "kind": p.kind, "country_code": p.country_code,
            "lon": p.lon, "lat": p.lat}  # fmt: skip


def _end_features(role: str, m, text: str, s: int, e: int, lang: str, top, first) -> set[str]:
    if m is None:
        return {f"{role}_none"}
    before = _words(text[max(s, m.start - 40) : m.start])[-3:]
    after = _words(text[m.end : min(e, m.end + 25)])[:2]
    f = {f"{role}_kind={m.place.kind}", f"{role}_cue={cue_role(text[s : m.start], lang)}"}
    f |= {f"{role}_p{k + 1}={w}" for k, w in enumerate(reversed(before))}
    f |= {f"{role}_n{k + 1}={w}" for k, w in enumerate(after)}
    if m.demonym:
        f.add(f"{role}_demonym")
    if m.place.id == top:
        f.add(f"{role}_top")
    if m.place.id in first:
        f.add(f"{role}_first_sentence")
    return f


def _pair_features(a, b, text: str) -> set[str]:
    if a is None or b is None:
        return set()
    lo, hi = (a.end, b.start) if a.start < b.start else (b.end, a.start)
    between = _words(text[lo:hi])
    f = {"origin_first" if a.start < b.start else "destination_first",
         f"gap={min(len(between) // 3, 4)}"}  # fmt: skip
    f |= {f"between={w}" for w in between[:8]}
    if a.place.country_code and a.place.country_code == b.place.country_code:
        f.add("same_country")
    return f


class FrenchParse:
    """Dependency features of place mentions in a French text (spaCy ``fr_core_news_sm``)."""

    def __init__(self) -> None:
        import spacy

        self.nlp = spacy.load("fr_core_news_sm", disable=["ner"])
        self.doc = None

    def read(self, text: str) -> None:
        self.doc = self.nlp(text)
        self.at = {t.idx: t for t in self.doc}

    def _token(self, m):
        return None if m is None or self.doc is None else self.at.get(m.start)

    @staticmethod
    def _verb(t):
        for _ in range(8):
            if t.pos_ == "VERB" or t.head is t:
                break
            t = t.head
        return t

    def end(self, role: str, m) -> set[str]:
        t = self._token(m)
        if t is None:
            return set()
        case = "+".join(c.lemma_.lower() for c in t.children if c.dep_ == "case") or "-"
        verb = self._verb(t).lemma_.lower()
        return {f"{role}_dep={t.dep_}", f"{role}_case={case}", f"{role}_head={t.head.lemma_}",
                f"{role}_verb={verb}", f"{role}_case_verb={case}|{verb}"}  # fmt: skip

    def pair(self, a, b) -> set[str]:
        ta, tb = self._token(a), self._token(b)
        if ta is None or tb is None:
            return set()
        up_a, up_b = [ta, *ta.ancestors], [tb, *tb.ancestors]
        common = next((x for x in up_a if x in up_b), None)
        if common is None:
            return {"dep_no_common_head"}
        path_a = "/".join(x.dep_ for x in up_a[: up_a.index(common)][:3])
        path_b = "/".join(x.dep_ for x in up_b[: up_b.index(common)][:3])
        f = {f"dep_path={path_a}^{path_b}", f"dep_common={common.pos_}"}
        if tb in ta.conjuncts:
            f.add("dep_conj")
        if self._verb(ta) is self._verb(tb):
            f.add("dep_same_verb")
        return f


class DocumentReading(NamedTuple):
    """What the extractor reads in a gold document, for the experiments' features."""

    result: object  # the extractor's result
    text: str
    mentions: list  # the place mentions that resolve, in text order
    hits: list  # category terms
    category: str | None  # the document's category (the gold's when the text gives none)
    top: str | None  # the id of the place named most often
    sentences: list[tuple[int, int]]
    first: set[str]  # ids of the places of the first sentence (the title)


def read_document(extractor: Extractor, gold: dict) -> DocumentReading:
    """Run the extractor on one gold document and gather what the experiments read."""
    lang = gold["lang"] if gold["lang"] in ("fr", "en") else "en"
    doc = Document(id=gold["id"], text=gold["text"], lang=gold["lang"], title=gold.get("title"))
    result = extractor.extract(doc, gold["lang"])
    text = gold["text"]
    mentions = sorted((m for m in result.mentions if m.place is not None), key=lambda m: m.start)
    hits = cat.find_category_terms(text, lang)
    whole = cat.document_category(hits, lang)
    counts = Counter(m.place.id for m in mentions)
    sentences = split_sentences(text)
    return DocumentReading(
        result, text, mentions, hits, whole.category if whole else gold.get("category"),
        counts.most_common(1)[0][0] if counts else None, sentences,
        {m.place.id for m in mentions if sentences and m.start < sentences[0][1]},
    )  # fmt: skip


def train_test_parser(description: str) -> argparse.ArgumentParser:
    """The experiments' command line: development files to learn from, held-out ones to test."""
    ap = argparse.ArgumentParser(description=description)
    ap.add_argument("--train", nargs="+", type=Path, required=True)
    ap.add_argument("--test", nargs="+", type=Path, required=True)
    return ap


def candidates(
    extractor: Extractor, gold: dict, cross: bool = False, parse: FrenchParse | None = None
) -> list[tuple[dict, set[str], bool]]:
    """(candidate flow, features, is it a gold flow) for one gold document; ``cross`` adds
    pairs with a place of the title or of the two sentences before; ``parse`` adds dependency
    features to French documents."""
    lang = gold["lang"] if gold["lang"] in ("fr", "en") else "en"
    if parse is not None:
        parse.doc = None
        if lang == "fr":
            parse.read(gold["text"])
    result, text, mentions, hits, doc_cat, top, sentences, first = read_document(extractor, gold)
    items: dict[tuple, tuple[dict, set[str]]] = {}

    def add(category: str, origin: dict | None, dest: dict | None, feats: set[str]) -> None:
        key = (category, origin and origin["name"], dest and dest["name"])
        items.setdefault(key, ({"category": category, "origin": origin,
                                "destination": dest}, set()))[1].update(feats)  # fmt: skip

    for c in result.candidates:
        j = c.as_json()
        add(j["category"], j["origin"], j["destination"],
            {"rule", f"rule_conf={int(j['confidence'] * 10)}"})  # fmt: skip
    for index, (s, e) in enumerate(sentences):
        here = [m for m in mentions if s <= m.start < e]
        if not here or len(here) > 8:
            continue
        own = cat.dominant_category([h for h in hits if s <= h.start < e])
        category = own.category if own else doc_cat
        if category is None:
            continue
        base = {f"lang={lang}", f"places={min(len(here), 5)}",
                "sentence_category" if own else "document_category",
                f"sentence={min(index, 3)}"}  # fmt: skip
        for a in [None, *here]:
            for b in [None, *here]:
                if (a is None and b is None) or (a and b and a.place.id == b.place.id):
                    continue
                f = base | _pair_features(a, b, text)
                f |= _end_features("o", a, text, s, e, lang, top, first)
                f |= _end_features("d", b, text, s, e, lang, top, first)
                if parse is not None:
                    f |= parse.pair(a, b) | parse.end("o", a) | parse.end("d", b)
                add(category, a and _place(a.place), b and _place(b.place), f)
        if cross and index > 0:
            # round 9: an end from the title or the two sentences before ("Heroin reached
            # Germany. It came from Afghanistan"), which no in-sentence pair offers
            lo = sentences[max(0, index - 2)][0]
            earlier = [m for m in mentions if lo <= m.start < s]
            earlier += [m for m in mentions if m.start < sentences[0][1] and m.start < lo]
            if len(earlier) > 8:
                continue
            for m in here:
                for o in earlier:
                    if o.place.id == m.place.id:
                        continue
                    where = "title" if o.start < sentences[0][1] else "prev"
                    os_, oe = next((a, b) for a, b in sentences if a <= o.start < b)
                    for a, b, oa in ((m, o, "d"), (o, m, "o")):
                        f = base | {"cross", f"cross_{oa}_{where}"}
                        f |= _end_features("o", a, text, *((s, e) if a is m else (os_, oe)),
                                           lang, top, first)  # fmt: skip
                        f |= _end_features("d", b, text, *((s, e) if b is m else (os_, oe)),
                                           lang, top, first)  # fmt: skip
                        add(category, _place(a.place), _place(b.place), f)
    golds = score_real.collapse_flows(gold["flows"])
    return [
        (flow, feats, any(score_real.flow_match(flow, g, "strict") for g in golds))
        for flow, feats in items.values()
    ]


def score(docs: list[dict], rows: list[list], keep) -> dict:
    """Strict and lenient figures of the candidates ``keep(flow, features, p)`` keeps."""
    counts = score_real.Counts()
    for d, doc_rows in zip(docs, rows, strict=True):
        kept = [flow for flow, feats, _, p in doc_rows if keep(flow, feats, p)]
        score_real.score_document(d, [], kept, counts)
    return score_real.report(counts)["all"]


def fit(rows: list, c: float):
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict.fromkeys(f, 1) for _, f, _ in rows])
    model = LogisticRegression(C=c, max_iter=3000).fit(x, [y for _, _, y in rows])
    return lambda rs: model.predict_proba(
        vectorizer.transform([dict.fromkeys(f, 1) for _, f, _ in rs])
    )[:, 1]


def document_folds(n: int, k: int = 5) -> dict[int, int]:
    """Document index -> fold, shuffled with a fixed seed (a document is never in its own
    model's training folds)."""
    ids = list(range(n))
    random.Random(0).shuffle(ids)
    return {i: j % k for j, i in enumerate(ids)}


def figures_line(name: str, r: dict, width: int = 34) -> str:
    """One printed line of strict and lenient figures."""
    st = r["strict"]
    return (f"{name:<{width}} strict P {st['p']:.3f} R {st['r']:.3f} F1 {st['f1']:.3f}   "
            f"lenient F1 {r['lenient']['f1']:.3f}   {st['pred']}/{st['gold']}")  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    ap = train_test_parser(__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    ap.add_argument(
        "--cross",
        action="store_true",
        help="also pair places with those of the title and the two sentences before",
    )
    ap.add_argument(
        "--french-parse",
        action="store_true",
        help="add dependency features to French documents (spaCy fr_core_news_sm)",
    )
    args = ap.parse_args(argv)
    extractor = Extractor()
    parse = FrenchParse() if args.french_parse else None
    parts = {}
    for name, files in (("train", args.train), ("test", args.test)):
        docs = score_real.load_gold(files)
        parts[name] = (docs, [candidates(extractor, d, args.cross, parse) for d in docs])
    docs, rows = parts["train"]
    # 5 folds by document for the development figures (a document never in its own model)
    fold = document_folds(len(docs))
    scored: list[list] = [[] for _ in docs]
    for k in range(5):
        predict = fit([r for i, rs in enumerate(rows) if fold[i] != k for r in rs], args.c)
        for i, rs in enumerate(rows):
            if fold[i] == k and rs:
                scored[i] = [(*r, p) for r, p in zip(rs, predict(rs), strict=True)]
    predict = fit([r for rs in rows for r in rs], args.c)
    test_docs, test_rows = parts["test"]
    test_scored = [
        [(*r, p) for r, p in zip(rs, predict(rs), strict=True)] if rs else [] for rs in test_rows
    ]
    for name, d, s in (("development (5 folds)", docs, scored), ("held out", test_docs,
                                                                  test_scored)):  # fmt: skip
        n_pos = sum(y for rs in s for _, _, y, _ in rs)
        n_gold = sum(len(score_real.collapse_flows(x["flows"])) for x in d)
        print(f"== {name}: {len(d)} documents, {sum(map(len, s))} candidates, "
              f"{n_pos} of them gold flows ({n_gold} gold flows)")  # fmt: skip
        print(figures_line("rules alone", score(d, s, lambda f, feats, p: "rule" in feats)))
        for t in THRESHOLDS:
            print(figures_line(f"model, p >= {t}", score(d, s, lambda f, feats, p, t=t: p >= t)))
        for t in THRESHOLDS[2:]:
            keep = lambda f, feats, p, t=t: "rule" in feats or p >= t  # noqa: E731
            print(figures_line(f"rules, and the model at p >= {t}", score(d, s, keep)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
