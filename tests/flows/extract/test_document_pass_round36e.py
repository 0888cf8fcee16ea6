"""Round 36e of the document pass, as a table of short documents written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a destination-only flow of migrants told in a sentence that sends them to other places too
  ("a fait entrer des migrants en Allemagne et en Roumanie", "moved them to Denver and Omaha")
  is the reach of a network: it no longer takes the origin the document's whole flows share
  (annotators leave it null). One destination alone still takes it, and so does a sentence
  whose other flows name their own origin.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_GAP_EN = "The investigation lasted three years. Prosecutors charged eleven people. "
_GAP_FR = "L'enquête a duré deux ans. Onze personnes ont été mises en examen. "
_STORY_FR = "Un réseau de passeurs faisait venir des migrants de Turquie en Grèce. " + _GAP_FR
_STORY_EN = "Smugglers moved migrants from Guatemala to Mexico. " + _GAP_EN


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (_STORY_FR + "Le procès s'ouvrira en mai. Le réseau aurait fait entrer 500 migrants en "
         "Allemagne et 300 en Roumanie.", "fr",
         {("migrant_smuggling", "TR", "GR"), ("migrant_smuggling", None, "DE"),
          ("migrant_smuggling", None, "RO")}),
        (_STORY_EN + "The trial opens in May. The migrants were then smuggled to Denver and "
         "Omaha.", "en",
         {("migrant_smuggling", "GT", "MX"), ("migrant_smuggling", None, "Denver"),
          ("migrant_smuggling", None, "Omaha")}),
        # guard: one destination alone takes the document's shared origin
        (_STORY_FR + "Le procès s'ouvrira en mai. Le réseau aurait fait entrer 500 migrants en "
         "Allemagne.", "fr",
         {("migrant_smuggling", "TR", "GR"), ("migrant_smuggling", "TR", "DE")}),
        # guard: the same in English
        (_STORY_EN + "The trial opens in May. The migrants were then smuggled to Denver.", "en",
         {("migrant_smuggling", "GT", "MX"), ("migrant_smuggling", "GT", "Denver")}),
    ],
)  # fmt: skip
def test_round36e_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
