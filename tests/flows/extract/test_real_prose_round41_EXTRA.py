"""Round 41 (EXTRA) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination): an
origin over-generated from where people were stopped.

- people named by a passport noun right after a verb of arrest ("arrested 50 Ethiopian
  nationals") were read as the accused, so the flow started where the police stopped them
  ("Police in Nairobi", "in Nairobi" -> Kenya); when the words after the list say they were
  being moved ("as they were being smuggled to South Africa", "qui étaient conduits vers la
  Libye"), they are the people moved and their country is the origin (ANNOTATION.md: "Nigerian
  women brought to Italy" has origin Nigeria), the place of arrest is on the way.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police in Kisumu over the weekend arrested 38 Somali nationals as they were being "
         "smuggled to South Africa.", "en", {("migrant_smuggling", "SO", "ZA")}),
        ("Police in Kisumu arrested 38 Somali nationals being smuggled to South Africa.", "en",
         {("migrant_smuggling", "SO", "ZA")}),
        ("Officers arrested 38 Somali nationals in Kisumu as they were being smuggled to South "
         "Africa.", "en", {("migrant_smuggling", "SO", "ZA")}),
        # guard: the same nationals said to smuggle others are the accused
        ("Police arrested three Iraqi nationals suspected of smuggling migrants from Turkey to "
         "Greece.", "en", {("migrant_smuggling", "TR", "GR")}),
        # guard: a nationality that is no passport noun was already the people moved
        ("Police in Kisumu arrested 38 Somali migrants being smuggled to South Africa.", "en",
         {("migrant_smuggling", "SO", "ZA")}),
        # guard: French, the nationality after the noun is read as before
        ("La police a arrêté à Agadez 40 ressortissants guinéens qui étaient conduits vers la "
         "Libye.", "fr", {("migrant_smuggling", "GN", "LY")}),
    ],
)  # fmt: skip
def test_round41_extra_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
