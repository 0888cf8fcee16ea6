"""Round 38 (FNfr) of the extractor for French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination): French movements of
people the rules did not read as movements, so the flow had no end where the text gives one.

- a lure is a movement, as "lured" and "enticed" are in English: "une femme les aurait
  attirées en Suisse", "attirait des jeunes femmes au Liban" (not "attirer l'attention");
- where victims are made to work is where they were taken: "pour les faire travailler (en tant
  que domestiques) en Arabie saoudite", as "pour travailler en Italie" already was;
- a destination narrowed after a comma, "en Suisse, plus précisément à Zurich" ("to Italy, more
  precisely to Milan"), ends at the narrower place (the most specific end, ANNOTATION.md);
- a route "entre" two sides, the second named with its kind of place, is one way even with
  more than two places: "des liaisons, en moins de 4 heures, entre Al-Haouaria, Dar Allouche
  et Korba et les provinces de Caltanissetta, Trapani et Agrigente" (names the gazetteer does
  not know before the first known one keep the "entre" cue); a list of places "entre" with no
  second side stays where a network works.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_HT = "human_trafficking"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des femmes nigérianes ont été attirées en Italie par un réseau de traite.", "fr",
         {(_HT, "NG", "IT")}),
        ("Le réseau de traite des êtres humains attirait des jeunes femmes au Liban en leur "
         "promettant un emploi.", "fr", {(_HT, None, "LB")}),
        # guard: drawing attention is no lure
        ("Le trafic de drogue au Mexique attire l'attention des autorités en France.", "fr",
         set()),
        ("Le réseau de traite des êtres humains recrutait des jeunes femmes au Nigeria pour les "
         "faire travailler en Italie.", "fr", {(_HT, "NG", "IT")}),
        ("Un réseau de traite a recruté 130 femmes malgaches pour les faire travailler en tant "
         "que domestiques en Arabie saoudite.", "fr", {(_HT, "MG", "SA")}),
        ("Les trafiquants ont emmené les jeunes femmes victimes de traite en Suisse, plus "
         "précisément à Zurich.", "fr", {(_HT, None, "Zürich")}),
        # guard: no narrower place, the country stays the end
        ("Les trafiquants ont emmené les jeunes femmes victimes de traite en Suisse.", "fr",
         {(_HT, None, "CH")}),
        ("Les bateaux des passeurs de migrants assuraient des liaisons, en moins de 4 heures, "
         "entre Al-Haouaria, Dar Allouche et Korba et les provinces de Caltanissetta, Trapani "
         "et Agrigente.", "fr",
         {("migrant_smuggling", "Korba", "Caltanissetta"),
          ("migrant_smuggling", "Korba", "Trapani"),
          ("migrant_smuggling", "Korba", "Agrigento")}),
        # guards: one list "entre" is where a network works; an aside before "entre" after a
        # road is where, not a trip
        ("Le blanchiment se faisait entre la France, la Belgique, l'Inde et Dubaï.", "fr",
         set()),
        ("Le réseau de proxénétisme contraignait des Roumaines à se prostituer en bordure de "
         "routes, essentiellement entre Narbonne et Béziers.", "fr", set()),
    ],
)  # fmt: skip
def test_round38_fnfr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
