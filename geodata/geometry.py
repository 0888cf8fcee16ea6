"""Great-circle arcs, multi-leg routes and antimeridian splitting, all in (lon, lat) EPSG:4326.

>>> arc = build_arc((2.35, 48.86), (13.40, 52.52))
>>> arc.geom_type, round(arc.coords[0][0], 2), round(arc.coords[-1][1], 2)
('LineString', 2.35, 52.52)
>>> build_arc((170.0, -10.0), (-170.0, -10.0)).geom_type
'MultiLineString'
"""

from __future__ import annotations

from collections.abc import Sequence

from pyproj import Geod
from shapely.geometry import LineString, MultiLineString

_GEOD = Geod(ellps="WGS84")
# One vertex per ~150 km keeps arcs smooth on a continental map and payloads small.
STEP_KM = 150.0
MAX_POINTS = 64

LonLat = tuple[float, float]


def distance_km(a: LonLat, b: LonLat) -> float:
    """Geodesic distance in kilometres.

    >>> round(distance_km((2.35, 48.86), (-0.13, 51.51)))
    344
    """
    return _GEOD.inv(a[0], a[1], b[0], b[1])[2] / 1000.0


def great_circle_points(a: LonLat, b: LonLat) -> list[LonLat]:
    """Points along the geodesic from ``a`` to ``b``, ends included, longitudes unwrapped.

    Longitudes are made continuous (they may leave [-180, 180]) so that the caller can split
    at the antimeridian without guessing which way a jump goes.
    """
    km = distance_km(a, b)
    n_inner = min(MAX_POINTS - 2, int(km // STEP_KM))
    inner = _GEOD.npts(a[0], a[1], b[0], b[1], n_inner) if n_inner > 0 else []
    points = [a, *inner, b]
    unwrapped = [points[0]]
    for lon, lat in points[1:]:
        prev = unwrapped[-1][0]
        lon = lon + 360.0 * round((prev - lon) / 360.0)
        unwrapped.append((lon, lat))
    return unwrapped


def split_antimeridian(points: Sequence[LonLat]) -> LineString | MultiLineString:
    """Cut a line with unwrapped longitudes where it crosses +-180 degrees.

    >>> g = split_antimeridian([(170, 0), (190, 10)])
    >>> [tuple(round(v, 1) for v in p) for line in g.geoms for p in line.coords]
    [(170.0, 0.0), (180.0, 5.0), (-180.0, 5.0), (-170.0, 10.0)]
    """
    parts: list[list[LonLat]] = [[]]
    shift = 360.0 * round(points[0][0] / 360.0)
    for i, (lon, lat) in enumerate(points):
        lon -= shift
        if i and abs(lon) > 180.0:
            edge = 180.0 if lon > 0 else -180.0
            plon, plat = points[i - 1][0] - shift, points[i - 1][1]
            lat_x = plat + (edge - plon) / (lon - plon) * (lat - plat)
            if plon != edge:
                parts[-1].append((edge, lat_x))
            parts.append([(-edge, lat_x)])
            turn = 360.0 if edge > 0 else -360.0
            shift += turn
            lon -= turn
        parts[-1].append((lon, lat))
    lines = [p for p in parts if len(p) >= 2]
    if len(lines) == 1:
        return LineString(lines[0])
    return MultiLineString(lines)


def build_arc(a: LonLat, b: LonLat) -> LineString | MultiLineString | None:
    """A densified great-circle arc from ``a`` to ``b``; None when both are the same point."""
    if distance_km(a, b) < 1.0:
        return None
    return split_antimeridian(great_circle_points(a, b))


def build_route(stops: Sequence[LonLat]) -> LineString | MultiLineString | None:
    """A multi-leg route: great-circle legs through ``stops`` in order.

    Consecutive duplicate stops are skipped; None when fewer than two distinct stops remain.

    >>> r = build_route([(13.4, 52.5), (20.5, 44.8), (23.7, 37.98)])
    >>> r.geom_type, r.coords[0], r.coords[-1]
    ('LineString', (13.4, 52.5), (23.7, 37.98))
    """
    distinct: list[LonLat] = []
    for stop in stops:
        if not distinct or distance_km(distinct[-1], stop) >= 1.0:
            distinct.append(stop)
    if len(distinct) < 2:
        return None
    points: list[LonLat] = [distinct[0]]
    for a, b in zip(distinct, distinct[1:], strict=False):
        leg = great_circle_points((points[-1][0], a[1]), b)
        points.extend(leg[1:])
    return split_antimeridian(points)
