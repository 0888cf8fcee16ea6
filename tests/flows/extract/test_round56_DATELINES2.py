"""Round 56 (DATELINES2) of the places and flows in real French and English prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> what ``flows places`` and
``flows extract`` give:

- a town written in title case that opens its line as a wire's dateline is the town the story
  is filed from, whatever its size: a date after it ("Margao, Jan 7 (PTI)", "Morlaix, 12 mars
  (AFP) -"), its state or country and a dash ("Bosaso, Somalia —"), or a news agency of the
  lexicon's ``news_agencies`` in brackets ("Quimper (AFP) -"); the story's flows with no stated
  origin start there, as from a dateline in capitals (``flows.extract.datelines``);
- a long dash alone after such a town ("Quimper – La gendarmerie") makes it a place too, but
  not the start of the story's flows (a town opening a report of rescued migrants is where
  they were found);
- a town written with its state's dotted abbreviation and a dash right after it
  ("Elizabeth, N.J.— Officers") is that town (``flows.extract.abbreviated_towns``);
- guards: the same small towns opening a sentence without a dateline's date, state or agency
  stay out, and so does a word in brackets that is no agency ("(map)").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a wire's dateline: date and agency, agency alone, French date, country and dash
        ("Margao, Jan 7 (PTI) Police arrested two men for trafficking women to Muscat.", "en",
         [("Margao", "Madgaon"), ("Muscat", "Muscat")]),
        ("Bosaso (Reuters) - Militias in the hills have imported rifles from Yemen.", "en",
         [("Bosaso", "Bosaso"), ("Yemen", "Yemen")]),
        ("Morlaix, 12 mars (AFP) - La gendarmerie a saisi trois kilos d'héroïne.", "fr",
         [("Morlaix", "Morlaix")]),
        ("Quimper (AFP) - La gendarmerie a saisi trois kilos d'héroïne.", "fr",
         [("Quimper", "Quimper")]),
        ("Bosaso, Somalia — Militias have imported rifles from Yemen.", "en",
         [("Bosaso", "Bosaso"), ("Somalia", "Somalia"), ("Yemen", "Yemen")]),
        # a dash alone after it (a long dash: a hyphen is a heading's as often)
        ("Quimper – La gendarmerie a saisi trois kilos d'héroïne venue des Pays-Bas.", "fr",
         [("Quimper", "Quimper"), ("Pays-Bas", "Netherlands")]),
        ("Quimper - la gendarmerie a saisi trois kilos.", "fr", []),
        # a town and its state's abbreviation, a dash right after
        ("Elizabeth, N.J.— Officers seized cocaine shipped from Panama.", "en",
         [("Elizabeth", "Elizabeth"), ("N.J.", "New Jersey"), ("Panama", "Panama")]),
        # of the towns of one name, the one nearest the state (not the biggest)
        ("Trenton, Ga. - Agents seized rifles.", "en",
         [("Trenton", "Trenton"), ("Ga.", "Georgia")]),
        # guards: the same towns opening a sentence with no dateline after them
        ("Bosaso militias have imported rifles from Yemen.", "en", [("Yemen", "Yemen")]),
        ("Morlaix a vu passer des tonnes de cocaïne venues du Brésil.", "fr",
         [("Brésil", "Brazil")]),
        ("Quimper (map) - la ville bretonne.", "fr", []),
    ],
)  # fmt: skip
def test_round56_datelines_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the story's flow with no stated origin starts at its wire dateline's town
        ("Margao, Jan 7 (PTI) Police arrested two men for trafficking women to Muscat.", "en",
         {("human_trafficking", "IN", "OM")}),
        ("Bosaso, Jan 7 (Reuters) - Police rescued forty migrants trying to reach Yemen by boat.",
         "en", {("migrant_smuggling", "SO", "YE")}),
        # ... but not from a town before a dash alone: "Niamey – 44 migrants were rescued"
        # tells where they were found, not where they left from
        ("Bosaso — Police rescued forty migrants trying to reach Yemen by boat.", "en",
         {("migrant_smuggling", None, "YE")}),
    ],
)  # fmt: skip
def test_round56_datelines_flows(extractor, text, lang, expected):
    assert round3._flows(extractor, text, lang) == expected
