"""Round 53 (PLACESR3) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives and
the flows ``flows extract`` gives (ANNOTATION.md, "Places"):

- a town whose name is a common word ("Como"/"Côme", "Man", "Ans"; the gazetteer keeps such
  names out of its index, ``geodata.normalize.STOPWORDS``) is a place where the text writes
  the word as a name: capitalised inside a sentence, standing alone, never written in lower
  case in the text, in one of the text's countries (``flows.extract.stopword_towns``);
- such a town is no flow end: a capital letter is too weak a sign ("perquisitions à Liège,
  Seraing et à Ans" gives no flow to Ans);
- guards: the word opening a sentence, written in lower case elsewhere in the text, beside
  another capitalised word, or in a text naming no country that holds the town, stays a word.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


def _ends(extractor, text: str, lang: str) -> set[str]:
    doc = Document(id="t", text=text, lang=lang)
    found = extractor.extract(doc).candidates
    return {p.place.name for c in found for p in (c.origin, c.destination) if p is not None}


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a town named by a common word, in one of the text's countries
        ("Les carabiniers ont saisi de la cocaïne dans une villa près du lac de Côme, en Italie.",
         "fr", [("Côme", "Como"), ("Italie", "Italy")]),
        ("Italian police seized heroin in a villa near Como on Tuesday.", "en",
         [("Como", "Como")]),
        ("La police ivoirienne a arrêté trois trafiquants à Man, dans l'ouest de la Côte "
         "d'Ivoire.", "fr", [("Man", "Man"), ("Côte d'Ivoire", "Côte d'Ivoire")]),
        ("Des perquisitions ont eu lieu à Liège et à Ans, en Belgique.", "fr",
         [("Liège", "Liège"), ("Ans", "Ans"), ("Belgique", "Belgium")]),
        # guards: a sentence's first word, a word also written in lower case, a word beside
        # another capitalised word, a text naming no country that holds the town
        ("Como le dijo el juez, the ship left Italy.", "en", [("Italy", "Italy")]),
        ("The man was arrested in Italy. Police said Man had fled.", "en",
         [("Italy", "Italy")]),
        ("Le trafiquant a passé trois ans en Belgique. Selon lui, Ans Marten a tout organisé.",
         "fr", [("Belgique", "Belgium")]),
        ("Police seized heroin in a villa near Como on Tuesday.", "en", []),
    ],
)  # fmt: skip
def test_round53_placesr3_word_towns(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "absent", "present"),
    [
        # a word town is no flow end; the town listed beside it keeps its reading
        ("Les policiers ont mené des perquisitions à Liège, Seraing et à Ans, en Belgique, "
         "dans un dossier de trafic de cannabis.", "fr", "Ans", None),
        ("La cocaïne saisie près de Côme venait de Colombie, selon la police italienne.",
         "fr", "Como", "Colombia"),
    ],
)  # fmt: skip
def test_round53_placesr3_word_towns_end_no_flow(extractor, text, lang, absent, present):
    ends = _ends(extractor, text, lang)
    assert absent not in ends
    if present is not None:
        assert present in ends
