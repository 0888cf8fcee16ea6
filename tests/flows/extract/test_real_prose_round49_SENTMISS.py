"""Round 49 (SENTMISS) of flows stated inside one sentence, as a table of sentences written
for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"):

- the soldiers or security forces of a town who seize goods ("les forces de sécurité de la
  ville d'Ingal ont saisi une cargaison d'armes convoyée depuis la Libye", "les militaires de
  Gao") seize them there, like "les gendarmes de Lille": the town is where the goods went,
  not where they came from (ANNOTATION.md: a place of seizure ends the movement). The
  agents of a country ("les forces de sécurité de la Libye") keep today's reading;
- a place that is a hub or a route for goods from the place named next is where they arrive
  ("l'Iran est l'une des principales voies d'acheminement de l'héroïne en provenance
  d'Afghanistan", "the UAE has become a hub for the trafficking of girls from Uganda"): the
  hub ends the movement (ANNOTATION.md); with a way on ("from Colombia to Europe") or no
  "from" it stays on the way, as today.
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
def test_round49_sentmiss_seized_by_forces_of_a_town(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("L'Iran est l'une des principales voies d'acheminement de l'héroïne en provenance "
         "d'Afghanistan.", "fr", {("drugs", "AF", "IR")}),
        ("La Guinée-Bissau est devenue une plaque tournante de la cocaïne en provenance de "
         "Colombie.", "fr", {("drugs", "CO", "GW")}),
        ("The United Arab Emirates has of late become a hub for the trafficking of girls from "
         "Uganda.", "en", {("human_trafficking", "UG", "AE")}),
        ("Iran is the main route for heroin smuggled from Afghanistan.", "en",
         {("drugs", "AF", "IR")}),
        # guards: a way on, or no "from": today's readings
        ("Guinea-Bissau is a hub for cocaine from Colombia to Europe.", "en",
         {("drugs", "CO", "Europe")}),
        ("La Guinée-Bissau est une plaque tournante de la cocaïne en provenance de Colombie vers "
         "l'Europe.", "fr", {("drugs", "CO", "Europe")}),
        ("La Belgique est une plaque tournante des armes illégales.", "fr", set()),
        ("Agadez is a smuggling hub in the Sahara.", "en", set()),
    ],
)  # fmt: skip
def test_round49_sentmiss_hub_for_goods_from(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
