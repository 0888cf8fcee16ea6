"""Round 36e of the extractor for real English and French prose: false candidates, sentences
that tell no illicit movement, as a table of sentences written for the tests (not taken from
the gold corpus) -> (category, origin, destination):

- the extent of a place is no movement: "a highway that runs from Alaska to Tierra del Fuego",
  "a tunnel spanning 600 metres from Mexico to California", "le golfe d'Oman, qui s'étend du
  détroit d'Ormuz jusqu'à l'océan Indien".
- Western allies arming Kyiv is lawful: "les Occidentaux continuent d'envoyer des armes à
  Kiev" (as "les alliés occidentaux envoient" already was).
- a hub, or a "plaque tournante", the sentence gives no way into or out of is neither an origin
  nor a destination ("Northern Greece is an important hub for smuggling of migrants"); with a
  way ("a hub for smuggling from Turkey to Germany") the flow is read as before.
- the country where the company holding an account is registered is a paper address, not where
  the money went ("accounts ... in the name of companies registered in the British Virgin
  Islands"); money wired to companies registered there still goes there.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Smugglers move migrants through the Darien Gap. The gap is the only break in the Pan "
         "American Highway, a network of roads that runs from Alaska to Tierra del Fuego.", "en",
         set()),
        # guard: a walk from one country to the other is a movement
        ("Smugglers move migrants through the Darien Gap. Migrants walk from Colombia to Panama "
         "through the jungle.", "en", {("migrant_smuggling", "CO", "PA")}),
        ("La marine a saisi des armes iraniennes. La saisie a eu lieu dans le golfe d'Oman, une "
         "étendue d'eau qui s'étend du détroit d'Ormuz jusqu'à la mer d'Oman et l'océan Indien.",
         "fr", {("weapons", "IR", None)}),
        # guard: arms leaving a country for another by that gulf still move
        ("La marine a saisi des armes iraniennes. Les armes partaient d'Iran vers le Yémen par "
         "le golfe d'Oman.", "fr", {("weapons", "IR", "YE")}),
        ("Les armes envoyées en Ukraine finiront entre les mains de criminels. Les Occidentaux "
         "continuent d'envoyer du matériel de guerre à Kiev.", "fr",
         {("weapons", None, "UA")}),
        # guard: traffickers sending arms to Kyiv are no allies
        ("Les armes envoyées en Ukraine finiront entre les mains de criminels. Les trafiquants "
         "continuent d'envoyer des armes à Kiev.", "fr",
         {("weapons", None, "UA"), ("weapons", None, "Kyiv")}),
        ("Northern Greece is an important hub for smuggling of migrants.", "en", set()),
        # guard: a hub with a way in and out
        ("Northern Greece is an important hub for smuggling of migrants from Turkey to Germany.",
         "en", {("migrant_smuggling", "TR", "DE")}),
        ("L'Afrique de l'Ouest est devenue une plaque tournante du trafic de résine de cannabis.",
         "fr", set()),
        # guard: a "plaque tournante" with a destination
        ("L'Afrique de l'Ouest est devenue une plaque tournante du trafic de cocaïne vers "
         "l'Europe.", "fr", {("drugs", "West Africa", "Europe")}),
        ("The bribe money was laundered and wired into accounts at a bank in London held in the "
         "name of companies registered in the British Virgin Islands.", "en",
         {("illicit_finance", None, "London")}),
        # guard: money wired to the companies goes where they are registered
        ("The bribe money was laundered and wired to companies registered in the British Virgin "
         "Islands.", "en", {("illicit_finance", None, "VG")}),
    ],
)  # fmt: skip
def test_round36e_fp_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
