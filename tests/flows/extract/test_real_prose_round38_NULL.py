"""Round 38 (hNULL) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination): a
flow told with only its origin, in a story whose own police, customs or navy are named.

The country of a seizure or an arrest is the destination (ANNOTATION.md): when no sentence, no
title and no place the document is about gives an origin-only flow its end, the country whose
police or customs the story names ("la douane suisse", "Spanish police", "Police in Spain")
is where the goods or people were going: "Swiss customs are stepping up checks. Parcels of
weapons from Asia are scanned automatically" goes from Asia to Switzerland. Not when the
flow's sentence tells a rescue ("la marine espagnole a secouru des migrants partis de Libye":
a navy that rescues at sea is not where they were going), nor when the police are those of
the origin's country, nor from a dateline alone.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Weapons smuggling. Swiss customs are stepping up checks. Parcels of weapons from Asia "
         "are scanned automatically.", "en", {("weapons", "Asia", "CH")}),
        ("Trafic d'armes. La douane suisse renforce ses contrôles. Des colis d'armes en "
         "provenance d'Asie sont scannés.", "fr", {("weapons", "Asia", "CH")}),
        ("Spanish police dismantled a network. The weapons came from Serbia.", "en",
         {("weapons", "RS", "ES")}),
        ("Trafic d'armes. La police espagnole enquête. Les armes venaient de Serbie.", "fr",
         {("weapons", "RS", "ES")}),
        # the police named by the place they act in
        ("Police in Spain are on alert. Weapons from Serbia are trafficked by gangs.", "en",
         {("weapons", "RS", "ES")}),
        ("La police italienne enquête. Les migrants arrivaient de Libye par bateau.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
        # guard: no police, customs or navy named, the end stays open
        ("Weapons smuggling. Parcels of weapons from Asia are scanned automatically.", "en",
         {("weapons", "Asia", None)}),
        ("Trafic d'armes. Les armes venaient de Serbie.", "fr", {("weapons", "RS", None)}),
        # guard: a dateline alone is where the story is written, not where the goods went
        ("MADRID - Weapons from Serbia are trafficked by gangs.", "en", {("weapons", "RS", None)}),
        # guard: the police of the origin's own country give no other end
        ("Serbian police dismantled a network. The weapons came from Serbia.", "en",
         {("weapons", "RS", None)}),
        # guard: a navy that rescues people at sea is not where they were going
        ("La marine espagnole a secouru des migrants partis de Libye.", "fr",
         {("migrant_smuggling", "LY", None)}),
        ("The Sri Lankan Navy rescued 40 migrants who had left India by boat.", "en",
         {("migrant_smuggling", "IN", None)}),
    ],
)  # fmt: skip
def test_round38_story_country(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
