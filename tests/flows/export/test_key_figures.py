"""Key figures on a briefing slide agree with its title, on the bundled data where they did
not: a region endpoint (the EU) is one destination, not "0 countries", and the period is
worded by the title's own function."""

from __future__ import annotations

import math
import re

import pytest

from flows.export.cli import load_table
from flows.export.scene import build_scene
from flows.views import Filters, View, describe_period


@pytest.fixture(scope="module")
def bundled():
    return load_table(None)


def _figures(scene) -> dict[str, str]:
    return {label: value for value, label in scene.key_figures()}


def test_a_region_destination_counts_as_one_destination(bundled):
    view = View(filters=Filters(categories=("weapons",), destinations=("region:european-union",)))
    scene = build_scene(view, bundled)
    figures = _figures(scene)
    records = bundled.records.iloc[scene.answer.rows]
    dest_ids = bundled.places["id"].to_numpy()[records["dest"].to_numpy()]
    assert "region:european-union" in set(dest_ids)  # the region itself is a destination
    origins = records.loc[records["origin"] >= 0, "origin"].nunique()
    dests = records.loc[records["dest"] >= 0, "dest"].nunique()  # the EU counts once
    label = f"origin{'s' * (origins != 1)} \u2192 destination{'s' * (dests != 1)}"
    assert figures[label] == f"{origins} \u2192 {dests}"
    assert dests >= 1


@pytest.mark.parametrize(
    "period", [(2014.0, 2025.0), (2015.0, 2016.0), (2016.0 + 3 / 12, 2019.0 + 6 / 12)]
)
def test_a_filtered_period_is_said_once_in_the_titles_words(bundled, period):
    scene = build_scene(View(filters=Filters(period=period)), bundled)
    words = describe_period(period)
    assert scene.title.endswith(words)
    years = re.compile(r"\b(19|20)\d\d\b")
    for value, label in scene.key_figures():
        assert not years.search(value) and not years.search(label), (value, label)


def test_without_a_period_the_figure_is_the_span_of_the_records(bundled):
    scene = build_scene(View(filters=Filters(categories=("drugs",))), bundled)
    records = bundled.records.iloc[scene.answer.rows]
    starts, ends = records["t_start"].dropna(), records["t_end"].dropna()
    span = describe_period((math.floor(starts.min()), math.ceil(ends.max())))
    assert scene.title.endswith("all years")
    assert _figures(scene)["records dated"] == span
    assert scene.subtitle.endswith(f"Records dated {span}")


def test_an_export_of_the_page_says_the_records_dates_once(bundled):
    """The page hands its own title and subtitle to the export: the dates are not said twice."""
    from dataclasses import replace

    from flows.pipeline import answer_view

    page = answer_view(bundled, View(filters=Filters(categories=("drugs",))), timeline=False)
    view = replace(page.view, title=page.title, subtitle=page.subtitle)
    scene = build_scene(view, bundled)
    assert scene.subtitle == page.subtitle
    assert scene.subtitle.count("Records dated") == 1
