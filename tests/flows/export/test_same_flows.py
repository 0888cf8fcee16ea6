"""A snapshot shows the flows the dashboard shows: same pipeline, same flows, same colours."""

import geopandas as gpd
import pytest

from flows.export.api import export_view
from flows.export.scene import build_scene, category_rgb
from flows.pipeline import answer_view
from flows.render.deck import FLOWS_LAYER, deck_of
from flows.render.shapes import build_country_shapes
from flows.views import Camera, Filters, Layers, View
from flows.vocab import category_hex

VIEWS = [
    View(name="all"),
    View(name="weapons", filters=Filters(categories=("weapons",))),
    View(name="top2", layers=Layers(top_n=2)),
    View(name="quantity", layers=Layers(width_by="quantity")),
    View(name="period", filters=Filters(period=(2016.0, 2018.0))),
    View(name="to-DE", filters=Filters(destinations=("DE",))),
    View(name="world", camera=Camera(lon=0.0, lat=20.0, zoom=1.0)),
    View(name="countries", camera=Camera(lon=15.0, lat=48.0, zoom=2.2)),
]


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_scene_draws_the_pages_flows(view, table):
    answer = answer_view(table, view)
    scene = build_scene(view, table)
    assert sorted(scene.records["id"]) == sorted(table.records["id"].to_numpy()[answer.rows])
    assert scene.total_flows == answer.total_flows
    expected = [
        (r.origin_name, r.dest_name, r.category, float(r.weight), category_hex(r.category))
        for r in answer.flows.itertuples()
    ]
    drawn = [
        (r.origin_name, r.dest_name, r.category, float(r.weight), r.colour)
        for r in scene.arcs.itertuples()
    ]
    assert sorted(drawn) == sorted(expected)
    assert (scene.title, scene.subtitle) == (answer.title, answer.subtitle)


@pytest.mark.parametrize("view", VIEWS, ids=lambda v: v.name)
def test_html_deck_and_image_draw_the_same_arcs(view, table, countries):
    """The page's deck (used by the HTML export) and the image agree arc by arc."""
    scene = build_scene(view, table)
    deck = deck_of(scene.answer, build_country_shapes(countries.head(3)))
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


def test_zoomed_out_views_cluster_places_in_the_export_too(table):
    """At world zoom the flows join continents, on the page and in the image alike."""
    world = View(camera=Camera(lon=0.0, lat=20.0, zoom=1.0))
    scene = build_scene(world, table)
    assert scene.answer.clusters.level == "region"
    names = set(scene.arcs["origin_name"]) | set(scene.arcs["dest_name"])
    assert "Europe" in names and "Kyiv" not in names


def test_geojson_has_arcs(table, countries, tmp_path):
    path = export_view(View(name="all"), table, countries, tmp_path / "v.geojson")
    layer = gpd.read_file(path).set_index("id")
    assert layer.loc["d-ec-nl"].geometry.geom_type == "LineString"
    assert layer.loc["no-origin"].geometry is None
