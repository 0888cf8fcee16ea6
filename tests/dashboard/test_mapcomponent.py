"""The map component: its files are served offline from one folder, and what it reports is
read into a camera and a selection."""

from __future__ import annotations

import re

import pytest

from dashboard import mapcomponent as mc


def test_the_component_folder_holds_the_frontend_and_pydecks_deckgl(tmp_path, monkeypatch):
    monkeypatch.setenv("FLOWS_ATLAS_CACHE_DIR", str(tmp_path))
    mc.component_dir.cache_clear()
    try:
        folder = mc.component_dir()
        assert folder.parent == tmp_path
        names = [*mc.FRONTEND_FILES, "deckgl.js", mc.LABEL_FONT_FILE]
        assert sorted(p.name for p in folder.iterdir()) == sorted(names)
        assert (folder / "deckgl.js").read_bytes() == mc.deckgl_bundle().read_bytes()
        assert mc.component_dir() == folder  # made once
    finally:
        mc.component_dir.cache_clear()


def test_unchanging_map_data_is_a_file_beside_the_map(tmp_path, monkeypatch):
    import json

    import pandas as pd

    from flows.render.deck import STATIC_DATA, build_deck
    from flows.views import View

    monkeypatch.setenv("FLOWS_ATLAS_CACHE_DIR", str(tmp_path))
    mc.component_dir.cache_clear()
    try:
        shapes = [{"iso": "AA", "polygon": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}]
        deck = build_deck(View(), shapes, pd.DataFrame())
        urls = mc.static_data_urls(deck)
        assert set(urls) == set(STATIC_DATA)
        for placeholder, name in urls.items():
            # beside the component's page (served by Streamlit), named by its content
            assert (mc.component_dir() / name).read_text() == deck.static_data()[placeholder]
            assert "/" not in name and name.endswith(".json")
        assert mc.static_data_urls(deck) == urls  # written once
        other = build_deck(View(), [{**shapes[0], "iso": "BB", "polygon": [[[5, 5], [6, 5],
                           [6, 6], [5, 5]]]}], pd.DataFrame())  # fmt: skip
        assert mc.static_data_urls(other) != urls
        sent = json.loads(deck.to_json(data_urls=urls))
        assert {la["id"]: la["data"] for la in sent["layers"]}["borders"] in urls.values()
    finally:
        mc.component_dir.cache_clear()


@pytest.mark.parametrize("name", mc.FRONTEND_FILES)
def test_the_frontend_loads_nothing_from_another_host(name):
    text = (mc.FRONTEND / name).read_text(encoding="utf-8")
    code = re.sub(r"//[^\n]*|<!--.*?-->|/\*.*?\*/", "", text, flags=re.S)  # comments aside
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", code)
    assert "import(" not in code


@pytest.mark.parametrize(
    ("value", "camera"),
    [
        ({"camera": {"lon": 200.0, "lat": 10, "zoom": 3}}, (-160.0, 10.0, 3.0, 0.0, 0.0)),
        ({"camera": {"lon": 0, "lat": 89.9, "zoom": 25, "bearing": 270}}, (0, 85, 20, 0, -90)),
        ({"camera": {"lon": 1, "lat": 2, "zoom": 4, "pitch": 99}}, (1, 2, 4, 60, 0)),
        ({"camera": {"lon": "nan", "lat": 2, "zoom": 4}}, None),
        ({"camera": None}, None),
        ("not a value", None),
    ],
)
def test_a_reported_camera_is_kept_inside_what_the_map_can_show(value, camera):
    found = mc.camera_from_value(value)
    if camera is None:
        assert found is None
    else:
        assert (found.lon, found.lat, found.zoom, found.pitch, found.bearing) == camera


@pytest.mark.parametrize(
    ("pick", "selection"),
    [
        (
            {"layer": "routes", "object": {"key": "|a|b|", "k": "drugs"}},
            {"kind": "route", "route_key": "|a|b|", "category": "drugs"},
        ),
        ({"layer": "flows", "object": {"o": "a"}}, None),  # incomplete pick
        ({"layer": "countries", "object": {"id": "x"}}, None),  # not a selectable layer
        ({"layer": None, "object": None}, None),  # a click on the empty map
    ],
)
def test_a_click_becomes_a_selection(pick, selection):
    assert mc.selection_from_pick(pick) == selection


def test_the_map_size_is_read_from_the_camera():
    assert mc.map_size_from_value({"camera": {"width": 867, "height": 700}}) == (867, 700)
    assert mc.map_size_from_value({"camera": {"width": 0, "height": 700}}) is None


def test_unchanging_map_data_stays_in_the_deck_when_the_file_cannot_be_written(
    tmp_path, monkeypatch
):
    import pandas as pd

    from flows.render.deck import build_deck
    from flows.views import View

    monkeypatch.setenv("FLOWS_ATLAS_CACHE_DIR", str(tmp_path))
    mc.component_dir.cache_clear()
    try:
        folder = mc.component_dir()
        folder.chmod(0o500)  # read-only (root ignores this: then the write fails below)

        def refuse(self, data):
            raise PermissionError("read-only")

        monkeypatch.setattr(type(folder), "write_bytes", refuse)
        deck = build_deck(View(), [{"iso": "AA", "polygon": [[[0, 0], [1, 0], [1, 1], [0, 0]]]}],
                          pd.DataFrame())  # fmt: skip
        assert mc.static_data_urls(deck) == {}
        assert not [p for p in folder.iterdir() if p.name.startswith(".")]
    finally:
        folder.chmod(0o700)
        mc.component_dir.cache_clear()
