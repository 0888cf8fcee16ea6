"""Selection and aggregation on a small hand-made record table (the pipeline's pieces)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from flows.aggregate import aggregate_flows, aggregate_routes
from flows.cluster import cluster_places
from flows.filters import expand_places, selected_ids
from flows.hubs import country_totals, hub_counts
from flows.model import FlowRecord
from flows.periods import count_by_period, data_precision, period_bounds, period_label
from flows.picks import rows_of_flow, rows_of_place, rows_of_route
from flows.table.build import table_from_records
from flows.views import Filters
from geodata.place import Place, Resolution

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


class RowsGazetteer:
    """Resolves the names of :data:`PLACES` to places with the test ids."""

    def resolve(self, name, lang=None, context=None):
        for pid, pname, code, lon, lat in PLACES.values():
            if pname == name:
                place = Place(pid, pname, "city", lon, lat, code)
                return Resolution(name, place, 1.0, "exact")
        return Resolution(name, None, 0.0, "none")


def record_of(row: dict) -> FlowRecord:
    """A ROWS entry as the record it stands for."""
    quantity = None
    if row["quantity_value"] is not None:
        quantity = {
            "value": row["quantity_value"],
            "unit": row["quantity_unit"],
            "what": row["quantity_what"],
        }
    return FlowRecord.model_validate(
        {
            "id": row["id"],
            "category": row["category"],
            "commodity": row["commodity"],
            "status": row["status"],
            "verification": row["verification"],
            "confidence": row["confidence"],
            "period_start": row["period_start"],
            "period_end": row["period_end"],
            "origin": row["origin_name"],
            "destination": row["dest_name"],
            "via": row["via_names"],
            "actors": row["actors"],
            "quantity": quantity,
            "summary": row["summary"] or None,
            "sources": [{"title": "A report", "publisher": "Test"}],
        }
    )


def make_table(rows=None):
    """The record table of ``rows`` (default: :data:`ROWS`)."""
    return table_from_records([record_of(r) for r in rows or ROWS], RowsGazetteer())


@pytest.fixture(scope="module")
def table():
    return make_table()


@pytest.fixture(scope="module")
def cities(table):
    return cluster_places(table.places, "city")


def _all(table):
    return np.arange(len(table))


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
def test_select_records(table, filters, expected):
    assert set(selected_ids(table, filters)) == expected


def test_region_selects_its_members(table):
    # a region place whose members are Serbia and Bosnia: filtering on it selects RS origins
    places = pd.concat(
        [
            table.places,
            pd.DataFrame(
                [
                    {
                        "id": "region:western-balkans",
                        "name": "Western Balkans",
                        "kind": "region",
                        "country_code": None,
                        "lon": 19.5,
                        "lat": 43.0,
                        "precision": "region",
                        "members": ("RS", "BA"),
                    }
                ]
            ),
        ],
        ignore_index=True,
    )
    from dataclasses import replace

    with_region = replace(table, places=places, _cache={})
    got = selected_ids(with_region, Filters(origins=("region:western-balkans",)))
    assert set(got) == {"r4", "r5", "r6"}
    assert expand_places(["x"], None) == {"x"}


def test_aggregate_by_records_caps_and_counts(table, cities):
    agg, total = aggregate_flows(table, _all(table), cities, "records", top_n=2)
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


def test_aggregate_by_quantity_adds_only_one_unit(table, cities):
    agg, total = aggregate_flows(table, _all(table), cities, "quantity", top_n=None)
    assert agg.attrs["unit"] == "items"  # two records give items, one gives tonnes
    first = agg.iloc[0]
    assert (first["origin_id"], first["dest_id"], first["quantity"]) == ("p:kyiv", "p:warsaw", 150)
    drugs = agg[agg["category"] == "drugs"].iloc[0]
    assert drugs["weight"] == 0.0 and pd.isna(drugs["quantity"])
    assert total == 4


def test_aggregate_by_quantity_says_when_a_figure_is_an_estimate():
    rows = [dict(r, quantity_estimate=r["id"] == "r2") for r in ROWS]
    records = [record_of(r) for r in rows]
    records[1] = records[1].model_copy(
        update={"quantity": records[1].quantity.model_copy(update={"estimate": True})}
    )
    table = table_from_records(records, RowsGazetteer())
    agg, _ = aggregate_flows(
        table, _all(table), cluster_places(table.places, "city"), "quantity", top_n=None
    )
    by_dest = agg.set_index(["origin_id", "dest_id", "category"])["quantity_estimate"]
    assert bool(by_dest[("p:kyiv", "p:warsaw", "weapons")]) is True  # r1 + r2 (estimate)
    assert not by_dest.drop(("p:kyiv", "p:warsaw", "weapons")).any()


def test_aggregate_empty(table, cities):
    agg, total = aggregate_flows(table, _all(table)[:0], cities, "records", 10)
    assert agg.empty and total == 0
    with pytest.raises(ValueError, match="width_by"):
        aggregate_flows(table, _all(table), cities, "tonnage", 10)


def test_aggregate_by_country_merges_cities(table):
    countries = cluster_places(table.places, "country")
    agg, total = aggregate_flows(table, _all(table), countries, "records", None)
    pairs = {(r.origin_country, r.dest_country, r.category): r.n_records for r in agg.itertuples()}
    assert pairs[("UA", "PL", "weapons")] == 2
    assert pairs[("RS", "AT", "drugs")] == 2
    assert set(agg["origin_id"]) <= {"country:UA", "country:RS"}


def _ids(table, rows):
    return set(table.records["id"].to_numpy()[rows])


def test_records_behind_flow_place_and_route(table, cities):
    rows = _all(table)
    assert _ids(table, rows_of_flow(table, rows, cities, "p:kyiv", "p:warsaw", "weapons")) == {
        "r1",
        "r2",
    }
    assert _ids(table, rows_of_place(table, rows, cities, "p:budapest")) == {"r4", "r5", "r6"}
    routes, total = aggregate_routes(table, rows)
    assert total == 2
    assert routes.iloc[0]["route_key"] == "p:belgrade|p:budapest|p:vienna"
    assert routes.iloc[0]["n_records"] == 2
    assert routes.iloc[0]["stop_names"] == ["Belgrade", "Budapest", "Vienna"]
    assert routes.iloc[0]["path"][1] == (19.04, 47.50)
    got = rows_of_route(table, rows, "p:belgrade|p:budapest|p:vienna", "drugs")
    assert _ids(table, got) == {"r4", "r5"}


def test_hub_counts(table, cities):
    hubs = hub_counts(table, _all(table), cities).set_index("id")
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
def test_country_totals(table, direction, expected):
    got = country_totals(table, _all(table), direction)
    assert dict(zip(got["iso_a2"], got["n"], strict=True)) == expected


def test_country_totals_rejects_unknown_direction(table):
    with pytest.raises(ValueError, match="direction"):
        country_totals(table, _all(table), "sideways")


def test_count_by_period_years(table):
    counts = count_by_period(table, None, "year")
    got = {(r.period, r.category): r.n for r in counts.itertuples()}
    # r2 spans 2016-2017 and counts in both years; r7 has no dates
    assert got[("2016", "weapons")] == 1
    assert got[("2017", "weapons")] == 2
    assert got[("2020", "drugs")] == 1
    assert got[("2020", "migrant_smuggling")] == 1
    assert sum(got.values()) == 7


def test_count_by_period_months(table):
    r6 = np.flatnonzero(table.records["id"] == "r6")
    counts = count_by_period(table, r6, "month")
    assert counts[["period", "n"]].values.tolist() == [["2020-03", 1]]


def test_count_by_period_spans_many_months_without_expanding_them():
    rows = [dict(ROWS[0], id="long", period_start="2001-01", period_end="2010-12")]
    table = make_table(rows)
    counts = count_by_period(table, None, "month")
    assert len(counts) == 120 and set(counts["n"]) == {1}
    assert counts["period"].iloc[0] == "2001-01" and counts["period"].iloc[-1] == "2010-12"


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


def test_precision_and_bounds(table):
    assert data_precision(table) == "month"  # r6 is given to the month
    others = np.flatnonzero(table.records["id"] != "r6")
    assert data_precision(table, others) == "year"
    assert period_bounds(table, "year") == (2015.0, 2021.0)


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        ([], {}),
        (
            [("region:wb", "region", ("AL", "RS")), ("country:AT", "country", ())],
            {"region:wb": ("AL", "RS")},
        ),
        ([("sea:aegean", "sea", ("GR", "TR"))], {}),  # seas are transit areas, not regions
    ],
)
def test_region_members_from_places(table, rows, expected):
    from dataclasses import replace

    places = pd.DataFrame(rows, columns=["id", "kind", "members"])
    assert replace(table, places=places, _cache={}).region_members == expected
