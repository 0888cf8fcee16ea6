"""Round 49 (SENTMISS) of flows stated inside one sentence, as a table of sentences written
for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"):

- the soldiers or security forces of a town who seize goods ("les forces de sécurité de la
  ville d'Ingal ont saisi une cargaison d'armes convoyée depuis la Libye", "les militaires de
  Gao") seize them there, like "les gendarmes de Lille": the town is where the goods went,
  not where they came from (ANNOTATION.md: a place of seizure ends the movement). The
  agents of a country ("les forces de sécurité de la Libye") keep today's reading.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the security forces or soldiers of a town seize there
        ("Les forces de sécurité d'Agadez ont saisi une cargaison d'armes convoyée depuis la "
         "Libye.", "fr", {("weapons", "LY", "Agadez")}),
        ("Les militaires de Gao ont saisi des armes de contrebande en provenance d'Algérie.", "fr",
         {("weapons", "DZ", "Gao")}),
        ("Les soldats de Tombouctou ont saisi des armes de contrebande venues de Libye.", "fr",
         {("weapons", "LY", "Timbuktu")}),
        # guards: today's readings ("gendarmes de", "garde-côtes de", the English "in": the
        # place of seizure; a country's agents)
        ("Les garde-côtes de Lampedusa ont intercepté un bateau de migrants parti de Sfax.", "fr",
         {("migrant_smuggling", "Sfax", "Lampedusa")}),
        ("Security forces in the town of Agadez seized a cache of weapons smuggled from Libya.",
         "en", {("weapons", "LY", "Agadez")}),
        ("Les gendarmes de Lille ont saisi 50 kg de cannabis en provenance d'Espagne.", "fr",
         {("drugs", "ES", "Lille")}),
        ("Les forces de sécurité de la Libye ont laissé passer des migrants vers l'Italie.", "fr",
         {("migrant_smuggling", None, "IT")}),
        ("Les soldats de la Libye ont reçu des armes de la Turquie.", "fr", set()),
    ],
)  # fmt: skip
def test_round49_sentmiss_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
