"""Matching rules of benchmarks/score_real.py and its naive baseline, on tiny hand-built cases."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


score_real = _load("score_real")
naive = _load("naive_baseline")


def P(name, kind, cc=None, lon=None, lat=None):  # noqa: N802 - a short place constructor
    return {"name": name, "kind": kind, "country_code": cc, "lon": lon, "lat": lat}


FRANCE = P("France", "country", "FR", 2.4, 46.6)
PARIS = P("Paris", "city", "FR", 2.35, 48.86)
LYON = P("Lyon", "city", "FR", 4.83, 45.76)  # ~390 km from Paris
VERSAILLES = P("Versailles", "city", "FR", 2.13, 48.80)  # ~17 km from Paris
BELGIUM = P("Belgium", "country", "BE", 4.65, 50.77)
BALKANS = P("Balkans", "region", None, 21.0, 43.0)
W_BALKANS = P("Western Balkans", "region", None, 20.0, 42.8)  # ~83 km from Balkans
SAHEL = P("Sahel", "region", None, 5.0, 15.0)
SERBIA = P("Serbia", "country", "RS", 20.55, 44.24)  # ~140 km from the Balkans centroid
BELGRADE = P("Belgrade", "city", "RS", 20.46, 44.80)
LESBOS_ISLAND = P("Lesbos", "other", "GR", 26.27, 39.17)
LESBOS_REGION = P("Lesbos", "region", "GR", 26.27, 39.17)
UNRESOLVED = {
    "surface": "Atlantis",
    "name": None,
    "kind": None,
    "country_code": None,
    "lon": None,
    "lat": None,
}


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        (FRANCE, FRANCE, True),  # country: same ISO code
        (BELGIUM, FRANCE, False),  # country: other code
        (PARIS, FRANCE, False),  # a city is not its country
        (VERSAILLES, PARIS, True),  # city within 161 km
        (LYON, PARIS, False),  # city too far
        (FRANCE, PARIS, False),  # a country never counts as a city, however close
        (LESBOS_REGION, LESBOS_ISLAND, True),  # a site/island: any non-country place nearby
        (P("balkans", "region", None, None, None), BALKANS, True),  # region by folded name
        (W_BALKANS, BALKANS, True),  # region within 500 km
        (BELGRADE, BALKANS, True),  # any non-country place within 500 km of the centroid
        (SERBIA, BALKANS, False),  # a country never counts as a region
        (SAHEL, BALKANS, False),  # region too far
        (UNRESOLVED, PARIS, False),  # an unresolved mention matches nothing
    ],
)
def test_place_match(pred, gold, expected):
    assert score_real.place_match(pred, gold) is expected


@pytest.mark.parametrize(
    "pred, gold, expected",
    [
        (PARIS, FRANCE, True),  # city in the right country
        (BELGIUM, FRANCE, False),
        (LYON, PARIS, True),  # country-level: same country is enough
        (W_BALKANS, BALKANS, True),  # no codes: falls back to the place match
        (UNRESOLVED, FRANCE, False),
    ],
)
def test_country_match(pred, gold, expected):
    assert score_real.country_match(pred, gold) is expected


def F(category, origin, destination):  # noqa: N802 - a short flow constructor
    return {"category": category, "origin": origin, "destination": destination}


@pytest.mark.parametrize(
    "pred, gold, strict, lenient, country",
    [
        (F("drugs", FRANCE, BELGIUM), F("drugs", FRANCE, BELGIUM), True, True, True),
        (F("weapons", FRANCE, BELGIUM), F("drugs", FRANCE, BELGIUM), False, False, False),
        (F("drugs", None, BELGIUM), F("drugs", None, BELGIUM), True, True, True),  # null = null
        (F("drugs", FRANCE, BELGIUM), F("drugs", None, BELGIUM), False, True, False),
        (F("drugs", None, BELGIUM), F("drugs", FRANCE, BELGIUM), False, True, False),
        (F("drugs", LYON, BELGIUM), F("drugs", PARIS, BELGIUM), False, True, True),
        (F("drugs", PARIS, SERBIA), F("drugs", PARIS, BALKANS), False, True, False),
        (F("drugs", BELGIUM, FRANCE), F("drugs", FRANCE, BELGIUM), False, False, False),
        (F("drugs", None, None), F("drugs", None, BELGIUM), False, False, False),
    ],
)
def test_flow_match(pred, gold, strict, lenient, country):
    assert score_real.flow_match(pred, gold, "strict") is strict
    assert score_real.flow_match(pred, gold, "lenient") is lenient
    assert score_real.flow_match(pred, gold, "country") is country


def test_max_matching_finds_more_pairs_than_greedy():
    # pred 0 fits both golds, pred 1 only gold 0: greedy would pair 0-0 and stop at one pair
    pairs = score_real.max_matching(
        ["a", "b"], ["x", "y"], lambda p, g: (p, g) in {("a", "x"), ("a", "y"), ("b", "x")}
    )
    assert pairs == [(0, 1), (1, 0)]


def test_max_matching_is_one_to_one():
    assert score_real.max_matching(["a", "a2"], ["x"], lambda p, g: True) == [(0, 0)]
    assert score_real.max_matching([], ["x"], lambda p, g: True) == []


def test_collapse_flows_on_category_and_endpoints():
    flows = [
        {**F("drugs", FRANCE, BELGIUM), "commodity": "cocaine"},
        {**F("drugs", FRANCE, BELGIUM), "commodity": "heroin"},
        F("weapons", FRANCE, BELGIUM),
        F("drugs", None, BELGIUM),
    ]
    assert len(score_real.collapse_flows(flows)) == 3


def test_distinct_places_collapse_mentions():
    mentions = [
        {**PARIS, "surface": "Paris"},
        {**PARIS, "surface": "PARIS"},
        UNRESOLVED,
        {**UNRESOLVED, "surface": "ATLANTIS"},
    ]
    assert len(score_real.distinct_places(mentions)) == 2


def test_score_document_counts():
    gold = {
        "id": "en-999",
        "lang": "en",
        "category": "drugs",
        "toponyms": [{**FRANCE, "surface": "France"}, {**BELGIUM, "surface": "Belgium"}],
        "flows": [F("drugs", FRANCE, BELGIUM), F("drugs", None, BELGIUM)],
    }
    mentions = [{**FRANCE, "surface": "France"}, {**PARIS, "surface": "Paris"}]
    cands = [
        F("drugs", FRANCE, BELGIUM),
        F("drugs", FRANCE, BELGIUM),
        F("drugs", PARIS, BELGIUM),
        F("weapons", FRANCE, None),
    ]
    counts, errors = score_real.Counts(), []
    score_real.score_document(gold, mentions, cands, counts, errors)
    places = counts.prf("places", "all")
    assert (places["tp"], places["pred"], places["gold"]) == (1, 2, 2)
    strict = counts.prf("strict", "all")
    assert (strict["tp"], strict["pred"], strict["gold"]) == (1, 3, 2)
    lenient = counts.prf("lenient", "all")
    assert lenient["tp"] == 2  # Paris->Belgium serves null->Belgium on the destination
    assert counts.prf("strict", "category=weapons") == {
        "tp": 0,
        "pred": 1,
        "gold": 0,
        "p": 0.0,
        "r": 0.0,
        "f1": 0.0,
    }
    assert errors[0]["places_missed"] == ["Belgium"]
    assert errors[0]["flows"]["missed"] == ["drugs: null -> Belgium"]
    assert errors[0]["flows"]["false"] == ["drugs: Paris -> Belgium", "weapons: France -> null"]


def test_prf_of_empty_slices():
    c = score_real.Counts()
    c.add("strict", "all", 0, 0, 0)
    assert c.prf("strict", "all")["f1"] == 1.0  # nothing to find, nothing claimed
    c.add("strict", "none", 0, 3, 0)
    assert c.prf("strict", "none")["p"] == 0.0


def test_errors_refuse_the_test_part(capsys):
    rc = score_real.main([str(ROOT / "tests/data/gold_real/test_en.jsonl"), "--errors"])
    assert rc == 2
    assert "dev files only" in capsys.readouterr().err


def _mention(text, surface, place):
    start = text.index(surface)
    return {"start": start, "end": start + len(surface), "surface": surface, **place}


@pytest.mark.parametrize(
    "text, places, expected",
    [
        (
            "Rifles were smuggled from France to Belgium.",
            ["France", "Belgium"],
            [("weapons", "France", "Belgium")],
        ),
        ("Cocaine seized in Belgium.", ["Belgium"], [("drugs", None, "Belgium")]),
        (
            "Ministers met in Paris. Migrants came from France.",
            ["Paris", "France"],
            [("migrant_smuggling", "France", None)],
        ),  # the keyword-free sentence is skipped
        ("France and Belgium signed a treaty.", ["France", "Belgium"], []),
        ("Heroin and weapons moved from France.", ["France"], [("drugs", "France", None)]),
    ],
)
def test_naive_baseline_flows(text, places, expected):
    table = {"France": FRANCE, "Belgium": BELGIUM, "Paris": PARIS}
    mentions = [_mention(text, s, table[s]) for s in places]
    got = naive.extract_flows(text, mentions)
    as_tuples = [
        (
            c["category"],
            c["origin"] and c["origin"]["name"],
            c["destination"] and c["destination"]["name"],
        )
        for c in got
    ]
    assert as_tuples == expected


def test_docstring_examples_run():
    import doctest

    # module=False: the script is loaded from its path, so it is not in sys.modules
    tests = [
        t
        for t in doctest.DocTestFinder().find(
            score_real, module=False, globs=dict(vars(score_real))
        )
        if t.examples
    ]
    runner = doctest.DocTestRunner()
    for test in tests:
        runner.run(test)
    assert tests and runner.failures == 0


@pytest.mark.parametrize(
    "rows, inside, width_below",
    [
        ([(1, 1, 1)] * 10, 1.0, 0.001),  # every document right: no spread
        ([(0, 1, 1)] * 10, 0.0, 0.001),  # every document wrong
        ([(1, 1, 1), (0, 1, 1)] * 10, 0.5, 0.5),  # half right over 20 documents
    ],
)
def test_bootstrap_interval(rows, inside, width_below):
    lo, hi = score_real.bootstrap_interval(rows, resamples=500)
    assert lo <= inside <= hi
    assert hi - lo < width_below


def test_bootstrap_interval_narrows_with_more_documents():
    few = score_real.bootstrap_interval([(1, 1, 1), (0, 1, 1)] * 5, resamples=500)
    many = score_real.bootstrap_interval([(1, 1, 1), (0, 1, 1)] * 50, resamples=500)
    assert many[1] - many[0] < few[1] - few[0]


def test_per_document_counts():
    gold = [
        {
            "id": "a",
            "lang": "en",
            "category": "drugs",
            "toponyms": [],
            "flows": [{"category": "drugs", "origin": PARIS, "destination": BELGIUM}],
        },
        {"id": "b", "lang": "en", "category": "drugs", "toponyms": [], "flows": []},
    ]
    cands = [
        {"doc": "a", "category": "drugs", "origin": VERSAILLES, "destination": BELGIUM},
        {"doc": "b", "category": "drugs", "origin": LYON, "destination": None},
    ]
    per_doc = score_real.per_document_counts(gold, [], cands)
    assert per_doc["strict"] == [(1, 1, 1), (0, 1, 0)]


def _cand(doc, category, origin, destination, confidence, start=0):
    return {"doc": doc, "category": category, "origin": origin, "destination": destination,
            "confidence": confidence, "evidence_start": start}  # fmt: skip


@pytest.mark.parametrize(
    ("confidences", "expected_ap", "first_half"),
    [
        # right (drugs, France -> Paris) and wrong (weapons) candidates; the queue sorts by
        # confidence, highest first
        ((0.9, 0.1), 1.0, 1.0),  # the right one first
        ((0.1, 0.9), 0.5, 0.0),  # the wrong one first
        ((0.5, 0.5), 1.0, 1.0),  # a tie: the earlier evidence first, as the store sorts
    ],
)
def test_queue_order(confidences, expected_ap, first_half):
    docs = [{"id": "a", "flows": [{"category": "drugs", "origin": FRANCE, "destination": PARIS}]}]
    right = _cand("a", "drugs", FRANCE, PARIS, confidences[0], start=0)
    wrong = _cand("a", "weapons", FRANCE, PARIS, confidences[1], start=10)
    q = score_real.queue_order(docs, [wrong, right])
    assert (q["candidates"], q["right"]) == (2, 1)
    assert q["average_precision"] == expected_ap
    assert q["right_in_first_half"] == first_half


def test_queue_gain_interval_is_paired():
    docs = [
        {"id": k, "flows": [{"category": "drugs", "origin": FRANCE, "destination": PARIS}]}
        for k in "abcd"
    ]
    right = [_cand(k, "drugs", FRANCE, PARIS, 0.9) for k in "abcd"]
    wrong = [_cand(k, "weapons", FRANCE, PARIS, 0.5, start=5) for k in "abcd"]
    same = score_real.queue_gain_interval(docs, right + wrong, right + wrong, resamples=50)
    assert same == {"average_precision": (0.0, 0.0, 0.0), "right_in_first_half": (0.0, 0.0, 0.0)}
    worse = [dict(c, confidence=0.1) for c in right]  # every right candidate last
    gain = score_real.queue_gain_interval(docs, right + wrong, worse + wrong, resamples=50)
    assert gain["right_in_first_half"] == (1.0, 1.0, 1.0)
    assert gain["average_precision"][0] > 0
