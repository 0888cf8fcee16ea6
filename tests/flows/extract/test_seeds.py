"""The five seed articles (French, real; texts copied verbatim in tests/data/gold/gold.jsonl):
at least one correct candidate, by ANNOTATION.md, from each article that states a movement,
and none from the organised-crime page (003)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document

GOLD = Path(__file__).resolve().parents[2] / "data" / "gold" / "gold.jsonl"
SEEDS = {d["id"]: d for d in map(json.loads, GOLD.open(encoding="utf-8")) if d["id"][:5] == "seed-"}

# seed -> flows an annotator gives it (category, origin, destination); None: not stated
CORRECT = {
    "seed-000": {("drugs", None, "Europe"), ("weapons", None, "Europe"),
                 ("human_trafficking", None, "Europe")},
    "seed-001": {("migrant_smuggling", None, "Europe")},
    "seed-002": {("weapons", "Ukraine", "Europe"), ("weapons", "Ukraine", None)},
    "seed-004": {("illicit_finance", "Russia", None)},
}  # fmt: skip


@pytest.fixture(scope="module")
def extracted() -> dict[str, list]:
    ex = Extractor()
    return {
        i: ex.extract(
            Document(id=i, text=d["text"], lang="fr", published=d["published"])
        ).candidates
        for i, d in SEEDS.items()
    }


@pytest.mark.parametrize("seed", sorted(CORRECT))
def test_a_correct_candidate_from_each_article_stating_a_movement(extracted, seed):
    got = {
        (c.category, c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in extracted[seed]
    }
    assert got & CORRECT[seed], got


def test_none_from_the_organised_crime_page(extracted):
    assert extracted["seed-003"] == []
