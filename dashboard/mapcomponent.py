"""The explorer's map as a small Streamlit component that reports the camera and clicks.

``st.pydeck_chart`` draws a deck but never says where the user has moved it, so a view
zoomed with the mouse could not reach the URL, saved views or exports. This component runs
the same deck.gl (pydeck's own bundle, the one the offline HTML export inlines) in an iframe
and sends back, as its value:

- ``camera``: longitude, latitude, zoom, pitch, bearing and the map's size in pixels, once
  the user stops moving (debounced);
- ``click``: the layer and the picked object's keys (flows, routes, hubs);
- ``key``: ``"next"`` or ``"prev"`` when a presenter presses an arrow or Page Up/Down key in
  briefing mode;
- ``basemap_error``: the online basemap's style could not be fetched (no internet).

Offline: the component's files are ``dashboard/static/deckmap`` plus ``deckgl.js``, a copy of
pydeck's bundle, and the labels' font file, made once into a cache folder (Streamlit serves a
component from one folder and refuses links that leave it). Nothing is fetched from another
host unless the user chooses the online basemap.

The pure helpers (:func:`camera_from_value`, :func:`selection_from_pick`) are what the page
calls on the value; they are tested without a browser.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

from flows.maplabels import font_path
from flows.render.deck import (
    FLOWS_LAYER,
    HUBS_LAYER,
    REGIONS_LAYER,
    ROUTES_LAYER,
    static_data_name,
)
from flows.views import Camera

FRONTEND = Path(__file__).resolve().parent / "static" / "deckmap"
FRONTEND_FILES = ("index.html", "deckmap.js", "deckmap.css")
COMPONENT_NAME = "flows_atlas_map"
LABEL_FONT_FILE = "label-font.ttf"  # served next to the page (see deckmap.css)


def deckgl_bundle() -> Path:
    """pydeck's deck.gl bundle (the @deck.gl/jupyter-widget build it ships for offline use)."""
    import pydeck

    return Path(pydeck.__file__).resolve().parent / "nbextension" / "static" / "index.js"


def _cache_root() -> Path:
    env = os.environ.get("FLOWS_ATLAS_CACHE_DIR")
    if env:
        return Path(env)
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "flows-atlas"


@lru_cache(maxsize=1)
def component_dir() -> Path:
    """The folder Streamlit serves the component from: the frontend files and deckgl.js.

    Made once per version of the frontend and of pydeck's bundle (the name holds a hash of
    both), written to a temporary folder and renamed, so a crash never leaves half of it.
    """
    bundle, font = deckgl_bundle(), font_path()
    digest = hashlib.sha256()
    for name in FRONTEND_FILES:
        digest.update((FRONTEND / name).read_bytes())
    for path in (bundle, font):
        stat = path.stat()
        digest.update(f"{path}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    target = _cache_root() / f"deckmap-{digest.hexdigest()[:16]}"
    if (target / "deckgl.js").exists():
        return target
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{os.getpid()}"
    shutil.rmtree(tmp, ignore_errors=True)
    tmp.mkdir()
    for name in FRONTEND_FILES:
        shutil.copyfile(FRONTEND / name, tmp / name)
    shutil.copyfile(bundle, tmp / "deckgl.js")
    # the labels' font, the one flows.maplabels measures them with (matplotlib's DejaVu Sans)
    shutil.copyfile(font, tmp / LABEL_FONT_FILE)
    try:
        os.replace(tmp, target)
    except OSError:  # another process made it first
        shutil.rmtree(tmp, ignore_errors=True)
    return target


def static_data_urls(deck) -> dict[str, str]:
    """Where the map finds the deck's unchanging data (:meth:`CompactDeck.static_data`): a
    file next to the component, written once per content, so each rerun sends its address
    (tens of bytes) instead of the data (the borders: 0.8 MB). Nothing leaves this server."""
    urls = {}
    for placeholder, text in deck.static_data().items():
        name = static_data_name(placeholder, text)
        target = component_dir() / name
        if not target.exists():
            tmp = target.with_name(f".{name}.{os.getpid()}")
            try:
                tmp.write_bytes(text.encode())
                os.replace(tmp, target)
            except OSError:  # a read-only or full disk: the data goes inside the deck
                tmp.unlink(missing_ok=True)
                continue
        urls[placeholder] = name
    return urls


@lru_cache(maxsize=1)
def _component():
    import streamlit.components.v1 as components

    return components.declare_component(COMPONENT_NAME, path=str(component_dir()))


def deck_map(
    deck_json: str,
    camera: Camera,
    camera_rev: int,
    *,
    key: str,
    height: int,
    tooltip: Mapping | bool = True,
    keys: bool = False,
    online: bool = False,
    texts: Mapping[str, str] | None = None,
    size: tuple[int, int] | None = None,
    on_change=None,
    alt: str = "",
    loading: bool = False,
):
    """Draw the deck (``deck_json``: pydeck JSON) and return the component's last value.

    ``camera`` is applied when ``camera_rev`` changes (a preset, a saved view, a link), never
    on a rerun that only echoes the user's own movement. ``keys`` turns on the presenter's
    keys (briefing mode); ``online`` checks that the online basemap can load; ``alt`` is
    what a screen reader says of the map; ``loading`` marks the deck shown while the records
    load (:func:`flows.render.deck.build_loading_deck`): the map's frame then says it has not
    drawn them yet (``data-drawn`` is set by the first frame of a deck that is not loading).
    """
    return _component()(
        deck=deck_json,
        camera={
            "lon": camera.lon,
            "lat": camera.lat,
            "zoom": camera.zoom,
            "pitch": camera.pitch,
            "bearing": camera.bearing,
        },
        camera_rev=int(camera_rev),
        height=int(height),
        tooltip=json.loads(json.dumps(tooltip)),
        keys=bool(keys),
        online=bool(online),
        texts=dict(texts or {}),
        size=list(size) if size else None,
        alt=str(alt),
        loading=bool(loading),
        key=key,
        default=None,
        on_change=on_change,
    )


# -- what the value means (pure) -----------------------------------------------------------------
def camera_from_value(value: object) -> Camera | None:
    """The camera a map value reports, or None (no camera, or a malformed one).

    >>> camera_from_value({"camera": {"lon": 19.5, "lat": 44.1, "zoom": 5.25, "pitch": 0,
    ...                               "bearing": 0, "width": 900, "height": 700}})
    Camera(lon=19.5, lat=44.1, zoom=5.25, pitch=0.0, bearing=0.0)
    >>> camera_from_value({"camera": {"lon": "x"}}) is None
    True
    """
    if not isinstance(value, Mapping) or not isinstance(value.get("camera"), Mapping):
        return None
    cam = value["camera"]
    try:
        lon, lat, zoom = float(cam["lon"]), float(cam["lat"]), float(cam["zoom"])
        pitch, bearing = float(cam.get("pitch") or 0.0), float(cam.get("bearing") or 0.0)
    except (KeyError, TypeError, ValueError):
        return None
    values = (lon, lat, zoom, pitch, bearing)
    if any(v != v or v in (float("inf"), float("-inf")) for v in values):
        return None
    # deck.gl lets longitude run past +-180 while panning round the world
    lon = (lon + 180.0) % 360.0 - 180.0
    return Camera(
        lon=round(lon, 5),
        lat=round(max(-85.0, min(85.0, lat)), 5),
        zoom=round(max(0.0, min(20.0, zoom)), 3),
        pitch=round(max(0.0, min(60.0, pitch)), 2),
        bearing=round((bearing + 180.0) % 360.0 - 180.0, 2),
    )


def map_size_from_value(value: object) -> tuple[int, int] | None:
    """The map's size in CSS pixels (width, height) a value reports."""
    try:
        cam = value["camera"]  # type: ignore[index]
        width, height = int(cam["width"]), int(cam["height"])
    except (KeyError, TypeError, ValueError):
        return None
    return (width, height) if width > 0 and height > 0 else None


def selection_from_pick(pick: object) -> dict | None:
    """The page's selection for a clicked object (None: empty map or unknown layer).

    >>> selection_from_pick({"layer": "flows", "object": {"o": "a", "d": "b", "k": "drugs"}})
    {'kind': 'flow', 'origin_id': 'a', 'dest_id': 'b', 'category': 'drugs'}
    >>> selection_from_pick({"layer": "hubs", "object": {"id": "country:UA"}})
    {'kind': 'hub', 'place_id': 'country:UA'}
    >>> selection_from_pick({"layer": None, "object": None}) is None
    True
    """
    if not isinstance(pick, Mapping) or not isinstance(pick.get("object"), Mapping):
        return None
    layer, obj = pick.get("layer"), pick["object"]
    try:
        if layer == FLOWS_LAYER:
            return {
                "kind": "flow",
                "origin_id": str(obj["o"]),
                "dest_id": str(obj["d"]),
                "category": str(obj["k"]),
            }
        if layer == ROUTES_LAYER:
            return {"kind": "route", "route_key": str(obj["key"]), "category": str(obj["k"])}
        if layer in (HUBS_LAYER, REGIONS_LAYER):  # a region's area is its hub
            return {"kind": "hub", "place_id": str(obj["id"])}
    except KeyError:
        return None
    return None
