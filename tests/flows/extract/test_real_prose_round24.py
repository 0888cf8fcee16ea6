"""Round 24 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination), and of place names:

- "the transport of 1,800 migrants between Belgrade and Austria", "le transport de 1.800
  migrants entre Belgrade et l'Autriche": the object may stand between the verb and
  "between" / "entre" (it could not: only "smuggled between" was read);
- a price between the verb and the place does not hide where goods were bought ("bought for
  $3,000 in Suriname", "acheté 3.000 dollars au Suriname");
- "l'héroïne produite en Afghanistan arrive en Europe": the place after a verb of arrival is
  no second place of production;
- "récupérés en Catalogne avant d'être acheminés jusqu'à Perpignan": where people or goods are
  picked up is where they leave from (as "picked up in" in English);
- after an explicit origin, "en" starts the destination as "à" does ("importé de l'héroïne du
  Pakistan en Grande-Bretagne");
- "took the migrants across the border from Serbia into Hungary": a movement across the
  border starts there ("the town of Mae Sot across the border from Myawaddy" still only
  says where a town lies);
- a count of people between the French verb that moves them and the place ("fait entrer
  illégalement plus d'un millier de migrants en Espagne") is read as one word (English
  counts were read already);
- a sum paid per person is a fare ("contre des sommes pouvant atteindre 20 000 euros par
  personne"): the people it pays for are the flow, not money;
- "the largest source of heroin in Europe", "le principal fournisseur de haschich en Europe":
  where the main supplier's goods go;
- a list goes on past "dans une moindre mesure", "to a lesser extent";
- people named by nationality who "hoped to reach", "wanted to get to" a place come from their
  country, as those who travelled there;
- what goods fuel, named right after the verb, is where they go ("fuelling the Sahel's
  insurgency");
- "travelled to Castellón to pick up the heroin", "se sont rendus à Castellón pour récupérer
  l'héroïne": where someone goes to fetch goods is where they leave from;
- place names: a person's names that are also towns ("David Gilbert Lyons", "Alicia Valle")
  and a surname after a title ("Mr. Lyons") are no places; "Madrid airport" after "a flight
  from Bogota" is Madrid, Spain, not the small town of that name beside Bogotá.
"""

from __future__ import annotations

import pytest

from flows.extract.toponyms import ToponymScanner
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police said the network organised the transport of some 1,800 migrants between "
         "Belgrade and Austria.", "en", {("migrant_smuggling", "Belgrade", "AT")}),
        ("Le réseau a organisé le transport de 1.800 migrants entre Belgrade et l'Autriche.",
         "fr", {("migrant_smuggling", "Belgrade", "AT")}),
        ("Drugs were smuggled between Morocco and Spain by speedboat.", "en",
         {("drugs", "MA", "ES")}),
        ("A kilo of cocaine bought for $3,000 in Suriname sells for 30,000 euros in Paris.",
         "en", {("drugs", "SR", "Paris")}),
        ("Un kilo de cocaïne acheté 3.000 dollars au Suriname se revend 30.000 euros à Paris.",
         "fr", {("drugs", "SR", "Paris")}),
        ("L'héroïne produite en Afghanistan arrive en Europe par l'Iran et la Turquie.", "fr",
         {("drugs", "AF", "Europe")}),
        ("La cocaïne produite en grande quantité en Colombie est expédiée vers l'Europe.", "fr",
         {("drugs", "CO", "Europe")}),
        ("Les migrants étaient récupérés en Catalogne avant d'être acheminés jusqu'à Perpignan.",
         "fr", {("migrant_smuggling", "Catalonia", "Perpignan")}),
        ("Il a reconnu avoir importé 20 kilos d'héroïne du Pakistan en Grande-Bretagne.", "fr",
         {("drugs", "PK", "GB")}),
        ("Smugglers took the migrants across the border from Serbia into Hungary.", "en",
         {("migrant_smuggling", "RS", "HU")}),
        ("The drugs were smuggled across the river from Mexico into Texas.", "en",
         {("drugs", "MX", "Texas")}),
        ("Passengers on a flight from Bogota were arrested at Madrid airport carrying cocaine.",
         "en", {("drugs", "Bogotá", "Madrid")}),
        # a count of people does not hide the place after the verb that moves them
        ("Le réseau aurait fait entrer illégalement plus d'un millier de migrants en Espagne.",
         "fr", {("migrant_smuggling", None, "ES")}),
        ("The gang smuggled more than a thousand migrants into Greece last year.", "en",
         {("migrant_smuggling", None, "GR")}),
        ("Les passeurs ont fait passer près de 300 migrants en Italie.", "fr",
         {("migrant_smuggling", None, "IT")}),
        # a fare paid per person is no money that moves: the people are the flow
        ("Un réseau de passeurs ciblait des ressortissants syriens, leur promettant une vie contre "
         "des sommes pouvant atteindre 20 000 euros par personne.", "fr",
         {("migrant_smuggling", "SY", None)}),
        # the main supplier of goods to, or in, a place sends them there
        ("Afghanistan is the largest source of heroin in Europe.", "en",
         {("drugs", "AF", "Europe")}),
        ("Le Maroc est le principal fournisseur de haschich en Europe.", "fr",
         {("drugs", "MA", "Europe")}),
        ("Trafic d'armes : les États-Unis seraient le premier revendeur de pièces détachées "
         "d'armes en France.", "fr", {("weapons", "US", "FR")}),
        # what goods fuel, named right after the verb, is where they go
        ("Arms trafficking from Libya is fuelling the Sahel's jihadist insurgency.", "en",
         {("weapons", "LY", "Sahel")}),
        # people named by nationality who mean to go somewhere come from their country
        ("Smugglers hid six Albanians in a lorry. The Albanians hoped to reach the UK.", "en",
         {("migrant_smuggling", "AL", "GB")}),
        ("The Eritreans smuggled by the gang wanted to get to Italy.", "en",
         {("migrant_smuggling", "ER", "IT")}),
        # a list goes on past "to a lesser extent"
        ("Ils transportent des garçons bissau-guinéens au Sénégal et dans une moindre mesure au "
         "Mali et en Gambie pour la mendicité forcée.", "fr",
         {("human_trafficking", "GW", "SN"), ("human_trafficking", "GW", "ML"),
          ("human_trafficking", "GW", "GM")}),
        # where someone goes to fetch the goods is where they leave from
        ("Three drug traffickers travelled to Castellón to pick up the heroin, which was "
         "destined for Madrid.", "en", {("drugs", "Castelló de la Plana", "Madrid")}),
        ("Les trafiquants se sont rendus à Castellón pour récupérer l'héroïne destinée à "
         "Madrid.", "fr", {("drugs", "Castelló de la Plana", "Madrid")}),
        # guards: a place a town lies across the border from; a bare "de X en Y"; goods
        # recovered by customs; a sum without a place of purchase
        ("Police raided a house in Mae Sot, across the border from Myawaddy, and found 20 "
         "trafficking victims.", "en", {("human_trafficking", None, "Mae Sot")}),
        ("La drogue a été récupérée par les douanes à Marseille.", "fr", set()),
        ("Des pièces d'armes achetées légalement, mais envoyées en France illégalement.", "fr",
         {("weapons", None, "FR")}),
        # suppliers who are somewhere are no supplier of it; money paid in bulk moves
        ("Les trafiquants paient leurs fournisseurs de drogue au Maroc.", "fr", set()),
        ("The gang laundered 2 million euros, paid to accounts in Cyprus.", "en",
         {("illicit_finance", None, "CY")}),
    ],
)  # fmt: skip
def test_round24_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.fixture(scope="module")
def scanner() -> ToponymScanner:
    return ToponymScanner()


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("According to court records, David Gilbert Lyons and Mitchell Brown face charges.",
         "en", []),
        ("Mr. Lyons travelled from Havana to Miami on 2 April.", "en",
         [("Havana", "CU"), ("Miami", "US")]),
        ("Special Counsel Alicia Valle said the men were charged in Miami.", "en",
         [("Miami", "US")]),
        ("Mme Valence a déclaré que les armes venaient de Lyon.", "fr", [("Lyon", "FR")]),
        ("Passengers on a flight from Bogota were arrested at Madrid airport.", "en",
         [("Bogota", "CO"), ("Madrid", "ES")]),
        # guards: towns in a list, in a longer name, or a metropolis beside a person's name
        ("The guns went to Lyons, Gilbert and David.", "en",
         [("Lyons", "FR"), ("Gilbert", "US"), ("David", "PA")]),
        ("Migrants left from Santa Cruz de Tenerife.", "en", [("Santa Cruz de Tenerife", "ES")]),
        ("The container came from the Kingston Freeport Terminal.", "en", [("Kingston", "JM")]),
        ("They were taken to Semporna by boats from the Bongao Port.", "en",
         [("Semporna", "MY"), ("Bongao", "PH")]),
        ("Agents at the Laredo North Station stopped a truck.", "en", [("Laredo", "US")]),
        ("Les migrants partent de Calais, de Wimereux et de Boulogne.", "fr",
         [("Calais", "FR"), ("Wimereux", "FR"), ("Boulogne", "FR")]),
    ],
)  # fmt: skip
def test_round24_place_names(scanner, text, lang, expected):
    assert [(m.surface, m.place.country_code) for m in scanner.scan(text, lang)] == expected
