"""Round 42 (REGIONS): first-level divisions (provinces, states, counties) named by one word,
as a table of sentences written for the tests -> the places ``flows places`` gives.

A one-word division ("Tripura", "Heves", "Chocó") counts only where the words around it make
it a place, since such a name is often a person's or a firm's ("Ali said", "Rivers, from the
NCA"). Besides a locative word before it ("in Tripura", "dans le Helmand"), these make it a
place:

- a compass or neighbourhood adjective in lower case before it ("southern Mizoram",
  "neighbouring Tripura");
- a place of its own country right before it: in brackets after a town ("Capurganá (Chocó)",
  "Mississauga (Ontario)"), in a list ("Borsod-Abaúj-Zemplén, Heves"), after a region of the
  country ("Urabá Antioquia") or a possessive ("India's Assam police");
- a place of its own country right after it in a list ("Karnataka and Tamil Nadu", "Heves,
  Jász-Nagykun-Szolnok et Budapest", "Goa, and Delhi").

The guard rows keep today's reading: a one-word division beside a place of another country,
or beside no place, stays no place.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a compass or neighbourhood adjective before the division
        (
            "Police seized two rifles in a car stopped in southern Mizoram.",
            "en",
            [("Mizoram", "Mizoram", "IN")],
        ),
        (
            "Two of the men came from neighbouring Tripura last year.",
            "en",
            [("Tripura", "Tripura", "IN")],
        ),
        # a place of its own country after it in a list
        (
            "The girls were moved back and forth between Karnataka and Tamil Nadu.",
            "en",
            [("Karnataka", "Karnataka", "IN"), ("Tamil Nadu", "Tamil Nadu", "IN")],
        ),
        (
            "Elles étaient recrutées à Miskolc surtout, puis Heves et Jász-Nagykun-Szolnok.",
            "fr",
            [
                ("Miskolc", "Miskolc", "HU"),
                ("Heves", "Heves", "HU"),
                ("Jász-Nagykun-Szolnok", "Jasz-Nagykun-Szolnok", "HU"),
            ],
        ),
        # a place of its own country before it: a town in brackets, a region, a possessive
        (
            "The boats then sail to Capurganá (Chocó) at night.",
            "en",
            [("Capurganá", "Capurganá", "CO"), ("Chocó", "Choco", "CO")],
        ),
        (
            "Les colis partaient de Mississauga (Ontario) vers l'Europe.",
            "fr",
            [
                ("Mississauga", "Mississauga", "CA"),
                ("Ontario", "Ontario", "CA"),
                ("Europe", "Europe", None),
            ],
        ),
        (
            "Migrants wait in Necoclí, a port in Urabá Antioquia, for a boat.",
            "en",
            [
                ("Necoclí", "Necoclí", "CO"),
                ("Urabá", "Urabá", "CO"),
                ("Antioquia", "Antioquia", "CO"),
            ],
        ),
        (
            "India's Assam police arrested a trafficker on Monday.",
            "en",
            [("India", "India", "IN"), ("Assam", "Assam", "IN")],
        ),
        # guards: today's reading (a person, or a division beside another country's place)
        ("Rivers, from the National Crime Agency, said the men were charged.", "en", []),
        ("Ali said the container was seized in Lagos.", "en", [("Lagos", "Lagos", "NG")]),
        ("Police chief Ali and Lagos officers seized the drugs.", "en", [("Lagos", "Lagos", "NG")]),
        ("Tripura said the drugs came from Myanmar.", "en", [("Myanmar", "Myanmar", "MM")]),
        (
            "The boats sail from Lagos to Tripura every month.",
            "en",
            [("Lagos", "Lagos", "NG"), ("Tripura", "Tripura", "IN")],
        ),
    ],
)
def test_one_word_divisions(extractor, text: str, lang: str, expected: list) -> None:
    assert _places(extractor, text, lang) == expected


# A first division named with its kind as some countries write it ("Kajiado County",
# "Artibonite Department", "Bago district"); guards: a compass name ("the Southern District of
# Florida", a court's) and a United States county ("Washington County") stay as today.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Ninety Ethiopians were arrested in a house in Kajiado County.",
            "en",
            [("Kajiado County", "Kajiado", "KE")],
        ),
        (
            "The rifles were unloaded at a beach of the Artibonite Department.",
            "en",
            [("Artibonite Department", "Artibonite", "HT")],
        ),
        (
            "The convoy was stopped in Marsabit County, near the border.",
            "en",
            [("Marsabit County", "Marsabit", "KE")],
        ),
        ("The US Attorney for the Southern District of Florida said so.", "en", []),
        ("Guns came from Washington County, Oregon.", "en", []),
    ],
)
def test_divisions_with_their_kind(extractor, text: str, lang: str, expected: list) -> None:
    assert _places(extractor, text, lang) == expected
