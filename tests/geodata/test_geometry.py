import math

import pytest
from shapely.geometry import LineString, MultiLineString

from geodata.geometry import build_arc, build_route, distance_km, split_antimeridian


def _all_coords(geom):
    lines = geom.geoms if isinstance(geom, MultiLineString) else [geom]
    return [p for line in lines for p in line.coords]


@pytest.mark.parametrize(
    ("a", "b", "kind"),
    [
        ((2.35, 48.86), (13.40, 52.52), "LineString"),  # Paris -> Berlin
        ((174.78, -41.29), (-157.86, 21.31), "MultiLineString"),  # Wellington -> Honolulu
        ((-170.0, 60.0), (170.0, 60.0), "MultiLineString"),  # across the antimeridian westward
        ((0.0, 90.0), (10.0, 0.0), "LineString"),  # from the North Pole
        ((30.0, -89.9), (-150.0, -89.9), "LineString"),  # across the South Pole
    ],
)
def test_arcs(a, b, kind):
    arc = build_arc(a, b)
    assert arc.geom_type == kind
    coords = _all_coords(arc)
    assert all(-180 <= x <= 180 and -90 <= y <= 90 for x, y in coords)
    assert all(math.isfinite(v) for p in coords for v in p)
    assert coords[0] == pytest.approx(a, abs=1e-6)
    assert coords[-1] == pytest.approx(b, abs=1e-6)


def test_arc_is_densified_along_the_great_circle():
    arc = build_arc((-74.0, 40.7), (2.35, 48.86))  # New York -> Paris
    assert len(arc.coords) > 20
    # The great circle bends north of both ends.
    assert max(y for _, y in arc.coords) > 51


def test_antimeridian_pieces_meet_at_180():
    arc = build_arc((170.0, -10.0), (-170.0, -10.0))
    first, second = arc.geoms
    assert first.coords[-1][0] == 180.0 and second.coords[0][0] == -180.0
    assert first.coords[-1][1] == pytest.approx(second.coords[0][1])


@pytest.mark.parametrize("same", [((10.0, 10.0), (10.0, 10.0)), ((10.0, 10.0), (10.001, 10.0))])
def test_same_origin_and_destination_is_not_an_arc(same):
    assert build_arc(*same) is None


def test_route_through_via_keeps_the_stops_in_order():
    stops = [
        (69.2, 34.5),
        (51.4, 35.7),
        (28.9, 41.0),
        (20.5, 44.8),
    ]  # Kabul Tehran Istanbul Belgrade
    route = build_route(stops)
    coords = list(route.coords)
    for stop in stops:
        assert min(distance_km(stop, c) for c in coords) < 1
    assert isinstance(route, LineString)


def test_route_with_one_distinct_stop_is_none():
    assert build_route([(1.0, 1.0), (1.0, 1.0)]) is None


def test_split_handles_several_crossings():
    line = split_antimeridian([(170, 0), (190, 0), (170, 1)])
    assert isinstance(line, MultiLineString) and len(line.geoms) == 3


@pytest.mark.parametrize(
    ("a", "b", "km"),
    [((2.35, 48.86), (-0.13, 51.51), 344), ((0, 0), (180, 0), 20004)],
)
def test_distance(a, b, km):
    assert distance_km(a, b) == pytest.approx(km, rel=0.01)
