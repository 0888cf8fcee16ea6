"""Round 37 hT of the extractor for real English prose (precision), as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- the members of a network arrested in several countries at once ("More than forty arrested
  in Panama, Costa Rica raids", "Six arrested in Tonga, New Zealand") are a police operation,
  not a list of destinations; buyers arrested in several countries (ANNOTATION.md), or people
  arrested there with the goods, still end flows there.
- goods seized in the town they were leaving from ("Smuggled Ammo Seized at Oakland Port" over
  a shipment from Oakland to Mongolia, heroin "confiscated at Islamabad airport" on a flight
  from Islamabad to Jeddah) did not arrive there: no flow with no origin ends in that town.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Migrant smuggling ring broken up\n\nMore than forty people were arrested in Panama and "
         "Costa Rica in raids against migrant smuggling.", "en", set()),
        ("Drug ring broken up\n\nSix men were arrested in Tonga and New Zealand after "
         "methamphetamine was smuggled in a shipping container.", "en", set()),
        # guard: buyers arrested in several countries are where the goods went
        ("Arms trafficking ring dismantled\n\nClients of the traffickers were arrested in "
         "France, Germany and Belgium.", "en",
         {("weapons", None, "FR"), ("weapons", None, "DE"), ("weapons", None, "BE")}),
        # guard: people arrested in several countries with the goods tell seizures there
        ("Drug ring broken up\n\nTwo smugglers were arrested in Spain and Portugal with 40 "
         "kilograms of cocaine.", "en", {("drugs", None, "ES"), ("drugs", None, "PT")}),
        ("Smuggled ammunition seized at Oakland port\n\nThousands of rounds of ammunition were "
         "found hidden in cars that were to be shipped from Oakland to Mongolia.", "en",
         {("weapons", "Oakland", "MN")}),
        ("Smuggled heroin seized at Islamabad airport\n\nSecurity staff found heroin capsules on "
         "a passenger of a flight from Islamabad to Jeddah.", "en",
         {("drugs", "Islamabad", "Jeddah")}),
        # guard: goods seized in one town and shipped from another arrived where they were seized
        ("Smuggled ammunition seized at Oakland port\n\nThousands of rounds of ammunition were "
         "found hidden in cars that were shipped from Los Angeles to Mongolia.", "en",
         {("weapons", "Los Angeles", "MN"), ("weapons", None, "Oakland")}),
        # guard: goods smuggled into a town that then leave it arrived there (no seizure)
        ("Ammunition smuggled to Oakland\n\nThousands of rounds of ammunition were shipped from "
         "Oakland to Mongolia.", "en",
         {("weapons", "Oakland", "MN"), ("weapons", None, "Oakland")}),
    ],
)  # fmt: skip
def test_round37_hT_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
