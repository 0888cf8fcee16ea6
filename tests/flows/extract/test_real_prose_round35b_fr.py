"""Round 35 (second wave) of the extractor for real French prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination):

- the administrative units of North African news are units as "province" is: goods seized
  "dans la wilaya d'Illizi" end there, migrants "originaires de la localité de Sidi Kacem"
  come from there (also "gouvernorat", "provinces" in the plural, "governorate").
- a list of places goes on after "et même", "ou même", "voire plus loin", "and even (further)":
  "en Guinée, au Sénégal et même en Espagne", "jusqu'à Perpignan, voire plus loin en Europe",
  "to India and even Kenya".
- a smuggler's price named per destination says where the migrants go: "2400 francs pour
  l'Italie, 3500 pour la Suisse" (not a share: "40 % pour l'Italie").
- a ban on sending people somewhere ("un décret interdit l'envoi de ressortissants malgaches
  vers les pays du Golfe") names where no one may go: no destination, the moved people still
  come from where they are from (the network that organises the sending still sends).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des armes de guerre en provenance de Libye ont été saisies par l'armée dans la wilaya "
         "d'Illizi.", "fr", {("weapons", "LY", "Illizi")}),
        ("Les passeurs ont fait venir en Espagne des migrants originaires de la localité de "
         "Sidi Kacem.", "fr", {("migrant_smuggling", "Sidi Kacem", "ES")}),
        # guard: a governorate that speaks sends no one
        ("Le gouvernorat de Médenine a publié un communiqué sur les migrants arrivés en Italie.",
         "fr", {("migrant_smuggling", None, "IT")}),
        ("Les enfants bissau-guinéens sont exploités dans la vente de rue, en Guinée, au Sénégal "
         "et même en Espagne.", "fr",
         {("human_trafficking", "GW", "GN"), ("human_trafficking", "GW", "SN"),
          ("human_trafficking", "GW", "ES")}),
        ("Des enfants béninois sont vendus au Nigeria, au Togo ou même au Gabon.", "fr",
         {("human_trafficking", "BJ", "NG"), ("human_trafficking", "BJ", "TG"),
          ("human_trafficking", "BJ", "GA")}),
        ("Les migrants étaient récupérés en Catalogne avant d'être conduits jusqu'à Perpignan, "
         "voire plus loin en Europe.", "fr",
         {("migrant_smuggling", "Catalonia", "Perpignan"),
          ("migrant_smuggling", "Catalonia", "Europe")}),
        ("Girls from Nepal were trafficked to India and even Kenya.", "en",
         {("human_trafficking", "NP", "IN"), ("human_trafficking", "NP", "KE")}),
        # guard: "voire" before no place
        ("Les migrants payaient 3000 euros, voire plus, pour rejoindre l'Italie depuis la Libye.",
         "fr", {("migrant_smuggling", "LY", "IT")}),
        ("Le tarif des passeurs variait selon la destination : 2000 euros pour l'Italie, 4000 "
         "pour la France.", "fr",
         {("migrant_smuggling", None, "IT"), ("migrant_smuggling", None, "FR")}),
        # guard: a share is no price
        ("Sur les migrants secourus en Méditerranée, 40 % pour l'Italie.", "fr", set()),
        ("Un décret interdit l'envoi de travailleuses malgaches vers les pays du Golfe, où "
         "beaucoup sont victimes de la traite.", "fr", {("human_trafficking", "MG", None)}),
        # guard: the network that organises the sending sends
        ("Le réseau organisait l'envoi de jeunes Népalaises vers les pays du Golfe.", "fr",
         {("migrant_smuggling", "NP", "Arabian Peninsula")}),
    ],
)  # fmt: skip
def test_round35b_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
