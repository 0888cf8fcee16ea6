"""Round 37 hV (drug flows, French) of the extractor for real prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- where officers "ont trouvé" drugs is where they were seized, as "ont découvert": the place
  ends the flow whose origin the next sentence gives ("Les agents affectés au port de
  Montréal ont trouvé 370 kg de cocaïne. La drogue était dans un conteneur arrivant du
  Mexique"); not "se trouve à" (where a place lies) nor "ont trouvé la mort" (where people
  died).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les douaniers affectés au port de Montréal ont trouvé 200 kg de cocaïne dans un "
         "conteneur. La drogue était cachée dans des rouleaux d'acier arrivant du Mexique.", "fr",
         {("drugs", "MX", "Montréal")}),
        # guard: a town that lies somewhere is no place of seizure
        ("Le village se trouve à quelques kilomètres de Montréal. La drogue était cachée dans "
         "des rouleaux d'acier arrivant du Mexique.", "fr",
         {("drugs", "MX", None)}),
    ],
)  # fmt: skip
def test_round37_hv_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
