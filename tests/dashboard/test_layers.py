"""Pure builders of the map: layers, legend, detail panels, widget state, timeline."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard.state import (
    label_start,
    period_labels,
    period_to_slider,
    slider_to_period,
    view_from_widgets,
    view_to_widgets,
)
from flows.periods import count_by_period
from flows.pipeline import answer_view as pipeline_answer
from flows.render.deck import (
    PICKABLE_LAYERS,
    STATIC_DATA,
    TOOLTIP,
    arc_data,
    build_deck,
    build_loading_deck,
    deck_of,
    escape_tooltips,
    label_data,
    radius_pixels,
    width_pixels,
)
from flows.render.details import build_details_html, count_sources, safe_link, table_of_records
from flows.render.legend import build_legend_html, shading_legend_rows
from flows.render.shapes import build_country_shapes
from flows.render.timeline import build_timeline_chart
from flows.shading import SHADING_COLOURS, shade_class, shading_breaks
from flows.table.frame import records_frame
from flows.views import Camera, Filters, Layers, View
from tests.flows.test_select import make_table

HOSTILE = "<img src=x onerror=alert(1)>"


@pytest.fixture(scope="module")
def table():
    from dataclasses import replace

    table = make_table()
    # a place name from a document, for the tooltip test: Kyiv, origin of the first records
    places = table.places.copy()
    places.loc[places["id"] == "p:kyiv", "name"] = HOSTILE
    return replace(table, places=places, _cache={})


@pytest.fixture(scope="module")
def flows(table) -> pd.DataFrame:
    """The table's records as readable rows (what the details and the table show)."""
    return records_frame(table)


class _Answer:
    """The pipeline's answer with its deck, as the page draws it."""

    def __init__(self, table, view, highlight=None):
        self.answer = pipeline_answer(table, view, highlight=highlight)
        self.deck = deck_of(self.answer, [SQUARE])

    def __getattr__(self, name):
        return getattr(self.answer, name)


def answer_view(table, shapes, view, highlight=None):
    return _Answer(table, view, highlight)


SQUARE = {"iso": "XX", "polygon": [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]]}


def _all_layers_on() -> View:
    return View(
        filters=Filters(statuses=()),
        layers=Layers(arcs=True, routes=True, hubs=True, shading="both", heat=True),
    )


def test_deck_is_offline_compact_and_escaped(table):
    answer = answer_view(table, [SQUARE], _all_layers_on())
    spec = answer.deck.to_json()
    data = json.loads(spec)
    # no basemap provider: nothing to fetch
    assert answer.deck.map_provider is None
    assert "carto" not in spec.lower() and "mapbox" not in spec.lower()
    # compact: no indentation
    assert spec == json.dumps(data, separators=(",", ":"))
    ids = [layer["id"] for layer in data["layers"]]
    assert ids[:2] == ["sea", "countries"]
    assert {"flows", "routes", "hubs", "labels", "heat"} <= set(ids)
    for layer in data["layers"]:
        if layer.get("pickable"):
            assert layer["id"] in PICKABLE_LAYERS
            # the same tooltip fields on every pickable layer
            for row in layer["data"]:
                assert {"title", "body", "more"} <= set(row)
        if layer["id"] in ("sea", "countries"):
            assert layer["pickable"] is False
        if "widthUnits" in layer:
            assert layer["widthUnits"] == "pixels"
    # plain text for Streamlit, which escapes tooltip values itself (escaping twice shows
    # "&amp;"); the standalone HTML export escapes them with escape_tooltips
    assert HOSTILE in spec and "&lt;img" not in spec
    escape_tooltips(answer.deck)
    escaped = answer.deck.to_json()
    # place labels are text drawn on the canvas, never HTML: they keep the name as written
    tooltips = [la for la in json.loads(escaped)["layers"] if la["id"] != "labels"]
    assert HOSTILE not in json.dumps(tooltips) and "&lt;img src=x onerror=alert(1)&gt;" in escaped
    assert json.loads(escaped)["layers"][0] == data["layers"][0]  # other fields untouched


def test_online_basemap_is_an_option(table):
    view = View(filters=Filters(statuses=()), basemap="online")
    deck = answer_view(table, [SQUARE], view).deck
    assert deck.map_provider == "carto"
    # no offline land polygons under the tiles unless countries are shaded
    assert "countries" not in [layer.id for layer in deck.layers]


def test_layers_switch_off(table):
    view = View(
        filters=Filters(statuses=()),
        layers=Layers(arcs=False, routes=False, hubs=False, shading="none", heat=False),
    )
    deck = answer_view(table, [SQUARE], view).deck
    assert [layer.id for layer in deck.layers] == ["sea", "countries", "borders"]


TWO = [
    {"iso": "AA", "polygon": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
    {"iso": "BB", "polygon": [[[1, 0], [2, 0], [1, 1], [1, 0]]]},
]


@pytest.mark.parametrize(
    ("basemap", "shading", "ids", "shaded"),
    [
        ("offline", "none", ["sea", "countries", "borders"], None),
        ("offline", "both", ["sea", "countries", "shading", "borders"], ["AA"]),
        ("online", "none", [], None),
        ("online", "both", ["shading"], ["AA"]),
    ],
)
def test_basemap_layers(basemap, shading, ids, shaded):
    view = View(basemap=basemap, layers=Layers(shading=shading))
    counts = pd.DataFrame({"iso_a2": ["AA"], "n": [3]})
    deck = build_deck(view, TWO, pd.DataFrame(), shading=counts)
    assert [layer.id for layer in deck.layers] == ids
    data = json.loads(deck.to_json())
    layers = {layer["id"]: layer for layer in data["layers"]}
    if shaded:
        assert [row["polygon"] for row in layers["shading"]["data"]] == [TWO[0]["polygon"]]
        assert layers["shading"]["data"][0]["f"][3] == 235
    if "borders" in layers:
        # the edge the two countries share is drawn once
        assert len(layers["borders"]["data"]) == 5
    if "countries" in layers:
        assert [row["polygon"] for row in layers["countries"]["data"]] == [
            c["polygon"] for c in TWO
        ]


def test_unchanging_basemap_data_can_be_a_file():
    """Land and borders are the same text for every view: the page serves them as files and
    sends their address; the HTML export keeps them inside."""
    a = build_deck(View(), TWO, pd.DataFrame())
    b = build_deck(View(layers=Layers(shading="both")), TWO, pd.DataFrame(),
                   shading=pd.DataFrame({"iso_a2": ["BB"], "n": [1]}))  # fmt: skip
    assert a.static_data() == b.static_data()
    assert set(a.static_data()) == set(STATIC_DATA)
    urls = {p: f"file-{i}.json" for i, p in enumerate(STATIC_DATA)}
    layers = {la["id"]: la for la in json.loads(b.to_json(data_urls=urls))["layers"]}
    assert layers["countries"]["data"] == "file-0.json"
    assert layers["borders"]["data"] == "file-1.json"
    assert isinstance(layers["shading"]["data"], list)  # what changes stays in the deck


def test_the_loading_map_has_the_map_layers_without_data(table):
    """The map shown while the records load builds every layer the page's map has, with the
    same properties: the map that follows only changes data (no new GPU programs)."""
    full = json.loads(answer_view(table, [SQUARE], _all_layers_on()).deck.to_json())
    loading = json.loads(build_loading_deck(_all_layers_on(), [SQUARE]).to_json())
    real = {layer["id"]: layer for layer in full["layers"]}
    for layer in loading["layers"]:
        if layer["id"] not in ("sea", "countries", "borders"):
            # invisible: nothing drawn before the records are there
            row = layer["data"][0]
            colours = [v for k, v in row.items() if k in ("c", "c0", "c1")]
            colours += [layer[k] for k in ("getColor", "getFillColor", "getLineColor")
                        if isinstance(layer.get(k), list)]  # fmt: skip
            assert colours and all(c[3] == 0 for c in colours), layer["id"]
        if layer["id"] in real:
            # the same layer but for its data and colours (values, not programs)
            ignored = {"data", "getColor", "getFillColor", "getLineColor", "getBackgroundColor"}
            same = {k: v for k, v in real[layer["id"]].items() if k not in ignored}
            assert {k: v for k, v in layer.items() if k not in ignored} == same


def test_answer_caps_and_highlights(table):
    view = View(filters=Filters(statuses=()), layers=Layers(top_n=1))
    highlight = (table.records["id"] == "r4").to_numpy()
    answer = answer_view(table, [SQUARE], view, highlight=highlight)
    assert len(answer.flows) == 1 and answer.total_flows == 4
    assert answer.n_records == len(table)
    assert "highlight" in [layer.id for layer in answer.deck.layers]
    # hubs drawn are the ends of the drawn flows and the stops of drawn routes only
    drawn = set(answer.flows["origin_id"]) | set(answer.flows["dest_id"])
    for stops in answer.routes["stop_ids"]:
        drawn |= set(stops)
    assert set(answer.hubs["id"]) <= drawn


def test_tooltip_template_uses_the_common_fields():
    assert TOOLTIP["html"].count("{") == 3
    for field in ("{title}", "{body}", "{more}"):
        assert field in TOOLTIP["html"]


@pytest.mark.parametrize(
    ("weights", "maximum", "expected"),
    [([0, 1, 4], 4, [2.0, 8.0, 14.0]), ([3], 0, [2.0])],
)
def test_width_pixels(weights, maximum, expected):
    assert width_pixels(weights, maximum).round(6).tolist() == expected


def test_radius_pixels():
    assert radius_pixels([0, 9], 9).tolist() == [4.0, 22.0]


@pytest.mark.parametrize(
    ("values", "breaks"),
    [
        ([], []),
        ([0, 0], []),
        ([5], [5.0]),
        ([1, 2, 3, 4, 10], [2.0, 3.0, 4.0, 6.0, 10.0]),  # ceilings of the quintiles
        ([1, 1, 1, 9], [1.0, 5.0, 9.0]),  # equal quintiles merge
    ],
)
def test_shading_breaks(values, breaks):
    assert shading_breaks(values) == breaks


@pytest.mark.parametrize(
    ("value", "expected"), [(0, None), (1, 0), (2, 1), (3, 1), (9, 2), (99, 2)]
)
def test_shade_class(value, expected):
    assert shade_class(value, [1.0, 3.0, 9.0]) == expected


def test_shading_legend_rows_cover_the_scale():
    rows = shading_legend_rows([1.0, 3.0, 9.0])
    assert [label for _, label in rows] == ["1", "2-3", "4-9"]
    first, last = SHADING_COLOURS[0], SHADING_COLOURS[-1]
    assert rows[0][0] == "#{:02x}{:02x}{:02x}".format(*first)
    assert rows[-1][0] == "#{:02x}{:02x}{:02x}".format(*last)


def test_country_shapes_are_rounded_polygons():
    import geopandas as gpd
    from shapely.geometry import MultiPolygon, Polygon

    frame = gpd.GeoDataFrame(
        {"iso_a2": ["AA", None], "part_of": [None, "AA"]},
        geometry=[
            MultiPolygon(
                [Polygon([(0, 0), (1.23456, 0), (1, 1)]), Polygon([(5, 5), (6, 5), (6, 6)])]
            ),
            Polygon([(10, 10), (11, 10), (11, 11)]),
        ],
        crs="EPSG:4326",
    )
    shapes = build_country_shapes(frame, tolerance=0.0)
    assert [s["iso"] for s in shapes] == ["AA", "AA", "AA"]  # part_of stands in for no code
    assert shapes[0]["polygon"][0][1] == [1.23, 0.0]


def test_labels_skip_overlaps():
    hubs = pd.DataFrame(
        {
            "id": ["a", "b", "c"],
            "name": ["Alpha", "Beta", "Gamma"],
            "lon": [10.0, 10.01, 30.0],
            "lat": [50.0, 50.0, 50.0],
            "n_flows": [9, 8, 7],
        }
    )
    camera = Camera(lon=20.0, lat=50.0, zoom=3.0)
    rows = label_data(hubs, camera)
    # Beta sits on Alpha: its label goes to the other side of the dot, not on top
    assert [d["text"] for d in rows] == ["Alpha", "Beta", "Gamma"]
    assert [d["a"] for d in rows] == ["start", "end", "start"]
    # a crowd of names on one spot keeps only what fits beside it
    crowd = pd.DataFrame(
        {
            "id": list("abcdef"),
            "name": [f"Place {c}" for c in "abcdef"],
            "lon": [10.0] * 6,
            "lat": [50.0] * 6,
            "n_flows": [6, 5, 4, 3, 2, 1],
        }
    )
    assert len(label_data(crowd, camera)) == 4  # right, left, above, below


def test_legend_escapes_and_says_what_is_shown():
    view = View(layers=Layers(shading="in", width_by="quantity"))
    html = build_legend_html(
        view,
        ["drugs", "weapons"],
        shown=150,
        total=900,
        n_records=4000,
        max_weight=1000,
        unit="kg <b>",
        shading_breaks=[2.0, 8.0],
        max_hub=40,
        n_routes=3,
    )
    assert "Showing 150 of 900 flows" in html
    assert "4,000 records match" in html
    assert "Weapons" in html and "Drugs" in html and "Migrant smuggling" not in html
    assert "kg &lt;b&gt;" in html and "kg <b>" not in html
    assert "records arriving" in html and "3-8" in html


def test_details_escape_everything_and_link_only_http():
    records = pd.DataFrame(
        [
            {
                "id": "x1",
                "category": "weapons",
                "origin_name": "A <b>",
                "dest_name": "B",
                "via_names": ["C & D"],
                "status": "extracted",
                "verification": "reported",
                "confidence": 0.5,
                "period_start": "2015",
                "period_end": "2016",
                "commodity": "<script>alert(1)</script>",
                "summary": "s",
                "actors": ["<i>x</i>"],
                "quantity_value": 10.0,
                "quantity_value_max": None,
                "quantity_unit": "items",
                "quantity_what": "rifles",
            }
        ]
    )
    sources = pd.DataFrame(
        [
            {
                "record_id": "x1",
                "title": HOSTILE,
                "publisher": "P",
                "url": "javascript:alert(1)",
                "published": "2016",
                "evidence": "they said <b>so</b>",
            },
            {
                "record_id": "x1",
                "title": "Fine",
                "publisher": "Q",
                "url": "https://example.org/a?b=1&c=2",
                "published": None,
                "evidence": None,
            },
        ]
    )
    html = build_details_html(records, sources, "A → B <weapons>")
    assert HOSTILE not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "<script>" not in html and "<i>x</i>" not in html
    assert 'href="javascript' not in html
    assert 'href="https://example.org/a?b=1&amp;c=2"' in html
    assert "Evidence: “they said &lt;b&gt;so&lt;/b&gt;”" in html
    assert "2015 to 2016" in html and "10 items (rifles)" in html
    assert "A → B &lt;weapons&gt;: 1 record" in html


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://a.org/x",
            '<a href="https://a.org/x" target="_blank" rel="noopener noreferrer">t</a>',
        ),
        ("doc:seed-1", "t (doc:seed-1)"),
        (None, "t"),
        ("", "t"),
    ],
)
def test_safe_link(url, expected):
    assert safe_link(url, "t") == expected


def test_table_of_records_joins_lists(flows):
    table = table_of_records(flows, limit=3)
    assert len(table) == 3
    assert table.loc[2, "via"] == "Warsaw"
    assert table.loc[0, "publishers"] == "Test"


def test_empty_table_cells_are_empty_not_none():
    records = pd.DataFrame(
        {
            "id": ["a", "b"],
            "origin_name": [None, "Kyiv"],
            "dest_name": ["Warsaw", float("nan")],
            "period_end": pd.Categorical([None, "2019"]),
            "confidence": [0.5, 0.9],
        }
    )
    table = table_of_records(records)
    assert table["origin"].tolist() == ["", "Kyiv"]
    assert table["destination"].tolist() == ["Warsaw", ""]
    assert table["to"].tolist() == ["", "2019"]
    assert table["confidence"].tolist() == [0.5, 0.9]  # numbers stay numbers


@pytest.mark.parametrize(
    "column, values, lang, expected",
    [
        ("category", ["drugs", "weapons", "drugs"], "en", ["Drugs", "Weapons", "Drugs"]),
        ("category", ["drugs", "weapons", "drugs"], "fr", ["Drogues", "Armes", "Drogues"]),
        ("status", ["curated", None, "curated"], "en", ["curated", "", "curated"]),
        ("period_start", ["2019-06", "2019-06", "2020"], "fr", ["juin 2019", "juin 2019", "2020"]),
        # text from documents reaches a spreadsheet (the table's CSV download) as text
        (
            "origin_name",
            ["=HYPERLINK(1)", "+cmd", "Kyiv"],
            "en",
            ["'=HYPERLINK(1)", "'+cmd", "Kyiv"],
        ),
        ("publishers", [["@SUM(1)"], ["A", "B"], []], "en", ["'@SUM(1)", "A, B", ""]),
        ("category", ["-drugs", "-drugs", None], "en", ["'-drugs", "'-drugs", ""]),
    ],
)
def test_table_cells_are_written_once_per_value_the_same_way(column, values, lang, expected):
    from flows.i18n import use_language

    with use_language(lang):
        table = table_of_records(pd.DataFrame({"id": ["a", "b", "c"], column: values}))
    assert table.iloc[:, 1].tolist() == expected


def test_count_sources_counts_distinct():
    sources = pd.DataFrame(
        {
            "record_id": ["a", "b", "c"],
            "title": ["T", "T", "U"],
            "publisher": ["P", "P", "P"],
            "url": ["u", "u", None],
        }
    )
    assert count_sources(sources, ["a", "b"]) == 1
    assert count_sources(sources, ["a", "b", "c"]) == 2


@pytest.mark.parametrize(
    ("bounds", "precision", "labels"),
    [
        ((2015.0, 2018.0), "year", ["2015", "2016", "2017"]),
        ((2015.75, 2016.0), "month", ["2015-10", "2015-11", "2015-12"]),
        (None, "year", []),
    ],
)
def test_period_labels(bounds, precision, labels):
    assert period_labels(bounds, precision) == labels


@pytest.mark.parametrize(
    ("period", "slider"),
    [
        (None, ("2015", "2019")),
        ((2016.0, 2018.0), ("2016", "2017")),
        ((1990.0, 2030.0), ("2015", "2019")),
    ],
)
def test_period_slider_round_trip(period, slider):
    labels = ["2015", "2016", "2017", "2018", "2019"]
    assert period_to_slider(period, labels, "year") == slider
    back = slider_to_period(slider, labels, "year")
    assert back == (None if slider == ("2015", "2019") else period)


def test_label_start_months():
    assert label_start("2016") == 2016.0
    assert label_start("2016-04") == 2016.25


def test_widgets_round_trip_keeps_exact_values():
    labels = ["2015", "2016", "2017"]
    view = View(
        name="v",
        title="T",
        filters=Filters(period=(2015.5, 2016.5), min_confidence=0.333),
        layers=Layers(shading="out", top_n=30),
        camera=Camera(lon=1.5, lat=2.25),
    )
    state = view_to_widgets(view, labels, "year")
    assert view_from_widgets(state, view, labels, "year") == view
    moved = {**state, "f_period": ("2016", "2016"), "f_min_conf": 0.5}
    changed = view_from_widgets(moved, view, labels, "year")
    assert changed.filters.period == (2016.0, 2017.0)
    assert changed.filters.min_confidence == 0.5


def test_timeline_chart_fades_outside_the_period(table):
    counts = count_by_period(table, None, "year")
    spec = build_timeline_chart(counts, (2016.0, 2018.0), "year", (2015.0, 2021.0))
    json.dumps(spec)  # plain JSON, as Streamlit sends it
    values = pd.DataFrame(spec["data"]["values"])
    assert set(values.loc[values["shown"], "period"]) == {"2016", "2017"}
    # one slot per year of the bounds, empty years included
    assert spec["encoding"]["x"]["scale"]["domain"] == [str(y) for y in range(2015, 2021)]
    colours = spec["encoding"]["color"]["scale"]["range"]
    assert "#d55e00" in colours  # weapons keeps its palette colour


@pytest.mark.parametrize(
    ("value", "value_max", "unit", "estimate", "shown"),
    [
        (5.42, None, "index score", False, "5.42 index score (score)"),
        (13.9, 21.4, "billion USD", True, "13.9-21.4 billion USD (score, estimate)"),
        (0.4, None, "t", False, "0.4 t (score)"),
    ],
)
def test_details_show_the_figure_as_given(value, value_max, unit, estimate, shown):
    records = pd.DataFrame(
        [
            {
                "id": "q1",
                "category": "illicit_finance",
                "confidence": 0.5,
                "quantity_value": value,
                "quantity_value_max": value_max,
                "quantity_unit": unit,
                "quantity_what": "score",
                "quantity_estimate": estimate,
            }
        ]
    )
    sources = pd.DataFrame(columns=["record_id", "title", "publisher", "url", "published"])
    assert f"Figure given: {shown}</div>" in build_details_html(records, sources, "h")


@pytest.mark.parametrize(
    ("quantity", "estimate", "shown"),
    [
        (0.4, False, "0.4 t & kg (sum of figures given)"),
        (13.9, True, "13.9 t & kg (sum of figures given, includes estimates)"),
        (885386.0, False, "885,386 t & kg (sum of figures given)"),
    ],
)
def test_arc_tooltip_keeps_the_precision_of_quantities(quantity, estimate, shown):
    agg = pd.DataFrame(
        [
            {
                "origin_id": "a",
                "dest_id": "b",
                "category": "drugs",
                "origin_name": "A",
                "dest_name": "B",
                "origin_lon": 0.0,
                "origin_lat": 0.0,
                "dest_lon": 1.0,
                "dest_lat": 1.0,
                "n_records": 1,
                "n_sources": 1,
                "quantity": quantity,
                "quantity_estimate": estimate,
                "weight": quantity,
                "t_min": 2015.0,
                "t_max": 2016.0,
            }
        ]
    )
    agg.attrs["unit"] = "t & kg"
    assert arc_data(agg)[0]["more"].startswith(shown + " · ")


def test_legend_keeps_the_precision_of_quantities():
    view = View(layers=Layers(width_by="quantity"))
    html = build_legend_html(
        view, ["drugs"], shown=1, total=1, n_records=1, max_weight=13.9, unit="billion USD"
    )
    assert "13.9 billion USD" in html and "14 billion USD" not in html
