"""A snapshot shows the flows the dashboard shows: same selection, aggregation and colours."""

import re

import geopandas as gpd
import pandas as pd
import pytest

from flows.export.api import export_view, render_snapshot
from flows.export.scene import build_scene, category_rgb
from flows.select import aggregate_flows, select_records
from flows.views import Filters, Layers, View
from flows.vocab import category_hex

VIEWS = [
    View(name="all"),
    View(name="weapons", filters=Filters(categories=("weapons",))),
    View(name="top2", layers=Layers(top_n=2)),
    View(name="quantity", layers=Layers(width_by="quantity")),
    View(name="period", filters=Filters(period=(2016.0, 2018.0))),
    View(name="to-DE", filters=Filters(destinations=("DE",))),
]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_scene_draws_the_dashboards_flows(view, frames):
    selected = select_records(frames.flows, view.filters)
    agg, total = aggregate_flows(selected, view.layers.width_by, view.layers.top_n)
    scene = build_scene(view, frames)
    assert sorted(scene.records["id"]) == sorted(selected["id"])
    assert scene.total_flows == total
    expected = [
        (r.origin_name, r.dest_name, r.category, float(r.weight), category_hex(r.category))
        for r in agg.itertuples()
    ]
    drawn = [
        (r.origin_name, r.dest_name, r.category, float(r.weight), r.colour)
        for r in scene.arcs.itertuples()
    ]
    assert sorted(drawn) == sorted(expected)


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_html_deck_and_image_draw_the_same_arcs(view, frames, countries):
    """The dashboard's deck (used by the HTML export) and the image agree arc by arc."""
    from dashboard.layers import FLOWS_LAYER, build_country_shapes, build_deck

    scene = build_scene(view, frames)
    deck = build_deck(
        view,
        build_country_shapes(countries.head(3)),
        scene.agg,
        scene.route_table,
        scene.hub_table,
        scene.shading_table,
    )
    layer = next((la for la in deck.layers if la.id == FLOWS_LAYER), None)
    on_screen = sorted(
        (tuple(a["s"]), tuple(a["t"]), tuple(a["c1"][:3])) for a in (layer.data if layer else [])
    )
    in_image = sorted(
        (
            (round(r.origin_lon, 3), round(r.origin_lat, 3)),
            (round(r.dest_lon, 3), round(r.dest_lat, 3)),
            tuple(int(v * 255 + 0.5) for v in category_rgb(r.category)),
        )
        for r in scene.arcs.itertuples()
    )
    assert on_screen == in_image


@pytest.fixture(scope="module")
def atlas(frames):
    """The dashboard's own prepared tables (no geometry, categoricals), as it builds them."""
    from dashboard.data import Atlas
    from flows.select import prepare_flows

    places = pd.DataFrame(frames.places.drop(columns="geometry"))
    places["lon"] = frames.places.geometry.x.to_numpy()
    places["lat"] = frames.places.geometry.y.to_numpy()
    return Atlas(flows=prepare_flows(frames.flows), places=places, sources=frames.sources)


def _without_clip_ids(data: bytes) -> bytes:
    # matplotlib names SVG clip paths and markers after object ids: all that varies per run
    return re.sub(rb"\b([pm])[0-9a-f]{10}\b", rb"\1ID", data)


@pytest.mark.parametrize("fmt", ["csv", "svg"])
def test_dashboard_tables_export_like_frames(atlas, frames, countries, fmt):
    """The dashboard can pass its Atlas instead of frames: the same file comes out."""
    view = View(name="all", layers=Layers(shading="both"))
    from_atlas = render_snapshot(view, atlas, countries, fmt)
    from_frames = render_snapshot(view, frames, countries, fmt)
    assert _without_clip_ids(from_atlas) == _without_clip_ids(from_frames)


def test_dashboard_tables_geojson_has_arcs(atlas, countries, tmp_path):
    path = export_view(View(name="all"), atlas, countries, tmp_path / "v.geojson")
    table = gpd.read_file(path).set_index("id")
    assert table.loc["d-ec-nl"].geometry.geom_type == "LineString"
    assert table.loc["no-origin"].geometry is None
