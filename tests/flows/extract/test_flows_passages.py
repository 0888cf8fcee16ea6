"""Flows read across words and sentences: coordinated origins after a destination, a route
that goes on ("then trucked to", "puis transportée jusqu'à", "later moved on to"), a
destination or origin given by the sentence before, nationalities as origins, "the country" /
"le pays", negations and lawful transfers. Inputs -> expected (category, origin, destination),
in English and French (endpoints as ISO codes, or gazetteer names for regions; None: none).
"""

from __future__ import annotations

import pytest

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # every candidate the rules give: the output's confidence cut is tested in test_ranking
    return Extractor(min_confidence=0)


def _key(t):
    if t is None:
        return None
    return t.place.country_code or t.place.name


def _flows(extractor, text, lang):
    doc = Document(id="t", text=text, lang=lang)
    return {
        (c.category, _key(c.origin), _key(c.destination)) for c in extractor.extract(doc).candidates
    }


MS, HT, DR, WE = "migrant_smuggling", "human_trafficking", "drugs", "weapons"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # origins listed after the destination share it
        (
            "Migrants reached Spain on boats that had left Morocco and Algeria.",
            "en",
            {(MS, "MA", "ES"), (MS, "DZ", "ES")},
        ),
        (
            "Les migrants sont arrivés en Grèce à bord de bateaux partis de Turquie et de Libye.",
            "fr",
            {(MS, "TR", "GR"), (MS, "LY", "GR")},
        ),
        # "then" + a new verb of movement: a new leg from where the first one ended
        (
            "The cocaine was shipped from Peru to Algeciras and then driven to Lyon.",
            "en",
            {(DR, "PE", "ES"), (DR, "ES", "FR")},
        ),
        (
            "La cocaïne a été expédiée du Brésil vers Anvers, puis transportée par camion "
            "jusqu'à Lyon.",
            "fr",
            {(DR, "BR", "BE"), (DR, "BE", "FR")},
        ),
        # "puis par la route", "then by boat": a change of mode starts a new leg too
        (
            "Les migrants ont voyagé en avion jusqu'en Turquie, puis par la route à travers la "
            "Bulgarie jusqu'en Autriche.",
            "fr",
            {(MS, None, "TR"), (MS, "TR", "AT")},
        ),
        # a stop, then a new departure: "transite par X avant d'être ... vers Y"
        (
            "La cocaïne transite par Rotterdam avant d'être redistribuée vers la Pologne.",
            "fr",
            {(DR, "NL", "PL")},
        ),
        (
            "The laundered money came from Russia and was moved through banks in Riga before "
            "being wired to companies in Cyprus.",
            "en",
            {("illicit_finance", "RU", "LV"), ("illicit_finance", "LV", "CY")},
        ),
        # the destination said in the sentence before
        (
            "Heroin worth millions reached Germany last year. It was smuggled from Afghanistan "
            "by road.",
            "en",
            {(DR, "AF", "DE")},
        ),
        (
            "Plus de 500 migrants sont arrivés en Italie ce week-end. Ils étaient partis de "
            "Tunisie et de Libye.",
            "fr",
            {(MS, "TN", "IT"), (MS, "LY", "IT")},
        ),
        # a list of sources named before: one flow from each
        (
            "Most of the heroin is produced in Afghanistan and Myanmar. Traffickers then move "
            "it by road to Iran.",
            "en",
            {(DR, "AF", "IR"), (DR, "MM", "IR")},
        ),
        # "later", "plus tard", "from there", "de là": the route goes on
        (
            "Nigerian women are trafficked to Libya. Some are later moved on to Italy.",
            "en",
            {(HT, "NG", "LY"), (HT, "LY", "IT")},
        ),
        (
            "Des femmes nigérianes victimes de la traite sont conduites jusqu'en Libye. Elles "
            "sont plus tard emmenées en Italie.",
            "fr",
            {(HT, "NG", "LY"), (HT, "LY", "IT")},
        ),
        (
            "Smugglers fly migrants to Benghazi. From there, they are taken by boat to Malta.",
            "en",
            {(MS, None, "LY"), (MS, "LY", "MT")},
        ),
        # nationalities as origins
        (
            "Syrian, Afghan and Iraqi nationals were smuggled into Greece.",
            "en",
            {(MS, "SY", "GR"), (MS, "AF", "GR"), (MS, "IQ", "GR")},
        ),
        (
            "La plupart des migrants débarqués en Italie sont des Érythréens et des Soudanais.",
            "fr",
            {(MS, "ER", "IT"), (MS, "SD", "IT")},
        ),
        (
            "Many of the Afghans had first travelled to Iran before crossing into Turkey.",
            "en",
            {(MS, "AF", "IR"), (MS, "IR", "TR")},
        ),
        (
            "Des Syriens arrivent chaque semaine en Grèce.",
            "fr",
            {(MS, "SY", "GR")},
        ),
        # "the country" / "le pays" point back to the last country named
        (
            "Most of the smuggled rifles came from Serbia. They were bought legally in the "
            "country and driven to Sweden.",
            "en",
            {(WE, "RS", "SE")},
        ),
        (
            "Les fusils de contrebande venaient de Slovaquie. Ils étaient achetés légalement "
            "dans le pays avant d'être convoyés jusqu'en Belgique.",
            "fr",
            {(WE, "SK", "BE")},
        ),
        # "l'archipel", "the emirate", "d'où", "from where" point back to a place
        (
            "Plus de 500 migrants sont arrivés aux Canaries. Beaucoup partent de Nouadhibou "
            "pour l'archipel.",
            "fr",
            {(MS, "MR", "ES")},
        ),
        (
            "Drug money is laundered in Dubai. Couriers carry banknotes from London to the "
            "emirate.",
            "en",
            {("illicit_finance", "GB", "AE")},
        ),
        (
            "Une partie de l'argent sale était envoyée au Maroc, d'où provenait la résine de "
            "cannabis vendue en France.",
            "fr",
            {("illicit_finance", None, "MA"), (DR, "MA", "FR")},
        ),
        (
            "The migrants were flown to Benghazi, from where smugglers took them to Lampedusa.",
            "en",
            {(MS, None, "LY"), (MS, "LY", "IT")},
        ),
        # where a network is run from, where the officers are posted: not an origin
        (
            "Les douaniers du Havre ont saisi de la cocaïne en provenance du Brésil.",
            "fr",
            {(DR, "BR", "FR")},
        ),
        ("The smuggling gang was run from Birmingham, police said.", "en", set()),
        ("Le réseau de passeurs était dirigé depuis Constanța.", "fr", set()),
        # who receives
        (
            "Le réseau fournissait des pistolets de contrebande à des trafiquants de Marseille.",
            "fr",
            {(WE, None, "FR")},
        ),
        # verbs of arrival and of trafficking
        (
            "Un canot parti de Nador a accosté à Almería.",
            "fr",
            {(MS, "MA", "ES")},
        ),
        (
            "Thousands of guns are trafficked into Canada from the United States every year.",
            "en",
            {(WE, "US", "CA")},
        ),
        # repatriated people are lawful, repatriated profits are not
        ("Les autorités ont rapatrié 200 migrants du Niger vers la Guinée.", "fr", set()),
        (
            "Les gains du réseau de proxénétisme étaient rapatriés en Roumanie.",
            "fr",
            {("illicit_finance", None, "RO")},
        ),
        # where goods arrived, said before they move on, starts the next leg
        (
            "Après leur arrivée en Roumanie ou en Estonie, les pilules étaient transportées "
            "vers la Finlande.",
            "fr",
            {("drugs", "RO", "FI"), ("drugs", "EE", "FI")},
        ),
        (
            "After arriving in Spain, the hashish was driven to France.",
            "en",
            {("drugs", "ES", "FR")},
        ),
        # a place on the way back ends no flow
        (
            "Women trafficked from Cambodia to China. Women who have returned from China "
            "reported abuse by their traffickers.",
            "en",
            {("human_trafficking", "KH", "CN")},
        ),
        (
            "Les migrants passés clandestinement en Hongrie sont renvoyés de force, notamment "
            "vers la Serbie.",
            "fr",
            {("migrant_smuggling", None, "HU")},
        ),
        # negations and lawful transfers give no flow
        ("The cocaine shipment had not transited through Malaysia.", "en", set()),
        ("La cargaison de cocaïne n'a pas transité par le port de Valence.", "fr", set()),
        (
            "The government transferred 300 asylum seekers from Lampedusa to Sicily.",
            "en",
            set(),
        ),
        (
            "Les livraisons d'armes de la France à l'Ukraine font l'objet d'un suivi strict.",
            "fr",
            set(),
        ),
    ],
)
def test_flows_in_passages(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
