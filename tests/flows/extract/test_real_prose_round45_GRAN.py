"""Round 45 (GRAN) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md: an endpoint is the most specific place the text gives for that movement):

- a seizure story names the country of a flow in the flow's sentence ("from Brazil to South
  Africa", "en provenance du Maroc") and, a sentence away, the port, harbour, airport or toll
  booth of a town of that country where the goods were seized ("seized ... at the port of
  Durban", "saisis à l'aéroport de Dakar", "intercepté au péage de Montauban"): that town is
  where the goods arrived (a destination country) or left from (an origin country), and it
  replaces the country (:mod:`flows.extract.seizure_sites`);
- guards: people trafficked keep the country (an airport where passports were checked is no
  end of the victims' journey), a port with no seizure beside it ("brought to the Sicilian port
  of Catania") changes nothing, nor do two towns of the country seized at, nor a port of
  another country, nor a flow of the same goods already told to or from that town (the
  country-wide flow is told apart: "Iran -> Beirut" beside "Iran -> Lebanon").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the town of the seizure ends the flow into its country ...
        ("Customs officers seized 300 kilograms of cocaine at the port of Durban on Monday. "
         "The container had been shipped from Brazil to South Africa.", "en",
         {("drugs", "BR", "Durban")}),
        ("Les douaniers ont saisi deux tonnes de cocaïne au port du Havre. Le conteneur venait "
         "de Colombie et était destiné à la France.", "fr", {("drugs", "CO", "Le Havre")}),
        ("The cocaine was seized at the port of Durban. The drugs were smuggled from Brazil to "
         "South Africa.", "en", {("drugs", "BR", "Durban")}),
        ("Un camion a été intercepté au péage de Montauban. Il transportait 400 kilos de résine "
         "de cannabis en provenance du Maroc vers la France.", "fr",
         {("drugs", "MA", "Montauban")}),
        # ... and starts the flow out of its country
        ("Police seized the cannabis resin in the northern port of Tangier on Tuesday. The "
         "truck was carrying the drugs from Morocco to Spain.", "en",
         {("drugs", "Tangier", "ES")}),
        ("Vingt kilos de cocaïne ont été saisis à l'aéroport de Dakar. La drogue devait partir "
         "du Sénégal vers la Belgique.", "fr", {("drugs", "Dakar", "BE")}),
        # guards: people trafficked keep the country
        ("Officers checked passports at Bamako airport and found twelve girls. The girls had "
         "been trafficked from Nigeria to Mali.", "en", {("human_trafficking", "NG", "ML")}),
        # a port with no seizure changes nothing (round 49: the coast guard carrying the
        # migrants to Catania is the state moving them, no flow; ANNOTATION.md)
        ("The migrants were brought to the Sicilian port of Catania on a coast guard vessel. "
         "They had been smuggled from Libya to Italy.", "en",
         {("migrant_smuggling", "LY", "IT")}),
        # a flow of the same goods already ends at the town: the country-wide one stays
        ("The shipment was intercepted at Durban harbour last week. The cocaine had been "
         "smuggled from Brazil into South Africa.", "en",
         {("drugs", "BR", "Durban"), ("drugs", "BR", "ZA")}),
        # two towns of the country: which one is unsaid
        ("Police seized cocaine at the port of Durban and at the port of Cape Town. The drugs "
         "were smuggled from Brazil to South Africa.", "en", {("drugs", "BR", "ZA")}),
        # a port of another country
        ("Police seized cocaine at the port of Antwerp. The drugs were smuggled from Colombia "
         "to France.", "en", {("drugs", "CO", "FR")}),
    ],
)  # fmt: skip
def test_round45_gran_seizure_site(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
