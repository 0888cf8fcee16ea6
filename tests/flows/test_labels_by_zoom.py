"""Readable at every zoom, on the bundled data: at the default frame and at three zooms over
Europe no label is clipped by the map's edge and none overlaps another (checked from the
label boxes the screen and the exports draw), and zooming in labels more of the places in
view, as flowmap.gl does."""

from __future__ import annotations

import json

import pytest

from flows.export.cli import load_table
from flows.mapframe import Frame
from flows.pipeline import answer_view
from flows.render.deck import deck_of, hub_labels
from flows.render.shapes import country_shapes
from flows.views import Camera, View

SIZE = (867, 700)  # the explorer's map at 1600x1000
EUROPE = (15.0, 48.0)
ZOOMS = (3.5, 4.5, 5.5)


@pytest.fixture(scope="module")
def table():
    return load_table(None)


def _labels(table, camera):
    answer = answer_view(table, View(camera=camera), timeline=False)
    return answer, hub_labels(answer.hubs, answer.view.camera, answer.clusters)


def _check_boxes(labels, width, height):
    for i, a in enumerate(labels):
        x0, y0, x1, y1 = a.box
        assert 0 <= x0 < x1 <= width and 0 <= y0 < y1 <= height, (a.text, a.box)  # not clipped
        for b in labels[i + 1 :]:
            apart = a.box[2] <= b.box[0] or b.box[2] <= a.box[0]
            apart = apart or a.box[3] <= b.box[1] or b.box[3] <= a.box[1]
            assert apart, (a.text, b.text)  # no overlap


@pytest.mark.parametrize("size", [SIZE, (1117, 760)])
def test_the_default_frame_labels_every_place_it_can_without_clipping_or_overlap(table, size):
    answer, labels = _labels(table, Camera(fit=True, width=size[0], height=size[1]))
    _check_boxes(labels, *size)
    assert len(labels) >= min(len(answer.hubs), 6)


def test_zooming_in_over_europe_labels_more_of_the_places_in_view(table):
    inner = Frame(*EUROPE, ZOOMS[-1], *SIZE)  # what the closest zoom shows
    labelled = []
    for zoom in ZOOMS:
        camera = Camera(lon=EUROPE[0], lat=EUROPE[1], zoom=zoom, width=SIZE[0], height=SIZE[1])
        answer, labels = _labels(table, camera)
        _check_boxes(labels, *SIZE)
        x, y = inner.to_pixels(answer.hubs["lon"].to_numpy(), answer.hubs["lat"].to_numpy())
        in_view = set(answer.hubs["id"][(x >= 0) & (x <= SIZE[0]) & (y >= 0) & (y <= SIZE[1])])
        named = {answer.hubs["id"].iloc[label.row] for label in labels}
        labelled.append(len(in_view & named))
        assert len(in_view) >= 8  # the test looks at a crowd, not at two places
    assert labelled == sorted(labelled) and labelled[-1] > labelled[0], labelled


def test_the_map_draws_exactly_these_labels(table):
    camera = Camera(lon=EUROPE[0], lat=EUROPE[1], zoom=4.0, width=SIZE[0], height=SIZE[1])
    answer, labels = _labels(table, camera)
    deck = json.loads(deck_of(answer, country_shapes()).to_json())
    (layer,) = [layer for layer in deck["layers"] if layer["id"] == "labels"]
    assert [row["text"] for row in layer["data"]] == [label.text for label in labels]
