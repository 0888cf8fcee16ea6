"""Round 36 of the document pass, as a table of short documents written for the tests (not taken
from the gold corpus) -> (category, origin, destination):

- people said to come from a continent or a bloc as wide ("People from Africa and Asia flew to
  Ecuador", "des migrants d'Afrique subsaharienne") are told by where they were born: a later
  leg of their journey with no origin of its own ("The gang shipped the migrants by boat to
  Panama") no longer starts from the continent, and takes its origin from the document's flows
  (annotators start it where the leg starts). A country of birth is still carried, and so is a
  continent goods come from ("cocaine from Latin America").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_ROUTE_EN = "Smugglers took migrants from Ecuador to the United States. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (_ROUTE_EN + "People from Africa and Asia flew to Ecuador. The gang shipped the migrants "
         "by boat to Panama.", "en",
         {("migrant_smuggling", "EC", "US"), ("migrant_smuggling", "Africa", "EC"),
          ("migrant_smuggling", "Asia", "EC"), ("migrant_smuggling", "EC", "PA")}),
        ("Un réseau faisait passer des migrants de Libye en Italie. Des migrants d'Afrique "
         "subsaharienne arrivaient en Libye par le désert. Le réseau les conduisait en bateau "
         "jusqu'à Lampedusa.", "fr",
         {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", "Sub-Saharan Africa", "LY"),
          ("migrant_smuggling", "LY", "Lampedusa")}),
        # guard: people from named countries take them as the origin of the later leg
        (_ROUTE_EN + "People from Nigeria and Ghana flew to Ecuador. The gang shipped the "
         "migrants by boat to Panama.", "en",
         {("migrant_smuggling", "EC", "US"), ("migrant_smuggling", "NG", "EC"),
          ("migrant_smuggling", "GH", "EC"), ("migrant_smuggling", "NG", "PA"),
          ("migrant_smuggling", "GH", "PA")}),
        # guard: goods from a continent still start their later leg there
        ("Traffickers smuggle cocaine from Latin America to Spain. The drug is hidden in "
         "containers of bananas. Some of it is shipped by truck to Belgium.", "en",
         {("drugs", "Latin America", "ES"), ("drugs", "Latin America", "BE")}),
    ],
)  # fmt: skip
def test_round36_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
