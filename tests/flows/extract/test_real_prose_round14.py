"""Round 14 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- "nationals", "ressortissants" right after the perpetrators or their group ("the smugglers,
  mainly Polish nationals", "a syndicate composed of Iraqi nationals") are who commits the
  crime: their country is no origin, nor is theirs in a sentence of prosecution that names
  no people who move ("Both men, who are Polish nationals, denied any involvement");
  nationals who are moved still are;
- a cue before names the gazetteer does not know holds for the known places listed with them
  ("de Tajoura, Zuwarah et Garabulli"), and a list goes on past the country its member lies
  in ("de Zuwarah en Libye, ainsi que de Zarzis");
- a destination-only flow, with no whole flow of its category in the document, takes the
  origin that the document's origin-only flows of that category share;
- a person's home in an aside before what was done to the person ("Aleksandar Kuzmanovic,
  27, from Austria, was stopped at Dover") is no origin;
- more than two places "between" ("entre la France, la Belgique, l'Inde et Dubaï") are where
  a network works, not one way;
- where goods are bought ("s'approvisionnent en armes dans les Balkans", "achètent leurs
  armes en Bosnie", "procure firearms in Serbia") is their origin;
- the last of a list of where things happened ("arrests in Latvia, Italy and Malta against a
  firm involved in laundering") is one of those places, not who sends;
- people who "belonged to" places are from them; "head home to" is no smuggling; "by phone
  from Tunis" is where a speaker is;
- "from the country's southern neighbor Paraguay", "to nearby Greek islands": a neighbour
  word may stand between a cue and its place; "for use in" a place is where goods go;
  "from arms dealers in Slovakia", "de fabricants de Croatie" is where they come from;
  "partent désormais d'Algérie": an adverb may stand between the verb and its place;
- "and onwards to Europe" starts a new leg from the place reached before; "the destination
  is", "la destination finale est" name where the goods or people go;
- "to Libya and other Middle-East countries": "other" goes on with the list;
- "de la Grèce à la Hongrie ou à la Croatie": the destinations after "de X à" go on as a list;
- "immigrés" and the Maghreb's "harraga" are migrants;
- a border or a road "between" two places where something was seized ("à la frontière entre
  le Sénégal et le Mali", "on the border between Paraguay and Brazil") says where, not which
  way: no flow from the first to the second.

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
        # the perpetrators' passports: no origin of what moves
        (
            "Migrants were smuggled into Germany. The smugglers, mainly Polish and Ukrainian "
            "nationals, charged fees of 5,000 euros per person.",
            "en",
            {("migrant_smuggling", None, "DE")},
        ),
        (
            "Heroin was sold across Spain. The syndicate, composed mainly of Iraqi nationals, "
            "laundered the proceeds.",
            "en",
            {("drugs", None, "ES")},
        ),
        (
            "Des migrants ont été conduits en Allemagne. Les passeurs, essentiellement des "
            "ressortissants albanais, demandaient 3 000 euros.",
            "fr",
            {("migrant_smuggling", None, "DE")},
        ),
        (
            "Heroin was found in a lorry arriving in Harwich. Both men, who are Polish "
            "nationals, denied any involvement.",
            "en",
            {("drugs", None, "Harwich")},
        ),
        # nationals who are moved keep their origin, in a sentence of prosecution too
        (
            "Eleven men were accused of facilitating the illegal immigration of mostly Tunisian "
            "citizens to Italy.",
            "en",
            {("migrant_smuggling", "TN", "IT")},
        ),
        (
            "The network smuggled Pakistani nationals to Libya.",
            "en",
            {("migrant_smuggling", "PK", "LY")},
        ),
        (
            "Un réseau de passeurs faisait passer des ressortissants syriens en Grèce.",
            "fr",
            {("migrant_smuggling", "SY", "GR")},
        ),
        # a cue before a name the gazetteer does not know holds for the list
        (
            "Les embarcations de migrants provenaient de Tajourax, Zuwarah et Sabratha en Libye.",
            "fr",
            {("migrant_smuggling", "Zuwara", None), ("migrant_smuggling", "Şabrātah", None)},
        ),
        # ... not for a place after a person's name
        (
            "Cocaine seizures rose, according to Jeremy Douglas, Southeast Asia regional "
            "representative of the UNODC.",
            "en",
            set(),
        ),
        # the list goes on past the country its member lies in
        (
            "Les embarcations de migrants provenaient de Zuwarah en Libye, ainsi que de Zarzis "
            "en Tunisie.",
            "fr",
            {("migrant_smuggling", "Zuwara", None), ("migrant_smuggling", "Zarzis", None)},
        ),
        # ... but a bare comma and another preposition is the other end
        (
            "Les armes illégales avaient parcouru 1 200 km de Fort Lauderdale, en Floride, à "
            "Cap-Haïtien.",
            "fr",
            {("weapons", "Fort Lauderdale", "Cap-Haïtien")},
        ),
        # where on a border or a road something was seized: no direction
        (
            "300 kg de cocaïne ont été saisis à Kidira, à la frontière entre le Sénégal et le "
            "Mali.",
            "fr",
            set(),
        ),
        (
            "596 kg de cocaïne ont été interceptés sur la route entre le Burkina Faso et le Mali.",
            "fr",
            set(),
        ),
        (
            "Police seized 40 rifles on the border between Paraguay and Brazil.",
            "en",
            set(),
        ),
        # a destination-only flow takes the origin the document's origin-only flows share
        (
            "Trafic d'armes au Sahel. Le trafic d'armes en provenance de la Libye a ralenti en "
            "2013. L'enquête a duré deux ans. Les fusils sont acheminés vers le Niger et le Mali "
            "par des groupes armés.",
            "fr",
            {("weapons", "LY", "NE"), ("weapons", "LY", "ML")},
        ),
        # ... and keeps none where the document gives none
        (
            "Trafic d'armes au Sahel. Le trafic d'armes a ralenti en 2013. Les fusils sont "
            "acheminés vers le Niger et le Mali par des groupes armés.",
            "fr",
            {("weapons", None, "NE"), ("weapons", None, "ML")},
        ),
        # a person's home, in an aside before what was done to the person, is no origin
        (
            "Robert Tromp, from Hillegom in the Netherlands, was charged with importing cocaine "
            "into the UK.",
            "en",
            {("drugs", None, "GB")},
        ),
        (
            "Jean Dupont, 45 ans, originaire de Lyon, a été interpellé pour avoir importé de la "
            "cocaïne en Belgique.",
            "fr",
            {("drugs", None, "BE")},
        ),
        # ... but people who move, from a place in an aside, still come from it
        (
            "The migrants, from Syria, were detained in Greece.",
            "en",
            {("migrant_smuggling", "SY", "GR")},
        ),
        # more than two places "between": where a network works, not one way
        (
            "Un réseau de blanchiment de l'argent de la drogue entre la France, la Belgique, "
            "l'Inde et Dubaï a été démantelé.",
            "fr",
            set(),
        ),
        # where the goods are bought is where they come from
        (
            "Les trafiquants s'approvisionnent en armes dans les pays des Balkans occidentaux.",
            "fr",
            {("weapons", "Western Balkans", None)},
        ),
        ("Les réseaux achètent leurs armes en Bosnie.", "fr", {("weapons", "BA", None)}),
        ("Criminal gangs procure firearms in Serbia.", "en", {("weapons", "RS", None)}),
        # ... not "a source country for sex trafficking in Europe" (no flow from Europe; since
        # round 20 "sex trafficking" names the category, and Paraguay is the source)
        (
            "Paraguay serves as a major source country for sex trafficking in Europe.",
            "en",
            {("human_trafficking", "PY", None)},
        ),
        # the last of a list of where things happened is one of them, not who sends
        (
            "Over 100 searches and four arrests in Latvia, Germany, France, Italy and Malta "
            "against financial institution involved in money laundering",
            "en",
            set(),
        ),
        # "belonged to" places: where people are from
        (
            "The Pakistani migrants belonged to Gujrat and Rawalpindi, and drowned off Libya.",
            "en",
            {("migrant_smuggling", "Gujrat", None), ("migrant_smuggling", "Rawalpindi", None)},
        ),
        # going home is no smuggling
        ("Most of the migrants were trying to head home to Ethiopia and Somalia.", "en", set()),
        # where a speaker is
        (
            "Migrants drowned off Zuwara, the IOM spokesperson told reporters in Geneva by phone "
            "from Tunis.",
            "en",
            set(),
        ),
        # people "vers" places go there; people "du" place come from it
        (
            "Des filières de traite convoient des filles vers des pays comme le Qatar et la Chine.",
            "fr",
            {("human_trafficking", None, "QA"), ("human_trafficking", None, "CN")},
        ),
        (
            "Des victimes du Nigeria sont exploitées en Italie.",
            "fr",
            {("human_trafficking", "NG", "IT")},
        ),
        # a neighbour named before the place; "for use in" a place; sellers "in" a place
        (
            "The gang smuggled hundreds of weapons from the country's southern neighbor "
            "Paraguay for use in Rio de Janeiro's shantytowns.",
            "en",
            {("weapons", "PY", "Rio de Janeiro")},
        ),
        (
            "Migrants typically cross from Turkey to nearby Greek islands.",
            "en",
            {("migrant_smuggling", "TR", "GR")},
        ),
        (
            "The smuggled weapons came from arms dealers in Slovakia.",
            "en",
            {("weapons", "SK", None)},
        ),
        # the sellers' country; a departure said with an adverb
        (
            "Le couple a importé illégalement des fusils de fabricants de Croatie et de Slovénie "
            "vers le Paraguay.",
            "fr",
            {("weapons", "HR", "PY"), ("weapons", "SI", "PY")},
        ),
        (
            "75 % des migrants partent désormais d’Algérie vers l'Espagne.",
            "fr",
            {("migrant_smuggling", "DZ", "ES")},
        ),
        # "and onwards to": a new leg from the place reached before
        (
            "The heroin is typically transported from Pakistan and Iran to east Africa, known for "
            "its porous borders, and onwards to Europe.",
            "en",
            {
                ("drugs", "PK", "East Africa"),
                ("drugs", "IR", "East Africa"),
                ("drugs", "East Africa", "Europe"),
            },
        ),
        # "the destination is": where they go
        (
            "The cocaine was seized at sea. But the destination was Morocco.",
            "en",
            {("drugs", None, "MA")},
        ),
        (
            "Pour beaucoup de migrants, « la destination finale est la France ».",
            "fr",
            {("migrant_smuggling", None, "FR")},
        ),
        # "and other ... countries" goes on with the list
        (
            "Poor workers were lured to travel illegally to Libya and other Middle-East countries "
            "for better wages.",
            "en",
            {("migrant_smuggling", None, "LY"), ("migrant_smuggling", None, "Middle East")},
        ),
        # "de X à Y ou à Z": the list of destinations goes on
        (
            "Des passeurs font passer les migrants de la Grèce à la Hongrie ou à la Croatie.",
            "fr",
            {("migrant_smuggling", "GR", "HU"), ("migrant_smuggling", "GR", "HR")},
        ),
        # crossing or a route between two places still goes from the first to the second
        (
            "Des migrants ont franchi la frontière entre la Biélorussie et la Pologne.",
            "fr",
            {("migrant_smuggling", "BY", "PL")},
        ),
        (
            "Guns are smuggled across the border between Mexico and Guatemala.",
            "en",
            {("weapons", "MX", "GT")},
        ),
    ],
)
def test_round14_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # "immigrés" and the Maghreb's "harraga" are people who cross without papers
        ("25 000 immigrés en provenance de Tunisie", ["migrant_smuggling"]),
        ("De nombreux harraga ont débarqué lundi à Lampedusa", ["migrant_smuggling"]),
        # nothing of the kind in a text about money
        ("des fonds immobiliers", ["illicit_finance"]),
    ],
)
def test_migrant_words(text, categories):
    assert [h.category for h in find_category_terms(text, "fr")] == categories
