"""Round 13 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a half-flow takes the end that the document's whole flows of its category share, however
  far back they were told ("Assault rifles from Russia are smuggled to Italy ... In Sicily,
  shipments arrive at ports such as Catania"), unless that end lies in the same country as
  its known end or one holds the other; with no whole flow, a destination-only flow keeps
  no origin;
- "of different nationalities:" before a list of nationalities, like "were", makes them the
  origins of the people who moved, and so are nationalities in brackets after them ("150
  personnes (Turcs, Afghans et Pakistanais)");
- "clandestin" is migrants only as a noun ("des clandestins"), not after a noun it qualifies
  ("un laboratoire clandestin");
- the place a document is about, for an origin-only flow: a town named as often as its own
  country is the more specific of the two;
- a region's members named ("from the three South Caucasus states of Armenia, Azerbaijan and
  Georgia") are the ends, and the region is where they lie;
- a sentence that inherits its category from the one before does not inherit a weak word
  ("Prosecutors charged eleven people" is no migrant smuggling in a text about arms).

Endpoints: the ISO code of a country, the gazetteer name of any other place; None when the
text gives no such end.
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


def _end(t) -> str | None:
    if t is None:
        return None
    return t.place.country_code if t.place.kind == "country" else t.place.name


def _flows(extractor, text: str, lang: str) -> set[tuple]:
    doc = Document(id="t", text=text, lang=lang)
    found = extractor.extract(doc).candidates
    return {(c.category, _end(c.origin), _end(c.destination)) for c in found}


# three sentences with no place between a whole flow and a half-flow: further back than the
# sentences the rules look at for a source
_GAP_EN = "The investigation lasted three years. Prosecutors charged eleven people. "
_GAP_FR = "L'enquête a duré deux ans. Onze personnes ont été mises en examen. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Arms trafficking\n\nAssault rifles from Russia are smuggled to Italy by criminal "
            f"groups. {_GAP_EN}The trial opens in May. In Sicily, shipments arrive at ports "
            "such as Catania and Palermo.",
            "en",
            {("weapons", "RU", "IT"), ("weapons", "RU", "Catania"), ("weapons", "RU", "Palermo")},
        ),
        (
            "Trafic de cocaïne\n\nLa cocaïne part du Brésil vers le Portugal, selon la police. "
            f"{_GAP_FR}Le procès s'ouvrira en mai. Des cargaisons sont arrivées au port de "
            "Sines.",
            "fr",
            {("drugs", "BR", "PT"), ("drugs", "BR", "Sines")},
        ),
        # an origin-only flow: the destination the whole flows share
        (
            "Migrant smuggling\n\nThe network smuggled migrants from Libya to Italy. "
            f"{_GAP_EN}The trial opens in May. Migrants from Eritrea also paid the smugglers.",
            "en",
            {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", "ER", "IT")},
        ),
        (
            "Trafic de migrants\n\nLe réseau faisait passer des migrants de Libye vers "
            f"l'Italie. {_GAP_FR}Le procès s'ouvrira en mai. Des migrants originaires "
            "d'Érythrée ont aussi payé les passeurs.",
            "fr",
            {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", "ER", "IT")},
        ),
        (
            "Drug trafficking\n\nHeroin is smuggled from Afghanistan to Iran and to Pakistan. "
            f"{_GAP_EN}The trial opens in May. Heroin shipments also arrived in Turkey.",
            "en",
            {("drugs", "AF", "IR"), ("drugs", "AF", "PK"), ("drugs", "AF", "TR")},
        ),
        # the shared origin lies in the destination's country: no movement, no origin
        (
            "Drug trafficking\n\nCocaine is shipped from Marseille to Lyon by the gang. "
            f"{_GAP_EN}The trial opens in May. More cocaine was later sent to France.",
            "en",
            {("drugs", "Marseille", "Lyon"), ("drugs", None, "FR")},
        ),
        # people "of different nationalities:" a list of nationalities come from those
        # countries ("Bengalis" are from Bangladesh), to where the boats arrived
        (
            "Migrant smuggling\n\nNearly 800 migrants arrived in Lampedusa. A total of 154 "
            "people were on board, of different nationalities: Bengalis, Egyptians and Syrians.",
            "en",
            {
                ("migrant_smuggling", "BD", "Lampedusa"),
                ("migrant_smuggling", "EG", "Lampedusa"),
                ("migrant_smuggling", "SY", "Lampedusa"),
            },
        ),
        (
            "Trafic de migrants\n\nPrès de 800 migrants sont arrivés à Lampedusa. Ils étaient de "
            "différentes nationalités : Bangladais, Égyptiens et Syriens.",
            "fr",
            {
                ("migrant_smuggling", "BD", "Lampedusa"),
                ("migrant_smuggling", "EG", "Lampedusa"),
                ("migrant_smuggling", "SY", "Lampedusa"),
            },
        ),
        # nationalities in brackets after the people who moved
        (
            "Trafic de migrants\n\nL'affaire concerne le passage de 150 personnes (Turcs, "
            "Afghans et Pakistanais) vers l'Autriche.",
            "fr",
            {
                ("migrant_smuggling", "TR", "AT"),
                ("migrant_smuggling", "AF", "AT"),
                ("migrant_smuggling", "PK", "AT"),
            },
        ),
        (
            "Migrant smuggling\n\nThe gang smuggled 150 migrants (Syrians and Iraqis) to Germany.",
            "en",
            {("migrant_smuggling", "SY", "DE"), ("migrant_smuggling", "IQ", "DE")},
        ),
        # "the South Caucasus states of": the states named are the ends, each of them
        (
            "Human trafficking\n\nEvery year, women are lured from the three South Caucasus "
            "states of Armenia and Georgia to Turkey.",
            "en",
            {("human_trafficking", "AM", "TR"), ("human_trafficking", "GE", "TR")},
        ),
        (
            "Drug trafficking\n\nHeroin is shipped from the Central Asian states of Tajikistan "
            "and Kyrgyzstan to Russia.",
            "en",
            {("drugs", "TJ", "RU"), ("drugs", "KG", "RU")},
        ),
        (
            "Migrant smuggling\n\nMigrants are smuggled from the Balkan countries of Serbia and "
            "Bosnia to Austria.",
            "en",
            {("migrant_smuggling", "RS", "AT"), ("migrant_smuggling", "BA", "AT")},
        ),
        # no whole flow in the document: the origin stays empty
        (
            "Blanchiment\n\nDes sommes issues du trafic de drogue ont été évacuées vers la "
            "Belgique.",
            "fr",
            {("illicit_finance", None, "BE")},
        ),
    ],
)
def test_round13_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "categories"),
    [
        # "clandestin" after a noun qualifies it: no migrants in "un laboratoire clandestin"
        ("fabriqués dans un laboratoire clandestin au Niger", []),
        ("des réseaux bancaires clandestins", []),
        # the noun, after a determiner or a number, or opening a title
        ("des clandestins arrivent en Libye", ["migrant_smuggling"]),
        ("QUELQUE 30.000 CLANDESTINS AFRICAINS EN LIBYE", ["migrant_smuggling"]),
        ("Clandestins en Libye", ["migrant_smuggling"]),
    ],
)
def test_clandestine_is_a_noun_of_people(text, categories):
    assert [h.category for h in find_category_terms(text, "fr")] == categories


def test_a_town_named_as_often_as_its_country_is_the_focus(extractor):
    # the origin-only flow takes the place the document is about: Aboisso and Côte d'Ivoire
    # are named twice each, and the town is the more specific
    text = (
        "Trafic d'enfants\n\nDes mineurs venus du Bénin ont été amenés par un réseau de "
        "trafiquants. Le réseau opérait depuis deux ans. La police d'Aboisso, en Côte d'Ivoire, "
        "a arrêté un passeur. La ville d'Aboisso compte de nombreuses plantations de cacao, "
        "premier produit de la Côte d'Ivoire."
    )
    assert ("migrant_smuggling", "BJ", "Aboisso") in _flows(extractor, text, "fr")
