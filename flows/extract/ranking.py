"""Learned confidence: how likely a candidate is a flow an annotator would record.

The rules give each candidate a confidence from how directly the text states it
(:func:`flows.extract.candidate.confidence`). On real news that score orders the review queue
poorly: a reviewer meets as many wrong candidates at the top as further down. This module
scores each candidate again with a logistic model learned from the development part of the
real-document corpus (``flows/tools/train_confidence.py``): binary features of the candidate
in its sentence (the rules' score, how each end was read, the words around the ends and
between them, how many places and candidates the sentence holds; whether its category is the
one most of the document's candidates have, how far apart its two ends are mentioned, and
whether the evidence sentence tells a movement, a seizure, a negation or reported speech, and
its length), each with a weight stored in ``extract/data/confidence_weights.json``. The
probability is the sigmoid of the weights' sum. The bundled weights also carry a threshold
(``meta["min_confidence"]``, chosen by cross-validation on the read part) under which
``flows extract`` leaves a candidate out, each document's most confident kept
(:func:`confident`); the review queue (``--to-review``) keeps every candidate, in this order.

>>> model = ConfidenceModel(intercept=-1.0, weights={"rule_conf=7": 2.0}, meta={})
>>> model.probability({"rule_conf=7", "lang=en"})
0.731
>>> model.probability(set())
0.269
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from flows.extract.lexicon import ByLang
from flows.extract.weights_file import read_weights, write_weights
from geodata.normalize import fold_key

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "confidence_weights.json"
# Bumped whenever candidate_features changes: weights learned for other features are refused.
FEATURES_VERSION = 2
_WORD = re.compile(r"\w+")
# what the evidence sentence says, each a feature when it matches (lexicon patterns)
_SENTENCE_CUES = {"ev_move": ByLang("movement"), "ev_seized": ByLang("seized"),
                  "ev_neg": ByLang("neg"), "ev_quote": ByLang("reported")}  # fmt: skip


def _words(text: str) -> list[str]:
    return [fold_key(w) for w in _WORD.findall(text)]


def _bucket(n: int, edges: Sequence[int]) -> str:
    """``n`` as the first edge it does not exceed, or ``>last``: ``_bucket(3, (1, 2, 4))`` is
    ``"4"``."""
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _end_features(role: str, t, text: str, lo: int, hi: int, top: str | None) -> set[str]:
    """Features of one end (``role`` "o" or "d") of a candidate whose evidence is ``lo:hi``."""
    if t is None:
        return {f"{role}_none"}
    place = t.place
    f = {f"{role}_kind={place.kind}", f"{role}_role={t.role}"}
    for flag in ("inferred", "cued", "between", "fixed"):
        if getattr(t, flag, False):
            f.add(f"{role}_{flag}")
    if not lo <= t.start < hi:
        f.add(f"{role}_outside")  # an end carried from another sentence or the title
    else:
        before = _words(text[max(lo, t.start - 40) : t.start])[-3:]
        after = _words(text[t.end : min(hi, t.end + 25)])[:2]
        f |= {f"{role}_p{k + 1}={w}" for k, w in enumerate(reversed(before))}
        f |= {f"{role}_n{k + 1}={w}" for k, w in enumerate(after)}
    if top is not None and place.id == top:
        f.add(f"{role}_top")
    return f


def _pair_features(o, d, text: str, lo: int, hi: int) -> set[str]:
    if o is None or d is None:
        return set()
    if not (lo <= o.start < hi and lo <= d.start < hi):
        return {"pair_across"}  # the words between two sentences say nothing of the pair
    first, second = (o, d) if o.start < d.start else (d, o)
    between = _words(text[first.end : second.start]) if second.start > first.end else []
    f = {"origin_first" if o.start < d.start else "destination_first",
         f"gap={_bucket(len(between), (2, 5, 10, 20))}"}  # fmt: skip
    f |= {f"between={w}" for w in between[:8]}
    if o.place.country_code and o.place.country_code == d.place.country_code:
        f.add("same_country")
    return f


def candidate_features(
    c, text: str, lang: str, places_here: int, siblings: int, top: str | None
) -> set[str]:
    """Binary features of candidate ``c`` (a :class:`~flows.extract.candidate.Candidate`).

    ``places_here``: place mentions inside its evidence; ``siblings``: candidates sharing its
    evidence; ``top``: the id of the document's most mentioned place.
    """
    lo, hi = c.evidence_start, c.evidence_end
    f = {
        "bias",
        f"lang={lang}",
        f"category={c.category}",
        f"rule_conf={int(c.confidence * 10)}",
        f"places={_bucket(places_here, (1, 2, 3, 5))}",
        f"siblings={_bucket(siblings, (1, 2, 4))}",
        f"via={_bucket(len(c.via), (0, 1))}",
        "period" if c.period_start or c.period_end else "no_period",
        "commodity" if c.commodity else "no_commodity",
        f"category_lang={c.category}|{lang}",
    }
    f |= _end_features("o", c.origin, text, lo, hi, top)
    f |= _end_features("d", c.destination, text, lo, hi, top)
    f |= _pair_features(c.origin, c.destination, text, lo, hi)
    return f


def sentence_features(sentence: str, lang: str) -> set[str]:
    """What an evidence sentence says: a movement, a seizure, a negation, reported speech (the
    lexicon's patterns), and its length in words.

    >>> sorted(sentence_features("Police said the heroin was not shipped to Greece.", "en"))
    ['ev_move', 'ev_neg', 'ev_quote', 'evlen=15']
    """
    f = {name for name, pattern in _SENTENCE_CUES.items() if pattern[lang].search(sentence)}
    f.add(f"evlen={_bucket(len(sentence.split()), (15, 30, 50))}")
    return f


def ends_distance(c) -> set[str]:
    """How far apart (characters) the two ends of candidate ``c`` are mentioned; nothing when an
    end is null."""
    if c.origin is None or c.destination is None:
        return set()
    return {f"end_dist={_bucket(abs(c.destination.start - c.origin.start), (20, 60, 150))}"}


def category_features(category: str, categories: Counter) -> set[str]:
    """Does a candidate's category agree with its document's: is it the category most of the
    document's candidates (``categories``) have, and the share (tenths) of them that have it.

    >>> sorted(category_features("drugs", Counter(weapons=3, drugs=1)))
    ['cat_doc_minor', 'cat_share=2']
    """
    n = sum(categories.values())
    top = categories.most_common(1)[0][0]
    return {"cat_doc_major" if category == top else "cat_doc_minor",
            f"cat_share={_bucket(int(10 * categories[category] / n), (2, 5, 9))}"}  # fmt: skip


def document_features(candidates: Sequence, text: str, lang: str, mentions: Iterable) -> list:
    """:func:`candidate_features` of every candidate of one document, in order, with what needs
    the sentence or the whole document: :func:`sentence_features` (once per evidence),
    :func:`ends_distance` and :func:`category_features`."""
    mentions = [m for m in mentions if m.place is not None]
    counts = Counter(m.place.id for m in mentions)
    top = counts.most_common(1)[0][0] if counts else None
    spans = Counter((c.evidence_start, c.evidence_end) for c in candidates)
    categories = Counter(c.category for c in candidates)
    said: dict[tuple[int, int], set[str]] = {}
    out = []
    for c in candidates:
        span = (c.evidence_start, c.evidence_end)
        here = sum(1 for m in mentions if span[0] <= m.start < span[1])
        if span not in said:
            said[span] = sentence_features(text[span[0] : span[1]], lang)
        f = candidate_features(c, text, lang, here, spans[span], top) | said[span]
        out.append(f | ends_distance(c) | category_features(c.category, categories))
    return out


@dataclass
class ConfidenceModel:
    """A logistic model over binary features: ``sigmoid(intercept + sum of weights)``."""

    intercept: float
    weights: dict[str, float]
    meta: dict = field(default_factory=dict)

    @property
    def min_confidence(self) -> float:
        """Candidates under this probability are left out by default (``meta["min_confidence"]``,
        written by ``train_confidence --apply-threshold``; 0, keeping all, when absent)."""
        return float(self.meta.get("min_confidence", 0.0))

    def probability(self, features: Iterable[str]) -> float:
        z = self.intercept + sum(self.weights.get(x, 0.0) for x in features)
        return round(1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z)))), 3)

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> ConfidenceModel | None:
        """The bundled weights, or None when the file is missing (the rules' scores stay).

        A file that is not the model's JSON, or was learned for other features, raises
        ValueError naming the file and what is wrong.
        """
        return read_weights(path, FEATURES_VERSION, "confidence model", "train_confidence",
                            lambda d: cls(float(d["intercept"]), dict(d["weights"]),
                                          d.get("meta", {})))  # fmt: skip

    def dump(self, path: Path) -> None:
        body = {"intercept": round(self.intercept, 5),
                "weights": {k: round(v, 5) for k, v in sorted(self.weights.items())}}  # fmt: skip
        write_weights(path, FEATURES_VERSION, self.meta, body)


def rescore(
    candidates: list, text: str, lang: str, mentions: Iterable, model: ConfidenceModel | None
) -> list:
    """``candidates`` (in their order) with the model's probability as their confidence;
    unchanged when there is no model. The features read the rules' scores, so all are computed
    before any is replaced."""
    if model is None or not candidates:
        return candidates
    features = document_features(candidates, text, lang, mentions)
    for c, feats in zip(candidates, features, strict=True):
        c.confidence = model.probability(feats)
    return candidates


def confident(confidences: list[float], threshold: float) -> list[bool]:
    """Which of one document's candidates to keep: those whose confidence reaches
    ``threshold``, and always the document's most confident ones, so that a document that
    gives candidates never comes back empty (5-fold cross-validation on the development part:
    lenient F1 +0.005 over the bare threshold, strict F1 the same).

    >>> confident([0.1, 0.5, 0.16], 0.16), confident([0.1, 0.12], 0.16), confident([0.1], 0)
    ([False, True, True], [False, True], [True])
    """
    top = max(confidences, default=0.0)
    return [p >= threshold or p == top for p in confidences]


def keep_confident(candidates: list, threshold: float) -> list:
    """The candidates of one document that :func:`confident` keeps, in their order.

    >>> from types import SimpleNamespace as C
    >>> cands = [C(confidence=0.1), C(confidence=0.5)]
    >>> [c.confidence for c in keep_confident(cands, 0.16)]
    [0.5]
    """
    keep = confident([c.confidence for c in candidates], threshold)
    return [c for c, k in zip(candidates, keep, strict=True) if k]
