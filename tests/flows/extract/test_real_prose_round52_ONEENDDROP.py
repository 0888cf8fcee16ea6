"""Round 52 (ONEENDDROP) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "One movement, one flow"; an endpoint from the same sentence).

A place named in the sentence's first clause, before the comma that leads to the destination,
is where the goods or people stood before they moved ("des camions stationnés à Vintimille, à
destination de la France": Ventimiglia -> France; ``earlier_stops.located_before``). A short
phrase of time or manner that opens the sentence and names no place ("À d'autres occasions,",
"Parfois,", "On other occasions,", "Sometimes,") ends no clause of the movement: its comma no
longer stops the place from being read as the start, so the flow keeps both ends instead of
the destination alone. Guards: a sentence with no opening phrase reads as before; a subject
with an aside ("L'homme, résident en Espagne, ...") is no opening phrase; an opening phrase
that names a place ("En Italie,") keeps today's reading.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an opening phrase of time or manner, then a place the goods or people stood at
        (
            "À d'autres occasions, les passeurs ont forcé des camions stationnés au terminal "
            "routier de Vintimille, à destination de la France, pour y cacher des migrants.",
            "fr",
            {("migrant_smuggling", "Ventimiglia", "FR")},
        ),
        (
            "Parfois, les passeurs cachaient les migrants dans des poids lourds garés à Calais, "
            "à destination de l'Angleterre.",
            "fr",
            {("migrant_smuggling", "Calais", "England")},
        ),
        (
            "Ensuite, les trafiquants chargeaient la cocaïne sur un voilier amarré à "
            "Fort-de-France, en partance pour la Belgique.",
            "fr",
            {("drugs", "Fort-de-France", "BE")},
        ),
        (
            "On other occasions, smugglers hid the migrants in lorries parked at Calais, bound "
            "for England.",
            "en",
            {("migrant_smuggling", "Calais", "England")},
        ),
        (
            "Sometimes, the traffickers loaded the cocaine onto a yacht moored in Martinique, "
            "bound for Belgium.",
            "en",
            {("drugs", "MQ", "BE")},
        ),
        # guards: no opening phrase (as before); a subject and its aside is no opening phrase;
        # an opening phrase that names a place keeps today's reading
        (
            "Les passeurs ont forcé des camions stationnés au terminal routier de Vintimille, "
            "à destination de la France, pour y cacher des migrants.",
            "fr",
            {("migrant_smuggling", "Ventimiglia", "FR")},
        ),
        (
            "L'homme, résident en Espagne depuis trois ans, transportait du cannabis vers la "
            "France.",
            "fr",
            {("drugs", None, "FR")},
        ),
        (
            "En Italie, les passeurs ont forcé des camions stationnés à Vintimille, à "
            "destination de la France.",
            "fr",
            {("migrant_smuggling", "IT", "FR")},
        ),
    ],
)
def test_round52_oneenddrop_opening_phrase(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
