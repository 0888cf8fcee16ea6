"""Round 56 (CUES) of the ends of flows in plain French and English movement sentences, as a
table of sentences written for the tests (not taken from the gold corpus) -> the flows
(category, origin, destination) ``flows`` gives:

- goods or people moved to a receiver named by a noun, with the receiver's place after it ("to
  a company in Rotterdam", "to a trader in", "to a wholesaler based in", "to a storage site in"):
  the place is where they go, not a mere location that leaves the flow without its end;
- people sent abroad "to work as maids" who "were intercepted at" an airport: the words after
  "to work" stop at the verb that stopped them, and the airport is where they left from, not a
  second destination;
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
