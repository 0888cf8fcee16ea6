"""The map's frame in Web Mercator, as deck.gl draws it: one truth for the screen and exports.

deck.gl's map view puts the world on a square of ``512 * 2**zoom`` pixels, the camera's
(longitude, latitude) in the middle of a ``width x height`` viewport. The same arithmetic
here lets a static export draw exactly the frame of the screen (same centre, zoom and size),
lets the page and the exports frame the selected flows with room for their labels, and lets
labels be chosen in the pixels where they will be drawn.

No Streamlit, no pydeck: numpy only.

>>> frame = Frame(lon=0.0, lat=0.0, zoom=1.0, width=1024, height=1024)
>>> frame.to_pixels([0.0, 90.0], [0.0, 0.0])
(array([512., 768.]), array([512., 512.]))
>>> [round(float(v), 6) for v in frame.to_lonlat(768.0, 512.0)]
[90.0, 0.0]
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

TILE = 512.0  # deck.gl's world size in pixels at zoom 0
MAX_LAT = 85.051129  # Web Mercator's edge
DEFAULT_SIZE = (1000, 700)  # a map of unknown size (command line): the explorer's map


def world_xy(lon, lat) -> tuple[np.ndarray, np.ndarray]:
    """Web Mercator position in [0, 1] x [0, 1] (y down, as on a screen)."""
    lon = np.asarray(lon, dtype=float)
    lat = np.clip(np.asarray(lat, dtype=float), -MAX_LAT, MAX_LAT)
    x = (lon + 180.0) / 360.0
    y = (1.0 - np.log(np.tan(np.pi / 4 + np.radians(lat) / 2)) / np.pi) / 2.0
    return x, y


def lonlat_of(x, y) -> tuple[np.ndarray, np.ndarray]:
    """Inverse of :func:`world_xy`."""
    x, y = np.asarray(x, dtype=float), np.asarray(y, dtype=float)
    lon = x * 360.0 - 180.0
    lat = np.degrees(np.arctan(np.sinh(np.pi * (1.0 - 2.0 * y))))
    return lon, lat


@dataclass(frozen=True)
class Frame:
    """A camera on a viewport of ``width`` x ``height`` CSS pixels (pitch and bearing 0)."""

    lon: float
    lat: float
    zoom: float
    width: int
    height: int

    @property
    def scale(self) -> float:
        """Pixels per unit of :func:`world_xy`."""
        return TILE * 2.0**self.zoom

    def to_pixels(self, lon, lat) -> tuple[np.ndarray, np.ndarray]:
        """Screen pixels (x right, y down; 0,0 at the top left) of points."""
        cx, cy = world_xy(self.lon, self.lat)
        x, y = world_xy(lon, lat)
        s = self.scale
        return (x - cx) * s + self.width / 2.0, (y - cy) * s + self.height / 2.0

    def to_lonlat(self, px, py) -> tuple[np.ndarray, np.ndarray]:
        """Longitude and latitude under screen pixels."""
        cx, cy = world_xy(self.lon, self.lat)
        s = self.scale
        return lonlat_of(
            cx + (np.asarray(px, float) - self.width / 2.0) / s,
            cy + (np.asarray(py, float) - self.height / 2.0) / s,
        )

    def bounds(self) -> tuple[float, float, float, float]:
        """(west, south, east, north) in degrees of what the frame shows."""
        (w, e), (n, s) = self.to_lonlat([0, self.width], [0, self.height])
        return float(w), float(s), float(e), float(n)

    def world_bounds(self) -> tuple[float, float, float, float]:
        """(x0, y0, x1, y1) of the frame in :func:`world_xy` units (y down)."""
        cx, cy = world_xy(self.lon, self.lat)
        hw, hh = self.width / 2.0 / self.scale, self.height / 2.0 / self.scale
        return float(cx - hw), float(cy - hh), float(cx + hw), float(cy + hh)


ARC_HEIGHT = 0.25  # deck.gl ArcLayer getHeight: how far arcs bend, as a share of the chord
ARC_SEGMENTS = 50  # deck.gl ArcLayer numSegments


def arc_pixels(
    sx, sy, tx, ty, height: float = ARC_HEIGHT, segments: int = ARC_SEGMENTS
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Points of the arcs from (sx, sy) to (tx, ty), in screen pixels (y down), as deck.gl's
    ArcLayer draws them tilted flat onto the map (getTilt 90): the chord bent to the left of
    its direction by ``sqrt(r (1 - r)) * chord * height`` at ratio ``r`` (eased by smoothstep,
    like the shader's segments).

    Returns (x, y, r): arrays of shape (n_arcs, segments); r is the ratio along the arc, for
    colours that fade from origin to destination.

    >>> x, y, r = arc_pixels([0.0], [0.0], [100.0], [0.0], segments=3)
    >>> x.round(1).tolist(), y.round(1).tolist()
    ([[0.0, 50.0, 100.0]], [[0.0, -12.5, 0.0]])
    """
    sx, sy, tx, ty = (np.asarray(v, dtype=float)[:, None] for v in (sx, sy, tx, ty))
    i = np.arange(segments, dtype=float) / (segments - 1)
    r = i * i * (3 - 2 * i)  # smoothstep(0, 1, i)
    dx, dy = tx - sx, ty - sy
    chord = np.hypot(dx, dy)
    z = np.sqrt(r * (1 - r)) * chord * height
    with np.errstate(invalid="ignore", divide="ignore"):
        ux, uy = np.where(chord > 0, dx / chord, 0.0), np.where(chord > 0, dy / chord, 0.0)
    # deck.gl's left turn is (-dy, dx) with y up: (dy, -dx) with y down
    x = sx + dx * r + uy * z
    y = sy + dy * r - ux * z
    return x, y, np.broadcast_to(r, x.shape)


def fit_frame(
    lon: Sequence[float],
    lat: Sequence[float],
    width: int,
    height: int,
    padding: tuple[float, float, float, float] = (40, 40, 40, 40),
    min_zoom: float = 0.5,
    max_zoom: float = 6.0,
) -> Frame:
    """The frame that shows every point, ``padding`` pixels (top, right, bottom, left) from
    the edges, as close as ``max_zoom`` allows (a single place is not shown street by street).

    >>> f = fit_frame([-10.0, 30.0], [35.0, 60.0], 1000, 700, padding=(0, 0, 0, 0))
    >>> round(f.lon, 6), round(f.zoom, 2)
    (10.0, 3.69)
    >>> [round(v) for v in f.to_pixels([-10.0, 30.0], [35.0, 60.0])[1]]
    [700, 0]
    """
    lon = np.asarray(lon, dtype=float)
    lat = np.asarray(lat, dtype=float)
    ok = ~(np.isnan(lon) | np.isnan(lat))
    if not ok.any():
        return Frame(10.0, 30.0, 1.2, width, height)  # nothing to frame: the world
    x, y = world_xy(lon[ok], lat[ok])
    x0, x1, y0, y1 = float(x.min()), float(x.max()), float(y.min()), float(y.max())
    top, right, bottom, left = padding
    room_w = max(width - left - right, width * 0.2)
    room_h = max(height - top - bottom, height * 0.2)
    spans = [room_w / TILE / max(x1 - x0, 1e-9), room_h / TILE / max(y1 - y0, 1e-9)]
    zoom = float(np.clip(math.log2(min(spans)), min_zoom, max_zoom))
    scale = TILE * 2.0**zoom
    # the points' middle goes to the middle of the room left by the padding
    cx = (x0 + x1) / 2.0 - (left - right) / 2.0 / scale
    cy = (y0 + y1) / 2.0 - (top - bottom) / 2.0 / scale
    clon, clat = lonlat_of(cx, cy)
    return Frame(float(clon), float(clat), zoom, width, height)
