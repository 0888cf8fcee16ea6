"""Round 51 (NOCAT) of flows in real French and English prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"):

- a sentence with no category word takes the category of the two sentences before, else the
  document's when it states a movement (``sentence_category.inherited_category``); places named
  as where boats or people set off ("des pays comme la Mauritanie ou le Maroc constituent des
  points de départ pour des centaines d'hommes ... en Europe", "departure points for hundreds
  of men hoping for a better life in Europe") state that movement as a verb would, so the
  sentence takes the document's category however far back its last category word was;
- guards: the same sentence with no word of departure, or in a document with no category,
  gives no flow.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# three sentences with no category word between the document's category and the sentence
_GAP_FR = (
    "Le trafic de migrants vers l'Espagne explose. Les autorités sont débordées. "
    "Les morts se comptent par dizaines. Le gouvernement hésite. "
)
_GAP_EN = (
    "Migrant smuggling to Spain is booming. The authorities are overwhelmed. "
    "Dozens have died. The government hesitates. "
)
_NO_CAT_FR = "La saison a commencé. Les autorités sont débordées. Les plages sont pleines. "
_NO_CAT_EN = "The season has begun. The authorities are overwhelmed. The beaches are full. "


@pytest.mark.parametrize(
    ("text", "lang", "flow", "present"),
    [
        # places said to be where people set off: the document's category, far back
        (
            _GAP_FR + "Des pays comme la Mauritanie ou le Maroc constituent des points de "
            "départ pour des centaines d'hommes qui espèrent un meilleur devenir en Europe.",
            "fr",
            ("migrant_smuggling", "MA", "Europe"),
            True,
        ),
        (
            _GAP_FR + "La Libye reste le principal point de départ de ceux qui espèrent une "
            "vie meilleure en Italie.",
            "fr",
            ("migrant_smuggling", "LY", "IT"),
            True,
        ),
        (
            _GAP_EN + "Mauritania and Morocco are departure points for hundreds of men hoping "
            "for a better life in Europe.",
            "en",
            ("migrant_smuggling", "MR", "Europe"),
            True,
        ),
        # guards: no word of departure, or a document with no category: no flow
        (
            _GAP_FR + "Des pays comme la Mauritanie ou le Maroc comptent des centaines "
            "d'hommes qui espèrent un meilleur devenir en Europe.",
            "fr",
            ("migrant_smuggling", "MR", "Europe"),
            False,
        ),
        (
            _GAP_EN + "Mauritania and Morocco have hundreds of men hoping for a better life "
            "in Europe.",
            "en",
            ("migrant_smuggling", "MR", "Europe"),
            False,
        ),
        (
            _NO_CAT_FR + "Des pays comme la Mauritanie ou le Maroc constituent des points de "
            "départ pour des centaines d'hommes qui espèrent un meilleur devenir en Europe.",
            "fr",
            ("migrant_smuggling", "MR", "Europe"),
            False,
        ),
        (
            _NO_CAT_EN + "Mauritania and Morocco are departure points for hundreds of men "
            "hoping for a better life in Europe.",
            "en",
            ("migrant_smuggling", "MR", "Europe"),
            False,
        ),
    ],
)
def test_departure_points_take_the_documents_category(
    extractor, text: str, lang: str, flow: tuple, present: bool
) -> None:
    assert (flow in _flows(extractor, text, lang)) is present
