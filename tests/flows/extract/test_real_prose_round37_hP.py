"""Round 37 (hP) of the extractor for real French prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination):

- a route "entre" France (the country the French press writes from) and a foreign place brings
  the goods or people into France ("un réseau de passeurs entre la France et l'Italie", "les
  allers-retours se faisaient entre Lille et la Belgique"), unless they go on beyond it
  ("entre la France et le Royaume-Uni") or are money ("blanchiment entre la France et le
  Maroc" leaves France).
- the place a sentence singles out after a coarser one ("pour rejoindre l'Europe et en
  particulier l'Italie") is the end; a list of members after "de" stays a list of origins.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La gendarmerie a démantelé une filière de passeurs entre la France et l'Italie.", "fr",
         {("migrant_smuggling", "IT", "FR")}),
        ("Les allers-retours se faisaient entre Lille et la Belgique pour la cocaïne.", "fr",
         {("drugs", "BE", "Lille")}),
        # guard: migrants taken on to a country beyond France go there
        ("La gendarmerie a démantelé une filière de passeurs entre la France et le "
         "Royaume-Uni.", "fr", {("migrant_smuggling", "FR", "GB")}),
        # guard: money between France and a foreign country leaves France
        ("Les enquêteurs ont mis au jour un circuit de blanchiment entre la France et le "
         "Maroc.", "fr", {("illicit_finance", "FR", "MA")}),
        ("Des milliers de clandestins ont traversé cette mer pour rejoindre l'Europe et en "
         "particulier l'Italie.", "fr", {("migrant_smuggling", None, "IT")}),
        # guard: the members of a region after "de" stay a list of origins
        ("Les victimes de la traite en Suisse viennent d'Europe de l'Est, en particulier de la "
         "Roumanie et de la Bulgarie.", "fr",
         {("human_trafficking", "RO", "CH"), ("human_trafficking", "BG", "CH")}),
    ],
)  # fmt: skip
def test_round37_hp_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
