"""Round 45 (MISSED) of the flows in real French and English prose: gold flows no candidate
matched although both places were found. Sentences written for the tests (not taken from the
gold corpus) -> the flows ``flows extract`` gives (ANNOTATION.md, "Flows"):

- a list of goods of two categories carried by one movement gives one flow per category
  (``categories.coordinated``); French qualifies the first goods *after* it ("des cigarettes
  de contrebande et des migrants", "des armes illégales et de la drogue", "des armes de guerre
  et de la cocaïne"), and those words no longer break the list (``goods_postmodifier`` in
  lexicon_common.yaml, as ``goods_modifier`` does for "cocaine and heavy weaponry");
- people "trafiqué(e)s" ("des enfants trafiqués", "les personnes trafiquées") name
  trafficking in persons, a term the category tables lacked; "trafiquées" of things (number
  plates, arms) is no such term.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # goods of two categories, the first qualified after it: one flow per category
        ("Des passeurs utilisaient ces vedettes pour transporter des cigarettes de contrebande "
         "et des migrants clandestins entre la Tunisie et la Sicile.", "fr",
         {("migrant_smuggling", "TN", "Sicily"), ("other", "TN", "Sicily")}),
        ("Le réseau faisait passer des armes illégales et de la drogue de Serbie en France.",
         "fr", {("weapons", "RS", "FR"), ("drugs", "RS", "FR")}),
        ("Le réseau faisait passer des armes de guerre et de la cocaïne de Serbie en France.",
         "fr", {("weapons", "RS", "FR"), ("drugs", "RS", "FR")}),
        # guards: an unqualified list already gave both; one category stays one flow; the
        # English pre-modifier keeps its reading
        ("Le réseau faisait passer des armes et de la drogue de Serbie en France.", "fr",
         {("weapons", "RS", "FR"), ("drugs", "RS", "FR")}),
        ("Le réseau faisait passer des armes de guerre et des munitions de Serbie en France.",
         "fr", {("weapons", "RS", "FR")}),
        ("The gang smuggled cocaine and heavy weaponry from Colombia to Spain.", "en",
         {("drugs", "CO", "ES"), ("weapons", "CO", "ES")}),
        # the new category term reads a flow
        ("Des enfants trafiqués en France depuis la Roumanie ont été retrouvés.", "fr",
         {("human_trafficking", "RO", "FR")}),
    ],
)  # fmt: skip
def test_round45_missed_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1.353 enfants trafiqués", [("human_trafficking", "people")]),
        ("10 % des personnes trafiquées sont des enfants", [("human_trafficking", "people")]),
        # guard: things "trafiquées" are no people
        ("des immatriculations trafiquées", []),
    ],
)
def test_round45_missed_terms(text, expected):
    assert [(h.category, h.commodity) for h in find_category_terms(text, "fr")] == expected
