"""Round 37 (hG) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- transit places taken as ends: words between two destinations that make the second the
  journey's end ("ending up in", "before reaching", "and finally arrived in", "en route to",
  "pour atteindre", "en direction de", "avant d'arriver") make the first a stop on the way,
  recorded as via of one flow, not the end of a flow of its own (ANNOTATION.md: `via` lists
  the transit places); a place where the people stayed or were taken over ("where", "où")
  stays a hub that ends one flow and starts the next.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Heroin was smuggled from Afghanistan into Kazakhstan, ending up in Russia.", "en",
         {("drugs", "AF", "RU")}),
        ("The migrants from Ethiopia were smuggled by boat to Yemen, and finally arrived in "
         "Saudi Arabia.", "en", {("migrant_smuggling", "ET", "SA")}),
        ("The Rohingya migrants were smuggled to Thailand before reaching Malaysia.", "en",
         {("migrant_smuggling", None, "MY")}),
        # guard: a place where the goods stayed is a hub, two flows
        ("Heroin was smuggled from Afghanistan into Kazakhstan, where it was stored before "
         "reaching Russia.", "en", {("drugs", "AF", "KZ"), ("drugs", "KZ", "RU")}),
        ("Des migrants syriens ont été acheminés clandestinement en Turquie pour atteindre la "
         "Grèce.", "fr", {("migrant_smuggling", "SY", "GR")}),
        ("Des passeurs ont fait entrer des migrants de Libye en Algérie en direction du Niger.",
         "fr", {("migrant_smuggling", "LY", "NE")}),
        # guard: where the migrants were lodged before going on is a hub, two flows
        ("Les migrants étaient acheminés en Essonne, où ils étaient hébergés avant de rejoindre "
         "la Grande-Bretagne.", "fr",
         {("migrant_smuggling", None, "Essonne"), ("migrant_smuggling", "Essonne", "GB")}),
    ],
)  # fmt: skip
def test_round37_hg_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
