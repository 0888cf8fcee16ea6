"""Round 55 (RAIDS) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"):

- the town or country a police force is named after ("la police de Naples", "la brigade des
  mineurs de Lyon", "the police of Lagos") is where the police works, not where the people or
  goods set off from: the origin is left open, for the document to complete (the nationality
  of those moved) or null;
- towns where the police searched homes ("douze perquisitions à Namur, Dinant et Ciney",
  "house searches in Leeds, Bradford and Hull") end no flow when nothing says where the goods
  came from (a raid's place still does: round 23, "raids were made in St. Paul's Bay");
- guards: a customs brigade's port still starts the goods it saw leave ("la brigade des douanes
  de Calais ... partir de Calais vers l'Irlande"), a place searched still ends goods that came
  from elsewhere, and "police in Bosnia seized heroin bound for Sweden" keeps its origin.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a police's home starts nothing; the nationality of those moved does
        ("Selon les enquêteurs de la brigade des mineurs de Lyon, les jeunes Roumaines "
         "victimes de la traite étaient conduites en voiture vers Madrid et Milan.", "fr",
         {("human_trafficking", "RO", "Madrid"), ("human_trafficking", "RO", "Milan")}),
        ("Selon la police de Naples, les jeunes Nigérianes étaient ensuite conduites vers "
         "Paris et Bruxelles.", "fr",
         {("migrant_smuggling", "NG", "Paris"), ("migrant_smuggling", "NG", "Brussels")}),
        ("According to the police of Lagos, the young women were then taken to Rome and "
         "Turin.", "en",
         {("migrant_smuggling", None, "Rome"), ("migrant_smuggling", None, "Turin")}),
        # towns searched, with no origin: no flow
        ("Les policiers ont mené douze perquisitions à Namur, Dinant et Ciney dans une "
         "affaire de trafic de cocaïne.", "fr", set()),
        ("Les enquêteurs ont mené 9 perquisitions à Liège et à Huy dans un dossier de "
         "trafic d'héroïne.", "fr", set()),
        ("Police carried out house searches in Leeds, Bradford and Hull in a cocaine "
         "trafficking case.", "en", set()),
        # guards
        ("D'après la brigade criminelle de Marseille, les migrants partaient de Libye vers "
         "l'Italie.", "fr", {("migrant_smuggling", "LY", "IT")}),
        ("La brigade des douanes de Calais a saisi des armes qui devaient partir de Calais "
         "vers l'Irlande.", "fr", {("weapons", "Calais", "IE")}),
        ("Les armes venaient de Serbie et ont été saisies lors d'une perquisition à Lyon.",
         "fr", {("weapons", "RS", "Lyon")}),
        ("Police in Bosnia seized heroin bound for Sweden.", "en", {("drugs", "BA", "SE")}),
    ],
)  # fmt: skip
def test_round55_raids_police_places(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
