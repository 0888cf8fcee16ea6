"""Round 23 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a name opened by an abbreviation with a full stop was not found at all: "St. Louis",
  "St. Thomas", "St. Kitts" said nothing, "St. Petersburg" was read as "Petersburg"; the
  Caribbean islands that name a state ("St Kitts", "St Vincent") and St Thomas in the U.S.
  Virgin Islands are in the gazetteer, and "St James" is Jamaica's parish, not Vung Tau;
- a possessive inside a name ("St. Paul's Bay", Malta) is part of it;
- "raids were made in X" is where the police acted, not where goods were made;
- people counted in words are people moved too ("took three Syrians to Greece", "a amené
  trois Syriens en Grèce"; digits were read already), but not those taken into custody nor a
  boat's crew;
- money invested "in luxury properties in London", "dans des biens immobiliers en Espagne"
  goes there (a property, like a company or an account, is a place noun before its place);
- a category word denied right before it is no commodity ("What he sniffed wasn't drugs, but
  cash", "ce n'était pas de la drogue", "no weapons were found");
- a pier, terminal, harbour, wharf or marina is a place noun before its place, as a port is
  ("leaving Pier 10 in San Juan for St. Thomas" leaves San Juan);
- "Granada" in English is the Spanish city ("seized in Granada, Spain" gave Grenada, the
  Caribbean state, though Spain followed it), and "à Grenade" in French is no hand grenade.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Guns were smuggled to St. Louis from Chicago.", "en",
         {("weapons", "Chicago", "St. Louis")}),
        ("Guns bought in Florida were smuggled to St. Thomas in the US Virgin Islands.", "en",
         {("weapons", "Florida", "St. Thomas")}),
        ("The cocaine was shipped from St. Lucia to St. Kitts.", "en",
         {("drugs", "LC", "KN")}),
        ("Jamaican police seized cocaine in St James, which had been shipped from Colombia.",
         "en", {("drugs", "CO", "St James")}),
        ("Guns were smuggled to St. Petersburg from Finland.", "en",
         {("weapons", "FI", "Saint Petersburg")}),
        # where the police acted is no origin (as the place of a seizure or an arrest, it is
        # where the goods or people got to); where goods were made still is
        ("Human trafficking raids were made in St. Paul's Bay and Senglea.", "en",
         {("human_trafficking", None, "St. Paul's Bay"),
          ("human_trafficking", None, "Senglea")}),  # round 41: the town Senglea is read
        ("Raids were made in Birmingham against a gun smuggling ring.", "en",
         {("weapons", None, "Birmingham")}),
        ("The pistols were made in Croatia and smuggled to France.", "en",
         {("weapons", "HR", "FR")}),
        ("Hashish from Morocco was seized in Granada, Spain.", "en",
         {("drugs", "MA", "Granada")}),
        ("Cocaine was shipped from Venezuela to Grenada.", "en", {("drugs", "VE", "GD")}),
        ("Smugglers took three Syrians to Greece.", "en", {("migrant_smuggling", "SY", "GR")}),
        ("The gang smuggled two Afghans into Italy.", "en",
         {("migrant_smuggling", "AF", "IT")}),
        ("Les passeurs ont amené trois Syriens en Grèce.", "fr",
         {("migrant_smuggling", "SY", "GR")}),
        ("Le réseau a fait passer vingt Érythréens en Italie.", "fr",
         {("migrant_smuggling", "ER", "IT")}),
        ("The cartel invested its cocaine profits in luxury properties in London.", "en",
         {("illicit_finance", None, "London")}),
        ("Les trafiquants ont investi l'argent de la drogue dans des biens immobiliers en "
         "Espagne.", "fr", {("illicit_finance", None, "ES")}),
        ("The smugglers' boat was leaving Pier 10 in San Juan for St. Thomas with cocaine.",
         "en", {("drugs", "San Juan", "St. Thomas")}),
        ("Cocaine was found at Terminal 2 in Rotterdam, shipped from Ecuador.", "en",
         {("drugs", "EC", "Rotterdam")}),
        # guards: an arrest, and the crew of the boat
        ("Police took two Albanians into custody in Dover.", "en", set()),
        ("Les policiers ont conduit deux Albanais en garde à vue.", "fr", set()),
        ("Forces intercepted a boat carrying three Lebanese crew and migrants bound for Italy.",
         "en", {("migrant_smuggling", None, "IT")}),
    ],
)  # fmt: skip
def test_round23_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "categories"),
    [
        ("What he sniffed wasn't drugs, but boxes of cash.", "en", ["illicit_finance"]),
        ("No weapons were found on the boat.", "en", []),
        ("Ce n'était pas de la drogue mais des armes.", "fr", ["weapons"]),
        ("Il n'y avait aucune arme à bord.", "fr", []),
        # guards: a denial further back, or after the word, denies nothing
        ("The drugs were not found in Spain.", "en", ["drugs"]),
        ("Not only drugs but also weapons.", "en", ["drugs", "weapons"]),
        ("La police a saisi à Grenade du haschisch venu du Maroc.", "fr", ["drugs"]),
        ("Une grenade et des grenades ont été saisies.", "fr", ["weapons", "weapons"]),
        ("Grenades et fusils venaient de Bosnie.", "fr", ["weapons", "weapons"]),
    ],
)
def test_round23_category_words(text, lang, categories):
    assert [h.category for h in find_category_terms(text, lang)] == categories
