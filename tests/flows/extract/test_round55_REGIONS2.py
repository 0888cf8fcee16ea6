"""Round 55 (REGIONS2): regions and seas as places and flow ends, as tables of sentences written
for the tests (not taken from the gold corpus).

New supplement places (``geodata/data/supplement.yaml``): straits where boats are stopped
(Torres Strait, Sunda Strait, Saibai Island), regions within a state that news names as a
source or a way (South Ossetia, the North Caucasus and its adjective "North-Caucasian",
Karamoja, Damagaram, Peninsular Malaysia, the US Mid-Atlantic, the Greater Toronto Area),
islands and hills (Hispaniola, the Pelagie Islands, the Nuba Mountains). Two readings of the
scanner: a three-letter region after a compass adjective ("the northern Rif"), and a hyphenated
lower-case word ending a name ("Europe du sud-est").

Left out: "GTA" (annotators give the towns' flows to Canada), "Rias Baixas" (the coast's region,
Galicia, is the end the flows already take), the Bay of Pemba (the town of Pemba already ends
those flows; the bay cost one right flow on unseen texts), a bare "Métropole" (also the
lower-case common noun and hotels' names).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The boat went down the Sunda Strait towards Christmas Island.", "en",
         ("Sunda Strait", "Sunda Strait")),
        ("Rifles were carried through the Torres Strait by dinghy.", "en",
         ("Torres Strait", "Torres Strait")),
        ("Guns bought in Georgia crossed South Ossetia on their way north.", "en",
         ("South Ossetia", "South Ossetia")),
        ("Les armes ont traversé l'Ossétie du Sud avant d'entrer en Russie.", "fr",
         ("Ossétie du Sud", "South Ossetia")),
        ("The rifles were for fighters in the North-Caucasian region, officials said.", "en",
         ("North-Caucasian", "North Caucasus")),
        ("Teenage girls from the Karamoja region were sent to the Gulf.", "en",
         ("Karamoja", "Karamoja")),
        ("Zinder, capitale du Damagaram, est un carrefour vers le Nigeria.", "fr",
         ("Damagaram", "Damagaram")),
        ("The boat landed on the west coast of Peninsular Malaysia at night.", "en",
         ("Peninsular Malaysia", "Peninsular Malaysia")),
        ("Customs officers of the Mid-Atlantic region seized the pistols.", "en",
         ("Mid-Atlantic", "Mid-Atlantic")),
        ("The pistols were resold across the Greater Toronto Area.", "en",
         ("Greater Toronto Area", "Greater Toronto Area")),
        ("Haiti and the Dominican Republic share the island of Hispaniola.", "en",
         ("Hispaniola", "Hispaniola")),
        ("Les rescapés ont été conduits vers la plus grande des îles Pélagie.", "fr",
         ("îles Pélagie", "Pelagie Islands")),
        ("Clashes went on in the remote Nuba mountains of Sudan.", "en",
         ("Nuba mountains", "Nuba Mountains")),
        # a three-letter region after a compass adjective
        ("Most cannabis grows in the poor northern Rif region.", "en", ("Rif", "Rif")),
        # a hyphenated compass word closing a French name in lower case
        ("Les saisies d'héroïne restent rares en Europe du sud-est.", "fr",
         ("Europe du sud-est", "South-Eastern Europe")),
        ("La méthamphétamine arrive d'Asie du sud-est par conteneurs.", "fr",
         ("Asie du sud-est", "South-East Asia")),
    ],
)  # fmt: skip
def test_round55_region_and_sea_places(extractor, text, lang, expected):
    assert expected in _places(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # "GTA" is no place of its own; "mid-Atlantic" in lower case is the ocean's middle
        ("The guns were sold in Toronto and the GTA.", "en", "GTA"),
        ("The yacht was boarded in the mid-Atlantic by the navy.", "en", "mid-Atlantic"),
        # a short word after a compass adjective is still no town
        ("The northern Ain river flooded.", "en", "Ain"),
    ],
)
def test_round55_not_places(extractor, text, lang, absent):
    assert all(surface != absent for surface, _ in _places(extractor, text, lang))


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A villager from Morobe was arrested as he tried to move three firearms from Saibai "
         "Island in the Torres Strait into Daru.",
         "en", ("weapons", "Saibai Island", "Daru")),
        # a region crossed on the way is no end
        ("The guns were bought in Georgia and then smuggled into Russia across South Ossetia.",
         "en", ("weapons", "GE", "RU")),
        ("Les armes achetées en Géorgie ont été introduites clandestinement en Russie via "
         "l'Ossétie du Sud.", "fr", ("weapons", "GE", "RU")),
    ],
)  # fmt: skip
def test_round55_region_and_sea_flows(extractor, text, lang, expected):
    assert expected in _flows(extractor, text, lang)
