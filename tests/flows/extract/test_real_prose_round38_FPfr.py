"""Round 38 (FPfr) of the extractor for real French prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination): the boats,
engines and nautical equipment that smugglers buy are goods, category ``other``
(ANNOTATION.md), when French says so with a verb of buying or supplying whose object is the
boats, or says the equipment arrives.

- "les passeurs achetaient des canots pneumatiques en Allemagne avant de les acheminer vers
  Calais", "des allers-retours entre Dunkerque et l'Allemagne pour acquérir du matériel
  nautique", "le matériel nautique arrive à Calais depuis l'Allemagne": the boats move, not
  migrants (these were false migrant-smuggling candidates, matching no flow of the gold);
- guards: boats the migrants are put into ("embarquaient les migrants dans des canots"), a
  place bought on a boat, and other things the smugglers supply keep the migrants' category.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les passeurs achetaient des canots pneumatiques en Allemagne avant de les acheminer "
         "vers Calais.", "fr", {("other", "DE", "Calais")}),
        ("L'enquête a révélé de nombreux allers-retours entre Dunkerque et l'Allemagne pour "
         "acquérir du matériel nautique.", "fr", {("other", "DE", "Dunkirk")}),
        ("Le matériel nautique arrive à Calais depuis l'Allemagne.", "fr",
         {("other", "DE", "Calais")}),
        # guard: the boats the migrants are put into carry migrants
        ("Les passeurs embarquaient les migrants dans des canots depuis Gravelines vers "
         "l'Angleterre.", "fr", {("migrant_smuggling", "Gravelines", "England")}),
        # guard: a place bought on a boat is the migrants' crossing
        ("Les migrants achetaient leur place à bord des bateaux en Libye pour rejoindre "
         "l'Italie.", "fr", {("migrant_smuggling", None, "IT")}),
        # guard: what else the smugglers supply is no boat
        ("Les passeurs fournissaient des faux papiers aux migrants conduits de Calais vers "
         "l'Angleterre.", "fr", {("migrant_smuggling", "Calais", "England")}),
    ],
)  # fmt: skip
def test_round38_fpfr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
