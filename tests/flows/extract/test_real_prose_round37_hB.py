"""Round 37 (helper hB) of the extractor for real French prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination):

- capitals named as a class before the list of them are where people or goods were taken:
  "convoyés par la route dans des grandes capitales comme Londres, Athènes ou Rome" (the
  place filler of the cues knew "capitale" and "villes", not "capitales"); where networks
  merely thrive ("prospèrent dans les grandes capitales d'Afrique de l'Ouest") is no flow.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des enfants roumains, victimes de traite, étaient conduits en car dans des capitales "
         "comme Madrid ou Vienne pour y mendier.", "fr",
         {("human_trafficking", "RO", "Madrid"), ("human_trafficking", "RO", "Vienna")}),
        # guard: networks thriving in capitals move nothing there
        ("Des réseaux de trafic de cocaïne prospèrent dans les grandes capitales d’Afrique de "
         "l’Ouest.", "fr", set()),
    ],
)  # fmt: skip
def test_round37_hb_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
