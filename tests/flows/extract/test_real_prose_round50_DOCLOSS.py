"""Round 50 (DOCLOSS) of the extractor for real English and French prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination): a count of thousands of people told beside the story's own movement.

A destination-only flow told by a count of thousands of people ("Depuis janvier, 12 000
migrants ont rejoint l'Espagne par la mer", "More than 20,000 migrants reached Italy by sea
this year") is a general statistic, whose origin annotators leave null
(``document_ends.tally``). It is no half of the network's movement to the same place told
elsewhere in the document ("un réseau faisait venir des migrants du Sénégal en Espagne"): the
statistic is kept as its own flow (null -> Spain) instead of being dropped as a repeat of
Senegal -> Spain (``complete_from_document`` and ``candidate.no_open_end_repeat``). A
half-flow that is no count ("Les migrants ont rejoint l'Espagne") is still the same movement.
Round 50, read part: fires in 4 documents, 4 flows right, none lost.

The same holds for a network's reach (``document_ends.spread``: migrants sent to several
places in one sentence, "transported to various destinations in the United States, including
Los Angeles and Phoenix"), whose origin annotators leave empty: it is no repeat of the
network's flow to one of those places (read part: fires in 4 documents, 3 flows right, 1
wrong).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# sentences with no place between the network's flow and the count: further back than the
# sentences the rules look at for a source
_GAP_FR = (
    "L'enquête a duré deux ans. Onze personnes ont été mises en examen. Le procès s'ouvre lundi. "
)
_GAP_EN = (
    "The investigation lasted three years. Prosecutors charged eleven people. "
    "The trial opens on Monday. "
)
_NETWORK_FR = "Un réseau de passeurs faisait venir des migrants du Sénégal en Espagne par pirogue. "
_NETWORK_EN = "Smugglers brought migrants from Libya to Italy on rubber boats. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            _NETWORK_FR + _GAP_FR
            + "Depuis janvier, 12 000 migrants ont rejoint l'Espagne par la mer, selon l'OIM.",
            "fr",
            {("migrant_smuggling", "SN", "ES"), ("migrant_smuggling", None, "ES")},
        ),
        (
            "Le réseau démantelé faisait passer des migrants de Mauritanie aux Canaries. "
            + _GAP_FR + "Près de 40 000 migrants sont arrivés aux Canaries en 2024.",
            "fr",
            {
                ("migrant_smuggling", "MR", "Canary Islands"),
                ("migrant_smuggling", None, "Canary Islands"),
            },
        ),
        (
            _NETWORK_EN + _GAP_EN + "More than 20,000 migrants reached Italy by sea this year.",
            "en",
            {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", None, "IT")},
        ),
        # guards: a half-flow that counts no thousands is the network's movement, told again
        (
            _NETWORK_FR + _GAP_FR + "Les migrants ont rejoint l'Espagne par la mer.",
            "fr",
            {("migrant_smuggling", "SN", "ES")},
        ),
        (
            _NETWORK_EN + _GAP_EN + "The migrants reached Italy by sea.",
            "en",
            {("migrant_smuggling", "LY", "IT")},
        ),
    ],
)  # fmt: skip
def test_a_count_of_thousands_is_no_repeat(extractor, text: str, lang: str, expected: set):
    assert _flows(extractor, text, lang) == expected


# a network's reach: migrants sent to several places in one sentence, no origin said there
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The gang smuggled migrants from Mexico to Los Angeles. " + _GAP_EN
            + "The migrants were transported to various destinations in the United States, "
            "including Los Angeles and Phoenix.",
            "en",
            {
                ("migrant_smuggling", "MX", "Los Angeles"),
                ("migrant_smuggling", None, "Los Angeles"),
                ("migrant_smuggling", None, "Phoenix"),
            },
        ),
        # guards: a reach with no place of the network's flow keeps today's reading; one
        # place alone is the network's movement told again
        (
            "The gang smuggled migrants from Mexico to Texas. " + _GAP_EN
            + "The migrants were transported to various destinations in the United States, "
            "including Los Angeles and Phoenix.",
            "en",
            {
                ("migrant_smuggling", "MX", "Texas"),
                ("migrant_smuggling", None, "Los Angeles"),
                ("migrant_smuggling", None, "Phoenix"),
            },
        ),
        (
            "The gang smuggled migrants from Mexico to Los Angeles. " + _GAP_EN
            + "The migrants were transported to Los Angeles.",
            "en",
            {("migrant_smuggling", "MX", "Los Angeles")},
        ),
    ],
)  # fmt: skip
def test_a_networks_reach_is_no_repeat(extractor, text: str, lang: str, expected: set):
    assert _flows(extractor, text, lang) == expected
