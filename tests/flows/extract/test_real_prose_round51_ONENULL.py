"""Round 51 (ONENULL) of the flows in real French and English prose: one end left null though
the sentence names it. Sentences written for the tests (not taken from the gold corpus) -> the
flows ``flows extract`` gives (ANNOTATION.md, "Flows": several destinations, several flows; the
same for several origins):

- a counted or announced general noun after a cue of direction, then a colon, a dash or a
  comma, and the list of the places it stands for ("smuggled to three countries: Spain, Italy
  and France", "from the following countries: Tunisia, Libya and Egypt", "vers deux pays,
  l'Italie et l'Espagne", "à partir des villes frontalières suivantes : Ouanaminthe, ..."): the
  noun is no place, the places take the cue before it (``general_announced`` in
  lexicon_common.yaml, ``direction._announced``), one flow each;
- guards: such a list after a cue of where things happen stays no end ("captured in three
  cities: ..."); a general noun with no count and no announcement keeps today's reading;
- a hub left for a crossing named by its noun ("les transportait à Nouakchott en vue de
  voyages clandestins vers les îles Canaries", "pour des traversées vers", "avant leur départ
  vers", "took them to Nouadhibou ahead of crossings to the Canary Islands"): the hub ends one
  flow and starts the next (ANNOTATION.md; ``moved_on_before`` in lexicon_fr.yaml /
  lexicon_en.yaml, read by ``direction.new_leg``); guards: a crossing with no place after it,
  and a purpose with no crossing noun, add no leg;
- a country's own name before "nationals" or "citizens" is a nationality ("the Myanmar
  nationals had tried to smuggle explosives to their country from Mizoram": Myanmar), so
  "their country" resolves (``demonym_hints._country_named_nationals``); guards: a demonym
  keeps today's reading, and with no nationality "their country" stays no place.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a counted noun, then a colon, a dash or a comma: the list takes the cue
        ("Cocaine from Colombia was smuggled to three countries: Spain, Italy and France.", "en",
         {("drugs", "CO", "ES"), ("drugs", "CO", "IT"), ("drugs", "CO", "FR")}),
        ("Cocaine from Colombia was smuggled to three countries — Spain, Italy and France.",
         "en",
         {("drugs", "CO", "ES"), ("drugs", "CO", "IT"), ("drugs", "CO", "FR")}),
        ("Women trafficked from Nepal were taken to two states, Karnataka and Tamil Nadu.",
         "en",
         {("human_trafficking", "NP", "Karnataka"), ("human_trafficking", "NP", "Tamil Nadu")}),
        ("Migrants were smuggled to Italy from the following countries: Tunisia, Libya and "
         "Egypt.", "en",
         {("migrant_smuggling", "TN", "IT"), ("migrant_smuggling", "LY", "IT"),
          ("migrant_smuggling", "EG", "IT")}),
        ("La cocaïne venue de Colombie était acheminée vers trois pays : l'Espagne, l'Italie "
         "et la France.", "fr",
         {("drugs", "CO", "ES"), ("drugs", "CO", "IT"), ("drugs", "CO", "FR")}),
        ("Les trafiquants faisaient passer des armes de Libye vers deux pays, le Mali et le "
         "Niger.", "fr",
         {("weapons", "LY", "ML"), ("weapons", "LY", "NE")}),
        ("L'ONG a recensé 300 enfants trafiqués en République dominicaine à partir des "
         "villes frontalières suivantes : Ouanaminthe, Ferrier et Fort-Liberté.", "fr",
         {("human_trafficking", "Ouanaminthe", "DO"), ("human_trafficking", "Ferrier", "DO"),
          ("human_trafficking", "Fort Liberté", "DO")}),
        # guards: a list of where people were caught is no end; a noun that is not counted
        # keeps today's reading; "such as" lists as before
        ("Ten smugglers were captured in three cities: Bogotá, Medellín and Cali.", "en",
         set()),
        ("Migrants from Syria were sent on to the countries of the north, and Sweden was "
         "the first.", "en",
         {("migrant_smuggling", "SY", None)}),
        ("The weapons were smuggled from Libya to neighbouring countries such as Mali and "
         "Niger.", "en",
         {("weapons", "LY", "ML"), ("weapons", "LY", "NE")}),
    ],
)  # fmt: skip
def test_round51_onenull_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a hub, then the crossing that leaves it for the next place: two flows
        ("Le réseau transportait les migrants à Nouakchott en vue de voyages clandestins vers "
         "les îles Canaries.", "fr",
         {("migrant_smuggling", None, "Nouakchott"),
          ("migrant_smuggling", "Nouakchott", "Canary Islands")}),
        ("Le réseau transportait les migrants à Nouakchott avant leur départ vers les îles "
         "Canaries.", "fr",
         {("migrant_smuggling", None, "Nouakchott"),
          ("migrant_smuggling", "Nouakchott", "Canary Islands")}),
        ("The network took the migrants to Nouadhibou ahead of clandestine crossings to the "
         "Canary Islands.", "en",
         {("migrant_smuggling", None, "Nouadhibou"),
          ("migrant_smuggling", "Nouadhibou", "Canary Islands")}),
        ("The network took the migrants to Nouadhibou for clandestine crossings to the Canary "
         "Islands.", "en",
         {("migrant_smuggling", None, "Nouadhibou"),
          ("migrant_smuggling", "Nouadhibou", "Canary Islands")}),
        # guards: a crossing with no place after it; no crossing noun before the next place
        ("The network took the migrants to Nouadhibou ahead of the crossing.", "en",
         {("migrant_smuggling", None, "Nouadhibou")}),
        ("Le réseau transportait les migrants à Nouakchott avant leur départ.", "fr",
         {("migrant_smuggling", None, "Nouakchott")}),
    ],
)  # fmt: skip
def test_round51_onenull_hub_legs(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police said the Myanmar nationals had tried to smuggle explosive materials to their "
         "country from Mizoram.", "en",
         {("weapons", "Mizoram", "MM")}),
        ("Police arrested 50 Ethiopia nationals as they were being smuggled to South Africa.",
         "en",
         {("migrant_smuggling", "ET", "ZA")}),
        # guards: a demonym as before; no nationality before "their country", no place
        ("Police said the Burmese nationals had tried to smuggle explosive materials to their "
         "country from Mizoram.", "en",
         {("weapons", "Mizoram", "MM")}),
        ("Police said the men had tried to smuggle explosive materials to their country from "
         "Mizoram.", "en",
         {("weapons", "Mizoram", None)}),
    ],
)  # fmt: skip
def test_round51_onenull_country_nationals(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
