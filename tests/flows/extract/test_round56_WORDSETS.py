"""Round 56 (WORDSETS): the word sets of ``flows.extract.toponyms`` are data of the lexicon
(``flows/extract/data/lexicon_*.yaml``, words section), French-only ones in ``lexicon_fr.yaml``,
English-only ones in ``lexicon_en.yaml``, mixed ones in ``lexicon_common.yaml``. A pure move:
a table of sentences written for the tests (not taken from the gold corpus), each leaning on
one of the moved lists, -> the places ``flows places`` gives, as before the move.
"""

from __future__ import annotations

import pytest

from flows.extract import direction, toponyms
from flows.extract.lexicon import lexicon
from flows.extract.mention import tokenize
from flows.extract.person_names import after_first_name, speaker, titled
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # cartel_words: the group named after a place is no place
        ("The Sinaloa Cartel shipped the cocaine from Ecuador to Spain.", "en",
         [("Ecuador", "Ecuador"), ("Spain", "Spain")]),
        ("Les hommes du cartel du Golfe ont expédié la drogue vers l'Espagne.", "fr",
         [("Espagne", "Spain")]),
        # numbered_media, org_heads, org_tails, not_a_place_tails
        ("Selon France 24, les migrants ont quitté la Libye pour l'Italie.", "fr",
         [("Libye", "Libya"), ("Italie", "Italy")]),
        ("The Bank of England said the money had been wired to Dubai.", "en",
         [("Dubai", "Dubai")]),
        ("The U.S. State Department said the rifles were sent to Haiti.", "en",
         [("Haiti", "Haiti")]),
        ("He paid 5,000 U.S. dollars to be taken to Mexico.", "en", [("Mexico", "Mexico")]),
        # border_services: the agency's name, not a place
        ("Officers of the Canada Border Services Agency seized cocaine from Colombia.", "en",
         [("Colombia", "Colombia")]),
        # lower_case_names (fr), compass and continents (en), lower_heads, compass_adjectives
        # (fr), lower_tails
        ("Des migrants présents au sahel ont rejoint la Libye.", "fr",
         [("sahel", "Sahel"), ("Libye", "Libya")]),
        ("The heroin reached western Europe from Afghanistan.", "en",
         [("western Europe", "Western Europe"), ("Afghanistan", "Afghanistan")]),
        ("La cocaïne arrive par le golfe de Guinée avant de remonter vers l'Europe.", "fr",
         [("golfe de Guinée", "Gulf of Guinea"), ("Europe", "Europe")]),
        ("Les armes circulent en Afrique-Occidentale depuis la Libye.", "fr",
         [("Afrique-Occidentale", "West Africa"), ("Libye", "Libya")]),
        ("Les migrants venaient d'Afrique occidentale et d'Amérique latine.", "fr",
         [("Afrique occidentale", "West Africa"), ("Amérique latine", "Latin America")]),
        # bound_for, name_abbreviations, facility_tails, area_adjectives, name_particles
        ("The vessel was bound for Rotterdam when it was stopped.", "en",
         [("Rotterdam", "Rotterdam")]),
        ("The pills were seized in St. Louis before reaching Canada.", "en",
         [("St. Louis", "St. Louis"), ("Canada", "Canada")]),
        ("Customs at the Karachi Sea Port seized heroin bound for Dubai.", "en",
         [("Karachi", "Karachi"), ("Dubai", "Dubai")]),
        ("Police in southern Mizoram seized heroin smuggled from Myanmar.", "en",
         [("Mizoram", "Mizoram"), ("Myanmar", "Myanmar")]),
        ("Ursula von der Leyen said migrants crossed from Turkey to Greece.", "en",
         [("Turkey", "Türkiye"), ("Greece", "Greece")]),
        # demonym_list_words: demonyms sharing a geographic noun are no place
        ("Les pirogues longent les côtes sénégalaises et mauritaniennes.", "fr", []),
        # own_town_tails (fr): "Tanger Ville" is Tangier's own port
        ("Le port de Tanger Ville (Maroc) a vu passer la résine vers l'Espagne.", "fr",
         [("Tanger", "Tangier"), ("Maroc", "Morocco"), ("Espagne", "Spain")]),
    ],
)  # fmt: skip
def test_round56_word_sets_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("constant", "lang", "name", "word"),
    [
        ("_LOWER_NAMES", "fr", "lower_case_names", "sahel"),
        ("_COMPASS_ADJECTIVES", "fr", "compass_adjectives", "occidentale"),
        ("_OWN_TOWN_TAILS", "fr", "own_town_tails", "ville"),
        ("_COMPASS", "en", "compass", "western"),
        ("_CONTINENTS", "en", "continents", "Europe"),
        ("_BOUND", "en", "bound_for", "headed"),
        ("_AREA_ADJECTIVES", "en", "area_adjectives", "neighbouring"),
        ("_CONNECTORS", "common", "name_connectors", "d’"),
        ("_LOCATIVES", "common", "locatives", "jusqu'"),
        ("_ABBREVIATED", "common", "name_abbreviations", "St"),
        ("_CARTEL", "common", "cartel_words", "cartel"),
    ],
)
def test_round56_word_sets_live_in_their_language(constant, lang, name, word):
    """A French-only list is in the French file (the English lexicon does not see it) and an
    English-only one in the English file; mixed ones are in the common file, seen by both."""
    words = getattr(toponyms, constant)
    assert word in words
    if lang == "common":
        assert lexicon("fr").words(name) == lexicon("en").words(name) == words
    else:
        other = "en" if lang == "fr" else "fr"
        assert lexicon(lang).words(name) == words
        with pytest.raises(KeyError):
            lexicon(other).words(name)


@pytest.mark.parametrize(
    ("text", "word", "expected"),
    [
        # who speaks, before or after the name, or after "according to" / "selon"
        ("Harrison said the boat had left.", "Harrison", True),
        ("Le réseau est démantelé, a déclaré Valence.", "Valence", True),
        ("The cargo was bound for Europe, according to Harrison.", "Harrison", True),
        ("The cargo came from Harrison, police said.", "Harrison", False),
    ],
)
def test_round56_person_names_speaker(text, word, expected):
    """``person_names.speaker`` (moved out of ``toponyms``): a name that stands for who speaks."""
    toks = tokenize(text)
    i = next(k for k, t in enumerate(toks) if t.text == word)
    assert speaker(text, toks, i, i) is expected


def test_round56_person_names_titles_and_first_names():
    text = "Mr. Lyons met Perrine Savoie in Nice."
    toks = tokenize(text)
    at = {t.text: k for k, t in enumerate(toks)}
    assert titled(text, toks, at["Lyons"]) and not titled(text, toks, at["Nice"])
    assert after_first_name(text, toks, at["Savoie"])
    assert not after_first_name(text, toks, at["Nice"])


@pytest.mark.parametrize(
    ("constant", "text", "found"),
    [
        # direction's word alternations, read from the lexicon (list_joined, move_prepositions,
        # onward_words, based_after, flagged_after)
        ("_JOINED", "Syrie et Irak", True),
        ("_JOINED", "Spain as well as Italy", True),
        ("_JOINED", "SPAIN AND ITALY", False),  # lower case only
        ("_PREPOSITION", "mainly Syria, TO", True),
        ("_PREPOSITION", "mainly Syria, toward", False),
        ("_ONWARD", "pour poursuivre", True),
        ("_BASED", "-based", True),
        ("_FLAGGED", "‑Registered", True),
        ("_FLAGGED", "-flagship", False),
    ],
)
def test_round56_direction_word_patterns(constant, text, found):
    pattern = getattr(direction, constant)
    hit = pattern.fullmatch(text) if constant == "_ONWARD" else pattern.search(text)
    assert (hit is not None) is found
