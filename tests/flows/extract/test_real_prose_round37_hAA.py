"""Round 37 hAA of the extractor for real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- people named by nationality, moved "depuis" / "from" a country that is not theirs: victims of
  trafficking come from their own country, the stated country is a transit ("des femmes
  nigérianes, envoyées en Europe depuis la Libye": Nigeria -> Europe via Libya); smuggled
  migrants give both flows, the leg as told and the nationality through it ("to smuggle
  Syrian and Iranian migrants to Europe from Turkey": Turkey -> Europe and Syria, Iran ->
  Europe via Turkey). A town they leave from stays the only origin, and so does a country
  they cross from ("ont traversé la Manche depuis la France").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Selon l'ONU, des femmes nigérianes, envoyées en Europe depuis la Libye, sont "
         "exploitées par des réseaux de prostitution.", "fr",
         {("human_trafficking", "NG", "Europe")}),
        # guard: sent from a town of their own country, they leave from the town
        ("Selon l'ONU, des femmes nigérianes, envoyées en Europe depuis Benin City, sont "
         "exploitées par des réseaux de prostitution.", "fr",
         {("human_trafficking", "Benin City", "Europe")}),
        ("Nigerian women trafficked to Italy from Libya were forced into prostitution.", "en",
         {("human_trafficking", "NG", "IT")}),
        # guard: trafficked from a town of their own country
        ("Nigerian women trafficked to Italy from Lagos were forced into prostitution.", "en",
         {("human_trafficking", "Lagos", "IT")}),
        ("Le réseau demandait 800 euros par personne pour conduire des familles et des enfants, "
         "surtout des Afghans, depuis la Serbie vers l'Autriche ou l'Allemagne.", "fr",
         {("migrant_smuggling", "RS", "AT"), ("migrant_smuggling", "RS", "DE"),
          ("migrant_smuggling", "AF", "AT"), ("migrant_smuggling", "AF", "DE")}),
        # guard: from a town of another country, the town is the only origin
        ("Le réseau demandait 800 euros par personne pour conduire des familles et des enfants, "
         "surtout des Afghans, depuis Belgrade vers l'Autriche ou l'Allemagne.", "fr",
         {("migrant_smuggling", "Belgrade", "AT"), ("migrant_smuggling", "Belgrade", "DE")}),
        ("Police said the network used several routes to smuggle Iraqi and Syrian migrants to "
         "Europe from Turkey.", "en",
         {("migrant_smuggling", "TR", "Europe"), ("migrant_smuggling", "IQ", "Europe"),
          ("migrant_smuggling", "SY", "Europe")}),
        # guard: a crossing told between the nationality and the country is the one leg
        ("Des migrants soudanais ont traversé la Manche depuis la France vers le Royaume-Uni.",
         "fr", {("migrant_smuggling", "FR", "GB")}),
        # guard: no nationality, the stated country only
        ("Police said the network used several routes to smuggle migrants to Europe from "
         "Turkey.", "en", {("migrant_smuggling", "TR", "Europe")}),
        ("Four crew members admitted smuggling 30 Afghan men from Indonesia to Christmas Island "
         "on a fishing boat.", "en",
         {("migrant_smuggling", "ID", "CX"),
          ("migrant_smuggling", "AF", "CX")}),
        # guard: from a port town, the town only
        ("Four crew members admitted smuggling 30 Afghan men from Kupang to Christmas Island on "
         "a fishing boat.", "en", {("migrant_smuggling", "Kupang", "CX")}),
    ],
)  # fmt: skip
def test_round37_hAA_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
