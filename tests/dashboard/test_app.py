"""The explorer page through Streamlit's AppTest: filters, URL state, saved views, empty
results, selection and briefing mode."""

from __future__ import annotations

import html
import json
from dataclasses import replace

import pytest
from streamlit.testing.v1 import AppTest
from streamlit.testing.v1.element_tree import Multiselect, Radio, Selectbox, SelectSlider, Slider

from dashboard.data import load_table
from dashboard.state import WIDGET_KEYS, default_view
from flows.export.formats import FORMATS
from flows.filters import selected_ids
from flows.picks import rows_of_flow, rows_of_place
from flows.pipeline import answer_view
from flows.table.frame import records_frame, sources_of
from flows.views import Camera, Filters, Layers, View, view_to_query_params
from tests.dashboard.conftest import APP, HOSTILE_TITLE

TIMEOUT = 120


@pytest.fixture(scope="module")
def atlas():
    return load_table()


def select_records(table, filters, members=None) -> list[str]:
    """Ids of the records ``filters`` select (``members``: the table knows its regions)."""
    return selected_ids(table, filters)


def _run(params: dict[str, str] | None = None) -> AppTest:
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in (params or {}).items():
        at.query_params[key] = value
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _count(at: AppTest) -> int:
    text = next(m.value for m in at.sidebar.markdown if "records match" in m.value)
    return int(text.split("**")[1].replace(",", ""))


def _maps(at: AppTest) -> list[dict]:
    """The arguments of every map drawn (the dashboard.mapcomponent component)."""
    return [
        json.loads(e.proto.json_args)
        for e in at.get("component_instance")
        if e.proto.component_name.endswith("flows_atlas_map")
    ]


def _deck_json(at: AppTest) -> str:
    (args,) = _maps(at)
    return args["deck"]


def _html(at: AppTest) -> str:
    return "\n".join(h.proto.body for h in at.html)


def test_page_runs_and_counts_the_default_selection(atlas):
    at = _run()
    assert _count(at) == len(select_records(atlas, Filters(), atlas.region_members))
    assert "Showing" in _html(at) and "flows-legend" in _html(at)
    assert len(_maps(at)) == 1


@pytest.mark.parametrize(
    ("widget", "value", "filters"),
    [
        ("f_categories", ["drugs"], Filters(categories=("drugs",))),
        ("f_statuses", [], Filters(statuses=())),
        ("f_verifications", ["confirmed"], Filters(verifications=("confirmed",))),
    ],
)
def test_a_filter_change_updates_the_count_and_the_url(atlas, widget, value, filters):
    at = _run()
    at.sidebar.multiselect(key=widget).set_value(value).run()
    assert not at.exception
    expected = len(select_records(atlas, filters, atlas.region_members))
    assert _count(at) == expected
    view = at.session_state["view"]
    assert view.filters == filters
    assert dict(at.query_params) == view_to_query_params(view)


def test_text_search_and_confidence(atlas):
    at = _run()
    at.sidebar.text_input(key="f_text").input("europol").run()
    at.sidebar.slider(key="f_min_conf").set_value(0.7).run()
    expected = select_records(
        atlas, Filters(text="europol", min_confidence=0.7), atlas.region_members
    )
    assert _count(at) == len(expected)


def test_empty_result_says_so():
    at = _run({"q": "no record has these words zzqx"})
    assert _count(at) == 0
    assert any("No record matches" in i.value for i in at.info)
    assert len(_maps(at)) == 0


ROUND_TRIP_VIEWS = [
    View(filters=Filters(categories=("weapons", "drugs"), min_confidence=0.35)),
    View(filters=Filters(period=(2015.0, 2020.0), statuses=("curated",), text="europol")),
    View(filters=Filters(period=(2016 + 1 / 12, 2016 + 5 / 12), origins=("UA",))),
    View(
        layers=Layers(routes=False, shading="in", heat=True, top_n=40, width_by="quantity"),
        camera=Camera(lon=12.5, lat=41.9, zoom=4.75),
    ),
    View(title="Guns into the EU", subtitle="what the sources say", basemap="offline"),
]


@pytest.mark.parametrize("view", ROUND_TRIP_VIEWS)
def test_url_reproduces_the_view(view):
    params = view_to_query_params(view)
    at = _run(params)
    # the page always says the reader's language (English here), so a link keeps it
    assert at.session_state["view"] == replace(view, lang=view.lang or "en")
    assert dict(at.query_params) == {**params, "lang": view.lang or "en"}


def test_load_issues_show_five_then_a_count_as_typed(tmp_path, monkeypatch):
    extra = tmp_path / "bad"
    extra.mkdir()
    (extra / "bad.yaml").write_text(
        "".join(
            f"- id: bad-{i}\n  category: weapons\n  origin: Oslo\n"
            f"  summary: '**{i}** [x](javascript:alert({i}))'\n"
            for i in range(8)
        ),
        encoding="utf-8",
    )
    monkeypatch.setenv("FLOWS_EXTRA_DATA", str(extra))
    n_issues = len(load_table().issues)
    assert n_issues > 5
    at = _run()
    warnings = [w.value for w in at.warning]
    assert sum("bad\\.yaml" in w for w in warnings) == 5  # markdown-escaped "."
    assert f"and {n_issues - 5} more issues (run `flows validate`" in warnings[-1]
    assert all("](" not in w and "**" not in w for w in warnings[:5])


def test_a_bad_url_falls_back_with_an_error():
    at = _run({"conf": "very"})
    assert any("could not be read" in e.value for e in at.error)
    assert at.session_state["view"].filters.min_confidence == 0.0


def test_saved_views_save_open_and_step(workspace, atlas):
    at = _run()
    at.sidebar.text_input(key="v_name").input("Drugs").run()
    at.sidebar.multiselect(key="f_categories").set_value(["drugs"]).run()
    at.sidebar.button[-1].click().run()  # "Save current view" is the last sidebar button
    saved = json.loads((workspace / "views.json").read_text(encoding="utf-8"))
    assert [v["name"] for v in saved["views"]] == ["Drugs"]
    assert saved["views"][0]["filters"]["categories"] == ["drugs"]

    at.sidebar.multiselect(key="f_categories").set_value(["weapons"]).run()
    at.sidebar.text_input(key="v_name").input("Weapons").run()
    at.sidebar.button[-1].click().run()
    assert at.session_state["view"].filters.categories == ("weapons",)

    # step back to the first view as in a slide deck, then forward again
    prev = next(b for b in at.button if b.key == "v_prev")
    prev.click().run()
    assert at.session_state["view"].name == "Drugs"
    assert at.session_state["view"].filters.categories == ("drugs",)
    assert _count(at) == len(select_records(atlas, Filters(categories=("drugs",))))
    next(b for b in at.button if b.key == "v_next").click().run()
    assert at.session_state["view"].filters.categories == ("weapons",)
    assert not at.exception


def _flow_selection(atlas, rid: str) -> dict:
    row = records_frame(atlas).set_index("id").loc[rid]
    return {
        "kind": "flow",
        "origin_id": row["origin_id"],
        "dest_id": row["dest_id"],
        "category": row["category"],
    }


def test_selecting_a_flow_shows_its_records_and_sources(atlas):
    answer = answer_view(atlas, default_view())
    top = answer.flows.iloc[0]
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.session_state["selection"] = {
        "kind": "flow",
        "origin_id": top["origin_id"],
        "dest_id": top["dest_id"],
        "category": top["category"],
    }
    at.run()
    assert not at.exception
    details = next(h.proto.body for h in at.html if "flows-details" in h.proto.body)
    rows = rows_of_flow(
        atlas, answer.rows, answer.clusters, top["origin_id"], top["dest_id"], top["category"]
    )
    behind = records_frame(atlas, rows)
    assert len(behind) == top["n_records"]
    # the records behind the click are emphasised on the map
    spec = json.loads(_deck_json(at))
    assert "highlight" in [layer["id"] for layer in spec["layers"]]
    # every record is listed with its sources, up to the panel's limit; the rest are counted
    listed = [rid for rid in behind["id"] if f"id {rid}" in details]
    assert len(listed) == min(len(behind), 40)
    if len(behind) > 40:
        assert f"{len(behind) - 40} more records" in details
    sources = sources_of(atlas, rows)
    for rid in listed:
        for title in sources.loc[sources["record_id"] == rid, "title"]:
            assert html.escape(title) in details


# A camera close enough for places to be themselves (no clustering into continents).
CITY_CAMERA = {"lon": "20.0", "lat": "40.0", "zoom": "3.1"}
CITY_VIEW = View(camera=Camera(lon=20.0, lat=40.0, zoom=3.1))


def test_hostile_title_is_shown_as_text(atlas):
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in CITY_CAMERA.items():
        at.query_params[key] = value
    at.session_state["selection"] = _flow_selection(atlas, "test-hostile-title")
    at.run()
    details = next(h.proto.body for h in at.html if "flows-details" in h.proto.body)
    assert "&lt;img src=x onerror=alert(1)&gt;" in details
    assert HOSTILE_TITLE not in details
    assert "<script>" not in details and "&lt;script&gt;" in details
    assert 'href="javascript' not in details
    # the deck's tooltip fields are escaped too
    spec = _deck_json(at)
    assert "<img" not in spec and "<script" not in spec


def test_hub_selection_lists_the_records_at_a_place(atlas):
    answer = answer_view(atlas, CITY_VIEW)
    selected = records_frame(atlas, answer.rows)
    place = selected["dest_id"].astype(object).value_counts().index[0]
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    for key, value in CITY_CAMERA.items():
        at.query_params[key] = value
    at.session_state["selection"] = {"kind": "hub", "place_id": place}
    at.run()
    details = next(h.proto.body for h in at.html if "flows-details" in h.proto.body)
    n = int(
        (
            (selected["dest_id"] == place)
            | (selected["origin_id"] == place)
            | selected["via_ids"].map(lambda ids: place in ids)
        ).sum()
    )
    assert n == len(rows_of_place(atlas, answer.rows, answer.clusters, place))
    assert f": {n:,} record" in details


def test_briefing_mode_is_in_the_url():
    at = _run({"cat": "weapons", "brief": "1"})
    assert at.session_state["briefing"] is True
    assert dict(at.query_params) == {"cat": "weapons", "brief": "1", "lang": "en"}
    assert _maps(at)[0]["keys"] is True  # the map listens for the presenter's keys
    at.toggle(key="briefing").set_value(False).run()
    assert "brief" not in dict(at.query_params)
    assert _maps(at)[0]["keys"] is False


def test_briefing_mode_hides_controls_and_writes_the_title():
    at = _run({"cat": "weapons", "from": "2015.0", "to": "2020.0"})
    at.toggle(key="briefing").set_value(True).run()
    body = _html(at)
    assert "display:none" in body and "stSidebar" in body
    assert "Weapons flows, 2015-2019" in body
    assert "do not imply official endorsement" in body
    assert "flows-legend" in body
    assert not at.get("arrow_data_frame")  # the table is a control: hidden


def test_edited_title_replaces_the_automatic_one():
    at = _run()
    at.sidebar.text_input(key="v_title").input("Guns & <people>").run()
    assert "Guns &amp; &lt;people&gt;" in _html(at)
    assert at.query_params["title"] == "Guns & <people>"


def test_playback_steps_the_period(atlas):
    at = _run({"from": "2015.0", "to": "2016.0"})
    start = at.session_state["f_period"]
    next(b for b in at.button if b.key == "step").click().run()
    first, last = at.session_state["f_period"]
    assert first == start[0] and last > start[1]
    period = at.session_state["view"].filters.period
    assert period[1] > 2016.0
    assert replace(at.session_state["view"].filters, period=None) == Filters()


@pytest.mark.parametrize("fmt", ["png", "pptx", "csv"])
def test_export_offers_every_format_for_the_view_on_screen(fmt):
    at = _run({"cat": "weapons"})
    choice = at.selectbox(key="export_format")
    assert len(choice.options) == len(FORMATS)
    choice.set_value(fmt).run()
    (button,) = at.get("download_button")
    assert button.proto.label == "Download"
    # Images have a size choice; other formats do not need one.
    assert at.radio(key="export_size").disabled == (fmt not in ("png", "svg", "pdf"))


def _shown_and_held(widget) -> tuple[object, object]:
    """What a browser shows for ``widget`` if it first draws it from this run's copy, and
    the value the server holds, in the same terms. A copy carries the widget's value only
    in the run that set it (``set_value``); otherwise the browser shows its default."""
    p = widget.proto
    if isinstance(widget, Radio | Selectbox):
        return (widget.index if p.set_value else p.default), widget.index
    if isinstance(widget, Multiselect):
        return (widget.indices if p.set_value else list(p.default)), widget.indices
    if isinstance(widget, SelectSlider):
        values = widget.value if isinstance(widget.value, tuple | list) else [widget.value]
        held = [list(p.options).index(widget.format_func(v)) for v in values]
        return (held if p.set_value else list(p.default)), held
    if isinstance(widget, Slider):
        held = list(widget.value) if isinstance(widget.value, tuple | list) else [widget.value]
        return (held if p.set_value else list(p.default)), held
    return (widget.value if p.set_value else p.default), widget.value


def _same(a, b) -> bool:
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(_same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, int | float) and isinstance(b, int | float):
        return abs(a - b) < 1e-9
    return a == b


@pytest.mark.parametrize("extra", [{}, {"brief": "1", "lang": "fr"}])
def test_a_sidebar_drawn_late_still_shows_the_view(extra):
    """A first visit from a link: the browser, busy drawing the map, may draw the sidebar
    first from a later run's copy than the one that set its values (here: the rerun the
    map's first report asks for). That copy must show the view: a sidebar at its defaults
    (layers off, longitude -180, zoom 0) is sent back by the reader's next click."""
    params = {"org": "IS", "lon": "-5.5", "lat": "62.1", "zoom": "4.0", "pitch": "30.0"}
    params.update({"from": "2015.0", "to": "2020.0", "routes": "0", "top": "300"})
    at = _run({**params, **extra})
    url = dict(at.query_params)
    at.run()  # the map's first report
    assert not at.exception, [e.value for e in at.exception]
    widgets = [
        w
        for kind in (
            "toggle",
            "number_input",
            "slider",
            "select_slider",
            "multiselect",
            "radio",
            "selectbox",
            "text_input",
        )
        for w in getattr(at, kind)
        if w.key in WIDGET_KEYS or w.key == "briefing"
    ]
    assert {w.key for w in widgets} >= {"l_arcs", "c_lon", "c_zoom", "f_period", "v_lang"}
    wrong = {}
    for w in widgets:
        shown, held = _shown_and_held(w)
        if not _same(shown, held):
            wrong[w.key] = (shown, held)
    assert not wrong, wrong
    assert dict(at.query_params) == url
