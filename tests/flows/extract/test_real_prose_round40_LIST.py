"""Round 40 (LIST) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination): the
items of a list of origins or destinations that the list lost on the way (several origins or
destinations, several flows, ANNOTATION.md).

- a bracket of finer places closes and the list goes on: "d'Europe de l'Est (de Roumanie, de
  Hongrie), du Brésil et de Thaïlande", "from Eastern Europe (Romania, Bulgaria), Brazil and
  Nigeria": the places after the bracket take the role of the region the bracket details, as
  the places inside it do;
- the next item of a list is named with its kind of place: "from the Haitian capital of
  Port-au-Prince and the northern city of Cap-Haitien", "vers Lampedusa et la ville sicilienne
  d'Agrigente", "to Lampedusa and the Sicilian port of Augusta" (as the second side of a
  "between" already was).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bracket of finer places, then the list goes on
        (
            "Les femmes exploitées à Genève venaient d'Europe de l'Est (de Roumanie, de Hongrie), "
            "du Brésil et de Thaïlande.",
            "fr",
            {("human_trafficking", c, "Geneva") for c in ("RO", "HU", "BR", "TH")},
        ),
        (
            "Les victimes identifiées à Zurich arrivent d'Afrique de l'Ouest "
            "(du Nigeria, du Ghana), de Chine et du Brésil.",
            "fr",
            {("human_trafficking", c, "Zürich") for c in ("NG", "GH", "CN", "BR")},
        ),
        (
            "The women trafficked to Milan came from Eastern Europe "
            "(Romania, Bulgaria), Brazil and Nigeria.",
            "en",
            {("human_trafficking", c, "Milan") for c in ("RO", "BG", "BR", "NG")},
        ),
        # guard: after the bracket, no list but another leg; today's reading stays
        (
            "The women trafficked to Milan came from Eastern Europe (Romania, Bulgaria) and were "
            "sold on to Germany.",
            "en",
            {("human_trafficking", "RO", "Milan"), ("human_trafficking", "BG", "DE")},
        ),
        # the next item named with its kind of place
        (
            "The migrants came from the Haitian capital of Port-au-Prince and the northern city of "
            "Cap-Haitien and were trying to reach Miami.",
            "en",
            {
                ("migrant_smuggling", "Port-au-Prince", "Miami"),
                ("migrant_smuggling", "Cap-Haïtien", "Miami"),
            },
        ),
        (
            "Les passeurs acheminaient les migrants depuis la Libye vers Lampedusa et la ville "
            "sicilienne d'Agrigente.",
            "fr",
            {("migrant_smuggling", "LY", "Lampedusa"), ("migrant_smuggling", "LY", "Agrigento")},
        ),
        (
            "Smugglers took the migrants from Libya to Lampedusa and the Sicilian port of Augusta.",
            "en",
            {("migrant_smuggling", "LY", "Lampedusa"), ("migrant_smuggling", "LY", "Augusta")},
        ),
    ],
)
def test_round40_list_flows(extractor, text: str, lang: str, expected: set) -> None:  # noqa: F811
    assert _flows(extractor, text, lang) == expected
