"""Round 55 (TYPOS): misspelt names of big places, as tables of names and sentences written
for the tests (not taken from the gold corpus).

A capitalised word of seven letters or more that no look-up and no spelling fold knows is read
as the one country, region, sea or big city one edit or one transposition away ("Uzkebistan",
"Venezuala"; two edits from ten letters on). Words stay words: a dictionary or person name of
``geodata/data/misspelling_refused.yaml`` ("Province", "Ministère", "Georgina"), a nationality
ending ("Sicilien"), a name with an ending ("African", "Saharan"), a short word, a word in
capitals, a word in lower case.
"""

from __future__ import annotations

import pytest

from flows.extract.toponyms import ToponymScanner
from geodata.gazetteer import load_gazetteer
from geodata.misspellings import MisspellingIndex, max_edits


@pytest.fixture(scope="module")
def scanner() -> ToponymScanner:
    return ToponymScanner()


@pytest.mark.parametrize(
    ("name", "key"),
    [
        ("Uzkebistan", "uzbekistan"), ("Venezuala", "venezuela"), ("Iskenderum", "iskenderun"),
        ("Bangladseh", "bangladesh"), ("Mozambiqe", "mozambique"), ("Schipol", "schiphol"),
        # names the index has, or spells another way, are not misspellings
        ("Colombia", None), ("Columbia", None), ("Marseilles", None),
        # dictionary words, person names and titles near a name
        ("Province", None), ("Ministère", None), ("Georgina", None), ("Giorgia", None),
        ("Mawlawi", None), ("Finisterre", None), ("Normands", None),
        # nationality words and names with an ending
        ("African", None), ("Saharan", None), ("Darfuri", None), ("Sicilien", None),
        ("Calaisiens", None), ("Arabian", None), ("Elysées", None),
        # not a capitalised word of letters, or too short
        ("venezuala", None), ("VENEZUALA", None), ("Nigeria1", None), ("Marocc", None),
    ],
)  # fmt: skip
def test_round55_misspelling_of(name, key):
    assert load_gazetteer().misspelling_of(name) == key


@pytest.mark.parametrize(
    ("key", "edits"),
    [("bresil", 0), ("mozambiqe", 1), ("venezuala", 1), ("afganistan", 2), ("uzkebistan", 2)],
)  # fmt: skip
def test_round55_max_edits_grow_with_length(key, edits):
    assert max_edits(key) == edits


def test_round55_two_names_equally_near_are_no_guess():
    index = MisspellingIndex(["abcdefg", "abcdefh"])
    assert index.match("abcdefx") is None
    assert index.match("abcdegf") == "abcdefg"  # a transposition is one edit


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Officials in Uzkebistan said the convoy had crossed from Kazakhstan.", "en",
         [("Uzkebistan", "Uzbekistan"), ("Kazakhstan", "Kazakhstan")]),
        ("Le cargo, parti de Venezuala, a été arraisonné au large des Açores.", "fr",
         [("Venezuala", "Venezuela"), ("Açores", "Azores")]),
        ("The container was unloaded at Iskenderum before going on by road.", "en",
         [("Iskenderum", "İskenderun")]),
        # words near names stay words
        ("Le Ministère de l'Intérieur a publié un communiqué.", "fr", []),
        ("Georgina said the African traders had left.", "en", []),
    ],
)  # fmt: skip
def test_round55_misspellings_in_sentences(scanner, text, lang, expected):
    assert [(m.surface, m.place.name) for m in scanner.scan(text, lang)] == expected
