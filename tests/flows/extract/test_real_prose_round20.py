"""Round 20 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a sentence that opens on a place and a comma ("En France, ...", "In Sweden, ...", "À
  Marseille, ...") says where goods that came from elsewhere ended up: it ends a flow that has
  only an origin ("des armes en provenance d'Ukraine"), as a place of seizure does; a dateline
  ("TIRANA, July 17 -") or a place that is not first is no such frame;
- "envoyées à l'étranger, notamment en Europe", "trafficked abroad, mainly to the Gulf": the
  places named after "abroad" are where they were sent;
- people counted by where they come from ("46 passagers originaires du Bangladesh, 29
  Soudanais, 22 Érythréens") come from each of the countries counted, not only the first;
- "trafficked" in a document on exploitation names human trafficking, even where the document
  also speaks of migrants;
- "Radio France Internationale", "France Info", "France Télévisions" are broadcasters, no
  places;
- "the country" after a nationality that qualifies the goods ("Libyan weapons are flowing out
  of the country") is that nationality's country, not the last country named before; a
  nationality that qualifies anything else ("British police", "une autoroute autrichienne")
  does not count;
- "le département français d'outre-mer de Guadeloupe", "the French overseas department of
  Guadeloupe": the place named is the end, not the country of the adjective;
- the men that trafficked women are made to marry or are sold to ("forced to marry Chinese
  men", "vendues à des hommes chinois") are where the women go, not where they come from;
- people counted by place ("24 ressortissants de Côte d'Ivoire, 7 du Mali, 3 de Guinée", "24
  from Ghana, 7 from Mali") come from each place counted;
- "intended for higher value markets including Australia", "destinée à des marchés plus
  lucratifs comme l'Australie": the markets named are where the goods go;
- a navy or coast guard that rescues people at sea ("la marine tunisienne a secouru des
  migrants partis de Libye") is not where they were going, as officers who arrest are;
- "paid Libya-based smugglers": where the smugglers are based is no destination ("a loan from
  the Moscow-based bank" still comes from Moscow);
- "remitted to an account of his brother at an international bank in Dubai", "wired to
  accounts in Cyprus": the account's bank is where the money goes;
- a list of nationalities that ends on a region's ("Mexican and Central American women") gives
  each its origin, not only the region;
- "from Haiti, Cuba and a number of African and Asian countries", "dont de nombreux
  Nigériens": a word of quantity does not end a list;
- officers "from" a country who act with others ("together with colleagues from Kyrgyzstan",
  "avec leurs homologues d'Espagne") are no end of the flow they seize;
- "Georgia" is the US state in a text that names the United States and gives no other sign of
  the country (no "Georgian", no Tbilisi); a one-word province after "bound for" ("bound for
  Punjab via Mumbai") is a place, as after "in" (found in a probe of 40 real pages); the
  French Antilles ("French West Indies", "French Caribbean", "Antilles françaises") are a
  region of their own;
- a category term joined by a hyphen ("a migrant-smuggling ring", "money-laundering charges",
  "a drug-trafficking gang") is the term, where nothing matched before; but "anti-" and
  "counter-" make it the name of who fights it ("the anti-human trafficking police");
- a sentence on another shipment or case ("La dernière prise ...", "In a separate case ...")
  takes no origin from the sentences or the flows before it;
- people "kept in captivity" by traffickers, "held captive", women "séquestrées" or taken to
  a house of "travailleuses du sexe" name human trafficking (a probe of 40 real pages found
  documents where no word named the category); so do traffickers who "forced them to do
  dangerous work", "les forçaient à travailler";
- how far a network reaches ("ces opérations s'étendaient jusqu'à Dreux") is no destination;
- "l'argent généré par la vente de drogue en France", "issu du trafic de stupéfiants" is money
  (illicit finance) from where the drugs were sold, as "l'argent de la vente" was; "quittent
  le territoire national" leaves the country named before, as "le pays" does; money sent "to
  drug-producing countries such as Colombia" goes to the countries named;
- "sex trafficking", "labor trafficking", "child trafficking", "the trafficking of women",
  "trafic sexuel", "trafic d'enfants", "false promises of jobs", "fausses promesses
  d'emploi" name human trafficking (a second probe of 40 real pages
  found a "sex trafficking ring" filed as money or migrants); where people were rescued is
  never where a flow to elsewhere starts ("taken to India, Kuwait and Kenya ... 200 were
  rescued from India alone");
- "une entreprise de produits alimentaires aux Pays-Bas": "produits" after an article is the
  noun, no place of production; goods "destinés à une entreprise ... aux Pays-Bas" go there;
- "l'argent généré par des trafiquants de drogue" is money too; "le bateau entamait sa
  traversée pour l'Europe": where the crossing goes;
- a third probe of 40 real pages (West Africa, the Sahel, Asia, agency wording): "en
  provenance des pays voisins, notamment la Guinée, la Gambie" are origins (the cue took only
  "de" and no comma); "les enfants sauvés sont de nationalité nigériane, béninoise" gives
  their origins (not for smugglers: "les passeurs arrêtés sont de nationalité albanaise");
  "the United Nations Office on Drugs and Crime" names an agency, not drugs; "land borders
  in Mali" is no landing.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("En Suède, des gangs utilisent des grenades en provenance des Balkans.", "fr",
         {("weapons", "Balkans", "SE")}),
        ("À Lyon, des trafiquants vendent des fusils d'assaut en provenance de Slovaquie.", "fr",
         {("weapons", "SK", "Lyon")}),
        ("In Sweden, gangs use hand grenades from the Balkans.", "en",
         {("weapons", "Balkans", "SE")}),
        # guard: a dateline is no frame; the seizure decides
        ("TIRANA, July 17 - Police said the cannabis came from Albania.", "en",
         {("drugs", "AL", None)}),
        # guard: a place that does not open the sentence is no frame
        ("Des gangs en Suède utilisent des grenades en provenance des Balkans.", "fr",
         {("weapons", "Balkans", None)}),
        ("Des milliers de Nigérianes sont victimes de la traite des êtres humains et envoyées à "
         "l'étranger, notamment en Italie.", "fr", {("human_trafficking", "NG", "IT")}),
        ("Thousands of Nepali women are trafficked abroad, mainly to Malaysia.", "en",
         {("human_trafficking", "NP", "MY")}),
        ("Des migrants tentaient de rallier l'Italie. Le bateau transportait 46 passagers "
         "originaires du Bangladesh, 29 Soudanais et 22 Érythréens.", "fr",
         {("migrant_smuggling", "BD", "IT"), ("migrant_smuggling", "SD", "IT"),
          ("migrant_smuggling", "ER", "IT")}),
        ("The boat carried 46 migrants from Bangladesh, 29 Sudanese and 22 Eritreans to "
         "Lampedusa.", "en",
         {("migrant_smuggling", "BD", "Lampedusa"), ("migrant_smuggling", "SD", "Lampedusa"),
          ("migrant_smuggling", "ER", "Lampedusa")}),
        ("Migrants need better protection, an expert said. Women who went abroad to work "
         "suffered exploitation at the hands of agents. Hundreds of Indian women are "
         "trafficked to Oman every year.", "en",
         {("human_trafficking", "IN", "OM")}),
        ("Officials in France have long warned about this. Libyan weapons are smuggled out of "
         "the country and into the Sahel.", "en", {("weapons", "LY", "Sahel")}),
        ("La France met en garde depuis longtemps. Les armes libyennes sortent illégalement du "
         "pays et gagnent le Sahel.", "fr", {("weapons", "LY", "Sahel")}),
        ("Selon Radio France Internationale, des armes libyennes sont passées en contrebande au "
         "Sahel.", "fr",
         {("weapons", "LY", "Sahel")}),
        ("Un total de 2,7 tonnes de cocaïne ont été saisies au port du Havre, dans un conteneur "
         "en provenance du département français d'outre-mer de Guadeloupe.", "fr",
         {("drugs", "GP", "Le Havre")}),
        ("The cocaine seized in Le Havre came from the French overseas department of "
         "Guadeloupe.", "en", {("drugs", "GP", "Le Havre")}),
        ("Des Vietnamiennes victimes de la traite ont été vendues à des hommes chinois.", "fr",
         {("human_trafficking", "VN", "CN")}),
        ("Women from Myanmar were trafficked and sold as brides to Chinese men.", "en",
         {("human_trafficking", "MM", "CN")}),
        ("Des victimes de la traite ont été secourues à Lagos : 24 ressortissants de Côte "
         "d'Ivoire, 7 du Mali et 3 de Guinée.", "fr",
         {("human_trafficking", "CI", "Lagos"), ("human_trafficking", "ML", "Lagos"),
          ("human_trafficking", "GN", "Lagos")}),
        ("The meth tablets were destined for Thailand but the ice was intended for higher value "
         "markets including Australia.", "en", {("drugs", None, "TH"), ("drugs", None, "AU")}),
        ("La méthamphétamine était destinée à des marchés plus lucratifs comme l'Australie.", "fr",
         {("drugs", None, "AU")}),
        ("La marine tunisienne a secouru plus de 100 migrants partis de Libye.", "fr",
         {("migrant_smuggling", "LY", None)}),
        ("The Tunisian navy rescued 100 migrants who had left Libya.", "en",
         {("migrant_smuggling", "LY", None)}),
        # guard: officers who arrest still end the flow
        ("Tunisian police arrested 100 migrants who had left Libya.", "en",
         {("migrant_smuggling", "LY", "TN")}),
        ("Most migrants paid Libya-based smugglers to reach Italy.", "en",
         {("migrant_smuggling", None, "IT")}),
        # guard: a bank based somewhere still sends from there
        ("The party obtained an illicit loan of 9 million euros from the Moscow-based bank.",
         "en", {("illicit_finance", "Moscow", None)}),
        ("The drug lord laundered his proceeds: US$450,000 was remitted to an account of his "
         "brother at an international bank in Dubai.", "en", {("illicit_finance", None, "Dubai")}),
        ("The laundered money was wired to accounts in Cyprus.", "en",
         {("illicit_finance", None, "CY")}),
        ("US police arrested 29 people accused of forcing Mexican and Central American women "
         "into prostitution in the United States.", "en",
         {("human_trafficking", "MX", "US"), ("human_trafficking", "Central America", "US")}),
        ("Nearly 22,000 migrants from Haiti, Cuba and a number of African and Asian countries "
         "were smuggled into Panama.", "en",
         {("migrant_smuggling", "HT", "PA"), ("migrant_smuggling", "CU", "PA"),
          ("migrant_smuggling", "Africa", "PA"), ("migrant_smuggling", "Asia", "PA")}),
        ("Russian officials, together with colleagues from Kyrgyzstan, seized heroin smuggled "
         "from Afghanistan to the European Union.", "en",
         {("drugs", "AF", "European Union")}),
        ("Les policiers français, avec leurs homologues d'Espagne, ont saisi deux tonnes de "
         "cannabis destinées aux Pays-Bas.", "fr", {("drugs", None, "NL")}),
        ("Police arrested 12 people over a migrant-smuggling ring that operated between "
         "Tunisia and Sicily. The suspects demanded 3,000 euros in cash per person. Profits were "
         "reinvested in new boats.", "en", {("migrant_smuggling", "TN", "Sicily")}),
        ("The men face money-laundering charges for moving drug cash from London to Dubai.",
         "en", {("illicit_finance", "London", "Dubai")}),
        ("Les douaniers découvrent régulièrement de la cocaïne dans des conteneurs en provenance "
         "du Brésil et du Chili. La dernière prise date d'il y a une semaine avec 64 kilos de "
         "cocaïne cachés dans un conteneur à destination de la Réunion.", "fr",
         {("drugs", "BR", None), ("drugs", "CL", None), ("drugs", None, "RE")}),
        # guard: without the marker, the origins said before are the shipment's
        ("Les douaniers découvrent de la cocaïne en provenance du Brésil. Elle était cachée dans "
         "un conteneur à destination de la Réunion.", "fr", {("drugs", "BR", "RE")}),
        ("Cocaine from Ecuador was seized in Antwerp. In a separate case, 200 kilograms of "
         "cocaine bound for Rotterdam were found.", "en",
         {("drugs", "EC", "Antwerp"), ("drugs", None, "Rotterdam")}),
        ("Nepal Police rescued 11 Indian nationals who traffickers had kept in their captivity "
         "on the pretext of sending them to the United States.", "en",
         {("human_trafficking", "IN", "US")}),
        ("Arrivée à Bamako, la jeune Nigériane a été conduite dans une maison de travailleuses "
         "du sexe gardée par des hommes armés.", "fr", {("human_trafficking", "NG", "Bamako")}),
        ("An agent lured laborers from Nepal to Kashmir, forced them to do dangerous work and "
         "withheld their wages.", "en",
         {("human_trafficking", "NP", "Kashmir")}),
        ("Le réseau acheminait des jeunes femmes de Roumanie vers l'Espagne et les forçait à "
         "travailler dans les champs.", "fr", {("human_trafficking", "RO", "ES")}),
        ("Un réseau de blanchiment de l'argent de la drogue opérait depuis Paris. Ces opérations "
         "s'étendaient même jusqu'à Dreux.", "fr", {("illicit_finance", "Paris", None)}),
        ("Le réseau transportait vers la Belgique l'argent généré par la vente de drogue en "
         "France.", "fr", {("illicit_finance", "FR", "BE")}),
        ("La France est touchée par le blanchiment. Chaque année, des milliards d'euros blanchis "
         "quittent le territoire national.", "fr", {("illicit_finance", "FR", None)}),
        ("The laundering network sent money to drug-producing countries such as Colombia.",
         "en", {("illicit_finance", None, "CO")}),
        ("Authorities helped bust a global sex trafficking ring that lured women from Thailand "
         "to the U.S. with promises of a better life.", "en", {("human_trafficking", "TH", "US")}),
        ("Le camion transportait de l'héroïne cachée parmi des carreaux de plâtre destinés à une "
         "entreprise de produits alimentaires aux Pays-Bas.", "fr", {("drugs", None, "NL")}),
        ("Nepali women were trafficked to India, Kuwait and Kenya under false promises; 200 were "
         "rescued from India alone.", "en",
         {("human_trafficking", "NP", "IN"), ("human_trafficking", "NP", "KW"),
          ("human_trafficking", "NP", "KE")}),
        ("Les camions collectaient l'argent généré par des trafiquants de drogue avant de "
         "l'acheminer au Maroc.", "fr", {("illicit_finance", None, "MA")}),
        ("Le voilier chargé de cocaïne entamait sa traversée pour l'Europe.", "fr",
         {("drugs", None, "Europe")}),
        ("Les saisies de cocaïne en provenance des pays voisins, notamment la Guinée et la "
         "Gambie, se multiplient.", "fr", {("drugs", "GN", None), ("drugs", "GM", None)}),
        # (round 21: "victimes de traite à Abidjan" says where they were trafficked to)
        ("La police a secouru 137 enfants victimes de traite à Abidjan. Les enfants sauvés sont "
         "de nationalité nigériane et béninoise.", "fr",
         {("human_trafficking", "NG", "Abidjan"), ("human_trafficking", "BJ", "Abidjan")}),
        # guard: the smugglers' nationality is no origin
        ("Les passeurs arrêtés en France sont de nationalité albanaise. Ils faisaient passer des "
         "migrants vers l'Angleterre.", "fr", {("migrant_smuggling", None, "England")}),
        ("An operation coordinated by the United Nations Office on Drugs and Crime seized "
         "illicit firearms smuggled from Libya into Niger.", "en", {("weapons", "LY", "NE")}),
        ("Officers targeted arms smuggling hotspots at airports and land borders in Mali and "
         "Niger.", "en", set()),
    ],
)  # fmt: skip
def test_round20_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "places"),
    [
        ("Guns bought in Georgia were trafficked to New York City, U.S. prosecutors said.",
         [("Georgia", "US", "region"), ("New York City", "US", "city"),
          ("United States", "US", "country")]),
        # guard: a sign of the country keeps it
        ("Georgian police say weapons from Georgia reach Russia.",
         [("Georgia", "GE", "country"), ("Russia", "RU", "country")]),
        # the French Antilles are a region of their own, not France nor the whole Caribbean
        ("Cocaine from the French West Indies reached Le Havre.",
         [("French Antilles", None, "region"), ("Le Havre", "FR", "city")]),
        ("Heroin smuggled from Dubai was bound for Punjab via Mumbai.",
         [("Dubai", "AE", "city"), ("Punjab", "IN", "region"), ("Mumbai", "IN", "city")]),
    ],
)  # fmt: skip
def test_round20_places(extractor, text, places):
    doc = Document(id="t", text=text, lang="en")
    found = extractor.extract(doc).mentions
    assert [(m.place.name, m.place.country_code, m.place.kind) for m in found] == places


@pytest.mark.parametrize(
    ("text", "terms"),
    [
        ("a migrant-smuggling ring", [("migrant_smuggling", "migrant-smuggling")]),
        ("money-laundering charges", [("illicit_finance", "money-laundering")]),
        ("a drug-trafficking gang", [("drugs", "drug")]),
        ("des pots-de-vin versés", [("illicit_finance", "pots-de-vin")]),
        ("women kept in their captivity", [("human_trafficking", "in their captivity")]),
        ("a sex trafficking ring", [("human_trafficking", "sex trafficking")]),
        ("the trafficking of women", [("human_trafficking", "trafficking of women")]),
        ("under false promise of good jobs", [("human_trafficking", "false promise of good jobs")]),
        # a hyphen joins a term only before a crime word: "drug-producing" names no drugs
        ("drug-producing countries", []),
        # guard: who fights it is no category term
        ("the anti-human trafficking police", []),
        ("an anti-drug operation", []),
    ],
)
def test_round20_hyphenated_category_terms(text, terms):
    found = find_category_terms(text, "fr" if text.startswith("des ") else "en")
    assert [(h.category, h.term) for h in found] == terms
