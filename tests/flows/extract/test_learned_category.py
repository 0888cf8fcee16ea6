"""flows/extract/learned_category.py: features, the override rule, the weights file, and the
bundled model on sentences whose commodity no reader could mistake."""

from __future__ import annotations

import json
from dataclasses import dataclass

import pytest

from flows.extract.learned_category import (
    FEATURES_VERSION,
    CategoryModel,
    category_features,
    relabel,
)

# drugs is sure when "cocaïne" is in the sentence, weapons when "rifles" is
TINY = CategoryModel(
    classes=["drugs", "migrant_smuggling", "weapons"],
    intercepts=[0.0, 0.0, 0.0],
    weights={
        "w=cocaïne": [4.0, 1.0, -4.0],
        "w=rifles": [-4.0, 0.0, 4.0],
        "w=boat": [0.0, 1.0, 0.0],
    },
    meta={"min_probability": 0.7, "max_rule_probability": 0.02},
)


@pytest.mark.parametrize(
    ("sentence", "title", "lang", "expected"),
    [
        ("Cocaïne saisie", None, "fr", {"lang=fr", "w=cocaïne", "w=saisie"}),
        # words cut to 7 letters; digits and punctuation are not words
        ("Trafficked 300 rifles!", None, "en", {"lang=en", "w=traffic", "w=rifles"}),
        ("Arms", "Arms seized", "en", {"lang=en", "w=arms", "t=arms", "t=seized"}),
        ("", None, None, {"lang=und"}),
    ],
)
def test_features(sentence, title, lang, expected):
    assert category_features(sentence, title, lang) == expected


@pytest.mark.parametrize(
    ("rule", "sentence", "expected"),
    [
        ("weapons", "cocaïne", "drugs"),  # sure, and the rules' category has no chance
        ("drugs", "cocaïne", "drugs"),  # agrees
        ("migrant_smuggling", "cocaïne", "migrant_smuggling"),  # rules' category not ruled out
        ("weapons", "boat", "weapons"),  # not sure enough
        ("weapons", "", "weapons"),  # nothing to go on
    ],
)
def test_the_model_overrides_only_when_sure(rule, sentence, expected):
    assert TINY.choose(rule, category_features(sentence, None, "fr")) == expected


def test_probabilities_sum_to_one():
    p = TINY.probabilities({"w=cocaïne", "w=boat"})
    assert list(p) == TINY.classes and abs(sum(p.values()) - 1) < 0.01
    assert p["drugs"] > p["migrant_smuggling"] > p["weapons"]


@dataclass(frozen=True)
class Cand:
    category: str
    commodity: str | None
    evidence: str


def test_relabel_gives_the_new_category_its_commodity():
    cands = [
        Cand("weapons", "small arms", "La cocaïne venait du Pérou."),
        Cand("weapons", "small arms", "Des fusils (rifles) venaient de Serbie."),
    ]
    got = relabel(cands, None, "fr", TINY)
    assert [(c.category, c.commodity) for c in got] == [
        ("drugs", "cocaine"),
        ("weapons", "small arms"),
    ]
    assert relabel(cands, None, "fr", None) == cands


def test_weights_round_trip(tmp_path):
    path = tmp_path / "w.json"
    TINY.dump(path)
    assert CategoryModel.load(path) == TINY


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("not json", "not a category model"),
        (json.dumps({"features_version": FEATURES_VERSION}), "not a category model"),
        (
            json.dumps(
                {
                    "features_version": FEATURES_VERSION + 1,
                    "classes": [],
                    "intercepts": [],
                    "weights": {},
                }
            ),
            "features version",
        ),  # fmt: skip
        (
            json.dumps(
                {
                    "features_version": FEATURES_VERSION,
                    "classes": ["a", "b"],
                    "intercepts": [0, 0],
                    "weights": {"w=x": [1]},
                }
            ),
            "one weight per class",
        ),  # fmt: skip
    ],
)
def test_a_broken_weights_file_names_itself(tmp_path, content, message):
    path = tmp_path / "category_weights.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ValueError, match=f"category_weights.json: .*{message}"):
        CategoryModel.load(path)


def test_a_missing_weights_file_keeps_the_rules(tmp_path):
    assert CategoryModel.load(tmp_path / "none.json") is None


BUNDLED = CategoryModel.load()


@pytest.mark.parametrize(
    ("rule", "sentence", "lang", "expected"),
    [
        ("weapons", "Les passeurs faisaient payer 3 000 euros à chaque migrant pour la traversée.",
         "fr", "migrant_smuggling"),
        ("human_trafficking",
         "The smugglers charged each migrant 5,000 euros for the boat crossing.", "en",
         "migrant_smuggling"),
        ("drugs", "Les victimes étaient contraintes de se prostituer dans des salons de massage.",
         "fr", "human_trafficking"),
        # the rules' category is kept where the sentence fits it
        ("weapons", "Rifles and grenades were smuggled across the border.", "en", "weapons"),
    ],
)  # fmt: skip
def test_bundled_model_on_plain_sentences(rule, sentence, lang, expected):
    assert BUNDLED is not None
    assert BUNDLED.choose(rule, category_features(sentence, None, lang)) == expected
