"""Labels chosen for the frame: inside it, never on top of each other, the busiest first."""

from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from flows.mapframe import Frame, fit_frame
from flows.maplabels import MARGIN, choose_labels, label_box, text_width

NAMES = st.text(alphabet="abcdefghijklmnopqrstuvwxyz éÖ-'", min_size=1, max_size=24)


@settings(max_examples=60, deadline=None)
@given(
    points=st.lists(
        st.tuples(st.floats(-50, 850), st.floats(-50, 650), NAMES, st.floats(0, 100)),
        max_size=60,
    ),
    font_px=st.sampled_from([12.0, 15.0, 18.0]),
)
def test_labels_are_inside_the_frame_and_never_overlap(points, font_px):
    width, height = 800, 600
    x, y, texts, weights = zip(*points, strict=True) if points else ((), (), (), ())
    labels = choose_labels(x, y, texts, weights, width, height, font_px=font_px)
    for i, a in enumerate(labels):
        x0, y0, x1, y1 = a.box
        assert MARGIN <= x0 < x1 <= width - MARGIN and MARGIN <= y0 < y1 <= height - MARGIN
        assert x1 - x0 >= text_width(a.text, font_px)  # the whole text is in its box
        for b in labels[i + 1 :]:
            assert not (
                a.box[0] < b.box[2]
                and b.box[0] < a.box[2]
                and a.box[1] < b.box[3]
                and b.box[1] < a.box[3]
            )


def test_the_busiest_place_is_labelled_first_and_a_crowd_keeps_its_heaviest():
    # ten places on top of each other: only the heaviest can be named, whatever the order
    labels = choose_labels(
        [300] * 10, [300] * 10, [f"P{i}" for i in range(10)], list(range(10)), 600, 600
    )
    assert labels[0].text == "P9"
    assert len(labels) == 4  # right, left, above, below of the one spot


def test_a_label_at_the_edge_turns_inward_and_an_unplaceable_one_is_dropped():
    (right_edge,) = choose_labels([590], [300], ["Vladivostok"], [1], 600, 600)
    assert right_edge.anchor == "left"
    assert choose_labels([5], [300], ["A name far too long for this map " * 3], [1], 600, 600) == []


def test_zooming_in_spreads_places_apart_so_more_labels_fit():
    rng = np.random.default_rng(7)
    lon, lat = rng.uniform(12, 28, 80), rng.uniform(38, 50, 80)
    names = [f"Town {i}" for i in range(80)]
    counts = []
    for zoom in (3.0, 4.0, 5.0):
        frame = Frame(20.0, 44.0, zoom, 1000, 700)
        x, y = frame.to_pixels(lon, lat)
        counts.append(len(choose_labels(x, y, names, np.ones(80), 1000, 700)))
    assert counts[0] < counts[1] < counts[2]


def test_a_fitted_frame_holds_every_point_inside_its_padding():
    lon, lat = [-17.0, 69.0, 2.3], [14.7, 34.5, 48.9]  # Dakar, Kabul, Paris
    frame = fit_frame(lon, lat, 1000, 700, padding=(50, 120, 50, 120))
    x, y = frame.to_pixels(lon, lat)
    assert (x >= 120 - 1e-6).all() and (x <= 880 + 1e-6).all()
    assert (y >= 50 - 1e-6).all() and (y <= 650 + 1e-6).all()
    assert np.isclose(x.min(), 120) or np.isclose(y.min(), 50)  # as close as it can be


def test_label_boxes_sit_beside_the_dot():
    assert label_box(0, 0, 10, 10, "left", 2)[2] == -6  # right edge a gap from the dot
