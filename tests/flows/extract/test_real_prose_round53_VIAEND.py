"""Round 53 (VIAEND) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows": the destination is the place the text says the goods were going to,
not a place they were stopped at on the way):

- a cue of destination cut by a short aside between commas ("à destination, encore une fois,
  de Cotonou", "à destination, selon les enquêteurs, des Pays-Bas", "bound, police said, for
  the Netherlands") still makes the place after it the destination. Until now the aside cut
  the cue: the place had no role, and the flow ended at the port where the goods were seized
  or found no end at all;
- guards: the cue without an aside keeps today's reading.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a destination cue past a short aside between commas
        ("La cocaïne saisie au Brésil voyageait à destination, disent les douaniers, de "
         "Cotonou.", "fr", {("drugs", "BR", "Cotonou")}),
        ("La police a saisi 2 tonnes de cocaïne à Anvers, à destination, selon les "
         "enquêteurs, des Pays-Bas.", "fr", {("drugs", "Antwerp", "NL")}),
        ("Customs seized two tonnes of cocaine in Antwerp that were bound, police said, for "
         "the Netherlands.", "en", {("drugs", "Antwerp", "NL")}),
        ("The cocaine, shipped from Ecuador, was bound, officials said, for Rotterdam.", "en",
         {("drugs", "EC", "Rotterdam")}),
        # guards: the cue without an aside keeps today's reading
        ("La cocaïne venait du Brésil et voyageait dans un conteneur à destination de "
         "Cotonou.", "fr", {("drugs", "BR", "Cotonou")}),
        ("Customs seized two tonnes of cocaine in Antwerp that were bound for the "
         "Netherlands.", "en", {("drugs", "Antwerp", "NL")}),
    ],
)  # fmt: skip
def test_round53_viaend_destination_past_an_aside(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
