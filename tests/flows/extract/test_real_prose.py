"""Patterns of real news and agency prose (issue 8), one table row per pattern, in French and
English: input -> expected (category, origin, destination) among the candidates (endpoints as
ISO codes, or gazetteer names for regions; None: not stated)."""

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
    if t.place.kind in ("region", "sea"):
        return t.place.name
    return t.place.country_code or t.place.name


def _flows(extractor, text, lang, title=None):
    doc = Document(id="t", text=text, lang=lang, published="2023-05-01")
    return {
        (c.category, _key(c.origin), _key(c.destination)) for c in extractor.extract(doc).candidates
    }


MS, HT, DR, WE, IF = (
    "migrant_smuggling", "human_trafficking", "drugs", "weapons", "illicit_finance",
)  # fmt: skip

ROWS = [
    # where goods are sold is where they arrive
    ("Les gangs vendent un tiers de l'héroïne dans les rues de l'Europe.", "fr",
     (DR, None, "Europe")),
    ("Albanian gangs sold most of the cocaine in Italy.", "en", (DR, None, "IT")),
    # a place that receives flows is their destination
    ("L'Europe est confrontée à des flux migratoires sans précédent.", "fr",
     (MS, None, "Europe")),
    ("Italy faces unprecedented migration flows this summer.", "en", (MS, None, "IT")),
    # a capital that sends acts for its state; covert political funding is illicit finance
    ("Selon le câble, Moscou s'est arrangé pour transférer des millions de dollars à des "
     "partis politiques étrangers.", "fr", (IF, "RU", None)),
    ("Washington secretly funnelled millions of dollars to politicians abroad.", "en",
     (IF, "US", None)),
    # several places of seizure or arrest: one flow each
    ("Weapons smuggled from Ukraine were found in Sweden, Denmark and the Netherlands.", "en",
     (WE, "UA", "NL")),
    ("Police arrested buyers in Germany, France and Spain who had ordered guns from a Slovak "
     "dealer.", "en", (WE, "SK", "DE")),
    ("Des armes introduites illégalement depuis la Serbie ont été saisies en Suède, au "
     "Danemark et aux Pays-Bas.", "fr", (WE, "RS", "DK")),
    # "X-bound": the destination
    ("Europe-bound heroin was seized in Turkey.", "en", (DR, "TR", "Europe")),
    # goods that did not stay where they were sent: a new leg from there
    ("Weapons destined for Libya ended up in Mali.", "en", (WE, "LY", "ML")),
    ("Des armes destinées à la Libye se sont retrouvées au Mali.", "fr", (WE, "LY", "ML")),
    # a hub: the goods reach it, then head on
    ("Cocaine from Latin America reaches West Africa before heading to Europe.", "en",
     (DR, "West Africa", "Europe")),
    # weapons meant for one place that appeared elsewhere: the reported movement only
    ("Police suspect that weapons intended for Ukraine have appeared in Sweden and Denmark "
     "through smuggling routes.", "en", (WE, "UA", "DK")),
    # nationality of who pays and who receives covert funding
    ("Congress asked for a review into Russian clandestine funding of European parties.",
     "en", (IF, "RU", "Europe")),
    # parts of a country are the endpoint
    ("Le go-fast transportait du cannabis en direction du nord de la France.", "fr",
     (DR, None, "Northern France")),
    ("Migrants were smuggled from the north coast of France to the UK.", "en",
     (MS, "Northern France", "GB")),
    # two places joined by "to" or a dash before a route word
    ("Police targeted London to Dubai laundering routes for criminal cash.", "en",
     (IF, "GB", "AE")),
    # lists that go on with "mais aussi", "mainly"
    ("Le réseau de blanchiment évacuait des sommes depuis la France vers la Belgique, mais "
     "aussi les Emirats arabes unis.", "fr", (IF, "FR", "AE")),
    ("The network smuggled migrants from the Middle East, mainly Syria, to Germany.", "en",
     (MS, "SY", "DE")),
    # labour exploitation named in the title decides the category of the people moved
    ("Criminals recruiting and exploiting workers arrested\nThe network started its illegal "
     "activities in 2013. Its targets were recruited from Romania to work in a paper factory "
     "in Hungary. The criminals made illegal profits.", "en", (HT, "RO", "HU")),
    # people moved to work as slaves or forced to work are trafficked, not smuggled
    ("Vietnamese children are hidden in the camp before being taken to the UK to work for "
     "criminal networks as slaves.", "en", (HT, "VN", "GB")),
    ("Nigerian women are brought to Italy, where they are forced to work in the streets.",
     "en", (HT, "NG", "IT")),
    ("Des femmes nigérianes sont amenées en Italie, où elles sont forcées de travailler dans "
     "la rue.", "fr", (HT, "NG", "IT")),
    ("Des enfants vietnamiens sont emmenés au Royaume-Uni pour y travailler comme esclaves.",
     "fr", (HT, "VN", "GB")),
    # goods of two categories joined by "and": one flow each
    ("A significant proportion of illegal arms and drugs entering Sweden come from the "
     "Western Balkans.", "en", (DR, "Western Balkans", "SE")),
    ("Des armes et de la cocaïne ont été trafiquées depuis la Serbie vers la Suède.", "fr",
     (DR, "RS", "SE")),
    # a border where goods were seized is not a route when their destination is said
    ("Des armes destinées au marché de l'Union européenne ont été saisies à la frontière "
     "entre la Bosnie et la Croatie.", "fr", (WE, "BA", "European Union")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), ROWS)
def test_pattern(extractor, text, lang, expected):
    got = _flows(extractor, text, lang)
    assert expected in got, got


# movements that are not flows
@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Les réseaux criminels opèrent dans de nombreux pays d'Europe.", "fr"),
        ("Ukraine faces a difficult winter.", "en"),
        # who acts is not where goods come from: "police from Sweden"
        (
            "Weapons smuggling ring: police from Sweden, Bosnia, Serbia and Slovenia have "
            "conducted reconnaissance missions in the Stockholm area.",
            "en",
        ),
    ],
)
def test_no_flow(extractor, text, lang):
    assert _flows(extractor, text, lang) == set()


# the most specific place is the endpoint: a seizure in a port of a country named after it
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Une tonne de cocaïne a été saisie dans le port du Havre. C'est la plus grosse "
            "saisie réalisée cette année en France. La drogue arrivait en provenance "
            "d'Equateur.",
            "fr",
            (DR, "Ecuador", "Le Havre"),
        ),
        (
            "Customs seized a ton of cocaine in the port of Antwerp, the largest seizure made "
            "in Belgium this year. The drugs came from Ecuador.",
            "en",
            (DR, "Ecuador", "Antwerp"),
        ),
    ],
)
def test_seizure_place_is_the_finest(extractor, text, lang, expected):
    doc = Document(id="t", text=text, lang=lang, published="2023-05-01")
    got = {
        (c.category, c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in extractor.extract(doc).candidates
    }
    assert expected in got, got


def test_law_enforcement_is_not_an_origin(extractor):
    text = (
        "Three patrol boats from Spain and Italy were heading towards Senegal to stop vessels "
        "bringing migrants into Europe."
    )
    doc = Document(id="t", text=text, lang="en", published="2023-05-01")
    origins = {c.origin and c.origin.place.country_code for c in extractor.extract(doc).candidates}
    assert not origins & {"ES", "IT"}, origins


def test_list_with_repeated_preposition_and_region_the_document_is_about(extractor):
    # "de la Chine et de l'Asie centrale": one origin each; the missing destination is the
    # region the document names most when no country or city stands out
    text = (
        "Le trafic d’êtres humains en Europe, plus important qu’on ne l’estime\n"
        "On ne chiffre pas à sa véritable ampleur la traite des êtres humains en Europe.\n"
        "Les victimes sont de plus en plus souvent originaires de la Chine et de l’Asie "
        "centrale."
    )
    got = {(o, d) for _, o, d in _flows(extractor, text, "fr")}
    assert {("CN", "Europe"), ("Central Asia", "Europe")} <= got, got


# the finer places in brackets after a country or region are the ends
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Les migrants étaient acheminés sur le Nord de la France (Calais, Dunkerque).",
            "fr",
            {(MS, None, "Calais"), (MS, None, "Dunkirk")},
        ),
        (
            "Des armes à feu provenant d'Europe de l'Est (Balkans, Ukraine et Moldavie) sont "
            "trafiquées vers la France.",
            "fr",
            {(WE, "Balkans", "France"), (WE, "Ukraine", "France"), (WE, "Moldova", "France")},
        ),
        # a city with its département in brackets stays the end
        (
            "Une tonne de cocaïne destinée au port du Havre (Seine-Maritime) a été saisie.",
            "fr",
            {(DR, None, "Le Havre")},
        ),
    ],
)
def test_places_in_brackets(extractor, text, lang, expected):
    doc = Document(id="t", text=text, lang=lang, published="2023-05-01")
    got = {
        (c.category, c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in extractor.extract(doc).candidates
    }
    assert expected <= got, got


def test_place_on_the_way_is_not_the_missing_end(extractor):
    # the document is about Libya, but the migrants only passed through it
    text = (
        "La Libye base arrière des passeurs de migrants\n"
        "La plupart des migrants arrivés en Italie ont transité par la Libye où sont implantés "
        "les passeurs.\n"
        "Le chaos en Libye profite aux passeurs."
    )
    got = _flows(extractor, text, "fr")
    assert (MS, None, "IT") in got and (MS, "LY", "IT") not in got, got


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        # the title's flow gives the missing end of a later half-flow of the same category
        (
            "Police bust group smuggling people from Turkey to Germany\n"
            "The network smuggled about 80 migrants originating from Egypt and Syria. "
            "Police in Turkey and Germany made arrests; Turkey and Germany cooperated.",
            {(MS, "EG", "DE"), (MS, "SY", "DE")},
            set(),
        ),
        # without a title line, the first sentence's whole flow gives the end all the same
        # (the end the document's whole flows share, round 13), and the title's destination
        # is no end of its own
        (
            "Police bust group smuggling people from Turkey to Germany. "
            "The network smuggled about 80 migrants originating from Egypt and Syria.",
            {(MS, "EG", "DE"), (MS, "SY", "DE")},
            set(),
        ),
        # a title flow goes before the flows the body shares
        (
            "Police bust group smuggling people from Turkey to Germany\n"
            "Migrants from Iraq were smuggled to Austria. Migrants from Iran were smuggled to "
            "Austria. The network smuggled about 80 migrants originating from Egypt.",
            {(MS, "EG", "DE")},
            {(MS, "EG", "AT")},
        ),
    ],
)
def test_title_flow_completes_half_flows(extractor, text, expected, absent):
    got = _flows(extractor, text, "en")
    assert expected <= got and not absent & got, got
