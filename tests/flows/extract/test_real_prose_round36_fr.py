"""Round 36 of the extractor for real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- a place that "est devenu la principale porte d'entrée de la cocaïne en Europe", or one
  apposed to "devenu le premier point d'entrée", is where the goods arrive; the larger area
  named after "en" or "dans" is no second destination (where no place is named before the
  entry point, "les principales portes d'entrée en Europe sont ...", the area still is).
- "viennent de" and a verb ("les douaniers d'Hendaye viennent de réaliser une saisie") says
  what was just done, not where anything comes from: the place before is no destination.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Au fil des années, le port de Rotterdam est devenu la principale porte d'entrée de la "
         "cocaïne en Europe.", "fr", {("drugs", None, "Rotterdam")}),
        ("Partie du Pérou, la cocaïne arrive à Rotterdam, devenu la principale porte d'entrée de "
         "la drogue en Europe.", "fr", {("drugs", "PE", "Rotterdam")}),
        # guard: no place named before the entry points, the area after "en" is where they go
        ("Les principales portes d'entrée de la cocaïne en Europe sont les ports du Nord.",
         "fr", {("drugs", None, "Europe")}),
        ("Les douaniers d'Hendaye viennent de réaliser une saisie de cocaïne.", "fr", set()),
        # guard: "vient de" and a place is where the goods come from
        ("La cocaïne saisie à Anvers vient de Colombie.", "fr", {("drugs", "CO", "Antwerp")}),
    ],
)  # fmt: skip
def test_round36_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
