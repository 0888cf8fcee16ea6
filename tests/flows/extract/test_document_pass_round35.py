"""Round 35 of the document pass, as a table of short documents written for the tests (not taken
from the gold corpus) -> (category, origin, destination):

- a destination-only flow told by a count of thousands of people over a period ("En tout,
  22 000 migrants sont arrivés aux Canaries depuis janvier", "More than 170,000 migrants
  crossed the Mediterranean to Italy last year", "le nombre de migrants arrivés aux Canaries")
  is a general statistic, not the movement of the network the story tells: it no longer takes
  the origin the document's whole flows share (annotators leave it null). A count of one boat's
  people ("196 migrants") is still the story's movement and still takes it.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# sentences with no place between the network's whole flow and the half-flow: further back than
# the sentences the rules look at for a source, so only the document's shared origin can fill it
_GAP_EN = "The investigation lasted three years. Prosecutors charged eleven people. "
_GAP_FR = "L'enquête a duré deux ans. Onze personnes ont été mises en examen. "
_STORY_FR = "Un réseau de passeurs faisait venir des migrants du Sénégal en Espagne. " + _GAP_FR
_STORY_EN = "Smugglers moved migrants from Libya to Malta. " + _GAP_EN


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (_STORY_FR + "Le procès s'ouvrira en mai. En tout, 22 000 migrants sont arrivés aux "
         "Canaries depuis janvier.", "fr",
         {("migrant_smuggling", "SN", "ES"), ("migrant_smuggling", None, "Canary Islands")}),
        (_STORY_FR + "Le procès s'ouvrira en mai. Le nombre de migrants arrivés aux Canaries a "
         "doublé cette année.", "fr",
         {("migrant_smuggling", "SN", "ES"), ("migrant_smuggling", None, "Canary Islands")}),
        (_STORY_EN + "The trial opens in May. More than 170,000 migrants crossed the "
         "Mediterranean to Italy last year.", "en",
         {("migrant_smuggling", "LY", "MT"), ("migrant_smuggling", None, "IT")}),
        # guard: one boat's people are the story's movement, and take its origin
        (_STORY_FR + "Le procès s'ouvrira en mai. Dimanche, 196 migrants sont arrivés aux "
         "Canaries.", "fr",
         {("migrant_smuggling", "SN", "ES"), ("migrant_smuggling", "SN", "Canary Islands")}),
        # guard: the same in English
        (_STORY_EN + "The trial opens in May. A boat with 106 migrants reached Italy last week.",
         "en", {("migrant_smuggling", "LY", "MT"), ("migrant_smuggling", "LY", "IT")}),
    ],
)  # fmt: skip
def test_round35_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
