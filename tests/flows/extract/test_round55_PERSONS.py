"""Round 55 (PERSONS): people named like places, as tables of sentences written for the tests
(not taken from the gold corpus).

A place's one-word name written right after a common first name (lexicon ``first_names``) is a
surname ("Nicolas Hollande", "Sandrine Savoie"), unless that first name is a known place
itself ("Santiago Chile"). A town whose name is a common first name, written right before a
capitalised word that is neither a place nor a word of places, is a first name ("Santiago
Ramos"); before a country, a site word or nothing it stays a town. More verbs say who speaks
("Lyons admitted", "commented Lyons.", "a reconnu Lyons.": lexicon ``speech``).
"""

from __future__ import annotations

import pytest

from flows.extract.toponyms import ToponymScanner


@pytest.fixture(scope="module")
def scanner() -> ToponymScanner:
    return ToponymScanner()


@pytest.mark.parametrize(
    ("text", "lang", "dropped"),
    [
        ("Selon Nicolas Hollande, le réseau opérait depuis deux ans.", "fr", "Hollande"),
        ("Sandrine Savoie, directrice de l'association, a témoigné.", "fr", "Savoie"),
        ("The report was written by Santiago Ramos, a researcher in Lima.", "en", "Santiago"),
        ("Officers arrested Carlos Toledo at the port of Algeciras.", "en", "Toledo"),
        # who speaks, by more verbs of speech (lexicon ``speech``)
        ("Questioned by agents, Lyons admitted he had bought the rifles.", "en", "Lyons"),
        ("\u201cWe moved fast,\u201d commented Lyons.", "en", "Lyons"),
        ("Nous avons agi vite, a reconnu Lyons.", "fr", "Lyons"),
    ],
)  # fmt: skip
def test_round55_a_person_named_like_a_place_is_no_place(scanner, text, lang, dropped):
    assert dropped not in {m.surface for m in scanner.scan(text, lang)}


@pytest.mark.parametrize(
    ("text", "lang", "kept"),
    [
        ("The shipment left Santiago Chile on Monday.", "en", "Santiago"),
        ("The shipment left Santiago Chile on Monday.", "en", "Chile"),
        ("The cocaine was flown to Santiago and then to Madrid.", "en", "Santiago"),
        ("Carlos Rodriguez said the boat had sailed from Toledo.", "en", "Toledo"),
        ("Le camion venait de Hollande et roulait vers Lyon.", "fr", "Hollande"),
        ("Les armes ont été saisies en Savoie la semaine dernière.", "fr", "Savoie"),
    ],
)  # fmt: skip
def test_round55_a_place_beside_a_name_stays_a_place(scanner, text, lang, kept):
    assert kept in {m.surface for m in scanner.scan(text, lang)}
