"""Round 15 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a count of countries before the list that names them ("from 64 countries, mainly Romania",
  "de plusieurs pays, notamment de Colombie", "provenaient de 64 pays, principalement de
  Roumanie"): the cue before the count is the cue of the list, whatever word introduces it
  and with a preposition repeated after it;
- a city adjective names the city as an end ("à destination des cités toulousaines et
  marseillaises", "a Parisian suburb"); French ones in lower case only ("Le Parisien" is a
  newspaper); "les pays de l'Est" are Eastern Europe;
- where places lie in a city ("dans les caves des cités de Marseille", "les quartiers nord de
  Marseille") is that city, not where what moves comes from;
- arms or money whose sentence gives no illicit cue are a flow when the next sentence gives
  one ("... parties de Croatie, puis retrouvées à Marseille. La cour condamnait les membres du
  réseau d'importation");
- "point d'embarquement", "point de départ", "the main departure point for the boats is"
  name where boats leave from;
- "cela part en Allemagne", "partait ensuite pour l'Europe": where it goes; where buyers come
  from ("pas mal d'acheteurs viennent de France", "many buyers come from Sweden") is where
  the goods go;
- a three-letter island the gazetteer's supplement names is a place after a locative word
  ("vers l'île égéenne de Kos");
- "la destination finale de la cargaison était une entreprise en Belgique", "Its destination
  was the municipality of Palhoça": where it goes, past the thing's name and a firm or a
  municipality; two towns of one country told in two sentences are one trip; "next to" a
  place says where a town lies;
- where people seek work, a better life or asylum is where they mean to go ("migrants from East
  Africa seeking work in the Gulf countries", "à la recherche d'un emploi en Arabie saoudite",
  "the mere chance of a better life in the United States", "l'espoir d'une vie meilleure");
- "Elle était destinée au marché australien" right after "une cargaison a été saisie à
  Rotterdam": the goods seized go on from there; nationality words of Australia, New
  Zealand, Burundi, Madagascar and twenty-odd more countries;
- "qui migrent en Europe" (the verb, not "les migrants en Europe") is where they go; "depuis
  les rivages d'Afrique de l'Ouest" is where they leave from;
- "the town of", "the village of" between a cue and its place;
- a list of nationalities goes on past peoples with no state of their own ("iraniens,
  afghans, kurdes et irakiens");
- "les îles espagnoles des Canaries" names the islands, the adjective only their country;
- "gold smuggling", "smuggled gold": the gold moves, not people (categories);
- where officers or offices are deployed is where they work ("deployed to Serbia and the UK");
- the nationality of the people a document tells of ("16 Nepali women rescued from Delhi"),
  when it is the only one named for moved people, is where its destination-only flows of
  people start ("they were being trafficked to Iraq and Kuwait"); not for goods, and not when
  two nationalities are named.

Endpoints: the ISO code of a country, the gazetteer name of any other place; None when the
text gives no such end.
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
        # a count of countries, then the countries
        (
            "Une opération contre la traite des êtres humains. Les victimes provenaient de 64 "
            "pays, principalement de Roumanie, d'Ukraine et de Chine.",
            "fr",
            {
                ("human_trafficking", "RO", None),
                ("human_trafficking", "UA", None),
                ("human_trafficking", "CN", None),
            },
        ),
        (
            "Réseau de trafic de cocaïne. La drogue arrivait de plusieurs pays, notamment de "
            "Colombie et d'Équateur.",
            "fr",
            {("drugs", "CO", None), ("drugs", "EC", None)},
        ),
        (
            "Cocaine trafficking network. The cocaine was shipped to several countries, mostly "
            "to Spain and Italy.",
            "en",
            {("drugs", None, "ES"), ("drugs", None, "IT")},
        ),
        # guards: the introducers that already worked keep working
        (
            "Human trafficking operation. The victims came from 64 countries, including "
            "Romania and Ukraine.",
            "en",
            {("human_trafficking", "RO", None), ("human_trafficking", "UA", None)},
        ),
        (
            "Réseau de trafic de cocaïne. La drogue arrivait de plusieurs pays, notamment la "
            "Colombie et l'Équateur.",
            "fr",
            {("drugs", "CO", None), ("drugs", "EC", None)},
        ),
        # city adjectives
        (
            "Trafic d'armes. Entre 300 et 400 armes, en provenance des pays de l’Est, ont été "
            "vendues à destination des cités toulousaines et marseillaises.",
            "fr",
            {("weapons", "Eastern Europe", "Toulouse"), ("weapons", "Eastern Europe", "Marseille")},
        ),
        (
            "Heroin trafficking. The heroin was smuggled from Turkey to a Parisian suburb.",
            "en",
            {("drugs", "TR", "Paris")},
        ),
        (
            "Trafic d'héroïne. Selon Le Parisien, l'héroïne venait de Turquie.",
            "fr",
            {("drugs", "TR", None)},
        ),
        # the city where the places lie; the illicit cue of the next sentence
        (
            "Les armes de guerre\nDes kalachnikovs parties de Croatie, puis retrouvées dans les "
            "caves des cités de Marseille. La cour d'appel condamnait les membres du réseau "
            "de trafic d'armes.",
            "fr",
            {("weapons", "HR", "Marseille")},
        ),
        (
            "Les armes de guerre\nDes kalachnikovs parties de Croatie ont été achetées par un "
            "musée de Marseille. Le musée les expose depuis mai.",
            "fr",
            set(),
        ),
        # departure points
        (
            "Trafic de migrants. Les passeurs organisaient des voyages vers l'Italie, avec pour "
            "point d'embarquement le port de Zuwarah en Libye.",
            "fr",
            {("migrant_smuggling", "Zuwara", "IT")},
        ),
        (
            "Migrant smuggling. The boats sail to the Canary Islands. The main departure point "
            "for the boats is Nouadhibou.",
            "en",
            {("migrant_smuggling", "Nouadhibou", "Canary Islands")},
        ),
        # "part en", buyers' homes
        (
            "Trafic d'armes depuis Sarajevo. «Cela part en Allemagne, en Belgique, pas mal "
            "d'acheteurs viennent de France».",
            "fr",
            {
                ("weapons", "Sarajevo", "DE"),
                ("weapons", "Sarajevo", "BE"),
                ("weapons", "Sarajevo", "FR"),
            },
        ),
        (
            "Arms trafficking in Bosnia. The smuggled rifles are sold in Sarajevo; many buyers "
            "come from Sweden.",
            "en",
            {("weapons", None, "Sarajevo"), ("weapons", None, "SE")},
        ),
        (
            "Trafic de migrants. Un réseau faisait passer des migrants de la Turquie vers l'île "
            "égéenne de Kos.",
            "fr",
            {("migrant_smuggling", "TR", "Kos island")},
        ),
        # final destinations, trips within a country, "next to"
        (
            "Trafic de drogue. La drogue était cachée dans un conteneur transporté depuis "
            "l'Iran. La destination finale de la cargaison était une entreprise en Belgique.",
            "fr",
            {("drugs", "IR", "BE")},
        ),
        (
            "Drug trafficking. The truck departed from the city of Ponta Porã, next to Pedro "
            "Juan Caballero, Paraguay. Its destination was the municipality of Palhoça.",
            "en",
            {("drugs", "Ponta Porã", "Palhoça")},
        ),
        # where people seek work
        (
            "Migrant smuggling. Yemen remains a major transit point for migrants from East "
            "Africa seeking work in Saudi Arabia.",
            "en",
            {("migrant_smuggling", "East Africa", "SA")},
        ),
        (
            "Trafic de migrants. Des milliers de migrants venus d'Éthiopie traversent Djibouti "
            "à la recherche d'un emploi en Arabie saoudite.",
            "fr",
            {("migrant_smuggling", "ET", "SA")},
        ),
        # the goods seized go on; nationality words added (round 37 hT: and the town where
        # they were seized on their way out is no arrival of a flow from nowhere: "seized at a
        # warehouse in Pasay City ... bound for Vietnam" is annotated Pasay -> Vietnam only)
        (
            "Trafic de drogue. Une cargaison de MDMA a été saisie à Rotterdam. Elle était "
            "destinée au marché australien.",
            "fr",
            {("drugs", "Rotterdam", "AU")},
        ),
        (
            "Human trafficking. Burundian and Malagasy women were trafficked to Oman.",
            "en",
            {("human_trafficking", "BI", "OM"), ("human_trafficking", "MG", "OM")},
        ),
        # migrating; shores ("jeunes hommes": girls from Nigeria to Europe read as trafficking)
        (
            "Trafic de migrants. Des jeunes hommes venus du Nigeria migrent en Europe.",
            "fr",
            {("migrant_smuggling", "NG", "Europe")},
        ),
        ("Trafic de migrants. Les migrants en Europe sont nombreux.", "fr", set()),
        (
            "Trafic de migrants. Ces enfants arrivent au Gabon sur une embarcation de fortune "
            "depuis les rivages d'Afrique de l'Ouest.",
            "fr",
            {("migrant_smuggling", "West Africa", "GA")},
        ),
        # "headed to the town of Obock"
        (
            "Migrant smuggling. The boat with 34 migrants was headed to the town of Obock.",
            "en",
            {("migrant_smuggling", None, "Obock")},
        ),
        # a list of nationalities goes on past peoples with no state
        (
            "Trafic de migrants. Les passeurs ont facilité le passage de très nombreux "
            "ressortissants iraniens, afghans, kurdes et irakiens vers le Royaume-Uni.",
            "fr",
            {
                ("migrant_smuggling", "IR", "GB"),
                ("migrant_smuggling", "AF", "GB"),
                ("migrant_smuggling", "IQ", "GB"),
            },
        ),
        # "les îles espagnoles des Canaries": the islands, not Spain
        (
            "Trafic de migrants. Un réseau faisait passer des migrants du continent africain "
            "vers les îles espagnoles des Canaries.",
            "fr",
            {("migrant_smuggling", "Africa", "Canary Islands")},
        ),
        (
            "Migrant smuggling. Migrants from Guatemala risk everything for the mere chance of "
            "a better life in the United States.",
            "en",
            {("migrant_smuggling", "GT", "US")},
        ),
        (
            "Trafic de migrants. Des migrants venus du Mali partent dans l'espoir d'une vie "
            "meilleure en France.",
            "fr",
            {("migrant_smuggling", "ML", "FR")},
        ),
        # where officers are deployed is where they work
        (
            "Weapons trafficking. Europol mobile offices were deployed to Serbia and the UK "
            "during the action against arms smugglers.",
            "en",
            set(),
        ),
        # the one nationality of the moved people: the origin of the document's
        # destination-only flows of people
        (
            "16 Nepali women rescued from Delhi\nA team rescued 16 Nepali women from a house "
            "in the Indian capital. She said the women were being trafficked to Iraq and "
            "Kuwait.",
            "en",
            {("human_trafficking", "NP", "IQ"), ("human_trafficking", "NP", "KW")},
        ),
        (
            "Dix-sept femmes nigérianes secourues au Niger\nLes jeunes femmes avaient été "
            "recrutées par un réseau de traite. Elles devaient être conduites vers l'Italie "
            "pour y être prostituées.",
            "fr",
            {("human_trafficking", "NG", "IT")},
        ),
        # guards: two nationalities name no one origin; goods take none from people
        (
            "Nepali and Bangladeshi women rescued from Delhi\nA team rescued 16 women from a "
            "house in the Indian capital. She said the women were being trafficked to Iraq.",
            "en",
            {("human_trafficking", None, "IQ")},
        ),
        (
            "Nigerian women rescued in Niger\nPolice found the women in a house. The heroin "
            "seized there was bound for Italy.",
            "en",
            {("drugs", None, "IT")},
        ),
    ],
)
def test_round15_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "categories"),
    [
        # smuggled gold is what moves, not people ("smuggling" alone is people)
        ("facilitating gold smuggling from Dubai", "en", ["illicit_finance"]),
        ("smuggled gold worth 2 million dollars", "en", ["illicit_finance"]),
        ("the smuggling of gold from Mali", "en", ["illicit_finance"]),
        ("people smuggling from Libya", "en", ["migrant_smuggling"]),
    ],
)
def test_gold_before_smuggling(text, lang, categories):
    assert [h.category for h in find_category_terms(text, lang)][:1] == categories
