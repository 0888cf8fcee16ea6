"""Round 53 (REVERSED) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"): a flow read in the wrong direction.

- "to neighbouring countries of Spain", "into the countries bordering Brazil", "vers les pays
  voisins de la Libye", "dans les pays voisins du Mali": the goods go to the neighbours of the
  place named, which is where they leave from, not their destination (read before as "to
  Spain");
- "un réseau d'approvisionnement d'armes au Luxembourg", "l'approvisionnement en munitions en
  Belgique": where a supply is got is where the goods come from (read before as "to
  Luxembourg"); only the noun: the verb "approvisionner les séparatistes au Cameroun" still says
  where the goods go.

Endpoints: the ISO code of a country, the gazetteer name of any other place; None when the
text gives no such end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the neighbours of a place: the place is the origin
        ("To launder the drug profits, the cash was transported by bus to neighbouring "
         "countries of Spain.", "en", {("illicit_finance", "ES", None)}),
        ("Cash from drug sales was smuggled to neighbouring states of Nigeria.", "en",
         {("illicit_finance", "NG", None)}),
        ("Cocaine is trafficked to the countries neighbouring Brazil.", "en",
         {("drugs", "BR", None)}),
        ("Les armes de contrebande sont acheminées vers les pays voisins de la Libye.", "fr",
         {("weapons", "LY", None)}),
        ("Les trafiquants écoulent la cocaïne dans les pays voisins du Mali.", "fr",
         {("drugs", "ML", None)}),
        # guards: a place named outright keeps its reading; neighbours without a place name
        # nothing more
        ("La drogue est acheminée vers le Mali.", "fr", {("drugs", None, "ML")}),
        ("La cocaïne est envoyée vers l'Espagne.", "fr", {("drugs", None, "ES")}),
        ("Weapons were smuggled from Libya into neighbouring countries.", "en",
         {("weapons", "LY", None)}),
    ],
)  # fmt: skip
def test_round53_neighbours_of_a_place(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where a supply is got: the origin
        ("La douane a démantelé un réseau illégal d’approvisionnement d’armes au Luxembourg.",
         "fr", {("weapons", "LU", None)}),
        ("Les enquêteurs ont découvert une filière d'approvisionnement en munitions en "
         "Belgique.", "fr", {("weapons", "BE", None)}),
        # guards: the verb says where the goods go; a delivery keeps its destination
        ("L'arsenal, destiné à approvisionner les séparatistes armés au Cameroun, a été saisi "
         "à la frontière.", "fr", {("weapons", None, "CM")}),
        ("Le réseau livrait des armes au Luxembourg.", "fr", {("weapons", None, "LU")}),
    ],
)  # fmt: skip
def test_round53_where_a_supply_is_got(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
