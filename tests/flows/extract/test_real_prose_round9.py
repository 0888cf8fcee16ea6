"""Round 9 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- "sent as far afield as the U.S., France and Spain": every place of the list is a destination;
- "from all over the world, including Italy and Germany": every place of the list is an origin;
- "sold to criminal outfits operating in Minas Gerais": who buys says where the goods go;
- "en provenance du Togo pour le Gabon": "pour" after a provenance is where they go;
- a story that called the arms trade illicit once ("un complot visant l'exportation clandestine
  d'armes") lets its later movements of the goods pass ("la cargaison provenait de Miami");
  a story that never did keeps them out;
- money someone works for is a motive, not what moves ("pour gagner de l'argent", "to earn
  money"): the people move;
- "un bateau qui traversait le Mékong entre le Laos et la Thaïlande": from the first to the
  second;
- people repatriated by a state are no flow ("seront rapatriés en Haïti", "were repatriated
  to Madagascar"), and "traitement" is no "traite";
- where investigations were launched is no origin ("les enquêtes, lancées depuis l'Europe");
- "un conteneur en partance pour l'Espagne" goes to Spain;
- cash hidden or carried is what moves ("busted with $40,000 hidden in their stomachs"), not
  the people who carry it;
- smuggled gold is illicit finance, as annotators file it, not `other`; French "or" alone (the
  conjunction) is no gold.

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Human trafficking\n\nTrafficked Georgian women are sent as far afield as the U.S., "
            "France and Spain, the report says.",
            "en",
            {
                ("human_trafficking", "GE", "US"),
                ("human_trafficking", "GE", "FR"),
                ("human_trafficking", "GE", "ES"),
            },
        ),
        (
            "Money laundering in Hong Kong\n\nThe laundered money was transferred into Hong Kong "
            "from all over the world, including Italy and Germany, police said.",
            "en",
            {("illicit_finance", "IT", "HK"), ("illicit_finance", "DE", "HK")},
        ),
        (
            "Arms smuggling\n\nThe contraband rifles were sold to criminal outfits operating in "
            "Minas Gerais.",
            "en",
            {("weapons", None, "Minas Gerais")},
        ),
        (
            "Traite d'enfants\n\nLes enfants victimes de traite seraient en provenance du Togo "
            "pour le Gabon, selon la police.",
            "fr",
            {("human_trafficking", "TG", "GA")},
        ),
        (
            "Inculpations en Floride\n\nLes autorités évoquent un complot visant l'exportation "
            "clandestine d'armes à feu. Les accusés résidaient en Floride. La cargaison "
            "provenait de Miami et devait être acheminée vers Haïti.",
            "fr",
            {("weapons", "US", "HT")},
        ),
        (
            "Inculpations en Floride\n\nLes autorités évoquent l'exportation d'armes à feu. "
            "Les accusés résidaient en Floride. La cargaison provenait de Miami et devait être "
            "acheminée vers Haïti.",
            "fr",
            set(),
        ),
        (
            "Traite des Nigérianes\n\nDes victimes de traite ont été libérées. « Nous avons "
            "quitté le Nigeria pour le Mali pour gagner de l'argent. »",
            "fr",
            {("human_trafficking", "NG", "ML")},
        ),
        (
            "Human trafficking\n\nVictims of trafficking were freed. They left Nigeria for "
            "Mali to earn money, one of them said.",
            "en",
            {("human_trafficking", "NG", "ML")},
        ),
        (
            "Trafic de drogue\n\nLa marine a saisi des pilules de méthamphétamine sur un bateau "
            "qui traversait le Mékong entre le Laos et la Thaïlande.",
            "fr",
            {("drugs", "LA", "TH")},
        ),
        (
            "Drug trafficking\n\nThe navy seized meth pills on a boat crossing the Mekong "
            "between Laos and Thailand.",
            "en",
            {("drugs", "LA", "TH")},
        ),
        (
            "Trafic de migrants\n\nLes migrants ont été remis à l'immigration pour traitement "
            "et seront rapatriés en Haïti.",
            "fr",
            set(),
        ),
        (
            "Human trafficking\n\nThe maids, victims of trafficking, were repatriated to "
            "Madagascar.",
            "en",
            set(),
        ),
        (
            "Blanchiment\n\nLes enquêtes, lancées notamment depuis l'Europe et les États-Unis, "
            "ont permis d'identifier des mules qui blanchissaient de l'argent.",
            "fr",
            set(),
        ),
        (
            "Trafic de cocaïne\n\nLa douane a saisi au port de Santos de la cocaïne dissimulée "
            "dans un conteneur de citrons en partance pour l'Espagne.",
            "fr",
            {("drugs", "BR", "ES")},
        ),
        (
            "Couriers arrested\n\nA Colombian and a Venezuelan were busted with $40,000 hidden "
            "in their stomachs while trying to enter Colombia on flights from Costa Rica.",
            "en",
            {("illicit_finance", "CR", "CO")},
        ),
        (
            "Passeurs arrêtés\n\nDeux Colombiens ont été arrêtés avec 50 000 euros dissimulés "
            "dans leurs bagages à leur arrivée en France depuis le Panama.",
            "fr",
            {("illicit_finance", "PA", "FR")},
        ),
        (
            "Gold smuggling\n\nTonnes of illegal gold were smuggled from Mali to Dubai.",
            "en",
            {("illicit_finance", "ML", "AE")},
        ),
        (
            "Contrebande d'or\n\nDes lingots d'or ont été exportés illégalement du Mali vers "
            "les Émirats arabes unis.",
            "fr",
            {("illicit_finance", "ML", "AE")},
        ),
    ],
)
def test_round9_patterns(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
