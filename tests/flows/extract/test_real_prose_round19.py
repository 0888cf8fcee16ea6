"""Round 19 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a town followed by a facility word ("the Karachi Sea Port", "Bagdogra Airport") is still the
  town, where any other unknown capitalised word ends the name;
- a country before the name of a state agency ("U.S. Customs and Border Protection", "US
  Attorney", "U.S. Immigration") is part of the agency's name, not a place;
- a continent said once for two regions ("Central and Eastern Europe", "l'Europe centrale et de
  l'Est", "East and Southeast Asia"): the first, bare part is a region of its own;
- French words for those arrested ("les personnes arrêtées sont des Syriens") make the
  nationalities those of the suspects, as the English "arrested" did, not origins; but "the
  migrants arrested" are still the people moved;
- a place that only a title or a seizure names as a destination ("30 millions d'euros saisis
  dans les Bouches-du-Rhône"), when the document's flows of the same category leave from it, is
  where the goods left from: no destination-only flow;
- "to cities across the United States, including Los Angeles, Chicago and New York": the
  places named after "including" are the destinations, the country around them is not; and the
  cue "from ... cities, including" no longer reaches over "to" ("from Mexico to several cities,
  including Los Angeles": Los Angeles is where they went);
- "some from as far away as China" is an origin ("as far afield as", alone, is where to);
- a person's home named in an aside after what was done to them ("Four couriers were found
  guilty: Beatrice Auty, 26, from London", "26-year-old Beatrice Auty from London") is no
  origin, as it was when the charge came after the aside; but a migrant's home still is;
- money that the verb "smuggled" moves ("smuggled £104 million in cash into Dubai") is illicit
  finance, where the verb alone says migrants; "US currency" is money, not the United States;
- "pour alimenter Lille", "alimenter le marché de Lille", "alimenter l'agglomération lilloise":
  where the goods go;
- "to the company's account which ... was situated in Latvia": the account's country is where
  the money goes;
- "Antigua" alone is the Caribbean state (Antigua and Barbuda), not Antigua Guatemala;
- places listed with a bare "de" before the one right before the destination ("depuis les
  ports du littoral des Hauts-de-France, de Belgique et des Pays-Bas jusqu'au port de Hull")
  are origins too, not only the last;
- a sum paid by the people moved ("the passengers paid tens of thousands of dollars to
  smugglers to get to the US") is their fare: the flow is of people, not of money;
- another number after a destination ("560 migrants sur le territoire allemand et plus de 300
  en Roumanie") goes to the next place too ("en" alone would say where something happened);
- where people were "rescued from" is where they were freed, not where they came from ("girls
  hailing from Nepal were rescued from Bagdogra Airport while being trafficked to the Gulf");
  it completes an open destination as a place of rescue does ("rescued from brothels in
  Accra"); and "Airport", "Seaport", "Harbour" alone are no places;
- an embassy's country and the country it is in ("l'ambassade de France au Nigeria", "the US
  Embassy in Nigeria") are where officials work, no movement from one to the other;
- people counted before their home ("Two men from Northern Ireland, including the driver, have
  been charged") are the accused: their home is no origin, as for a named person;
- goods seized "from a Nigerian man", "from an Indonesian national": who had them, not where
  they came from;
- a nationality in an aside right after people who move ("The migrants, mostly Eritrean,
  landed", "Les migrants, pour la plupart érythréens,") is their origin; not after those who
  smuggle ("Les passeurs, pour la plupart albanais");
- weapons used in attacks or shootings were used unlawfully, and where they were used is where
  they went ("used in attacks in Paris and Brussels", "utilisées lors des attentats de Paris");
- "sub-Saharan Africa" in lower case is the region, as "Sub-Saharan Africa" was; so is
  "south-east Asia" with its hyphen; and the Andes are a region ("the Andean countries", "la
  région andine"), not the Chilean town of Los Andes;
- goods bought in one place and resold in another ("achetées en Slovaquie, étaient revendues
  dans les cités de Marseille") moved off the books: resale is a cue of an illicit movement;
  so are deactivated weapons made to fire again ("converted", "réactivées", "remilitarisées";
  where they were converted is where they come from) and arms sent by post or in parcels;
- children sent to work in quarries, mines, fields or homes ("Children from Benin are sent to
  work in quarries in Nigeria", "des enfants envoyés travailler dans des carrières"), and child
  labour, name human trafficking; adult migrants sent to work on farms still name smuggling;
- a ship's flag is a registry, often of convenience ("un navire immatriculé au Libéria",
  "battant pavillon du Libéria", "a vessel flagged in Panama"): no end and no place of seizure;
  a lorry's registration still says where it comes from;
- a sum after a word of value ("une valeur estimée à 30 millions d'euros", "worth 4 million
  dollars") is what seized goods are worth, not money that moves: it names no finance flow;
- a description of a place after it ("Rotterdam, the largest port in Europe", "Le Havre, le
  deuxième port de France") says where it lies, as "Agadez, au Niger" does: no second end;
- the nationals a network "comprenait", "included" or "regroupait" are its members, no origin;
- "l'argent du cannabis", "les circuits financiers de la drogue" are money, not drugs; and a
  destination-only flow to a country that holds where the document's whole flows leave from
  ("en France" ... "de Paris au Maroc") is dropped as for the same place, unless one of them
  also goes into that country ("from Marseille to Lyon ... later sent to France" keeps it);
- a country before "citizen", "nationals" or "passport" ("a 20-year-old U.S. citizen") says
  who someone is: no place mention (found in a probe of real border-seizure releases).
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Traffickers would smuggle heroin to Belgium and Malaysia from the Karachi Sea Port.",
         "en", {("drugs", "Karachi", "BE"), ("drugs", "Karachi", "MY")}),
        ("According to U.S. Customs and Border Protection, officers selected a truck carrying "
         "smuggled rifles to Mexico.", "en", {("weapons", None, "MX")}),
        ("Weapons smuggled into France come mostly from Central and Eastern Europe.", "en",
         {("weapons", "Central Europe", "FR"), ("weapons", "Eastern Europe", "FR")}),
        ("Les armes de guerre trafiquées en France viennent d'Europe centrale et de l'Est.", "fr",
         {("weapons", "Central Europe", "FR"), ("weapons", "Eastern Europe", "FR")}),
        ("Cocaine is trafficked from South America to East and Southeast Asia.", "en",
         {("drugs", "South America", "East Asia"), ("drugs", "South America", "South-East Asia")}),
        ("Les personnes arrêtées sont des Syriens, Algériens et Tunisiens. Ils sont suspectés "
         "d'avoir transporté 200 migrants vers la Hongrie et l'Italie.", "fr",
         {("migrant_smuggling", None, "HU"), ("migrant_smuggling", None, "IT")}),
        # guard: the English word for those arrested already said so
        ("The suspects arrested were Syrians and Egyptians. They smuggled 200 migrants to "
         "Hungary.", "en", {("migrant_smuggling", None, "HU")}),
        ("Blanchiment : 30 millions d'euros saisis dans les Bouches-du-Rhône\n\nDix-neuf "
         "personnes ont été interpellées. L'argent de la drogue, transformé en lingots d'or, "
         "était expédié depuis les Bouches-du-Rhône vers le "
         "Kosovo.", "fr", {("illicit_finance", "Bouches-du-Rhône", "XK")}),
        # guard: the same shape in English
        ("Money laundering: $5 million seized in Atlanta\n\nEleven people were charged. The "
         "drug money was laundered from Atlanta to Mexico through money remitters.", "en",
         {("illicit_finance", "Atlanta", "MX")}),
        ("The network smuggled migrants from Mexico to cities across the United States, "
         "including Los Angeles, Chicago and New York.", "en",
         {("migrant_smuggling", "MX", "Los Angeles"), ("migrant_smuggling", "MX", "Chicago"),
          ("migrant_smuggling", "MX", "New York City")}),
        ("The network smuggled migrants from Mexico to several cities, including Los Angeles "
         "and Chicago.", "en",
         {("migrant_smuggling", "MX", "Los Angeles"), ("migrant_smuggling", "MX", "Chicago")}),
        ("The network smuggled migrants from Mexico and Guatemala, and some from as far away as "
         "China, to Texas.", "en",
         {("migrant_smuggling", "MX", "Texas"), ("migrant_smuggling", "GT", "Texas"),
          ("migrant_smuggling", "CN", "Texas")}),
        # guard: "as far afield as" alone is where to
        ("Georgian women are trafficked as far afield as the United States.", "en",
         {("human_trafficking", "GE", "US")}),
        ("Four couriers were found guilty: Beatrice Auty, 26, from London, and Jonathan Johnson, "
         "55, from Surrey, who smuggled cash to Dubai.", "en",
         {("illicit_finance", None, "Dubai")}),
        ("Four smugglers were found guilty: 26-year-old Beatrice Auty from London flew drug "
         "money to Dubai.", "en", {("illicit_finance", None, "Dubai")}),
        # guard: a migrant's home is where the migrant came from
        ("The migrant, 27, from Eritrea, was smuggled to Italy.", "en",
         {("migrant_smuggling", "ER", "IT")}),
        ("Couriers smuggled 104 million pounds in cash into Dubai in suitcases.", "en",
         {("illicit_finance", None, "Dubai")}),
        ("Le cannabis arrivait du Maroc pour alimenter l'agglomération lilloise.", "fr",
         {("drugs", "MA", "Lille")}),
        ("Le cannabis arrivait du Maroc pour alimenter le marché de Lille.", "fr",
         {("drugs", "MA", "Lille")}),
        ("Laundered money was transferred from Russia to the company's account which, as in "
         "many such cases, was situated in Latvia.", "en", {("illicit_finance", "RU", "LV")}),
        ("Officers seized $29,000 in US currency concealed within parcels destined for Costa "
         "Rica.", "en", {("illicit_finance", None, "CR")}),
        ("Marijuana concealed in cereal boxes was destined for Antigua.", "en",
         {("drugs", None, "AG")}),
        ("Les chauffeurs faisaient transiter les migrants depuis les ports du littoral des "
         "Hauts-de-France, de Belgique et des Pays-Bas jusqu'au port de Hull.", "fr",
         {("migrant_smuggling", "Hauts-de-France", "Kingston upon Hull"),
          ("migrant_smuggling", "BE", "Kingston upon Hull"),
          ("migrant_smuggling", "NL", "Kingston upon Hull")}),
        # guard: a list with its own cue
        ("Les passeurs faisaient venir les migrants de Syrie, d'Irak et d'Afghanistan jusqu'en "
         "Allemagne.", "fr",
         {("migrant_smuggling", "SY", "DE"), ("migrant_smuggling", "IQ", "DE"),
          ("migrant_smuggling", "AF", "DE")}),
        ("The passengers allegedly paid tens of thousands of dollars to smugglers to get to the "
         "US.", "en", {("migrant_smuggling", None, "US")}),
        # guard: money that moves is still money
        ("Millions of dollars in drug money were laundered from Spain to Dubai.", "en",
         {("illicit_finance", "ES", "Dubai")}),
        ("L'organisation est soupçonnée d'avoir fait entrer plus de 560 migrants sur le "
         "territoire allemand et plus de 300 en Roumanie.", "fr",
         {("migrant_smuggling", None, "DE"), ("migrant_smuggling", None, "RO")}),
        # guard: amounts seized in two places are no destinations
        ("Police seized 5 kg of cocaine in Spain and 300 kg in Portugal.", "en", set()),
        ("Four girls hailing from Nepal were rescued from Bagdogra Airport while being "
         "trafficked to the Gulf countries.", "en",
         {("human_trafficking", "NP", "Arabian Peninsula")}),
        ("Ten women trafficked from Nigeria were rescued from brothels in Accra.", "en",
         {("human_trafficking", "NG", "Accra")}),
        ("Les passeurs font venir des migrants en Europe. Emmanuel Verin, attaché de sécurité "
         "intérieure de l'ambassade de France au Nigeria :", "fr",
         {("migrant_smuggling", None, "Europe")}),
        ("Des migrants passent par le Niger. Selon l'ambassade de France au Nigeria, le trafic "
         "de migrants augmente.", "fr", set()),
        ("Migrants were smuggled to the UK. Two men from Northern Ireland, including the driver, "
         "have been charged with human trafficking offences.", "en",
         {("migrant_smuggling", None, "GB")}),
        # guard: people moved, counted before their home
        ("Two men from Syria, who were smuggled to Greece, have been rescued.", "en",
         {("migrant_smuggling", "SY", "GR")}),
        ("Police seized seven illegal firearms from an Indonesian national at a checkpoint in "
         "Kiamba town.", "en", set()),
        ("Police confiscated heroin from a Nigerian man at the airport in Bangkok.", "en", set()),
        # guard: goods from a country
        ("Police seized heroin shipped from the Netherlands at the airport in Bangkok.", "en",
         {("drugs", "NL", "Bangkok")}),
        ("The migrants, mostly Eritrean, landed in Lampedusa.", "en",
         {("migrant_smuggling", "ER", "Lampedusa")}),
        ("Les migrants, pour la plupart érythréens, ont débarqué à Lampedusa.", "fr",
         {("migrant_smuggling", "ER", "Lampedusa")}),
        ("Les passeurs, pour la plupart albanais, ont été arrêtés à Calais.", "fr", set()),
        ("Weapons from the former Yugoslavia have been used in attacks in Paris and Brussels.",
         "en", {("weapons", "former Yugoslavia", "Paris"),
                ("weapons", "former Yugoslavia", "Brussels")}),
        ("Des armes venues des Balkans ont été utilisées lors des attentats de Paris.", "fr",
         {("weapons", "Balkans", "Paris")}),
        ("Migrants from sub-Saharan Africa cross the desert to reach Libya.", "en",
         {("migrant_smuggling", "Sub-Saharan Africa", "LY")}),
        ("Migrants from south-east Asia are smuggled to Australia by boat.", "en",
         {("migrant_smuggling", "South-East Asia", "AU")}),
        ("Cocaine from the Andean countries is shipped to Europe.", "en",
         {("drugs", "Andes", "Europe")}),
        ("La cocaïne de la région andine est expédiée vers l'Europe.", "fr",
         {("drugs", "Andes", "Europe")}),
        ("Les armes, achetées en Slovaquie, étaient revendues dans les cités de Marseille.", "fr",
         {("weapons", "SK", "Marseille")}),
        ("The weapons, bought in Slovakia, were resold in Marseille's housing estates.", "en",
         {("weapons", "SK", "Marseille")}),
        ("The pistols were converted in Slovakia and sent by post to buyers in Germany.", "en",
         {("weapons", "SK", "DE")}),
        ("Des armes réactivées en Slovaquie étaient envoyées par colis en France.", "fr",
         {("weapons", "SK", "FR")}),
        ("Children from Benin are sent to work in quarries in Nigeria.", "en",
         {("human_trafficking", "BJ", "NG")}),
        ("Les enfants béninois sont envoyés travailler dans des carrières au Nigeria.", "fr",
         {("human_trafficking", "BJ", "NG")}),
        ("Migrants from Niger are sent to work on farms in Libya before crossing to Italy.", "en",
         {("migrant_smuggling", "NE", "LY"), ("migrant_smuggling", "LY", "IT")}),
        ("La prise a été réalisée sur le Falkonera, un navire immatriculé au Libéria, arrivé du "
         "Brésil avec 300 kg de cocaïne.", "fr", {("drugs", "BR", None)}),
        ("The cocaine was seized on a vessel flagged in Panama that had sailed from Brazil.", "en",
         {("drugs", "BR", None)}),
        # guard: a lorry's registration
        ("A lorry registered in Spain was carrying cannabis to France.", "en",
         {("drugs", "ES", "FR")}),
        # (round 53: "poudre blanche" is the press's word for cocaine, so the drug that floods
        # the French ports is a flow with one end; the sum is still a price, no finance flow)
        ("Près de 360 kilos de poudre blanche ont été interceptés pour une valeur estimée à 30 "
         "millions d'euros. Les trafiquants tentent d'inonder les ports français.", "fr",
         {("drugs", None, "FR")}),
        ("The white powder seized in Rotterdam was worth 4 million dollars. Traffickers try to "
         "flood European ports.", "en", set()),
        ("The cocaine arrived in Rotterdam, the largest port in Europe.", "en",
         {("drugs", None, "Rotterdam")}),
        ("La cocaïne est arrivée au Havre, le deuxième port de France.", "fr",
         {("drugs", None, "Le Havre")}),
        # (round 46: the Channel crossing itself, with no other flow in the text, goes shore
        # to shore, France -> United Kingdom; where the nationals live still gives no flow)
        ("Les passeurs faisaient traverser la Manche aux migrants. Le réseau comprenait "
         "principalement des ressortissants iraniens vivant en France, aux Pays-Bas et au "
         "Royaume-Uni.", "fr", {("migrant_smuggling", "FR", "GB")}),
        ("Les policiers ont démantelé un réseau de blanchiment de l'argent du cannabis en France. "
         "Treize personnes ont été interpellées. L'enquête a suivi les circuits financiers de la "
         "drogue de Paris au Maroc.", "fr", {("illicit_finance", "Paris", "MA")}),
    ],
)  # fmt: skip
def test_round19_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        # a country before "citizen" or "nationals" says who someone is, not a place
        ("A 20-year-old U.S. citizen was arrested at the border in El Paso.", ["El Paso"]),
        ("Two US nationals and a Mexican driver were charged in Tucson.", ["Tucson"]),
        # guard: the country itself is still a place
        ("The courier drove from Mexico into the U.S. at El Paso.", ["Mexico", "U.S.", "El Paso"]),
    ],
)
def test_round19_nationality_words_are_no_places(extractor, text, surfaces):
    doc = Document(id="t", text=text, lang="en")
    assert [m.surface for m in extractor.extract(doc).mentions] == surfaces
