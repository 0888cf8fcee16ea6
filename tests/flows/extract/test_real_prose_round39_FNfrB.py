"""Round 39 (FNfrB) of the flows in real French (and English) prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

The pattern: a sentence that tells only where the people of a movement come from, a list of
origins opened by the people or a pronoun ("Les migrants étaient originaires du Mali, de la
Mauritanie et de la Guinée", "Elles étaient originaires de Roumanie et de Bulgarie", "Selon la
police, certains venaient du Mali", "The migrants were from Eritrea and Sudan"), right after
(two sentences at most) a sentence that told where people of the same category went. Those
people went there: one movement told over two sentences is one flow (ANNOTATION.md), one per
origin of the list. Before, each origin took the destination most of the document's flows
share (Spain, not the port of La Restinga they landed at). Read part: strict F1
0.587 -> 0.589 (5 flows right); fresh part: strict 0.446 = 0.446.

Guards: the perpetrators' origins ("Les passeurs étaient originaires de Gambie") take no
destination; nor an origin told more than two sentences after the arrival, nor one in the
country of the arrival; the document's shared end stays for the rest.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_A = (
    "Des passeurs font partir des pirogues de Mbour vers l'Espagne. D'autres pirogues "
    "partent de Nouadhibou vers l'Espagne. "
)
_B = (
    "Un réseau de traite envoie des femmes de Lagos vers l'Italie. D'autres victimes sont "
    "envoyées de Benin City vers l'Italie. "
)
_C = "Smugglers send boats from Sfax to Italy. Other boats leave Zuwara for Italy. "
_STORY_A = {
    ("migrant_smuggling", "Mbour", "ES"),
    ("migrant_smuggling", "Nouadhibou", "ES"),
    ("migrant_smuggling", "Nouadhibou", "La Restinga"),
}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the people's origins, right after their arrival: they went where they arrived
        (_A + "Une pirogue transportant 150 migrants a accosté au port de La Restinga. Les "
         "migrants étaient originaires du Mali, de la Mauritanie et de la Guinée.", "fr",
         _STORY_A | {("migrant_smuggling", "ML", "La Restinga"),
                     ("migrant_smuggling", "MR", "La Restinga"),
                     ("migrant_smuggling", "GN", "La Restinga")}),
        (_B + "Douze femmes ont été conduites à Zurich par le réseau. Elles étaient "
         "originaires de Roumanie et de Bulgarie.", "fr",
         {("human_trafficking", "Lagos", "IT"), ("human_trafficking", "Benin City", "IT"),
          ("human_trafficking", "Benin City", "Zürich"),
          ("human_trafficking", "RO", "Zürich"), ("human_trafficking", "BG", "Zürich")}),
        (_A + "Quarante migrants ont débarqué à La Restinga. Selon la police, certains "
         "venaient du Mali et de Guinée.", "fr",
         _STORY_A | {("migrant_smuggling", "ML", "La Restinga"),
                     ("migrant_smuggling", "GN", "La Restinga")}),
        (_C + "Smugglers brought 80 migrants to Malta on Monday. The migrants were from "
         "Eritrea and Sudan.", "en",
         {("migrant_smuggling", "Sfax", "IT"), ("migrant_smuggling", "Sfax", "MT"),
          ("migrant_smuggling", "ER", "MT"), ("migrant_smuggling", "SD", "MT")}),
        # guards: the smugglers' origin is no end; no arrival told just before (the
        # document's shared end stays); an arrival three sentences back; an origin in the
        # arrival's country
        (_A + "Quarante migrants ont débarqué à La Restinga. Les passeurs étaient originaires "
         "de Gambie.", "fr", _STORY_A),
        (_A + "Les migrants étaient originaires du Mali.", "fr",
         {("migrant_smuggling", "Mbour", "ES"), ("migrant_smuggling", "Nouadhibou", "ES"),
          ("migrant_smuggling", "ML", "ES")}),
        (_A + "Quarante migrants ont débarqué à La Restinga. L'enquête a duré deux ans. Onze "
         "personnes ont été mises en examen. Les migrants étaient originaires du Mali.", "fr",
         _STORY_A | {("migrant_smuggling", "ML", "ES")}),
        (_A + "Quarante migrants ont débarqué à La Restinga. Certains venaient de Tenerife.",
         "fr", _STORY_A | {("migrant_smuggling", "Santa Cruz de Tenerife", None)}),
    ],
)  # fmt: skip
def test_round39_fnfrb_people_came_from(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
