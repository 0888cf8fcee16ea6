"""Round 37 (hC) of the extractor for real French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- a person arrested, then transferred by the police, is no trafficking movement: "arrêtée à
  Goma puis transférée à Kinshasa", "les deux suspects ont été transférés en Martinique"
  (goods the traffickers transfer still move).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Une Congolaise, soupçonnée de trafic d'armes, a été arrêtée à Goma puis transférée à "
         "Kinshasa.", "fr", set()),
        ("Les deux suspects, soupçonnés de trafic de cocaïne, ont été transférés en Martinique.",
         "fr", set()),
        # guard: goods the traffickers transfer somewhere still go there
        ("Les trafiquants ont transféré les armes en Martinique.", "fr",
         {("weapons", None, "MQ")}),
    ],
)  # fmt: skip
def test_round37_hc_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
