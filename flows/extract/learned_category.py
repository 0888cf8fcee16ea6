"""A learned second opinion on each candidate's category, from the words of its sentence.

The rules give a candidate the category of the commodity terms they find near it
(:mod:`flows.extract.categories`). On fresh news the wrong category was the largest single
loss (round 31: giving the annotators' category to the candidates whose ends were right
raised lenient F1 by 0.058 on a batch no rule was written from). This module holds a
multinomial logistic model learned by ``flows/tools/train_category.py`` from the evidence
quotes of the annotated flows of the development documents: its features are the words of a
sentence and of the document's title (lower case, cut to :data:`STEM` letters) and the
language. A candidate takes the model's category only when the model is sure of it
(``min_probability``) and gives the rules' category almost no chance (``max_rule_probability``);
both figures are stored with the weights.

>>> model = CategoryModel(classes=["drugs", "weapons"], intercepts=[0.0, 0.0],
...                       weights={"w=cocaïne": [2.0, -2.0]}, meta={})
>>> sorted(category_features("Cocaïne saisie", None, "fr"))
['lang=fr', 'w=cocaïne', 'w=saisie']
>>> model.probabilities({"w=cocaïne", "lang=fr"})
{'drugs': 0.982, 'weapons': 0.018}
>>> model.choose("weapons", {"w=cocaïne"}, min_probability=0.9, max_rule_probability=0.02)
'drugs'
>>> model.choose("weapons", {"w=cocaïne"}, min_probability=0.9, max_rule_probability=0.01)
'weapons'
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from flows.extract.categories import find_category_terms
from flows.extract.weights_file import read_weights, write_weights

WEIGHTS_PATH = Path(__file__).resolve().parent / "data" / "category_weights.json"
# Bumped whenever category_features changes: weights learned for other features are refused.
FEATURES_VERSION = 1
# Letters kept of each word: a crude stem shared by both languages ("trafficked",
# "trafficking" -> "traffic"; "passeurs" -> "passeur").
STEM = 7
_LETTERS = re.compile(r"[^\W\d_]+")


def _stems(text: str | None) -> set[str]:
    return {w.lower()[:STEM] for w in _LETTERS.findall(text or "")}


def category_features(sentence: str, title: str | None, lang: str | None) -> set[str]:
    """Binary features of a sentence: its stems (``w=``), the title's (``t=``), the language."""
    f = {f"lang={lang or 'und'}"}
    f |= {f"w={s}" for s in _stems(sentence)}
    f |= {f"t={s}" for s in _stems(title)}
    return f


@dataclass
class CategoryModel:
    """Softmax over ``intercepts + sum of weights[feature]`` (one weight per class)."""

    classes: list[str]
    intercepts: list[float]
    weights: dict[str, list[float]]
    meta: dict = field(default_factory=dict)

    def probabilities(self, features: Iterable[str]) -> dict[str, float]:
        z = list(self.intercepts)
        for f in features:
            for k, w in enumerate(self.weights.get(f, ())):
                z[k] += w
        top = max(z)
        e = [math.exp(v - top) for v in z]
        total = sum(e)
        return {c: round(v / total, 3) for c, v in zip(self.classes, e, strict=True)}

    def choose(
        self,
        rule_category: str,
        features: Iterable[str],
        min_probability: float | None = None,
        max_rule_probability: float | None = None,
    ) -> str:
        """The model's category when it reaches ``min_probability`` and the rules' category is
        at most ``max_rule_probability``; else ``rule_category`` (defaults: the stored meta)."""
        lo = self.meta.get("min_probability", 1.0) if min_probability is None else min_probability
        hi = (
            self.meta.get("max_rule_probability", 0.0)
            if max_rule_probability is None
            else max_rule_probability
        )
        p = self.probabilities(features)
        best = max(p, key=p.__getitem__)
        if best != rule_category and p[best] >= lo and p.get(rule_category, 0.0) <= hi:
            return best
        return rule_category

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> CategoryModel | None:
        """The bundled weights, or None when the file is missing (the rules' categories stay).

        A file that is not the model's JSON, or was learned for other features, raises
        ValueError naming the file and what is wrong.
        """
        return read_weights(path, FEATURES_VERSION, "category model", "train_category", cls._build)

    @classmethod
    def _build(cls, data: dict) -> CategoryModel:
        model = cls(list(data["classes"]), [float(v) for v in data["intercepts"]],
                    {k: [float(x) for x in v] for k, v in data["weights"].items()},
                    data.get("meta", {}))  # fmt: skip
        n = len(model.classes)
        if len(model.intercepts) != n or any(len(w) != n for w in model.weights.values()):
            raise ValueError("one weight per class expected")
        return model

    def dump(self, path: Path) -> None:
        weights = {k: [round(x, 4) for x in v] for k, v in sorted(self.weights.items())}
        intercepts = [round(v, 4) for v in self.intercepts]
        body = {"classes": self.classes, "intercepts": intercepts, "weights": weights}
        write_weights(path, FEATURES_VERSION, self.meta, body)


def relabel(candidates: list, title: str | None, lang: str, model: CategoryModel | None) -> list:
    """``candidates`` (in their order), each with the category :meth:`CategoryModel.choose`
    gives for its evidence sentence; a candidate whose category changes takes the commodity of
    the new category's first term in that sentence (none when the sentence names none)."""
    if model is None:
        return candidates
    out = []
    chosen: dict[tuple[str, str], str] = {}  # candidates of one sentence share its answer
    for c in candidates:
        key = (c.evidence, c.category)
        if key not in chosen:
            chosen[key] = model.choose(c.category, category_features(c.evidence, title, lang))
        category = chosen[key]
        if category != c.category:
            hits = [h for h in find_category_terms(c.evidence, lang) if h.category == category]
            c = replace(c, category=category, commodity=hits[0].commodity if hits else None)
        out.append(c)
    return out
