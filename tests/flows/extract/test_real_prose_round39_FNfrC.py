"""Round 39 (FNfrC) of the flows in real French (and English) prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

The pattern: where people or goods were found, detected or identified is where they had been
brought, also in a sentence with no word of movement, often a list ("Ils ont été détectés dans
les pays scandinaves, en Autriche, Belgique, France...", "Des missiles ont été retrouvés au
Tchad et au Mali", "They were identified in Italy and Spain"): one destination per place of the
list (ANNOTATION.md, several destinations), the origin from the sentences before. Before, such
a sentence gave nothing unless it also named a movement ("saisies en France arrivent par la
mer"). Where the police arrested or searched, or a seizure told on its own, stays no end
(``direction.found_at``, lexicon ``found_there``; English "found" stays out: no right flow
more on the read part), and so does money found ("découvert en France un véhicule contenant
298 000 euros": where it leaves from). A place found inside the region the goods come from is
no end of theirs (``discourse._take_destination_before``). And the flows of people named by
nationality ("les flux des Africains de l'Ouest", "the flow of Nigerians") give their origin,
as "la traite des Vietnamiens" did: those the later sentence found. Read part: strict F1
0.590 -> 0.595 (18 flows right more, 11 in one UNODC report); fresh part: strict 0.446 = 0.446.

Guards: arrests and searches in a sentence with no movement ("Trois hommes ont été arrêtés en
Belgique", "Des perquisitions ont eu lieu en Belgique") add no end; a seizure with a word of
movement keeps its end as before.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_NG_FR = "Un réseau de traite fait venir des Nigérianes en Europe. "
_NG_EN = "Nigerian women are trafficked to Europe. "
_FLOW_EN = "The report tracks the flow of Nigerians, who make up 14 percent of victims. "
_LY_FR = "Des armes libyennes alimentent les groupes armés du Sahel. "
_HT = "human_trafficking"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where the people or goods were found, detected or identified: one end per place
        (_NG_FR + "Elles ont été détectées en Autriche, en Belgique et en France.", "fr",
         {(_HT, "NG", "Europe"), (_HT, "NG", "AT"), (_HT, "NG", "BE"), (_HT, "NG", "FR")}),
        ("Le rapport décrit la traite des Vietnamiens. Ils ont été identifiés au Royaume-Uni "
         "et en Irlande.", "fr", {(_HT, "VN", "GB"), (_HT, "VN", "IE")}),
        (_LY_FR + "Des missiles ont été retrouvés au Tchad et au Mali.", "fr",
         {("weapons", "LY", "TD"), ("weapons", "LY", "ML")}),
        (_NG_EN + "They were identified in Italy and Spain.", "en",
         {(_HT, "NG", "Europe"), (_HT, "NG", "IT"), (_HT, "NG", "ES")}),
        # the flows of people named by nationality: their origin, for those found after
        ("Les enquêteurs ont retracé les flux des Africains de l'Ouest, qui représentent 14 % "
         "des victimes. Ils ont été détectés en Italie et en Espagne.", "fr",
         {(_HT, "West Africa", "IT"), (_HT, "West Africa", "ES")}),
        (_FLOW_EN + "They were detected in Austria, Belgium and Ireland.", "en",
         {(_HT, "NG", "AT"), (_HT, "NG", "BE"), (_HT, "NG", "IE")}),
        # guards: where the police arrested or searched is no end; a seizure with a word of
        # movement keeps its end; no people or goods found, no flow
        (_NG_FR + "Trois hommes ont été arrêtés en Belgique et en Suisse.", "fr",
         {(_HT, "NG", "Europe")}),
        (_NG_FR + "Des perquisitions ont eu lieu en Belgique.", "fr", {(_HT, "NG", "Europe")}),
        (_NG_EN + "Three men were arrested in Belgium and Switzerland.", "en",
         {(_HT, "NG", "Europe")}),
        (_LY_FR + "Les armes saisies au Niger arrivent par la route.", "fr",
         {("weapons", "LY", "NE")}),
        ("Le rapport décrit les flux financiers vers Dubaï. Les enquêteurs ont été reçus en "
         "Belgique.", "fr", set()),
    ],
)  # fmt: skip
def test_round39_fnfrc_found_there(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
