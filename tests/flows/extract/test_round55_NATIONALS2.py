"""Round 55 (NATIONALS2): people named by nationality, as tables of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination).

French writes a nationality used as a noun with a capital ("les Nigérianes"), but the press
often does not: right after a plural article a nationality in lower case is a noun too, people
("les nigérianes représentent"), whose country is where they come from; after a noun it stays
an adjective ("les autorités nigérianes" act, they move nothing).

The one nationality a document gives its trafficking network completes its trafficking flows
with no origin; the network may also be a criminal organisation or group ("une organisation
criminelle roumaine", "un groupe criminel albanais", "a Romanian organised crime group").
"""

from __future__ import annotations

import pytest

from flows.extract.demonym_hints import people_noun
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


@pytest.mark.parametrize(
    ("word", "lang", "before", "expected"),
    [
        ("nigérianes", "fr", "les", True), ("malgaches", "fr", "ces", True),
        ("Nigérianes", "fr", "des", True), ("Érythréens", "fr", "", True),
        # an adjective after its noun, or no article
        ("nigérianes", "fr", "autorités", False), ("nigérianes", "fr", "", False),
        ("maliens", "fr", "des", False),
        # English is unchanged: a capital and a plural
        ("Nigerians", "en", "the", True), ("Nigerian", "en", "the", False),
    ],
)  # fmt: skip
def test_round55_people_noun(word, lang, before, expected):
    assert people_noun(word, lang, before) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Réseau de traite d'êtres humains : les nigérianes forment la moitié des prostituées"
            " en Europe.",
            "fr",
            ("human_trafficking", "NG", "Europe"),
        ),
        (
            "Traite : les Nigérianes forment la moitié des prostituées en Europe.",
            "fr",
            ("human_trafficking", "NG", "Europe"),
        ),
    ],
)
def test_round55_lower_case_people(extractor, text, lang, expected):
    assert expected in round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Une organisation criminelle roumaine est soupçonnée de traite d'êtres humains. Des"
            " femmes ont été amenées en Belgique pour s'y prostituer.",
            "fr",
            ("human_trafficking", "RO", "BE"),
        ),
        (
            "Un groupe criminel albanais exploitait des femmes, contraintes à la prostitution en"
            " Suisse.",
            "fr",
            ("human_trafficking", "AL", "CH"),
        ),
        (
            "A Romanian organised crime group is suspected of human trafficking. Women were"
            " brought to Belgium and forced into prostitution.",
            "en",
            ("human_trafficking", "RO", "BE"),
        ),
        (
            "A Romanian criminal organisation exploited women forced into prostitution in Belgium.",
            "en",
            ("human_trafficking", "RO", "BE"),
        ),
    ],
)
def test_round55_network_named_an_organisation(extractor, text, lang, expected):
    assert expected in round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # who acts is no origin
        (
            "Trafic : les autorités nigérianes ont saisi de la drogue destinée à l'Europe.",
            "fr",
            ("drugs", "NG", "Europe"),
        ),
    ],
)
def test_round55_adjective_is_no_origin(extractor, text, lang, absent):
    assert absent not in round3._flows(extractor, text, lang)
