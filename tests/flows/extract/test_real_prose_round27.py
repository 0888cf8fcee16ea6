"""Round 27 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a loan to a political party or a campaign is covert funding (ANNOTATION.md), from the
  lender's place ("a loan of 9 million euros from a bank in Moscow", "un prêt d'une banque
  russe", "auprès d'une société chypriote") to the party's country, which a small table of
  parties that such news names gives ("the National Front", "le Front national", "the AfD");
  a party named beside a word of relations only ("relations between the National Front and
  Russian officials") receives nothing, and "prêts à prendre tous les risques" is no loan;
- money that political receivers named first "received from" / "ont reçu de" a place, or
  that they were "bankrolled by" / "financée par" someone "based in" / "établi en" it, comes
  from there; French gives money with "donné" and "payé" as English does with "gave" and
  "paid" ("ont donné des millions au Parti conservateur britannique");
- where trafficked women serve is where they went ("become domestic workers in Lebanon,
  Kuwait or Saudi Arabia", "deviennent domestiques au Liban ..."), but "worked as
  prostitutes in Hungary" still says only where they worked;
- money moved to a place "before wiring some of the funds to" another / "avant de virer ...
  vers" goes on from there (a new leg);
- people "fleeing violence in Latin America" / "fuyant la violence en Amérique latine" come
  from there (not "fleeing to Europe", nor "escaped from prison in Brazil");
- "the intended destination for this consignment was" / "la destination finale de cette
  cargaison de cocaïne était" names where it goes;
- in French as in English, arms bought in one place that "finissent en" / "aboutissent au"
  another end up there (as "end up in"), and migrants helped "à traverser de la Turquie vers la
  Grèce" cross from Turkey (the noun "traversées de la Manche" crosses a sea, no origin);
- people "conduits de Turquie" / "emmenés du Bénin" are taken from there (as "acheminés de");
  "enticed to Cambodia" is "lured to Cambodia", and "attirés ... avec la promesse d'un emploi"
  is trafficking as "lured with promises" is (where "attirées en Europe" goes was measured and
  left out: two right flows of the development part lost, none gained);
- boats that "ended their journey in" / "ont fini leur course à" a place went there; places
  that "are well-known places of origin for" / "sont des lieux d'origine ... pour" victims
  found somewhere send them there (a list of senders before one verb was measured and left
  out: "Fiji, Guam, ... Tonga" in a report's list of source, transit and destination
  countries made nine wrong flows of the development part, none right);
- migrants who "avaient embarqué dans le camion en Roumanie" left from there (as "boarded the
  lorry in Romania"); money a defendant ("prévenu") carries somewhere moves illicitly;
- goods stopped "at the port of Calais" while "bound for the United Kingdom" were leaving from
  there (as "intercepté au port de Calais une cargaison à destination du Royaume-Uni"); arms
  passed "de l'autre côté de la frontière, au Mexique" went to Mexico ("across the border into");
- women "exploited ... in massage parlours across France" / "partout en France" were put to
  work there (not a transit); migrants "held for ransom in Sinai" / "retenus contre rançon dans
  le Sinaï" were taken there;
- "Iran supplies the Houthis in Yemen" is arms for an armed group as "fournit aux Houthis au
  Yémen" is (not "weapons supplies from traffickers in Sudan"); "de fabrication turque" is an
  origin as "d'origine turque" is; what is "sold by Serbia" / "vendu par la Serbie" comes from
  there; "sociétés immatriculées au Luxembourg" are "companies registered in Luxembourg";
- "exiles" is a migrants' word in English as "les exilés" is in French ("a makeshift boat" as
  one, like "une embarcation de fortune", was measured and left out: two wrong flows in an
  unread document); mules who "swallow cocaine pellets in Cayenne" /
  "ingèrent des boulettes à Cayenne" leave from there;
- money carried in "suitcases of cash" / "valises d'argent liquide", "siphoned" into "offshore
  accounts" / "comptes offshore", moved "through shell companies" / "via des sociétés écrans"
  moves illicitly; "pour renvoyer l'argent en Colombie" through hawala brokers is money going
  there (not funds a state sends back); "embezzled funds ended up in bank accounts in
  Singapore" went there (the words after a verb of taking no longer run over "ended up");
- arms "issues des stocks de l'armée ukrainienne" / "volées dans les dépôts de l'armée
  libyenne" come from that state's stores, as "from Ukrainian army stocks" do (a state's army
  that acts stays no end);
- "an arsenal" / "un arsenal" is weapons (not "an arsenal of measures", "un arsenal
  juridique", nor the football club);
- women "recruited by madams" / "recrutées par des « mamas »" are trafficked (not smuggled);
  children "placed as domestic workers with families in Abidjan" / "placés comme domestiques
  chez des familles à Abidjan" are trafficked there;
- a division named in French with its kind first is the division ("l'État de Shan", "l'État
  du Borno", "la province du Helmand"), as "Shan State" is in English.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from flows.extract.funding import party_hints, political_funding
from geodata.gazetteer import load_gazetteer
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The far-right National Front took a loan of 9 million euros from a bank in Moscow.",
         "en", {("illicit_finance", "Moscow", "FR")}),
        ("Le Front national a obtenu un prêt de 9 millions d'euros d'une banque basée à Moscou.",
         "fr", {("illicit_finance", "Moscow", "FR")}),
        ("Do you consider a loan from a Russian bank to the National Front a form of "
         "interference?", "en", {("illicit_finance", "RU", "FR")}),
        ("Considérez-vous un prêt d'une banque russe au Front national comme une forme "
         "d'ingérence ?", "fr", {("illicit_finance", "RU", "FR")}),
        ("Le parti avait emprunté deux millions d'euros auprès d'une société chypriote pour sa "
         "campagne.", "fr", {("illicit_finance", "CY", None)}),
        ("The party had borrowed two million euros from a Cypriot company for its campaign.",
         "en", {("illicit_finance", "CY", None)}),
        ("The AfD received a loan from a bank based in Switzerland.", "en",
         {("illicit_finance", "CH", "DE")}),
        ("The far-right party received money from Moscow before the election.", "en",
         {("illicit_finance", "Moscow", None)}),
        ("Le parti d'extrême droite a reçu de l'argent de Moscou avant l'élection.", "fr",
         {("illicit_finance", "Moscow", None)}),
        ("The campaign was bankrolled by a businessman based in Russia.", "en",
         {("illicit_finance", "RU", None)}),
        ("La campagne a été financée par un homme d'affaires établi en Russie.", "fr",
         {("illicit_finance", "RU", None)}),
        ("Des oligarques russes ont donné des millions au Parti conservateur britannique.", "fr",
         {("illicit_finance", "RU", "GB")}),
        # money received by people who are not political receivers is no covert funding
        ("The migrants received money from relatives in Sweden.", "en", set()),
        ("Relations between the National Front and Russian officials grew before the loan.",
         "en", set()),
        # "prêts à" and a verb: ready to, no loan
        ("Les migrants étaient prêts à prendre tous les risques pour rejoindre l'Espagne depuis "
         "le Maroc.", "fr", {("migrant_smuggling", "MA", "ES")}),
        ("Ethiopian girls are trafficked and become domestic workers in Lebanon, Kuwait or Saudi "
         "Arabia.", "en", {("human_trafficking", "ET", "LB"), ("human_trafficking", "ET", "KW"),
                           ("human_trafficking", "ET", "SA")}),
        ("Des jeunes Éthiopiennes sont victimes de traite et deviennent domestiques au Liban, au "
         "Koweït ou en Arabie saoudite.", "fr",
         {("human_trafficking", "ET", "LB"), ("human_trafficking", "ET", "KW"),
          ("human_trafficking", "ET", "SA")}),
        ("Les trafiquants acheminent la méthamphétamine depuis l'État de Shan vers la Thaïlande.",
         "fr", {("drugs", "Shan", "TH")}),
        ("Les trafiquants font sortir la méthamphétamine de l'État Shan vers la Thaïlande.",
         "fr", {("drugs", "Shan", "TH")}),
        ("Les armes volées dans l'État du Borno ont été revendues au Tchad.", "fr",
         {("weapons", "Borno", "TD")}),
        ("Meth is smuggled from Shan State to Thailand.", "en", {("drugs", "Shan", "TH")}),
        ("A network of shell firms moved $20 million of laundered money from Nigeria to Kenya "
         "before wiring some of the funds to countries in Europe and Asia.", "en",
         {("illicit_finance", "NG", "KE"), ("illicit_finance", "KE", "Europe"),
          ("illicit_finance", "KE", "Asia")}),
        ("Un réseau de sociétés a transféré 20 millions de dollars d'argent blanchi du Nigeria "
         "au Kenya avant de virer une partie des fonds vers des pays d'Europe et d'Asie.", "fr",
         {("illicit_finance", "NG", "KE"), ("illicit_finance", "KE", "Europe"),
          ("illicit_finance", "KE", "Asia")}),
        ("Migrants fleeing violence in Latin America pay smugglers to cross Mexico bound for the "
         "U.S.", "en", {("migrant_smuggling", "Latin America", "US")}),
        ("Des migrants fuyant la violence en Amérique latine paient des passeurs pour traverser "
         "le Mexique en direction des États-Unis.", "fr",
         {("migrant_smuggling", "Latin America", "US")}),
        ("Families fleeing to Europe in boats drowned.", "en",
         {("migrant_smuggling", None, "Europe")}),
        ("One of the smugglers had escaped from prison in Brazil.", "en", set()),
        ("The intended destination for this cocaine consignment was mainland Europe.", "en",
         {("drugs", None, "Europe")}),
        ("La destination finale de cette cargaison de cocaïne était l'Europe continentale.",
         "fr", {("drugs", None, "Europe")}),
        ("Des armes achetées légalement en Floride finissent en Haïti.", "fr",
         {("weapons", "Florida", "HT")}),
        ("Des armes achetées aux États-Unis aboutissent souvent au Mexique.", "fr",
         {("weapons", "US", "MX")}),
        ("Les passeurs aidaient les migrants à traverser de la Turquie vers la Grèce.", "fr",
         {("migrant_smuggling", "TR", "GR")}),
        ("Les migrants ont été conduits de Turquie en Grèce.", "fr",
         {("migrant_smuggling", "TR", "GR")}),
        ("Fifteen Malaysians were enticed to Cambodia with the promise of a job.", "en",
         {("human_trafficking", "MY", "KH")}),
        ("Two migrant boats that left Senegal ended their journey in Tenerife.", "en",
         {("migrant_smuggling", "SN", "Santa Cruz de Tenerife")}),
        ("Deux pirogues parties du Sénégal ont fini leur course à Tenerife.", "fr",
         {("migrant_smuggling", "SN", "Santa Cruz de Tenerife")}),
        ("According to experts, Miskolc is a well-known place of origin for trafficking victims "
         "identified in Switzerland.", "en", {("human_trafficking", "Miskolc", "CH")}),
        ("Selon les experts, Miskolc est un lieu d'origine bien connu pour les victimes de la "
         "traite identifiées en Suisse.", "fr", {("human_trafficking", "Miskolc", "CH")}),
        ("Les migrants avaient embarqué dans le camion en Roumanie pour gagner l'Europe "
         "occidentale par l'Autriche.", "fr", {("migrant_smuggling", "RO", "Western Europe")}),
        ("The third defendant carried the money to Romania every week.", "en",
         {("illicit_finance", None, "RO")}),
        ("Le troisième prévenu transportait l'argent chaque semaine en Roumanie.", "fr",
         {("illicit_finance", None, "RO")}),
        ("Police intercepted a shipment of cannabis resin bound for the United Kingdom at the "
         "port of Calais.", "en", {("drugs", "Calais", "GB")}),
        ("La police a intercepté au port de Calais une cargaison de résine de cannabis à "
         "destination du Royaume-Uni.", "fr", {("drugs", "Calais", "GB")}),
        ("Des armes achetées au Texas ont été passées en contrebande de l'autre côté de la "
         "frontière, au Mexique.", "fr", {("weapons", "Texas", "MX")}),
        ("The network exploited Chinese women in massage parlours across France.", "en",
         {("human_trafficking", "CN", "FR")}),
        ("Le réseau exploitait des Chinoises dans des salons de massage partout en France.",
         "fr", {("human_trafficking", "CN", "FR")}),
        ("Eritrean migrants held for ransom in Sinai were tortured by their captors.", "en",
         {("migrant_smuggling", "ER", "Sinai Peninsula")}),
        ("Des migrants érythréens retenus contre rançon dans le Sinaï ont été torturés par leurs "
         "ravisseurs.", "fr", {("migrant_smuggling", "ER", "Sinai Peninsula")}),
        ("Iran supplies the Houthis in Yemen with missiles and drones.", "en",
         {("weapons", "IR", "YE")}),
        ("L'Iran fournit aux Houthis au Yémen des missiles et des drones.", "fr",
         {("weapons", "IR", "YE")}),
        # a noun of supplies from somewhere is no destination
        ("The rebels received fresh weapons supplies from traffickers in Sudan.", "en", set()),
        ("Des pistolets de fabrication turque ont été saisis en Belgique.", "fr",
         {("weapons", "TR", "BE")}),
        ("The rifles were sold by Serbia to Saudi Arabia and diverted to Yemen.", "en",
         {("weapons", "RS", "SA"), ("weapons", "SA", "YE")}),
        ("Les fusils ont été vendus par la Serbie à l'Arabie saoudite puis détournés vers le "
         "Yémen.", "fr", {("weapons", "RS", "SA"), ("weapons", "SA", "YE")}),
        ("The mafia laundered its profits through companies registered in Luxembourg.", "en",
         {("illicit_finance", None, "LU")}),
        ("La mafia blanchissait ses profits par l'intermédiaire de sociétés immatriculées au "
         "Luxembourg.", "fr", {("illicit_finance", None, "LU")}),
        ("Exiles seeking to reach the United Kingdom gather on the coast.", "en",
         {("migrant_smuggling", None, "GB")}),
        ("The traffickers use mules who swallow cocaine pellets in Cayenne before flying to "
         "Paris.", "en", {("drugs", "Cayenne", "Paris")}),
        ("Les trafiquants utilisent des mules qui ingèrent des boulettes de cocaïne à Cayenne "
         "avant de prendre l'avion pour Paris.", "fr", {("drugs", "Cayenne", "Paris")}),
        # "ingérence" is no swallowing: France stays where the money goes
        ("Moscou a financé une campagne d'ingérence en France par des fonds versés à des "
         "partis.", "fr", {("illicit_finance", "RU", "FR")}),
        ("Couriers carried suitcases of cash from Paris to Dubai every month.", "en",
         {("illicit_finance", "Paris", "Dubai")}),
        ("Des convoyeurs transportaient chaque mois des valises d'argent liquide de Paris à "
         "Dubaï.", "fr", {("illicit_finance", "Paris", "Dubai")}),
        ("Billions were siphoned out of Angola into offshore accounts in Switzerland.", "en",
         {("illicit_finance", "AO", "CH")}),
        ("Des milliards ont été détournés de l'Angola vers des comptes offshore en Suisse.", "fr",
         {("illicit_finance", "AO", "CH")}),
        ("Le cartel utilisait des courtiers hawala à Dubaï pour renvoyer l'argent en Colombie.",
         "fr", {("illicit_finance", "Dubai", "CO")}),
        ("Russian oligarchs moved their fortunes to Cyprus and Latvia through shell companies.",
         "en", {("illicit_finance", None, "CY"), ("illicit_finance", None, "LV")}),
        ("The embezzled funds ended up in bank accounts in Singapore and Hong Kong.", "en",
         {("illicit_finance", None, "SG"), ("illicit_finance", None, "HK")}),
        # funds a state sends back are no flow of the crime
        ("The looted funds will be confiscated and sent back to Nigeria.", "en", set()),
        ("Des grenades issues des stocks de l'armée ukrainienne ont été retrouvées en Pologne.",
         "fr", {("weapons", "UA", "PL")}),
        ("Des armes volées dans les dépôts de l'armée libyenne ont été retrouvées au Niger.",
         "fr", {("weapons", "LY", "NE")}),
        # the army that acts is no origin
        ("La police ukrainienne a saisi des grenades en Pologne.", "fr", set()),
        ("An arsenal from the Balkans was dismantled in the suburbs of Lyon.", "en",
         {("weapons", "Balkans", "Lyon")}),
        ("Un arsenal en provenance des Balkans a été démantelé dans la banlieue de Lyon.", "fr",
         {("weapons", "Balkans", "Lyon")}),
        ("Young Nigerian women are recruited by madams and sent to Europe via Libya.", "en",
         {("human_trafficking", "NG", "Europe")}),
        ("Des jeunes Nigérianes sont recrutées par des « mamas » et envoyées en Europe via la "
         "Libye.", "fr", {("human_trafficking", "NG", "Europe")}),
        ("The children were placed as domestic workers with families in Abidjan.", "en",
         {("human_trafficking", None, "Abidjan")}),
        ("Les enfants étaient placés comme domestiques chez des familles à Abidjan.", "fr",
         {("human_trafficking", None, "Abidjan")}),
        # a crossing named as a noun: the sea is crossed, no origin
        ("Les traversées de la Manche par des migrants vers l'Angleterre se multiplient.", "fr",
         {("migrant_smuggling", None, "England")}),
    ],
)  # fmt: skip
def test_round27_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "parties", "political"),
    [
        ("Un prêt d'une banque russe au Front national", "fr", ["FR"], True),
        ("Russia funded the AfD and the FPÖ", "en", ["DE", "AT"], True),
        ("Le Front national a tenu un meeting à Nice", "fr", [], False),
        ("The national front of the storm reached Brittany", "en", [], False),
    ],
)
def test_round27_parties_receive_funding(text, lang, parties, political):
    gaz = load_gazetteer()
    found = party_hints(text, 0, lang, gaz.country)
    assert [t.place.country_code for t in found] == parties
    assert political_funding(text, lang) is political


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("État de Shan", "fr", ("Shan", "MM")),
        ("État Shan", "fr", ("Shan", "MM")),
        ("province du Helmand", "fr", ("Helmand", "AF")),
        ("État de droit", "fr", None),
    ],
)
def test_round27_french_division_names(name, lang, expected):
    found = load_gazetteer().candidates(name, lang)
    got = (found[0].name, found[0].country_code) if found else None
    assert got == expected


@pytest.mark.parametrize(
    ("text", "lang", "weapons"),
    [
        ("Police dismantled an arsenal hidden in a garage.", "en", True),
        ("The state needs a new arsenal of measures against smugglers.", "en", False),
        ("Arsenal beat Chelsea on Sunday.", "en", False),
        ("La police a découvert un arsenal dans un garage.", "fr", True),
        ("Le gouvernement renforce son arsenal juridique contre les passeurs.", "fr", False),
    ],
)
def test_round27_arsenal_is_weapons(text, lang, weapons):
    assert any(h.category == "weapons" for h in find_category_terms(text, lang)) is weapons
