"""Round 37 (hE) of the document pass, as a table of short documents written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- an origin country carried from another sentence gives way to a town of it that another flow
  of the same goods leaves from, on the way to the same destination ("heroin smuggled from the
  port of Gwadar to Tanzania" ... "the heroin came from Pakistan" ... "dhows had entered
  Tanzania": one movement, from Gwadar). A town that flows to another place, or that is named
  only as where someone lives, leaves the carried country alone.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Heroin smuggled from the port of Gwadar was taken to Tanzania on dhows. The accused "
         "said the heroin came from Pakistan. About 25 such dhows had entered Tanzania between "
         "March and May.", "en",
         {("drugs", "Gwadar", "TZ")}),
        ("Le cannabis est parti de Tanger à bord d'un camion vers l'Espagne. Selon la police, la "
         "drogue venait du Maroc. Le camion est arrivé en Espagne lundi.", "fr",
         {("drugs", "Tangier", "ES")}),
        # guard: the town's flow goes elsewhere: another movement, the country stays
        ("Heroin smuggled from the port of Gwadar was taken to Kenya on dhows. The accused said "
         "the heroin came from Pakistan. About 25 such dhows had entered Tanzania between March "
         "and May.", "en",
         {("drugs", "Gwadar", "KE"), ("drugs", "PK", "TZ")}),
        # guard: the same in French, to France from Tangier, to Spain from Morocco
        ("Le cannabis est parti de Tanger à bord d'un camion vers la France. Selon la police, la "
         "drogue venait du Maroc. Le camion est arrivé en Espagne lundi.", "fr",
         {("drugs", "Tangier", "FR"), ("drugs", "MA", "ES")}),
        # guard: the town named only as where the driver lives is no origin
        ("Le cannabis saisi venait du Maroc, selon la police. Le camion est arrivé en Espagne "
         "lundi. Le chauffeur habite à Tanger depuis dix ans.", "fr",
         {("drugs", "MA", "ES")}),
    ],
)  # fmt: skip
def test_round37_he_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
