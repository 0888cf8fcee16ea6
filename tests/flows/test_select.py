"""Selection and aggregation on a small hand-made flows table (the columns of build_frames)."""

from __future__ import annotations

import pandas as pd
import pytest

from flows.select import (
    aggregate_flows,
    aggregate_routes,
    count_by_period,
    country_totals,
    data_precision,
    expand_places,
    hub_counts,
    period_bounds,
    period_label,
    prepare_flows,
    records_of_flow,
    records_of_place,
    records_of_route,
    select_records,
)
from flows.views import Filters

KYIV = ("p:kyiv", "Kyiv", "UA", 30.52, 50.45)
WARSAW = ("p:warsaw", "Warsaw", "PL", 21.01, 52.23)
BERLIN = ("p:berlin", "Berlin", "DE", 13.40, 52.52)
BELGRADE = ("p:belgrade", "Belgrade", "RS", 20.46, 44.79)
BUDAPEST = ("p:budapest", "Budapest", "HU", 19.04, 47.50)
VIENNA = ("p:vienna", "Vienna", "AT", 16.37, 48.21)
PLACES = {p[0]: p for p in (KYIV, WARSAW, BERLIN, BELGRADE, BUDAPEST, VIENNA)}


def _row(
    rid,
    cat,
    origin,
    dest,
    t0,
    t1,
    *,
    via=(),
    status="curated",
    ver="reported",
    conf=0.8,
    actors=(),
    qty=None,
    unit=None,
    text="",
    start=None,
    end=None,
    commodity="small arms",
):
    o, d = PLACES.get(origin), PLACES.get(dest)
    return {
        "id": rid,
        "category": cat,
        "commodity": commodity,
        "status": status,
        "verification": ver,
        "confidence": conf,
        "period_start": start or (str(int(t0)) if t0 is not None else None),
        "period_end": end or (str(int(t1) - 1) if t1 is not None else None),
        "t_start": t0,
        "t_end": t1,
        "origin_id": o[0] if o else None,
        "origin_name": o[1] if o else None,
        "origin_country": o[2] if o else None,
        "origin_lon": o[3] if o else None,
        "origin_lat": o[4] if o else None,
        "dest_id": d[0] if d else None,
        "dest_name": d[1] if d else None,
        "dest_country": d[2] if d else None,
        "dest_lon": d[3] if d else None,
        "dest_lat": d[4] if d else None,
        "via_ids": [PLACES[v][0] for v in via],
        "via_names": [PLACES[v][1] for v in via],
        "via_countries": [PLACES[v][2] for v in via],
        "actors": list(actors),
        "quantity_value": qty,
        "quantity_value_max": None,
        "quantity_unit": unit,
        "quantity_what": "weapons seized" if unit else None,
        "n_sources": 1,
        "publishers": ["Test"],
        "search_text": text.casefold(),
        "summary": text,
        "drawable": bool(o and d),
    }


ROWS = [
    _row(
        "r1",
        "weapons",
        "p:kyiv",
        "p:warsaw",
        2015.0,
        2016.0,
        actors=("Group A",),
        qty=100,
        unit="items",
        text="Europol report on rifles",
    ),
    _row(
        "r2",
        "weapons",
        "p:kyiv",
        "p:warsaw",
        2016.0,
        2018.0,
        qty=50,
        unit="items",
        text="UNODC study",
    ),
    _row(
        "r3",
        "weapons",
        "p:kyiv",
        "p:berlin",
        2017.0,
        2018.0,
        via=("p:warsaw",),
        status="extracted",
        conf=0.4,
        text="press article",
    ),
    _row(
        "r4",
        "drugs",
        "p:belgrade",
        "p:vienna",
        2019.0,
        2020.0,
        via=("p:budapest",),
        ver="confirmed",
        actors=("Group B", "Group A"),
        qty=3,
        unit="tonnes",
        commodity="heroin",
        text="court ruling",
    ),
    _row(
        "r5",
        "drugs",
        "p:belgrade",
        "p:vienna",
        2020.0,
        2021.0,
        via=("p:budapest",),
        status="reviewed",
        commodity="heroin",
        text="Europol threat assessment",
    ),
    _row(
        "r6",
        "migrant_smuggling",
        "p:belgrade",
        "p:budapest",
        2020.0 + 2 / 12,
        2020.0 + 3 / 12,
        start="2020-03",
        end="2020-03",
        text="Frontex",
    ),
    _row("r7", "migrant_smuggling", None, "p:berlin", None, None, text="no origin"),
]


@pytest.fixture(scope="module")
def flows() -> pd.DataFrame:
    return prepare_flows(pd.DataFrame(ROWS))


@pytest.fixture(scope="module")
def places() -> pd.DataFrame:
    return pd.DataFrame(
        [{"id": p[0], "name": p[1], "lon": p[3], "lat": p[4]} for p in PLACES.values()]
    )


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        (Filters(statuses=()), {"r1", "r2", "r3", "r4", "r5", "r6", "r7"}),
        (Filters(), {"r1", "r2", "r4", "r5", "r6", "r7"}),  # default: curated + reviewed
        (Filters(statuses=("extracted",)), {"r3"}),
        (Filters(categories=("drugs",), statuses=()), {"r4", "r5"}),
        (Filters(commodities=("heroin",), statuses=()), {"r4", "r5"}),
        (Filters(origins=("UA",), statuses=()), {"r1", "r2", "r3"}),
        (Filters(origins=("p:belgrade",), statuses=()), {"r4", "r5", "r6"}),
        (Filters(destinations=("AT", "DE"), statuses=()), {"r3", "r4", "r5", "r7"}),
        (Filters(transits=("HU",), statuses=()), {"r4", "r5"}),
        (Filters(transits=("p:warsaw",), statuses=()), {"r3"}),
        (Filters(actors=("Group A",), statuses=()), {"r1", "r4"}),
        (Filters(verifications=("confirmed",), statuses=()), {"r4"}),
        (Filters(min_confidence=0.5, statuses=()), {"r1", "r2", "r4", "r5", "r6", "r7"}),
        # half-open overlap: 2016 contains r2 (2016-2017) but not r1 (2015)
        (Filters(period=(2016.0, 2017.0), statuses=()), {"r2"}),
        (Filters(period=(2017.0, 2018.0), statuses=()), {"r2", "r3"}),
        # a month inside 2020 finds the month-precise record
        (Filters(period=(2020.0 + 2 / 12, 2020.0 + 3 / 12), statuses=()), {"r5", "r6"}),
        (Filters(text="europol", statuses=()), {"r1", "r5"}),
        (Filters(text="EUROPOL threat", statuses=()), {"r5"}),
        (Filters(text="nothing like this", statuses=()), set()),
        (Filters(categories=("weapons",), origins=("UA",), destinations=("PL",)), {"r1", "r2"}),
    ],
)
def test_select_records(flows, filters, expected):
    assert set(select_records(flows, filters)["id"]) == expected


def test_select_works_on_an_unprepared_table():
    raw = pd.DataFrame(ROWS)
    filters = Filters(transits=("HU",), actors=("Group A",), text="court", statuses=())
    assert list(select_records(raw, filters)["id"]) == ["r4"]


def test_region_selects_its_members(flows):
    members = {"region:western-balkans": ("RS", "BA")}
    got = select_records(flows, Filters(origins=("region:western-balkans",)), members)
    assert set(got["id"]) == {"r4", "r5", "r6"}
    assert expand_places(["x"], None) == {"x"}


def test_aggregate_by_records_caps_and_counts(flows):
    agg, total = aggregate_flows(flows, "records", top_n=2)
    assert total == 4  # kyiv-warsaw, kyiv-berlin, belgrade-vienna, belgrade-budapest
    assert len(agg) == 2
    top = agg.iloc[0]
    assert top["n_records"] == 2 and top["weight"] == 2.0
    # ties on weight are broken by first appearance, so the order is stable
    assert list(agg["origin_id"]) == ["p:kyiv", "p:belgrade"]
    assert agg.iloc[1]["dest_name"] == "Vienna"
    assert agg.iloc[0][["origin_lon", "dest_lat"]].tolist() == [30.52, 52.23]
    assert agg.iloc[0][["t_min", "t_max"]].tolist() == [2015.0, 2018.0]
    assert agg.iloc[0]["n_sources"] == 2


def test_aggregate_by_quantity_adds_only_one_unit(flows):
    agg, total = aggregate_flows(flows, "quantity", top_n=None)
    assert agg.attrs["unit"] == "items"  # two records give items, one gives tonnes
    first = agg.iloc[0]
    assert (first["origin_id"], first["dest_id"], first["quantity"]) == ("p:kyiv", "p:warsaw", 150)
    drugs = agg[agg["category"] == "drugs"].iloc[0]
    assert drugs["weight"] == 0.0 and pd.isna(drugs["quantity"])
    assert total == 4


def test_aggregate_by_quantity_says_when_a_figure_is_an_estimate(flows):
    rows = flows.assign(quantity_estimate=flows["id"].eq("r2"))
    agg, _ = aggregate_flows(rows, "quantity", top_n=None)
    by_dest = agg.set_index(["origin_id", "dest_id", "category"])["quantity_estimate"]
    assert bool(by_dest[("p:kyiv", "p:warsaw", "weapons")]) is True  # r1 + r2 (estimate)
    assert not by_dest.drop(("p:kyiv", "p:warsaw", "weapons")).any()


def test_aggregate_empty(flows):
    agg, total = aggregate_flows(flows.iloc[0:0], "records", 10)
    assert agg.empty and total == 0
    with pytest.raises(ValueError, match="width_by"):
        aggregate_flows(flows, "tonnage", 10)


def test_records_behind_flow_place_and_route(flows, places):
    assert set(records_of_flow(flows, "p:kyiv", "p:warsaw", "weapons")["id"]) == {"r1", "r2"}
    assert set(records_of_place(flows, "p:budapest")["id"]) == {"r4", "r5", "r6"}
    routes, total = aggregate_routes(flows, places)
    assert total == 2
    assert routes.iloc[0]["route_key"] == "p:belgrade|p:budapest|p:vienna"
    assert routes.iloc[0]["n_records"] == 2
    assert routes.iloc[0]["stop_names"] == ["Belgrade", "Budapest", "Vienna"]
    assert routes.iloc[0]["path"][1] == (19.04, 47.50)
    got = records_of_route(flows, "p:belgrade|p:budapest|p:vienna", "drugs")
    assert set(got["id"]) == {"r4", "r5"}


def test_hub_counts(flows, places):
    hubs = hub_counts(flows, places).set_index("id")
    assert hubs.loc["p:budapest", ["n_out", "n_in", "n_via", "n_flows"]].tolist() == [0, 1, 2, 3]
    assert hubs.loc["p:kyiv", "n_flows"] == 3
    assert list(hubs["n_flows"]) == sorted(hubs["n_flows"], reverse=True)


@pytest.mark.parametrize(
    ("direction", "expected"),
    [
        ("out", {"UA": 3, "RS": 3}),
        ("in", {"PL": 2, "DE": 2, "AT": 2, "HU": 1}),
        ("both", {"UA": 3, "RS": 3, "PL": 2, "DE": 2, "AT": 2, "HU": 1}),
    ],
)
def test_country_totals(flows, direction, expected):
    got = country_totals(flows, direction)
    assert dict(zip(got["iso_a2"], got["n"], strict=True)) == expected


def test_country_totals_rejects_unknown_direction(flows):
    with pytest.raises(ValueError, match="direction"):
        country_totals(flows, "sideways")


def test_count_by_period_years(flows):
    counts = count_by_period(flows, "year")
    got = {(r.period, r.category): r.n for r in counts.itertuples()}
    # r2 spans 2016-2017 and counts in both years; r7 has no dates
    assert got[("2016", "weapons")] == 1
    assert got[("2017", "weapons")] == 2
    assert got[("2020", "drugs")] == 1
    assert got[("2020", "migrant_smuggling")] == 1
    assert sum(got.values()) == 7


def test_count_by_period_months(flows):
    counts = count_by_period(flows[flows["id"] == "r6"], "month")
    assert counts[["period", "n"]].values.tolist() == [["2020-03", 1]]


@pytest.mark.parametrize(
    ("t", "precision", "label"),
    [
        (2015.0, "year", "2015"),
        (2015.999, "year", "2015"),
        (2015.0, "month", "2015-01"),
        (2015 + 11 / 12, "month", "2015-12"),
    ],
)
def test_period_label(t, precision, label):
    assert period_label(t, precision) == label


def test_precision_and_bounds(flows):
    assert data_precision(flows) == "month"  # r6 is given to the month
    assert data_precision(flows[flows["id"] != "r6"]) == "year"
    assert period_bounds(flows, "year") == (2015.0, 2021.0)


def test_synthetic_records_have_the_flows_columns_and_select():
    from flows.synthetic import synthetic_flows
    from flows.vocab import CATEGORIES, VERIFICATIONS

    places = pd.DataFrame(
        [
            {
                "id": p[0],
                "name": p[1],
                "kind": "city",
                "country_code": p[2],
                "lon": p[3],
                "lat": p[4],
                "population": 1_000_000 * (i + 1),
            }
            for i, p in enumerate(PLACES.values())
        ]
    )
    a = synthetic_flows(places, 500, seed=3)
    b = synthetic_flows(places, 500, seed=3)
    pd.testing.assert_frame_equal(a, b)  # reproducible
    assert set(pd.DataFrame(ROWS).columns) <= set(a.columns)
    assert set(a["category"]) <= set(CATEGORIES)
    assert set(a["verification"]) <= set(VERIFICATIONS)
    assert (a["origin_id"] != a["dest_id"]).all()
    assert (a["t_start"] < a["t_end"]).all()
    flows = prepare_flows(a)
    drugs = select_records(flows, Filters(categories=("drugs",), statuses=()))
    assert len(drugs) == int((a["category"] == "drugs").sum())
    agg, total = aggregate_flows(flows, "records", top_n=None)
    assert agg["n_records"].sum() == len(a)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], {}),
        (
            [("region:wb", "region", ["AL", "RS"]), ("country:AT", "country", [])],
            {"region:wb": ("AL", "RS")},
        ),
        ([("sea:aegean", "sea", ["GR", "TR"])], {}),  # seas are transit areas, not regions
    ],
)
def test_region_members_from_places(rows, expected):
    from flows.select import region_members

    places = pd.DataFrame(rows, columns=["id", "kind", "members"])
    assert region_members(places) == expected
