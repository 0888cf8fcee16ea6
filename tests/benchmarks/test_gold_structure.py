"""Where gold flows' ends are (benchmarks/gold_structure.py), on tiny hand-built cases."""

from __future__ import annotations

import doctest
import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
spec = importlib.util.spec_from_file_location(
    "gold_structure", ROOT / "benchmarks/gold_structure.py"
)
gold_structure = importlib.util.module_from_spec(spec)
spec.loader.exec_module(gold_structure)
crf = __import__("experiment_crf_roles")  # on the path once gold_structure is loaded


def P(name, kind, cc, lon, lat):  # noqa: N802 - a short place constructor
    return {"name": name, "kind": kind, "country_code": cc, "lon": lon, "lat": lat}


FRANCE = P("France", "country", "FR", 2.4, 46.6)
PARIS = P("Paris", "city", "FR", 2.35, 48.86)
MARSEILLE = P("Marseille", "city", "FR", 5.37, 43.3)
SPAIN = P("Spain", "country", "ES", -3.7, 40.4)
MOROCCO = P("Morocco", "country", "MA", -6.8, 31.8)

TEXT = "Hashish from Morocco. It reached Spain by boat.  Police in Paris said so."
SENTENCES = [(0, 21), (22, 47), (49, 73)]  # as flows.extract.sentences splits it


@pytest.mark.parametrize(
    ("evidence", "expected"),
    [
        ("It reached Spain by boat.", {1}),
        ("Hashish from Morocco. It reached Spain", {0, 1}),
        ("by boat.  Police in Paris", {1, 2}),  # a run of spaces in the text
        ("by boat. Police in Paris", {1, 2}),  # folded in the quote
        ("Police said so in Paris", {2}),  # not verbatim: the sentence sharing most words
        ("", set()),
    ],
)
def test_evidence_sentences(evidence, expected):
    assert crf.evidence_sentences(TEXT, SENTENCES, evidence) == expected


@pytest.mark.parametrize(
    ("end", "found", "sentences", "expected"),
    [
        (SPAIN, [(1, SPAIN)], {1}, "in"),
        (SPAIN, [(0, SPAIN), (1, MOROCCO)], {1}, "elsewhere"),
        (MARSEILLE, [(1, PARIS)], {1}, "unnamed"),  # 660 km away: another place
        (FRANCE, [(1, PARIS)], {1}, "unnamed"),  # a city is not its country
        (None, [(1, SPAIN)], {1}, "null"),
    ],
)
def test_end_kind(end, found, sentences, expected):
    assert gold_structure.end_kind(end, found, sentences) == expected


def flow(origin, destination, category="drugs"):
    return {"category": category, "origin": origin, "destination": destination}


@pytest.mark.parametrize(
    ("gold", "preds", "expected"),
    [
        (flow(MOROCCO, SPAIN), [flow(SPAIN, MOROCCO)], "ends reversed"),
        (flow(MOROCCO, SPAIN), [flow(MOROCCO, SPAIN, "weapons")], "other category"),
        (flow(MOROCCO, SPAIN), [flow(MOROCCO, None)], "one end right, other null"),
        (flow(None, SPAIN), [flow(MOROCCO, SPAIN)], "one end right, other not null"),
        (flow(MOROCCO, PARIS), [flow(MOROCCO, FRANCE)], "one end right, other grain"),
        (flow(MOROCCO, SPAIN), [flow(MOROCCO, FRANCE)], "one end right, other wrong"),
        (flow(MOROCCO, SPAIN), [flow(FRANCE, PARIS)], "no flow with either end"),
        (flow(MOROCCO, SPAIN), [flow(MOROCCO, None, "weapons")], "no flow with either end"),
    ],
)
def test_why_missed(gold, preds, expected):
    assert gold_structure.why_missed(gold, preds) == expected


def test_docstring_examples_run():
    finder, runner = doctest.DocTestFinder(), doctest.DocTestRunner()
    for test in finder.find(gold_structure, "gold_structure"):
        runner.run(test)
    assert runner.summarize(verbose=False).attempted >= 8
    assert runner.summarize(verbose=False).failed == 0


def test_elsewhere_ends_name_the_end_another_sentence_gives():
    extractor = gold_structure.Extractor()
    gold = {
        "id": "t",
        "lang": "en",
        "text": "Hashish from Morocco was loaded in Tangier. It reached Spain by boat.",
        "flows": [
            {
                "category": "drugs",
                "origin": MOROCCO,
                "destination": SPAIN,
                "evidence": "It reached Spain by boat.",
            }
        ],
    }
    ends = gold_structure.elsewhere_ends(extractor, gold)
    assert [(e["end_from_elsewhere"], e["gold_origin"], e["gold_destination"]) for e in ends] == [
        ("origin", "Morocco", "Spain")
    ]
