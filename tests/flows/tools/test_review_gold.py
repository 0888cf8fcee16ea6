"""The analyst's decisions of flows/tools/review_gold.py: accept what the annotation has, edit
what it has in the same sentence, reject the rest; places agree as the scorer counts them."""

from __future__ import annotations

import pytest

from flows.tools.review_gold import decide, place_setting, same_place, summary_of

RS = {"name": "Serbia", "kind": "country", "country_code": "RS", "lon": 20.9, "lat": 44.0}
SE = {"name": "Sweden", "kind": "country", "country_code": "SE", "lon": 16.7, "lat": 62.8}
NO = {"name": "Norway", "kind": "country", "country_code": "NO", "lon": 9.0, "lat": 61.0}
MALMO = {"name": "Malmö", "kind": "city", "country_code": "SE", "lon": 13.0, "lat": 55.6}
LUND = {"name": "Lund", "kind": "city", "country_code": "SE", "lon": 13.19, "lat": 55.7}
BALKANS = {"name": "Balkans", "kind": "region", "country_code": None, "lon": 20.0, "lat": 43.0}


@pytest.mark.parametrize(
    ("gold", "got", "same"),
    [
        (RS, RS, True),
        (RS, SE, False),
        (MALMO, LUND, True),  # 20 km apart
        (MALMO, {**MALMO, "lon": 18.07, "lat": 59.33}, False),  # Stockholm is 500 km away
        (BALKANS, {**BALKANS, "lon": 21.0, "lat": 44.0}, True),
        (None, None, True),
        (None, RS, False),
    ],
)
def test_same_place(gold, got, same):
    assert same_place(gold, got) is same


def test_place_setting():
    assert place_setting(MALMO) == "Malmö (SE)" and place_setting(BALKANS) == "Balkans"


TEXT = "Rifles were smuggled from Serbia to Sweden. Police also saw cars."
EVIDENCE = "Rifles were smuggled from Serbia to Sweden."


def _row(key, category, origin, destination, start=0, end=43, dup=None):  # 43: the evidence
    ref = {"name": origin["name"], "country": origin["country_code"]} if origin else None
    dst = {"name": destination["name"], "country": destination["country_code"]}
    record = {"category": category, "origin": ref, "destination": dst,
              "sources": [{"evidence_start": start, "evidence_end": end}]}  # fmt: skip
    return {"key": key, "record": record, "duplicate_of": dup}


PLACES = {"Serbia": RS, "Sweden": SE, "Norway": NO}


def _resolve(ref):
    return PLACES[ref["name"]] if ref else None


def test_decide_accepts_edits_and_rejects():
    doc = {"id": "d", "text": TEXT, "flows": [
        {"category": "weapons", "commodity": "rifles", "origin": RS, "destination": SE,
         "evidence": EVIDENCE}]}  # fmt: skip
    rows = [
        _row("same", "weapons", RS, SE),
        _row("again", "weapons", RS, SE),  # the annotated flow is taken already
        _row("dup", "weapons", RS, SE, dup="wp-curated"),
    ]
    got = {d.key: (d.action, d.settings) for d in decide(doc, rows, _resolve)}
    assert got == {"same": ("accept", []), "again": ("reject", []), "dup": ("reject", [])}
    # a wrong destination in the annotated sentence is edited; outside it, rejected
    rows = [_row("wrong", "weapons", RS, NO)]
    (dec,) = decide(doc, rows, _resolve)
    assert (dec.action, dec.settings) == ("edit", ["destination=Sweden (SE)", "commodity=rifles"])
    rows = [_row("elsewhere", "weapons", RS, NO, start=44, end=len(TEXT))]
    assert decide(doc, rows, _resolve)[0].action == "reject"
    # the right endpoints under the wrong category: the category is edited
    (dec,) = decide(doc, [_row("cat", "drugs", RS, SE)], _resolve)
    assert dec.action == "edit" and dec.settings[0] == "category=weapons"


def test_summary_is_our_own_sentence():
    rec = {"category": "weapons", "commodity": "rifles", "origin": {"name": "Serbia"},
           "destination": {"name": "Sweden"}, "period_start": "2022",
           "sources": [{"publisher": "Europol"}]}  # fmt: skip
    assert summary_of(rec) == "Europol reports rifles moving from Serbia to Sweden (2022)."
