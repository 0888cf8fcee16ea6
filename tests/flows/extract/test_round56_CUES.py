"""Round 56 (CUES) of the ends of flows in plain French and English movement sentences, as a
table of sentences written for the tests (not taken from the gold corpus) -> the flows
(category, origin, destination) ``flows`` gives:

- goods or people moved to a receiver named by a noun, with the receiver's place after it ("to
  a company in Rotterdam", "to a trader in", "to a wholesaler based in", "to a storage site in"):
  the place is where they go, not a mere location that leaves the flow without its end;
- people sent abroad "to work as maids" who "were intercepted at" an airport: the words after
  "to work" stop at the verb that stopped them, and the airport is where they left from, not a
  second destination;
- the same in French ("à un commerçant au", "chez des proxénètes à", "à un grossiste de",
  "remise à un receleur à"), "à destination finale de", "avait pour destination finale, le
  Maroc" and "devait partir pour" (neither read nor fresh figures move with these);
- people stopped as they left: "arrested in Tripoli on their way to Italy" (the verb of movement
  before does not reach over "arrested"), "rescued at Kathmandu airport before they could fly
  to Kuwait", "secourues à l'aéroport de Lagos au moment d'embarquer pour Beyrouth" (the place
  of the rescue is where they left from; ``seizure_ends``); "heading to family members in";
- the place a verb of supplying names ("supplies the US", "supplies Europe") is the
  destination; "supplied by traffickers from Turkey" stays an origin;
- guards: a receiver already known ("to a dealer in", "to a firm in", "to relatives in"), the
  place where people were put to work, and a relative spoken to (no movement to him).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a receiver named by a noun, its place after it
        ("The cocaine was shipped from Colombia to a company in Rotterdam.", "en",
         ("drugs", "CO", "NL")),
        ("Smugglers sent the heroin by boat from Pakistan to a trader in Mozambique.", "en",
         ("drugs", "PK", "MZ")),
        ("The trafficked rifles were shipped from Florida to a buyer in Port-au-Prince.", "en",
         ("weapons", "Florida", "HT")),
        ("The heroin was smuggled from Afghanistan to a wholesaler based in Iran.", "en",
         ("drugs", "AF", "IR")),
        ("The cocaine was flown from Venezuela to an associate in Honduras.", "en",
         ("drugs", "VE", "HN")),
        ("The smuggled cigarettes were trucked from Poland to a storage site in Lyon.", "en",
         ("other", "PL", "FR")),
        # the place supplied is where the goods go (no candidate changes on read or fresh)
        ("Cocaine from Peru supplies the US.", "en", ("drugs", "PE", "US")),
        ("Afghan heroin supplies Europe through the Balkan route.", "en",
         ("drugs", "AF", "Europe")),
        ("The heroin was supplied by traffickers from Turkey.", "en", ("drugs", "TR", None)),
        # sent to work abroad, stopped at the airport they were leaving from
        ("Twelve girls trafficked to Oman to work as maids were intercepted at Entebbe "
         "International Airport.", "en", ("human_trafficking", "UG", "OM")),
        ("Des jeunes femmes victimes de la traite envoyées au Liban pour travailler comme "
         "domestiques ont été interceptées à l'aéroport d'Abidjan.", "fr",
         ("human_trafficking", "CI", "LB")),
        # guards: receivers the cues knew, where people were put to work
        ("The cocaine was sold to a dealer in Lebanon by smugglers from Syria.", "en",
         ("drugs", "SY", "LB")),
        ("Cocaine was sent from Peru to a firm in Belgium.", "en", ("drugs", "PE", "BE")),
        ("The trafficked girls were taken from Nepal to relatives in Delhi.", "en",
         ("human_trafficking", "NP", "IN")),
        ("The trafficked boys were sent from Ghana to work on cocoa farms in Ivory Coast.", "en",
         ("human_trafficking", "GH", "CI")),
    ],
)  # fmt: skip
def test_the_end_behind_a_noun(extractor, text, lang, expected):
    assert expected in round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # the second half-flow the airport gave, as a destination of its own
        ("Twelve girls trafficked to Oman to work as maids were intercepted at Entebbe "
         "International Airport.", "en", ("human_trafficking", None, "UG")),
        # a relative spoken to receives nothing
        ("The trafficker told a relative in Syria that the heroin had left Turkey.", "en",
         ("drugs", "TR", "SY")),
    ],
)  # fmt: skip
def test_no_end_of_its_own(extractor, text, lang, absent):
    assert absent not in round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the French receivers, the final destination, the infinitive of leaving
        ("L'héroïne a été envoyée du Pakistan à un commerçant au Mozambique.", "fr",
         ("drugs", "PK", "MZ")),
        ("Les jeunes femmes ont été conduites du Nigeria chez des proxénètes à Lyon.", "fr",
         ("human_trafficking", "NG", "FR")),
        ("Le cannabis marocain a été livré à un grossiste de Rotterdam.", "fr",
         ("drugs", "MA", "NL")),
        ("L'héroïne a été remise à un receleur à Marseille après avoir quitté la Turquie.", "fr",
         ("drugs", "TR", "FR")),
        ("La cocaïne, à destination finale de Dakar, a été saisie au Havre.", "fr",
         ("drugs", "FR", "SN")),
        ("La cocaïne venait du Brésil et avait pour destination finale, le Maroc.", "fr",
         ("drugs", "BR", "MA")),
        ("La cocaïne a été interceptée au port de Santos alors qu'elle devait partir pour "
         "Anvers.", "fr", ("drugs", "BR", "BE")),
        # people stopped as they left
        ("The smuggled migrants were arrested in Tripoli on their way to Italy.", "en",
         ("migrant_smuggling", "LY", "IT")),
        ("The trafficked girls were rescued at Kathmandu airport before they could fly to "
         "Kuwait.", "en", ("human_trafficking", "NP", "KW")),
        ("Les victimes de la traite ont été secourues à l'aéroport de Lagos au moment "
         "d'embarquer pour Beyrouth.", "fr", ("human_trafficking", "NG", "LB")),
        ("The smuggled migrants were heading to family members in Germany after leaving Syria.",
         "en", ("migrant_smuggling", "SY", "DE")),
        # guards: where people were rescued after the journey is where it ended
        ("The trafficked women were rescued in Dubai after being flown from Nepal.", "en",
         ("human_trafficking", "NP", "AE")),
        ("Les jeunes filles victimes de traite ont été secourues à Lomé, où elles avaient été "
         "amenées du Ghana.", "fr", ("human_trafficking", "GH", "TG")),
    ],
)  # fmt: skip
def test_receivers_and_departures_without_effect_on_the_corpus(extractor, text, lang, expected):
    assert expected in round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        ("The smuggled migrants were arrested in Tripoli on their way to Italy.", "en",
         ("migrant_smuggling", None, "LY")),
        ("The trafficked women were rescued in Dubai after being flown from Nepal.", "en",
         ("human_trafficking", "AE", None)),
    ],
)  # fmt: skip
def test_no_half_flow_where_they_were_stopped(extractor, text, lang, absent):
    assert absent not in round3._flows(extractor, text, lang)
