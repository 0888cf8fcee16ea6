"""Round 29 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination). Each row was first a sentence
that said nothing, or the wrong thing, in one language or both:

- goods "en route du Liban vers le Togo" come from Lebanon, as "en route depuis" and "en
  route from" did ("route du" was read as the name of a route, "la route des Balkans");
- "to the (West) African nation of Togo", "vers le pays ouest-africain de Guinée-Bissau": the
  place after a kind of place and "of"/"de" is the end (singular "nation" and "country", and
  a hyphenated adjective, were missing);
- "the US city of Chicago", "the Caribbean island of Trinidad", "the Libyan port city of
  Zuwara": the place named is the end, the country or region before it says where it lies
  (ANNOTATION.md: the most specific place), so no second flow to the country;
- "to a Persian Gulf nation, most likely Saudi Arabia", "vers un pays du Golfe, probablement
  l'Arabie saoudite": the place the speaker names more precisely is the end;
- money sent "to a relative in Syria" / "à un proche en Syrie" goes there, as money sent to
  buyers did, and those "prosecuted for" / "poursuivis pour" sending it, or a text on terror
  financing, make the movement illicit;
- arms that "armed groups transferred" / "des groupes armés ont transféré", or that break an
  embargo, move illicitly (weapons need such a word: they also move lawfully);
- buyers named by nationality after the goods in French ("fournir ce type d'armes à
  l'opposition syrienne") are where the goods go, as in English;
- people "brought back to India" / "ramenés en Inde" or "returned home" move by the state's
  hand, as those repatriated or deported (goods "brought back to Colombo" still move);
- "Côte-d'Ivoire" written with a hyphen is no ivory, and "counterfeit passports" or airline
  tickets serve smuggling, not a trade in counterfeit goods;
- a sum "paid ... to enter the country" / "payé ... pour entrer" is a smugglers' fare, no
  money flow, and "his country of origin, in North Africa" / "son pays d'origine, en Afrique
  du Nord" is where the person comes from;
- funding "jihadist groups in northern Mali" / "les groupes djihadistes au nord du Mali" is
  illicit finance to that part of the country, as funding parties is ("finançaient", with its
  cedilla, was no word of funding), and who announces sanctions against funders is no payer;
- "The money transported to Switzerland" / "L'argent transporté en Suisse" after a flow of
  money goes on from where that flow arrived;
- "50 Ethiopians arrested in Nairobi while being smuggled to South Africa": people named by
  nationality come from their country, not from where they were stopped (goods seized in a
  port still leave from there), and a suspect "transferred to Madrid via Interpol" moves by the
  state's hand;
- "transmigrants" (Belgian usage) are migrants, a place "near" which they are loaded into
  lorries / "près de la frontière luxembourgeoise" sends nothing, and "revenant d'Espagne"
  comes from Spain as "coming back from Spain" does;
- where someone "ran operations from" is where a network works, as "run from";
- people named by nationality and then arrested, suspected or at a network's head ("deux
  ressortissants algériens en fuite ... à la tête de ce réseau") commit the crime: their
  country is no origin, unless the words after say they were moved, or they are those
  trafficked ("the sex-trafficking of Latin American women");
- "lured victims from their homes in Mexico" / "depuis leurs villages au Mexique": where the
  people lived is where they left from (Mexico was read as the destination);
- "Baluchistan", the spelling news gives, is Pakistan's Balochistan.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_FINANCE_EN = "Terror financing: families on trial\n\n"
_FINANCE_FR = "Financement du terrorisme : des familles jugées\n\n"
_ARMS_EN = "Arms trafficking\n\n"
_HT_EN = "Human trafficking\n\n"
_HT_FR = "Traite des êtres humains\n\n"
_ARMS_FR = "Trafic d'armes\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La drogue était en route du Liban vers le Togo.", "fr", {("drugs", "LB", "TG")}),
        ("The drugs were en route from Lebanon to Togo.", "en", {("drugs", "LB", "TG")}),
        ("The cocaine was shipped from Colombia to the West African nation of Guinea-Bissau.",
         "en", {("drugs", "CO", "GW")}),
        ("The cocaine was shipped from Colombia to the African country of Togo.", "en",
         {("drugs", "CO", "TG")}),
        ("La cocaïne a été expédiée de Colombie vers le pays ouest-africain de Guinée-Bissau.",
         "fr", {("drugs", "CO", "GW")}),
        ("The drugs were sent from the Mexican state of Sinaloa to the US city of Chicago.", "en",
         {("drugs", "Sinaloa", "Chicago")}),
        ("The cocaine was shipped to the Caribbean island of Trinidad from Venezuela.", "en",
         {("drugs", "VE", "Trinidad")}),
        ("Migrants were smuggled from the Libyan port city of Zuwara to the Italian island of "
         "Lampedusa.", "en", {("migrant_smuggling", "Zuwara", "Lampedusa")}),
        ("Les migrants partaient de la ville portuaire libyenne de Zouara vers l'île italienne "
         "de Lampedusa.", "fr", {("migrant_smuggling", "Zuwara", "Lampedusa")}),
        # the nationality before a kind of place says where the place lies: no end of its own
        ("Weapons were smuggled from the Czech capital of Prague to Nairobi.", "en",
         {("weapons", "Prague", "Nairobi")}),
        ("The heroin was then sent to a Persian Gulf nation, most likely Saudi Arabia.", "en",
         {("drugs", None, "SA")}),
        ("La drogue devait ensuite être envoyée vers un pays du Golfe, probablement l'Arabie "
         "saoudite.", "fr", {("drugs", None, "SA")}),
        ("The heroin was smuggled to a neighbouring country, probably Kenya.", "en",
         {("drugs", None, "KE")}),
        (f"{_FINANCE_EN}Dozens of parents are being prosecuted for sending money to a relative "
         "in Syria.", "en", {("illicit_finance", None, "SY")}),
        (f"{_FINANCE_FR}Des dizaines de parents sont poursuivis pour avoir envoyé de l'argent à "
         "un proche en Syrie.", "fr", {("illicit_finance", None, "SY")}),
        ("The traffickers sent the drug money to an accomplice in Morocco.", "en",
         {("illicit_finance", None, "MA")}),
        ("Les trafiquants ont envoyé l'argent de la drogue à un complice au Maroc.", "fr",
         {("illicit_finance", None, "MA")}),
        # money sent to family with no word of a crime stays lawful
        ("She sends money to her sister in Morocco every month.", "en", set()),
        # arms that armed groups move, or that break an embargo, move illicitly
        ("Armed groups transferred missiles from Libya to Chad.", "en", {("weapons", "LY", "TD")}),
        ("Des groupes armés ont transféré des missiles de Libye au Tchad.", "fr",
         {("weapons", "LY", "TD")}),
        ("In breach of the arms embargo, missiles were shipped from Libya to Chad.", "en",
         {("weapons", "LY", "TD")}),
        ("En violation de l'embargo sur les armes, des missiles ont été expédiés de Libye au "
         "Tchad.", "fr", {("weapons", "LY", "TD")}),
        # buyers named by nationality after the goods: "fournir ce type d'armes à l'opposition
        # syrienne" as "supply such weapons to the Syrian opposition"
        (f"{_ARMS_FR}Les enquêteurs font état de tentatives pour fournir ce type d'armes à "
         "l'opposition syrienne à partir de la Libye.", "fr", {("weapons", "LY", "SY")}),
        (f"{_ARMS_EN}Investigators reported attempts to supply such weapons to the Syrian "
         "opposition from Libya.", "en", {("weapons", "LY", "SY")}),
        # people brought back home move by the state's hand, not a trafficker's
        ("He said nearly 50 trafficked workers have been brought back to India from Myanmar.",
         "en", set()),
        ("Une cinquantaine de travailleurs victimes de la traite ont été ramenés en Inde depuis "
         "le Myanmar.", "fr", set()),
        ("The navy seized the heroin and brought the haul back to Colombo.", "en",
         {("drugs", None, "Colombo")}),
        # "Côte-d'Ivoire" with its hyphen is no ivory, counterfeit passports no counterfeit goods
        ("La Côte-d'Ivoire est le principal pays d'origine des migrants arrivés en Italie par la "
         "mer.", "fr", {("migrant_smuggling", "CI", "IT")}),
        ("Her operatives smuggled people into Austria and a clerk provided counterfeit "
         "passports.", "en", {("migrant_smuggling", None, "AT")}),
        # a sum paid for one's own passage is a fare, and the country of origin named next is
        # where the person comes from
        (f"{_HT_FR}Recruté dans son pays d'origine, en Afrique du Nord, pour venir travailler en "
         "France, il a payé 5 000 € pour entrer illégalement sur le territoire.", "fr",
         {("human_trafficking", "North Africa", "FR")}),
        (f"{_HT_EN}Recruited in his country of origin, in North Africa, to come and work in "
         "France, he paid 5,000 euros to enter the country illegally.", "en",
         {("human_trafficking", "North Africa", "FR")}),
        # funding armed groups is illicit finance (as covert political funding), to the part
        # of the country they are in; French "finançait" is a word of funding too
        ("Qatar funded jihadist groups in northern Mali.", "en",
         {("illicit_finance", "QA", "Northern Mali")}),
        ("Le Qatar finançait les groupes djihadistes au nord du Mali.", "fr",
         {("illicit_finance", "QA", "Northern Mali")}),
        ("Des organisations qataries finançaient les groupes djihadistes au nord du Mali.", "fr",
         {("illicit_finance", "QA", "Northern Mali")}),
        # ... but who sanctions the funders pays nothing
        ("The U.S. announced new sanctions against individuals who helped fund Hezbollah in "
         "Lebanon.", "en", set()),
        # the money of the flow just told goes on from where it arrived
        ("L'argent de la drogue était envoyé de Sicile à Milan. L'argent transporté en Suisse "
         "passait la douane en voiture.", "fr",
         {("illicit_finance", "Sicily", "Milan"), ("illicit_finance", "Milan", "CH")}),
        ("The drug money was sent from Sicily to Milan. The money transported to Switzerland "
         "crossed customs by car.", "en",
         {("illicit_finance", "Sicily", "Milan"), ("illicit_finance", "Milan", "CH")}),
        # people named by nationality and arrested on their way come from their country
        ("50 Ethiopians arrested in Nairobi while being smuggled to South Africa", "en",
         {("migrant_smuggling", "ET", "ZA")}),
        ("50 Éthiopiens arrêtés à Nairobi alors qu'ils étaient conduits clandestinement vers "
         "l'Afrique du Sud", "fr", {("migrant_smuggling", "ET", "ZA")}),
        ("Police in Rotterdam seized cocaine bound for Germany.", "en",
         {("drugs", "Rotterdam", "DE")}),
        # a suspect handed over through Interpol moves by the state's hand
        ("Arrêté en Mauritanie, cet homme a été transféré à Madrid via Interpol avant d'être "
         "placé en détention pour trafic de migrants.", "fr", set()),
        ("Arrested in Mauritania, the man was transferred to Madrid via Interpol and remanded "
         "in custody for migrant smuggling.", "en", set()),
        # "transmigrants" are migrants; a place "near" which they are loaded sends nothing
        ("Les transmigrants devaient voyager en train vers Arlon, près de la frontière "
         "luxembourgeoise, où ils étaient introduits dans des camions vers le Royaume-Uni.",
         "fr", {("migrant_smuggling", None, "Arlon"), ("migrant_smuggling", "Arlon", "GB")}),
        ("The transmigrants travelled by train to Arlon.", "en",
         {("migrant_smuggling", None, "Arlon")}),
        # "revenant d'Espagne" as "coming back from Spain"
        ("Les douaniers interceptent un fourgon revenant d'Espagne avec 300 kilos de cannabis.",
         "fr", {("drugs", "ES", None)}),
        ("Customs intercepted a van coming back from Spain with 300 kilos of cannabis.", "en",
         {("drugs", "ES", None)}),
        # where someone "ran operations from" is where the network works, not where the
        # people left from
        ("The network was led by an Egyptian who ran operations from Istanbul. Migrants were "
         "smuggled to Sicily.", "en", {("migrant_smuggling", None, "Sicily")}),
        # the nationality of suspects or of a network's heads is no origin; that of people
        # moved or exploited is
        ("Réseau de passeurs démantelé. Deux ressortissants algériens en fuite sont désignés "
         "comme étant à la tête de ce réseau qui faisait passer des migrants en France.", "fr",
         {("migrant_smuggling", None, "FR")}),
        ("They included three Iraqi nationals, one of whom is alleged to be the network's head, "
         "smuggling migrants to the UK.", "en", {("migrant_smuggling", None, "GB")}),
        ("The sex-trafficking of Latin American women to the United States led to the arrest "
         "of 29 people.", "en", {("human_trafficking", "Latin America", "US")}),
        ("Colombian cocaine was seized in Rotterdam and two suspects were arrested.", "en",
         {("drugs", "CO", "Rotterdam")}),
        # where the people lived is where they left from
        ("The defendants lured victims from their homes in Mexico to the United States.", "en",
         {("human_trafficking", "MX", "US")}),
        ("Les accusés attiraient les victimes depuis leurs villages au Mexique vers les "
         "États-Unis.", "fr", {("human_trafficking", "MX", "US")}),
        ("A wooden dhow that had set sail from the Pakistani province of Baluchistan laden "
         "with heroin was intercepted.", "en", {("drugs", "Baluchistan", None)}),
    ],
)  # fmt: skip
def test_round29_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
