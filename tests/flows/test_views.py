"""Views: URL query parameters, the saved-views file, titles written from the filters."""

from __future__ import annotations

import json
import os

import pytest

from flows.views import (
    Camera,
    Filters,
    Layers,
    View,
    ViewError,
    describe_filters,
    describe_period,
    load_views,
    save_views,
    upsert_view,
    view_from_query_params,
    view_to_query_params,
)
from flows.vocab import CATEGORIES

VIEWS = [
    View(),
    View(filters=Filters(categories=("drugs", "weapons"))),
    View(filters=Filters(statuses=())),  # empty tuple differs from the default
    View(filters=Filters(period=(2015.0, 2020.0), min_confidence=0.35)),
    View(filters=Filters(period=(2015 + 2 / 12, 2015 + 7 / 12))),  # months: exact floats
    View(filters=Filters(actors=("Group, with comma", "100% cartel"), text="Europol & co")),
    View(
        filters=Filters(
            origins=("UA", "region:western-balkans"),
            transits=("HU",),
            destinations=("DE",),
            verifications=("confirmed",),
            commodities=("small arms",),
        )
    ),
    View(
        layers=Layers(
            arcs=False,
            routes=False,
            hubs=False,
            shading="both",
            heat=True,
            width_by="quantity",
            top_n=25,
        )
    ),
    View(camera=Camera(lon=-12.345678, lat=33.3, zoom=4.25, pitch=30.0, bearing=-15.0)),
    View(
        name="Balkans", title="Weapons <b>into</b> the EU", subtitle="2015 – 2020", basemap="online"
    ),
]


@pytest.mark.parametrize("view", VIEWS)
def test_query_params_round_trip(view):
    params = view_to_query_params(view)
    assert all(isinstance(k, str) and isinstance(v, str) for k, v in params.items())
    assert view_from_query_params(params) == view


def test_default_view_has_an_empty_url():
    assert view_to_query_params(View()) == {}


def test_query_params_accept_lists_last_value_wins():
    assert view_from_query_params({"top": ["10", "20"]}).layers.top_n == 20


@pytest.mark.parametrize(
    ("params", "message"),
    [
        ({"conf": "high"}, "'conf' is 'high'"),
        ({"conf": "1.5"}, "confidence runs from 0 to 1"),
        ({"from": "2020", "to": "2015"}, "'from' (2020) is after 'to' (2015)"),
        ({"from": "2015-13"}, "'from': '2015-13' has no such month"),
        ({"to": "soon"}, "'to': 'soon' is not a year (YYYY) or a month (YYYY-MM)"),
        ({"shade": "purple"}, "'shade' is 'purple'"),
        ({"top": "-3"}, "'top' is '-3'"),
        ({"arcs": "yes"}, "'arcs' is 'yes'"),
        ({"zoom": "nan"}, "finite number"),
    ],
)
def test_query_params_errors_name_the_parameter(params, message):
    with pytest.raises(ViewError, match=message.replace("(", r"\(").replace(")", r"\)")):
        view_from_query_params(params)


@pytest.mark.parametrize(
    ("period", "params"),
    [
        ((2015.0, 2020.0), {"from": "2015", "to": "2019"}),  # years, both included
        # months as the period slider gives them (rounded to 6 decimals)
        ((round(2015 + 2 / 12, 6), round(2015 + 7 / 12, 6)), {"from": "2015-03", "to": "2015-07"}),
        ((2015.1, 2016.0), {"from": "2015.1", "to": "2016.0"}),  # off the grid: exact
    ],
)
def test_url_period_reads_as_years_or_months(period, params):
    view = View(filters=Filters(period=period))
    assert {k: view_to_query_params(view)[k] for k in ("from", "to")} == params
    assert view_from_query_params(params).filters.period == pytest.approx(period, abs=1e-6)


def test_url_period_with_an_open_end_stays_open_until_the_data_closes_it():
    assert view_from_query_params({"from": "2014"}).filters.period == (2014.0, float("inf"))
    assert view_from_query_params({"to": "2014-06"}).filters.period == (float("-inf"), 2014.5)


def test_save_and_load_views(tmp_path):
    path = tmp_path / "ws" / "views.json"
    assert load_views(path) == []
    named = [v.__class__(**{**v.__dict__, "name": f"v{i}"}) for i, v in enumerate(VIEWS)]
    save_views(path, named)
    assert load_views(path) == named
    assert [p.name for p in path.parent.iterdir()] == ["views.json"]  # no temp file left


def test_save_views_is_atomic_when_writing_fails(tmp_path, monkeypatch):
    path = tmp_path / "views.json"
    save_views(path, [View(name="kept")])

    def broken_replace(src, dst):
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", broken_replace)
    with pytest.raises((OSError, ViewError), match="disk full"):
        save_views(path, [View(name="new")])
    monkeypatch.undo()
    assert [v.name for v in load_views(path)] == ["kept"]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["views.json"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{not json", "not valid JSON"),
        ('{"views": {}}', 'expected an object {"views"'),
        ('{"views": [{"filters": {"colour": "red"}}]}', r"views\[0\].filters: unknown field"),
        ('{"views": [{"layers": {"top_n": "many"}}]}', r"views\[0\].layers.top_n: expected a"),
        ('{"views": [{}, {"camera": {"zoom": "far"}}]}', r"views\[1\].camera.zoom: expected a num"),
    ],
)
def test_load_views_errors_name_file_and_entry(tmp_path, content, message):
    path = tmp_path / "views.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ViewError, match=message) as err:
        load_views(path)
    assert str(path) in str(err.value)


def test_views_file_is_plain_json(tmp_path):
    path = tmp_path / "views.json"
    save_views(path, [View(name="a", filters=Filters(period=(2015.0, 2016.0)))])
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["views"][0]["filters"]["period"] == [2015.0, 2016.0]


def test_upsert_view_replaces_in_place():
    views = [View(name="a"), View(name="b"), View(name="c")]
    new_b = View(name="b", title="changed")
    assert upsert_view(views, new_b) == [views[0], new_b, views[2]]
    assert upsert_view(views, View(name="d"))[-1].name == "d"


@pytest.mark.parametrize(
    ("view", "title", "subtitle"),
    [
        (View(), "Trafficking and smuggling flows, all years", "Status: curated, reviewed"),
        (
            View(filters=Filters(categories=tuple(CATEGORIES))),
            "Trafficking and smuggling flows, all years",
            "Status: curated, reviewed",
        ),
        (
            View(
                filters=Filters(
                    categories=("weapons",),
                    origins=("UA",),
                    destinations=("PL",),
                    period=(2015.0, 2016.0),
                )
            ),
            "Weapons flows from Ukraine to Poland, 2015",
            "Status: curated, reviewed",
        ),
        (
            View(
                filters=Filters(
                    categories=("drugs", "weapons"),
                    transits=("HU",),
                    period=(2020 + 2 / 12, 2020 + 5 / 12),
                    statuses=(),
                    min_confidence=0.5,
                    text="europol",
                )
            ),
            "Drugs and Weapons flows via HU, March 2020 to May 2020",
            'Status: all · Confidence >= 0.5 · Sources mention "europol"',
        ),
    ],
)
def test_describe_filters(view, title, subtitle):
    assert describe_filters(view, {"UA": "Ukraine", "PL": "Poland"}) == (title, subtitle)


@pytest.mark.parametrize(
    ("period", "missing", "expected"),
    [
        (None, "all years", "all years"),
        ((float("nan"), 2016.0), "dates not given", "dates not given"),
        ((2015.0, 2016.0), "all years", "2015"),
        ((2015.0, 2020.0), "all years", "2015-2019"),
        ((2015 + 2 / 12, 2015 + 7 / 12), "all years", "March 2015 to July 2015"),
    ],
)
def test_describe_period_one_wording_for_titles_and_tooltips(period, missing, expected):
    assert describe_period(period, missing) == expected


def test_the_language_travels_in_the_url_and_in_saved_views(tmp_path):
    french = View(name="Armes", lang="fr", filters=Filters(categories=("weapons",)))
    params = view_to_query_params(french)
    assert params["lang"] == "fr"
    assert view_from_query_params(params) == french
    assert view_from_query_params({"lang": "fr-FR"}).lang == "fr"
    assert view_from_query_params({}).lang == ""  # no language: the reader's own
    path = tmp_path / "views.json"
    save_views(path, [french, View(name="English", lang="en")])
    assert [v.lang for v in load_views(path)] == ["fr", "en"]


@pytest.mark.parametrize(
    ("params", "message"),
    [({"lang": "de"}, "URL parameter 'lang' is 'de': use one of en, fr")],
)
def test_an_unknown_language_in_the_url_is_named(params, message):
    with pytest.raises(ViewError, match=message):
        view_from_query_params(params)


def test_a_saved_view_with_an_unknown_language_is_named(tmp_path):
    path = tmp_path / "views.json"
    path.write_text('{"views": [{"name": "x", "lang": "klingon"}]}')
    with pytest.raises(ViewError, match=r"views\[0\]\.lang: 'klingon' is not one of en, fr"):
        load_views(path)
