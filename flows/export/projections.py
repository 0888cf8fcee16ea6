"""From the dashboard's camera to a map extent, and from the extent to a projection.

The dashboard shows Web Mercator at a deck.gl zoom level; a printed map should not. The
extent the camera shows is computed in lon/lat, then drawn in an equal-area projection:
ETRS89-LAEA (EPSG:3035) when the view is on Europe, Equal Earth (EPSG:8857) otherwise.
"""

from __future__ import annotations

import math

import numpy as np
from pyproj import Transformer

from flows.views import Camera

EUROPE_CRS = "EPSG:3035"  # ETRS89 / LAEA Europe
WORLD_CRS = "EPSG:8857"  # WGS 84 / Equal Earth Greenwich

# deck.gl draws the world 512 px wide at zoom 0; the dashboard's map is about this wide.
_TILE_PX = 512.0
REFERENCE_VIEWPORT_PX = 1200.0
_MAX_LAT = 85.0

Extent = tuple[float, float, float, float]  # min_lon, min_lat, max_lon, max_lat


def _merc_y(lat: float) -> float:
    phi = math.radians(max(-_MAX_LAT, min(_MAX_LAT, lat)))
    return (1 - math.log(math.tan(math.pi / 4 + phi / 2)) / math.pi) / 2


def _merc_lat(y: float) -> float:
    n = math.pi * (1 - 2 * y)
    return math.degrees(math.atan(math.sinh(n)))


def camera_extent(
    camera: Camera, aspect: float = 16 / 9, viewport_px: float = REFERENCE_VIEWPORT_PX
) -> Extent:
    """Lon/lat box a deck.gl camera shows in a viewport ``viewport_px`` wide at ``aspect``.

    >>> [round(v) for v in camera_extent(Camera(lon=0, lat=0, zoom=0), 1.0, 512)]
    [-180, -85, 180, 85]
    """
    world = _TILE_PX * 2.0**camera.zoom
    width, height = viewport_px, viewport_px / aspect
    half_lon = 180.0 * width / world
    yc = _merc_y(camera.lat)
    half_y = height / world / 2
    top = _merc_lat(max(0.0, yc - half_y))
    bottom = _merc_lat(min(1.0, yc + half_y))
    if half_lon >= 180:
        return (-180.0, bottom, 180.0, top)
    # The projections are centred on Greenwich: a view past the antimeridian is cut there.
    return (max(-180.0, camera.lon - half_lon), bottom, min(180.0, camera.lon + half_lon), top)


def is_europe(extent: Extent) -> bool:
    """True when the extent is a view on Europe (its centre there, not wider than ~120 deg).

    >>> is_europe((-30, 30, 60, 72)), is_europe((-120, -40, 150, 70))
    (True, False)
    """
    min_lon, min_lat, max_lon, max_lat = extent
    c_lon, c_lat = (min_lon + max_lon) / 2, (min_lat + max_lat) / 2
    return -25 <= c_lon <= 45 and 30 <= c_lat <= 72 and max_lon - min_lon <= 125


def choose_crs(extent: Extent) -> str:
    """EPSG code of the projection a static map of ``extent`` is drawn in."""
    return EUROPE_CRS if is_europe(extent) else WORLD_CRS


def projected_bounds(extent: Extent, crs: str, aspect: float) -> tuple[float, float, float, float]:
    """Bounds in ``crs`` that cover ``extent`` and have exactly the axes' ``aspect`` (w/h).

    The box's edges are densified before projecting, since straight lon/lat edges curve.
    """
    min_lon, min_lat, max_lon, max_lat = extent
    t = np.linspace(0, 1, 64)
    lons = np.concatenate(
        [
            min_lon + (max_lon - min_lon) * t,
            np.full_like(t, max_lon),
            max_lon - (max_lon - min_lon) * t,
            np.full_like(t, min_lon),
        ]
    )
    lats = np.concatenate(
        [
            np.full_like(t, min_lat),
            min_lat + (max_lat - min_lat) * t,
            np.full_like(t, max_lat),
            max_lat - (max_lat - min_lat) * t,
        ]
    )
    x, y = transformer(crs).transform(lons, lats)
    ok = np.isfinite(x) & np.isfinite(y)
    x0, x1, y0, y1 = x[ok].min(), x[ok].max(), y[ok].min(), y[ok].max()
    w, h = x1 - x0, y1 - y0
    # Grow the short side so the map fills the axes without stretching.
    if w / h < aspect:
        grow = (h * aspect - w) / 2
        x0, x1 = x0 - grow, x1 + grow
    else:
        grow = (w / aspect - h) / 2
        y0, y1 = y0 - grow, y1 + grow
    return float(x0), float(y0), float(x1), float(y1)


def clip_box(extent: Extent, crs: str) -> Extent:
    """A lon/lat box wide enough to hold everything visible in the projected extent.

    For LAEA only latitudes are cut: meridians converge towards the pole, so a longitude cut
    would show as a straight line across northern land; land far south is cut because
    LAEA smears the antipode.
    """
    if crs == WORLD_CRS:
        return (-180.0, -90.0, 180.0, 90.0)
    return (-180.0, max(-90.0, extent[1] - 25), 180.0, 90.0)


_TRANSFORMERS: dict[str, Transformer] = {}


def transformer(crs: str) -> Transformer:
    """Cached lon/lat -> ``crs`` transformer (building one costs milliseconds)."""
    if crs not in _TRANSFORMERS:
        _TRANSFORMERS[crs] = Transformer.from_crs("EPSG:4326", crs, always_xy=True)
    return _TRANSFORMERS[crs]
