"""Round 12 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- "Côte d'Ivoire" and "Ivory Coast" are countries, not the ivory trade (category `other`);
- people named in a sentence that follows one about goods are what moves ("avec à son bord
  81 hommes originaires du Mali", after a sentence on the boat's fuel);
- a nationality before "the nation of", "le pays ... du" qualifies the place named after it
  ("le pays africain du Togo" is Togo, not Africa);
- buyers "from countries including" a list are where the goods go;
- where "the journey begins" ("le périple commence à") the movement starts;
- a trade "entre X et Y" across a longer phrase, and "avant de finir à";
- "authorities from" a list of countries, and "approved shipments", give no flow;
- "au péage d'Arles", "à la gare de": the town is where they were stopped;
- the place after "plutôt que" or "rather than" is not where goods go;
- one movement a sentence gives as both smuggling and trafficking is trafficking;
- divisions by their French names ("Bavière", "Colombie-Britannique": see
  geodata/data/admin1_names.yaml);
- "final destinations in" a list, "prend la destination de", "from places such as"; the
  members of a network "originating from" places (no flow); an origin said in one sentence
  and a list of destinations in the next (one flow each);
- where goods arrived, said before they move on, starts the next leg, and a place on the way
  back ends no flow (rows in tests/flows/extract/test_flows_passages.py).

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Trafic d'ivoire\n\nL'ivoire braconné au Mozambique part vers la Chine.",
            "fr",
            {("other", "MZ", "CN")},
        ),
        (
            "Une pirogue secourue\n\nLes garde-côtes ont trouvé du carburant de "
            "contrebande. La pirogue a débarqué aux Canaries avec à son bord 81 hommes venus "
            "du Sénégal.",
            "fr",
            {("migrant_smuggling", "SN", "Canary Islands")},
        ),
        (
            "Trafic d'armes\n\nDes armes volées en Bavière ont été acheminées vers la "
            "Colombie-Britannique.",
            "fr",
            {("weapons", "Bavaria", "British Columbia")},
        ),
        # "final destinations in" names where the goods go, each of a list
        (
            "Migrant smuggling\n\nThe migrants claimed asylum in Hungary prior to being "
            "smuggled onwards to their final destinations in Switzerland, Italy and France.",
            "en",
            {
                ("migrant_smuggling", "HU", "CH"),
                ("migrant_smuggling", "HU", "IT"),
                ("migrant_smuggling", "HU", "FR"),
            },
        ),
        # where a network's members come from says who they are
        (
            "Migrant smuggling\n\nThe network was mainly made up of individuals originating "
            "from Kosovo, Serbia and Bosnia.",
            "en",
            set(),
        ),
        (
            "Trafic de migrants\n\nLe réseau était composé principalement d'individus "
            "originaires du Kosovo et de Serbie.",
            "fr",
            set(),
        ),
        # an origin said in one sentence, a list of destinations in the next: one flow each
        (
            "Blanchiment\n\nLa France est un pays de départ des flux de blanchiment. Les "
            "espèces non déclarées sont à destination de la Turquie, des Comores et de l'Inde.",
            "fr",
            {
                ("illicit_finance", "FR", "TR"),
                ("illicit_finance", "FR", "KM"),
                ("illicit_finance", "FR", "IN"),
            },
        ),
        # a place that is a source or a region of origin sends; a division named by several
        # words stands alone at the start of a sentence
        (
            "Cannabis\n\nBritish Columbia is a prime source of potent marijuana exported to "
            "the United States.",
            "en",
            {("drugs", "British Columbia", "US")},
        ),
        (
            "Trafficking\n\nCentral Asia is a growing region of origin for human trafficking, "
            "with women mainly going to Turkey.",
            "en",
            {("human_trafficking", "Central Asia", "TR")},
        ),
        # "prendre la destination de": where the goods go
        (
            "Trafic d'héroïne\n\nUne partie de l'héroïne afghane prend désormais la "
            "destination de la France.",
            "fr",
            {("drugs", "AF", "FR")},
        ),
        # a nationality before "nation of", "pays ... du" qualifies the place named after it
        (
            "Captagon\n\nLes pilules partaient du Liban vers le pays africain du Togo.",
            "fr",
            {("drugs", "LB", "TG")},
        ),
        # where "the journey begins" is where the movement starts
        (
            "Migrant smuggling\n\nThe journey normally begins in Aksaray, where the migrants "
            "meet the smugglers. Then they are taken across the border to Thessaloniki.",
            "en",
            {("migrant_smuggling", "TR", "GR")},
        ),
        (
            "Trafic de migrants\n\nLe périple commence à Aksaray. Ensuite, ils sont conduits "
            "à Thessalonique puis à Athènes.",
            "fr",
            {("migrant_smuggling", "TR", "GR")},
        ),
        # buyers "from countries including" a list: where the goods go
        (
            "Dark web arms\n\nThe two Slovenian nationals sold weapons to buyers from "
            "countries including France and Sweden.",
            "en",
            {("weapons", "SI", "FR"), ("weapons", "SI", "SE")},
        ),
        # "le trafic de drogue et le blanchiment d'argent entre X et Y", "avant de finir à"
        (
            "Trafic\n\nLe réseau se livrait au trafic de drogue et au blanchiment d'argent "
            "entre le Maroc et la Belgique.",
            "fr",
            {("drugs", "MA", "BE"), ("illicit_finance", "MA", "BE")},
        ),
        (
            "Traite\n\nLes victimes ont été transportées via le Bénin, avant de finir sur le "
            "site d'orpaillage de Kédougou.",
            "fr",
            {("human_trafficking", None, "SN")},
        ),
        # the authorities of countries that take part, and approved shipments, are no flows
        (
            "Cocaine trafficking\n\nThe investigation also involved law enforcement "
            "authorities from Belgium, the Netherlands and Ecuador.",
            "en",
            set(),
        ),
        (
            "Arms embargo\n\nIllegal arms trafficking is rife in the region. The council has "
            "approved shipments of weapons from France and Russia to shore up the army of the "
            "Central African Republic.",
            "en",
            set(),
        ),
        # "plutôt que", "rather than": the place after is not where they go
        (
            "Trafic de migrants\n\nLes réseaux de trafic se sont tournés vers l'Algérie "
            "plutôt que vers le Maroc.",
            "fr",
            {("migrant_smuggling", None, "DZ")},
        ),
        (
            "Migrant smuggling\n\nSmuggling networks turned to Algeria rather than to Morocco.",
            "en",
            {("migrant_smuggling", None, "DZ")},
        ),
        # one movement that a sentence calls both smuggling and trafficking is trafficking
        (
            "Réseau démantelé\n\nIls revendaient les migrants comme esclaves en France et en "
            "Allemagne.",
            "fr",
            {("human_trafficking", None, "FR"), ("human_trafficking", None, "DE")},
        ),
    ],
)
def test_round12_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("des complices en Côte d'Ivoire et au Liban", "fr", []),
        ("des complices en Côte d’ivoire", "fr", []),
        ("children from Ivory Coast", "en", []),
        ("un trafic d'ivoire vers la Chine", "fr", [("other", "ivoire")]),
        ("ivory shipped to China", "en", [("other", "ivory")]),
    ],
)
def test_a_country_is_no_commodity(text, lang, expected):
    assert [(h.category, h.term) for h in find_category_terms(text, lang)] == expected


@pytest.mark.parametrize(
    ("text", "origins"),
    [
        # a second "from" lists places inside the first: they are the ends, not the country
        (
            "Migrants told of leaving from Libya, from places such as Zuara and Zawia, to "
            "reach Lampedusa.",
            {"Zuwara", "Zawiya"},
        ),
        ("Migrants left from Libya to reach Lampedusa.", {"Libya"}),
    ],
)
def test_places_inside_a_country_are_the_origins(extractor, text, origins):
    doc = Document(id="t", text="Migrant smuggling\n\n" + text, lang="en")
    found = {c.origin.place.name for c in extractor.extract(doc, "en").candidates if c.origin}
    assert found == origins


def test_the_town_of_a_toll_is_where_they_were_stopped(extractor):
    text = (
        "Cocaïne\n\nQuatre personnes ont été interpellées au péage d'Arles en provenance "
        "d'Espagne avec 4,2 kilos de cocaïne."
    )
    found = {
        (c.origin.place.name if c.origin else None, c.destination.place.name)
        for c in extractor.extract(Document(id="t", text=text, lang="fr"), "fr").candidates
        if c.destination
    }
    assert found == {("Spain", "Arles")}
