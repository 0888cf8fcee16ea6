"""Round 37 (hH) of the extractor for real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- the noun of the movement, the goods, then where they come from is an origin: "l'arrivée
  d'armes du Soudan", "l'arrivée de combattants étrangers et d'armes, principalement du
  Soudan" (as the verb does: "des armes arrivées du Soudan").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selon le rapport sur le trafic d'armes, l'arrivée d'armes du Tchad a renforcé les "
         "rebelles.", "fr", {("weapons", "TD", None)}),
        ("Les combats ont été nourris par l'arrivée de mercenaires et d'armes, principalement "
         "du Tchad, selon le rapport sur le trafic d'armes.", "fr", {("weapons", "TD", None)}),
        # guard: the arrival of goods somewhere ("au") is where they go, not where they come from
        ("Le rapport sur le trafic d'armes note l'arrivée d'armes au Soudan.", "fr",
         {("weapons", None, "SD")}),
        # guard: the arrival of other things than goods or people moved gives no origin
        ("Le trafic d'armes a été nourri par l'arrivée de nombreux convois du Tchad.", "fr",
         set()),
    ],
)  # fmt: skip
def test_round37_hh_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
