"""Round 40 (FNfrC2) of the flows in real French (and English) prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

Round 39's FNfrC narrowed to what passes on unseen text. The pattern: where people were found,
detected or identified is where they had been brought, also in a sentence with no word of
movement, often a list ("Ils ont été détectés dans les pays scandinaves, en Autriche, Belgique,
France...", "They were identified in Italy and Spain"): one destination per place of the list
(ANNOTATION.md, several destinations), the origin from the sentences before. Before, such a
sentence gave nothing unless it also named a movement ("saisies en France arrivent par la
mer"). Only for people (``document_flows``, ``found_still``): goods found with no word of
movement ("des missiles retrouvés au Tchad", "cocaine discovered in Spain") are as often where
they were stored or made, and gave no right flow more on the fresh part (two wrong ones).
Where the police arrested or searched stays no end (``seizure_ends.found_at``, lexicon
``found_there``), and so does money found. And the flows of people named by nationality ("les
flux des Africains de l'Ouest", "the flow of Nigerians") give their origin, as "la traite des
Vietnamiens" did: those the later sentence found. Read part: strict F1 0.590 -> 0.593 (11 flows
right more, in one UNODC report); fresh part: unchanged (0.442 / 0.701).

Guards: arrests and searches in a sentence with no movement ("Trois hommes ont été arrêtés en
Belgique", "Des perquisitions ont eu lieu en Belgique") add no end, nor goods found there; a
seizure with a word of movement keeps its end as before; a destination told before an origin
in the region around it is still that origin's end ("trafic d'armes vers le Tchad. [...]
proviennent d'Afrique": round 39's rule that dropped it was not kept).
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
        ("Des victimes de la traite ont été identifiées en Hongrie et en Autriche.", "fr",
         {(_HT, None, "HU"), (_HT, None, "AT")}),
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
        # goods found with no word of movement: no end; an origin's region around the end
        # told just before keeps it
        (_LY_FR + "Des missiles ont été retrouvés au Tchad et au Mali.", "fr",
         {("weapons", "LY", None)}),
        ("La police a démantelé un réseau de trafic de cocaïne. De la cocaïne a été découverte "
         "en Espagne et au Portugal.", "fr", set()),
        ("Le rapport décrit un trafic d'armes vers le Tchad. La plupart des armes proviennent "
         "d'Afrique.", "fr", {("weapons", "Africa", "TD")}),
        ("Le rapport décrit les flux financiers vers Dubaï. Les enquêteurs ont été reçus en "
         "Belgique.", "fr", set()),
    ],
)  # fmt: skip
def test_round40_fnfrc2_people_found_there(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
