"""Experiment (round 23 of issue 8): a learned chooser of one end of each rule candidate.

Not part of the product. On the development documents, most of the rules' false flows
(595 of 931) have one end right and the other wrong, and a third of the gold flows take one end
from outside the sentence of their evidence. So, for every candidate the rules give, each of
its two ends may be swapped for any other place of the document or for none; a logistic
regression (scikit-learn) scores the candidate and each one-end swap from features of the new
end (its kind; how often, where and how near the candidate the document names it; the cue
roles around its mentions; the roles other candidates give it; whether it is the country of the
old end or a place inside it; whether it shares a country with the other end) crossed with the
role. A swap replaces the candidate when it scores more than the candidate by a margin. The
model learns from the development documents (five folds by document for their own figures) and
is scored on the held-out ones, aggregate figures only.

Run (``pip install -e '.[research]'``)::

    .venv/bin/python benchmarks/experiment_end_chooser.py \\
        --train tests/data/gold_real/dev_*.jsonl \\
        --test tests/data/gold_real/test_round6_*.jsonl tests/data/gold_real/test_round7_*.jsonl
"""

from __future__ import annotations

import re
import sys
from bisect import bisect_right
from collections import Counter, defaultdict
from itertools import product
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import score_real  # noqa: E402  (a sibling script)
from experiment_pair_model import document_folds, figures_line, train_test_parser  # noqa: E402

from flows.extract.direction import cue_role  # noqa: E402
from flows.extract.pipeline import Extractor  # noqa: E402
from flows.extract.readers import Document  # noqa: E402
from flows.extract.sentences import split_sentences  # noqa: E402
from geodata.normalize import fold_key  # noqa: E402

_WORD = re.compile(r"\w+")

MARGINS = (0.0, 0.1, 0.2, 0.3, 0.4)
DOUBTS = (1.01, 0.5, 0.3, 0.1)


def _place(p) -> dict | None:
    if p is None:
        return None
    return {"id": p.id, "name": p.name, "kind": p.kind, "country_code": p.country_code,
            "lon": p.lon, "lat": p.lat}  # fmt: skip


def _bucket(n: int, edges=(0, 1, 2, 3, 5, 8)) -> str:
    return str(max(e for e in edges if n >= e))


class DocumentPlaces:
    """Where and how a document names each of its places."""

    def __init__(self, text: str, lang: str, mentions: list, candidates: list) -> None:
        self.sentences = split_sentences(text)
        self.starts = [s for s, _ in self.sentences]
        self.by_id: dict[str, list] = defaultdict(list)
        self.place: dict[str, object] = {}
        self.cues: dict[str, set] = defaultdict(set)
        self.cue_at: dict[tuple, str] = {}
        self.prev_word: dict[tuple, str] = {}
        for m in mentions:
            self.by_id[m.place.id].append(m)
            self.place[m.place.id] = m.place
            k = self.sentence_of(m.start)
            s = self.sentences[k][0] if k >= 0 else 0
            role = cue_role(text[s : m.start], lang) or "none"
            self.cues[m.place.id].add(role)
            self.cue_at[(m.start, m.place.id)] = role
            words = _WORD.findall(text[max(s, m.start - 30) : m.start])
            self.prev_word[(m.start, m.place.id)] = fold_key(words[-1]) if words else "^"
        self.rule_roles: dict[str, set] = defaultdict(set)
        for c in candidates:
            for t, r in ((c.origin, "o"), (c.destination, "d")):
                if t is not None:
                    self.rule_roles[t.place.id].add(r)
                    self.place.setdefault(t.place.id, t.place)
        counts = Counter({pid: len(ms) for pid, ms in self.by_id.items()})
        self.top = counts.most_common(1)[0][0] if counts else None

    def sentence_of(self, offset: int) -> int:
        return bisect_right(self.starts, offset) - 1

    def features(self, role: str, place, old, other, cand_sentence: int) -> set[str]:
        if place is None:
            return {f"{role}:null"}
        pid = place.id
        ms = self.by_id.get(pid, [])
        f = {f"{role}:kind={place.kind}", f"{role}:count={_bucket(len(ms))}"}
        if not ms:
            f.add(f"{role}:not_mentioned")
        ks = [self.sentence_of(m.start) for m in ms]
        if ks:
            if 0 in ks:
                f.add(f"{role}:title")
            if cand_sentence in ks:
                f.add(f"{role}:same_sentence")
            before = [cand_sentence - k for k in ks if k < cand_sentence]
            after = [k - cand_sentence for k in ks if k > cand_sentence]
            if before:
                f.add(f"{role}:before={_bucket(min(before))}")
            if after:
                f.add(f"{role}:after={_bucket(min(after))}")
            if all(m.demonym for m in ms):
                f.add(f"{role}:only_demonym")
            near = min(ms, key=lambda m: abs(self.sentence_of(m.start) - cand_sentence))
            f.add(f"{role}:near_cue={self.cue_at[(near.start, pid)]}")
            f.add(f"{role}:near_prev={self.prev_word[(near.start, pid)]}")
            if near.demonym:
                f.add(f"{role}:near_demonym")
        for c in self.cues.get(pid, ()):
            f.add(f"{role}:cue={c}")
        for r in self.rule_roles.get(pid, ()):
            f.add(f"{role}:rule_role={'same' if r == role[0] else 'other'}")
        if pid == self.top:
            f.add(f"{role}:top")
        if old is not None and old.id != pid and old.country_code == place.country_code:
            if place.kind == "country":
                f.add(f"{role}:country_of_old")
            elif old.kind == "country":
                f.add(f"{role}:inside_old")
            else:
                f.add(f"{role}:same_country_as_old")
        if other is not None and other.country_code == place.country_code:
            f.add(f"{role}:same_country_as_other")
        return f


def alternatives(extractor: Extractor, gold: dict) -> list[list[tuple[dict, set[str], bool]]]:
    """For each rule candidate: itself and its one-end swaps, as (flow, features, is gold)."""
    lang = gold["lang"] if gold["lang"] in ("fr", "en") else "en"
    doc = Document(id=gold["id"], text=gold["text"], lang=gold["lang"], title=gold.get("title"))
    result = extractor.extract(doc, gold["lang"])
    mentions = [m for m in result.mentions if m.place is not None]
    places = DocumentPlaces(gold["text"], lang, mentions, result.candidates)
    golds = score_real.collapse_flows(gold["flows"])
    out = []
    for c in result.candidates:
        k = places.sentence_of(c.evidence_start)
        o = c.origin.place if c.origin else None
        d = c.destination.place if c.destination else None
        base = {f"lang={lang}", f"cat={c.category}", f"conf={int(c.confidence * 10)}",
                f"shape={'o' if o else '-'}{'d' if d else '-'}"}  # fmt: skip
        for t, r in ((c.origin, "old_o"), (c.destination, "old_d")):
            if t is not None:
                base |= {f"{r}:kind={t.place.kind}"}
                base |= {
                    f"{r}:{flag}" for flag in ("inferred", "cued", "fixed") if getattr(t, flag)
                }
        options = [(o, d, base | {"keep"} | places.features("o", o, None, d, k)
                    | places.features("d", d, None, o, k))]  # fmt: skip
        for pid, p in places.place.items():
            if o is None or pid != o.id:
                if d is None or pid != d.id:
                    options.append((p, d, base | {"swap_o"} | places.features("o", p, o, d, k)))
            if d is None or pid != d.id:
                if o is None or pid != o.id:
                    options.append((o, p, base | {"swap_d"} | places.features("d", p, d, o, k)))
        if o is not None and d is not None:
            options.append((None, d, base | {"swap_o", "o:null"}))
            options.append((o, None, base | {"swap_d", "d:null"}))
        rows = []
        for a, b, f in options:
            flow = {"category": c.category, "origin": _place(a), "destination": _place(b)}
            y = any(score_real.flow_match(flow, g, "strict") for g in golds)
            rows.append((flow, f, y))
        out.append(rows)
    return out


def fit(groups: list, c: float):
    """A pointwise model (is this option a gold flow) and a pairwise ranker within a candidate's
    options (trained on gold-minus-other feature differences); returns options -> (p, score)."""
    import scipy.sparse as sp
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    def rows_x(rows):
        return vectorizer.transform([dict.fromkeys(f, 1) for _, f, _ in rows])

    rows = [r for g in groups for r in g]
    vectorizer = DictVectorizer().fit([dict.fromkeys(f, 1) for _, f, _ in rows])
    pointwise = LogisticRegression(C=c, max_iter=3000).fit(rows_x(rows), [y for *_, y in rows])
    diffs, labels = [], []
    for g in groups:
        pos, neg = [r for r in g if r[2]], [r for r in g if not r[2]]
        if pos and neg:
            xp, xn = rows_x(pos[:1]), rows_x(neg)
            for i in range(xn.shape[0]):
                diffs += [xp - xn[i], xn[i] - xp]
                labels += [1, 0]
    ranker = LogisticRegression(C=c, max_iter=3000, fit_intercept=False)
    ranker.fit(sp.vstack(diffs), labels)
    return lambda rs: zip(
        pointwise.predict_proba(rows_x(rs))[:, 1], rows_x(rs) @ ranker.coef_[0], strict=True
    )


def _key(flow: dict) -> tuple:
    return tuple(None if e is None else e["id"] for e in (flow["origin"], flow["destination"]))


def score(docs: list[dict], scored: list[list[list]], rule, distinct: bool = False) -> dict:
    """Figures when ``rule(options)`` picks one option per rule candidate (index 0 keeps it).

    ``distinct``: a swap that would repeat a flow the document already gives keeps the
    candidate instead (a swap then never lowers the number of flows).
    """
    counts = score_real.Counts()
    for gold, groups in zip(docs, scored, strict=True):
        given = {(rows[0][0]["category"], _key(rows[0][0])) for rows in groups}
        kept = []
        for rows in groups:
            flow = rows[rule(rows)][0]
            key = (flow["category"], _key(flow))
            if distinct and flow is not rows[0][0] and key in given:
                flow = rows[0][0]
            given.add((flow["category"], _key(flow)))
            kept.append(flow)
        score_real.score_document(gold, [], kept, counts)
    return score_real.report(counts)["all"]


def by_probability(margin: float):
    """Swap for the option of highest probability when it beats the candidate by ``margin``."""

    def rule(rows) -> int:
        best = max(range(len(rows)), key=lambda i: rows[i][3])
        return best if rows[best][3] > rows[0][3] + margin else 0

    return rule


def by_rank(doubt: float, margin: float):
    """When the candidate's own probability is under ``doubt``, swap for the ranker's first
    option if it outranks the candidate by ``margin``."""

    def rule(rows) -> int:
        if rows[0][3] >= doubt:
            return 0
        best = max(range(len(rows)), key=lambda i: rows[i][4])
        return best if rows[best][4] > rows[0][4] + margin else 0

    return rule


def main(argv: list[str] | None = None) -> int:
    ap = train_test_parser(__doc__.splitlines()[0])
    ap.add_argument("--c", type=float, default=0.3, help="inverse regularisation strength")
    args = ap.parse_args(argv)
    extractor = Extractor()
    train_docs = score_real.load_gold(args.train)
    test_docs = score_real.load_gold(args.test)
    train = [alternatives(extractor, g) for g in train_docs]
    test = [alternatives(extractor, g) for g in test_docs]
    fold = document_folds(len(train))
    dev_scored: list = [[] for _ in train]
    for k in range(5):
        predict = fit([g for i, gs in enumerate(train) if fold[i] != k for g in gs], args.c)
        for i, gs in enumerate(train):
            if fold[i] == k:
                dev_scored[i] = [[(*r, *ps) for r, ps in zip(g, predict(g), strict=True)]
                                 for g in gs]  # fmt: skip
    predict = fit([g for gs in train for g in gs], args.c)
    test_scored = [[[(*r, *ps) for r, ps in zip(g, predict(g), strict=True)] for g in gs]
                   for gs in test]  # fmt: skip
    for name, docs, scored in (("development (5 folds)", train_docs, dev_scored),
                               ("held out", test_docs, test_scored)):  # fmt: skip
        groups = [g for gs in scored for g in gs]
        fixable = sum(1 for g in groups if not g[0][2] and any(r[2] for r in g[1:]))
        print(
            f"== {name}: {len(docs)} documents, {len(groups)} rule candidates, "
            f"{sum(g[0][2] for g in groups)} right, {fixable} fixable by one swap"
        )
        print(figures_line("rules alone", score(docs, scored, lambda rows: 0), width=34))
        for m in MARGINS:
            print(
                figures_line(
                    f"swap when p better by {m}", score(docs, scored, by_probability(m)), width=34
                )
            )
        for doubt, m in product(DOUBTS, (0.0, 1.0)):
            name = f"ranked swap, p < {doubt}, by {m}"
            print(figures_line(name, score(docs, scored, by_rank(doubt, m)), width=34))
        for doubt in DOUBTS:
            name = f"ranked swap, p < {doubt}, distinct"
            rule = by_rank(doubt, 0.0)
            print(figures_line(name, score(docs, scored, rule, distinct=True), width=34))
    return 0


if __name__ == "__main__":
    sys.exit(main())
