"""Round 55 (CATWORDS2): the right category, as tables of words and sentences written for the
tests (not taken from the gold corpus).

Goods of two categories counted in one list ("60 kg de stupéfiants, 4 armes de poing", "20
kilos of cocaine and five pistols") move together: each category gives its flow (lexicon
``goods_quantity``, read by ``categories._goods_joined``). A sentence that names them again as
a whole ("La marchandise arrivait d'Espagne", "the shipment had left Spain", "le camion
transportait") inherits every one of them (lexicon ``goods_again``). Goods moved by the
participle right after them ("la résine de cannabis importée d'Espagne") take the flow from the
money named before them (lexicon ``goods_sent``, ``categories.sent_goods``). Maids sent to the
Gulf are victims' words in French as in English ("femmes de ménage", "en tant que
domestiques", as "house maids"). Cash in the luggage of people stopped ("des valises contenant 7
millions de dollars en liquide") moves illicitly (lexicon ``illicit``).
"""

from __future__ import annotations

import pytest

from flows.extract import categories as cat
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("gap", "joined"),
    [
        (", 4 ", True), (" and five ", True), (" et près de 12 kg de ", True),
        (" and 300 rounds of ", True), (" et une dizaine de ", True),
        (" and five stolen ", True), (", ainsi que 4 ", True),
        # guards: a place, a verb or a bare number with no list word between the goods
        (" in 4 ", False), (" were found with five ", False), (" 4 ", False),
        (" de Tunisie et 4 ", False),
    ],
)  # fmt: skip
def test_round55_counted_goods_joined(gap, joined):
    assert cat._goods_joined(gap) is joined


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Customs seized 20 kilos of cocaine and five pistols in the port.", "en",
         {"drugs", "weapons"}),
        ("Les douaniers ont saisi 40 kg de cannabis, 3 pistolets et leurs munitions.", "fr",
         {"drugs", "weapons"}),
        # guard: goods of one category only
        ("Customs seized 20 kilos of cocaine and five kilos of heroin.", "en", {"drugs"}),
    ],
)  # fmt: skip
def test_round55_counted_list_categories(text, lang, expected):
    hits = cat.find_category_terms(text, lang)
    dom = cat.dominant_category(hits)
    found = {dom.category} | {h.category for h in cat.coordinated(hits, dom, text)}
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les douaniers ont saisi au péage de Hendaye 50 kg de stupéfiants, 3 armes de poing et "
         "des munitions. La marchandise se trouvait dans un camion qui arrivait du Portugal.",
         "fr", {("drugs", "PT", "Hendaye"), ("weapons", "PT", "Hendaye")}),
        ("Officers seized 30 kilos of heroin and four pistols at the border. The shipment had "
         "left Bulgaria two days earlier.", "en",
         {("drugs", "BG", None), ("weapons", "BG", None)}),
    ],
)  # fmt: skip
def test_round55_goods_named_again_carry_the_list(extractor, text, lang, expected):
    assert expected <= _flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # the sentence after names no goods as a whole: the people are its subject
        (
            "Officers seized 30 kilos of heroin and four pistols at the border. Two of the "
            "suspects had come from Bulgaria.",
            "en",
        ),
    ],
)
def test_round55_people_after_a_list_do_not_carry_it(extractor, text, lang):
    assert all(c != "weapons" for c, _, _ in _flows(extractor, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Il récupérait l'argent issu du trafic de stupéfiants, à savoir de la résine de cannabis "
         "importée du Maroc pour être revendue en France.", "fr", "drugs"),
        ("He collected the cash from drug sales, mostly heroin smuggled from Pakistan.", "en",
         "drugs"),
        # guards: no participle of movement after the goods, the money moves
        ("Il blanchissait l'argent du trafic de cannabis au Maroc.", "fr", "illicit_finance"),
    ],
)  # fmt: skip
def test_round55_goods_sent_take_the_flow(text, lang, expected):
    hits = cat.find_category_terms(text, lang)
    place = max(text.find(w) for w in ("Maroc", "Pakistan"))
    before = [h for h in hits if h.end <= place][-2:]
    chosen = cat.sent_goods(before, text, place) or cat.dominant_category(before)
    assert chosen.category == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Des femmes de ménage ont été envoyées en Arabie saoudite.", "human_trafficking"),
        ("Elle a été recrutée pour travailler en tant que domestiques au Liban.",
         "human_trafficking"),
        # guard: the adjective stays no victims' word
        ("Les violences domestiques ont augmenté en France.", None),
    ],
)  # fmt: skip
def test_round55_maids_are_trafficked(text, expected):
    dom = cat.dominant_category(cat.find_category_terms(text, "fr"))
    assert (dom.category if dom else None) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Ils ont été interpellés à l'aéroport, munis de valises contenant deux millions d'euros "
         "en liquide.", "fr", True),
        ("He was stopped with suitcases containing $3 million in cash.", "en", True),
        # guard: luggage with no cash in it
        ("Ils portaient des valises contenant des vêtements.", "fr", False),
    ],
)  # fmt: skip
def test_round55_cash_in_luggage_is_illicit(text, lang, expected):
    assert cat.has_illicit_cue(text, lang) is expected
