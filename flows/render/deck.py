"""The map as a :class:`pydeck.Deck`: one builder for the page and the HTML export. No Streamlit.

It lives below both the dashboard and the exports (nothing in ``flows/`` imports
``dashboard/``); it draws a :class:`flows.pipeline.ViewAnswer` (:func:`deck_of`).

Design choices that matter:

- Offline by default: ``map_provider=None`` is what turns pydeck's online basemap off
  (``map_style=None`` alone still fetches a Carto style). The basemap is the bundled country
  polygons, drawn as a non-pickable layer (picking polygons costs hundreds of ms per hover).
- Every pickable layer carries the same tooltip fields, ``title``, ``body`` and ``more``, as
  plain text. deck.gl interpolates ``{field}`` into innerHTML: Streamlit's chart escapes the
  values itself (escaping here too showed "&amp;" for "&"), pydeck's standalone HTML does not,
  so the HTML export escapes them with :func:`escape_tooltips` (verified in Chromium).
- The payload is compact: coordinates rounded, short keys, and :class:`CompactDeck` serialises
  without indentation (pydeck's ``to_json`` indents, which is bigger and several times slower).
"""

from __future__ import annotations

import hashlib
import html
import json
import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

import numpy as np
import pandas as pd
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from flows.i18n import format_integer, gettext, ngettext, use_language
from flows.mapframe import ARC_HEIGHT
from flows.maplabels import FONT_FAMILY
from flows.maplabels import PAD as LABEL_PAD
from flows.quantities import format_quantity
from flows.render.palette import DARK, HUB_FILL, LIGHT, Theme, category_rgba
from flows.render.regions import (
    ANCHOR_RADIUS_PX,
    AREA_FILL,
    AREA_LEGEND,
    AREA_LINE,
    AREA_LINE_PX,
    area_hubs,
    region_areas,
)
from flows.shading import shade_class, shading_breaks, shading_colour
from flows.views import View, describe_period
from flows.vocab import category_label

# Layer ids double as keys of the selection returned by st.pydeck_chart(on_select=...).
FLOWS_LAYER = "flows"
ROUTES_LAYER = "routes"
HUBS_LAYER = "hubs"
REGIONS_LAYER = "regions"  # regions drawn as areas: a click selects them like a hub
PICKABLE_LAYERS = (FLOWS_LAYER, ROUTES_LAYER, HUBS_LAYER, REGIONS_LAYER)
# pydeck reads a bare string as an accessor expression ("@@=pixels"): literals need quotes.
PIXELS = '"pixels"'
TOOLTIP_FIELDS = ("title", "body", "more")

TOOLTIP = {
    # Three plain-text fields on every pickable object (TOOLTIP_FIELDS). Streamlit escapes
    # interpolated values; pydeck's standalone HTML does not: see escape_tooltips.
    "html": "<b>{title}</b><br/>{body}<br/>{more}",
    "style": {
        "fontSize": "16px",
        "lineHeight": "1.35",
        "maxWidth": "420px",
        "backgroundColor": "rgba(20,20,20,0.92)",
        "color": "#ffffff",
        "padding": "8px 10px",
    },
}


class CompactDeck(pdk.Deck):
    """A Deck whose JSON has no indentation or key sorting (what st.pydeck_chart sends).

    A layer's data may be a placeholder string registered in ``raw_json``; its ready-made
    JSON text is spliced in at serialisation. The country polygons (about 0.4 MB, the same on
    every rerun) are serialised once this way instead of on every filter change.
    """

    def to_json(self, data_urls: Mapping[str, str] | None = None) -> str:
        """The deck's JSON; ``data_urls`` maps placeholders to the address of a file that holds
        their data (deck.gl fetches it once), instead of the data itself."""
        raw = self.__dict__.pop("raw_json", None) or {}
        try:
            text = json.dumps(self, default=default_serialize, separators=(",", ":"))
        finally:
            if raw:
                self.__dict__["raw_json"] = raw
        for placeholder, value in raw.items():
            if data_urls and placeholder in data_urls:
                value = json.dumps(data_urls[placeholder])
            text = text.replace(json.dumps(placeholder), value, 1)
        return text

    def static_data(self) -> dict[str, str]:
        """The data of this deck that never changes (:data:`STATIC_DATA`), by placeholder: the
        page serves it as files next to the map instead of sending it on every rerun."""
        raw = self.__dict__.get("raw_json") or {}
        return {p: raw[p] for p in STATIC_DATA if p in raw}


# -- small helpers -------------------------------------------------------------------------------
def _text(value: object) -> str:
    """Text for a tooltip field: plain text (escaped by Streamlit, or by escape_tooltips)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return str(value)


def escape_tooltips(deck: pdk.Deck) -> None:
    """HTML-escape the tooltip fields of every layer of ``deck``, for pages without Streamlit.

    pydeck's standalone HTML interpolates ``{title}`` etc. into innerHTML unescaped, so a place
    name like ``<img src=x onerror=...>`` would run. Only ``& < >`` are escaped, so apostrophes
    in names stay readable. The rows are copied: cached layer data is left as it was.
    """
    for layer in deck.layers:
        data = getattr(layer, "_data", None)
        if not isinstance(data, list) or not data or not isinstance(data[0], dict):
            continue
        layer.data = [
            {
                key: html.escape(value, quote=False)
                if key in TOOLTIP_FIELDS and isinstance(value, str)
                else value
                for key, value in row.items()
            }
            for row in data
        ]


def _r(x: float, digits: int = 3) -> float:
    return round(float(x), digits)


def _colour(category: str, alpha: int = 255) -> list[int]:
    return category_rgba(category, alpha)


def width_pixels(weight: np.ndarray | Sequence[float], max_weight: float) -> np.ndarray:
    """Line width in pixels: square root scale from 2 px to 14 px (readable on a projector)."""
    w = np.asarray(weight, dtype=float)
    if max_weight <= 0:
        return np.full(len(w), 2.0)
    return 2.0 + 12.0 * np.sqrt(np.clip(w, 0, None) / max_weight)


def radius_pixels(count: np.ndarray | Sequence[float], max_count: float) -> np.ndarray:
    """Hub radius in pixels: area proportional to the count, 4 px to 22 px."""
    c = np.asarray(count, dtype=float)
    if max_count <= 0:
        return np.full(len(c), 4.0)
    return 4.0 + 18.0 * np.sqrt(np.clip(c, 0, None) / max_count)


# -- layer data ----------------------------------------------------------------------------------
def arc_data(flows: pd.DataFrame) -> list[dict]:
    """Aggregated flows (see :func:`flows.aggregate.aggregate_flows`) as ArcLayer rows."""
    if flows.empty:
        return []
    widths = width_pixels(flows["weight"], float(flows["weight"].max()))
    unit = flows.attrs.get("unit")
    rows = []
    for row, width in zip(flows.itertuples(index=False), widths, strict=True):
        label = category_label(row.category)
        period = describe_period((row.t_min, row.t_max), gettext("dates not given"))
        body = " · ".join(
            (
                _text(label),
                _records(row.n_records),
                ngettext("{n} source", "{n} sources", row.n_sources).format(
                    n=format_integer(row.n_sources)
                ),
                _text(period),
            )
        )
        more = gettext("Click for the sources")
        if row.quantity is not None and not pd.isna(row.quantity) and unit:
            note = (
                gettext("sum of figures given, includes estimates")
                if getattr(row, "quantity_estimate", False)
                else gettext("sum of figures given")
            )
            more = f"{_text(format_quantity(row.quantity, unit=unit))} ({note}) · {more}"
        rows.append(
            {
                "s": [_r(row.origin_lon), _r(row.origin_lat)],
                "t": [_r(row.dest_lon), _r(row.dest_lat)],
                "c0": _colour(row.category, 110),
                "c1": _colour(row.category, 235),
                "w": round(float(width), 1),
                "o": row.origin_id,
                "d": row.dest_id,
                "k": row.category,
                "title": f"{_text(row.origin_name)} → {_text(row.dest_name)}",
                "body": body,
                "more": more,
            }
        )
    return rows


def _records(n: int) -> str:
    return ngettext("{n} record", "{n} records", int(n)).format(n=format_integer(n))


def route_data(routes: pd.DataFrame) -> list[dict]:
    """Aggregated multi-leg routes (:func:`flows.aggregate.aggregate_routes`) as PathLayer rows."""
    if routes.empty:
        return []
    widths = width_pixels(routes["n_records"], float(routes["n_records"].max()))
    rows = []
    for row, width in zip(routes.itertuples(index=False), widths, strict=True):
        label = category_label(row.category)
        transits = len(row.stop_names) - 2
        through = ngettext(
            "route through {n} transit place", "route through {n} transit places", transits
        ).format(n=format_integer(transits))
        rows.append(
            {
                "path": [[_r(lon), _r(lat)] for lon, lat in row.path],
                "c": _colour(row.category, 200),
                "w": round(float(width) * 0.6, 1),
                "key": row.route_key,
                "k": row.category,
                "title": " → ".join(_text(n) for n in row.stop_names),
                "body": f"{_text(label)} · {through} · {_records(row.n_records)}",
                "more": gettext("Click for the sources"),
            }
        )
    return rows


def hub_counts_text(n: int, n_out: int, n_in: int, n_via: int) -> str:
    """A place's counts in its tooltip, in the current language.

    >>> hub_counts_text(3, 1, 2, 0)
    '3 records: 1 from, 2 to, 0 through'
    """
    return ngettext(
        "{n} record: {out} from, {into} to, {via} through",
        "{n} records: {out} from, {into} to, {via} through",
        int(n),
    ).format(
        n=format_integer(n),
        out=format_integer(n_out),
        into=format_integer(n_in),
        via=format_integer(n_via),
    )


def hub_data(hubs: pd.DataFrame, max_count: float | None = None) -> list[dict]:
    """Hubs (:func:`flows.hubs.hub_counts`) as ScatterplotLayer rows; ``max_count`` is the
    count of the biggest dot (default: the biggest of ``hubs``)."""
    if hubs.empty:
        return []
    top = float(hubs["n_flows"].max()) if max_count is None else float(max_count)
    radii = radius_pixels(hubs["n_flows"], top)
    rows = []
    for row, radius in zip(hubs.itertuples(index=False), radii, strict=True):
        rows.append(
            {
                "p": [_r(row.lon), _r(row.lat)],
                "r": round(float(radius), 1),
                "id": row.id,
                "n": int(row.n_flows),
                "title": _text(row.name),
                "body": hub_counts_text(row.n_flows, row.n_out, row.n_in, row.n_via),
                "more": gettext("Click for the sources"),
            }
        )
    return rows


HUB_COLOUR = HUB_FILL  # dark grey dots, white rims
LABEL_FONT_PX = 15.0  # hub labels on the map (a projector reads them from the back)
LABEL_FONT_FAMILY = f'"{FONT_FAMILY}, DejaVu Sans, Verdana, sans-serif"'


def map_size(camera) -> tuple[int, int]:
    """The map's size in pixels: the camera's when known, else the explorer's usual map."""
    from flows.mapframe import DEFAULT_SIZE

    if camera.width and camera.height:
        return int(camera.width), int(camera.height)
    return DEFAULT_SIZE


def hub_radii(hubs: pd.DataFrame, clusters=None) -> np.ndarray:
    """Each hub's dot radius in pixels; a region drawn as an area has only a small ring."""
    radii = radius_pixels(hubs["n_flows"], float(hubs["n_flows"].max()))
    if clusters is None:
        return radii
    return np.where(area_hubs(hubs, clusters), ANCHOR_RADIUS_PX, radii)


def hub_labels(
    hubs: pd.DataFrame,
    camera,
    clusters=None,
    font_px: float = LABEL_FONT_PX,
    radii: np.ndarray | None = None,
) -> list:
    """The hubs' labels for ``camera``'s frame (:func:`flows.maplabels.choose_labels`): the
    busiest first, each beside its dot (or at the middle of a region's area) and wholly
    inside the map, none over another. The screen and every static export draw these.
    ``radii``: the dots' radii when known (:func:`hub_radii`)."""
    from flows.mapframe import Frame
    from flows.maplabels import choose_labels

    if hubs is None or hubs.empty:
        return []
    width, height = map_size(camera)
    frame = Frame(camera.lon, camera.lat, camera.zoom, width, height)
    x, y = frame.to_pixels(hubs["lon"].to_numpy(float), hubs["lat"].to_numpy(float))
    return choose_labels(
        x,
        y,
        hubs["name"].astype(str).tolist(),
        hubs["n_flows"].to_numpy(float),
        width,
        height,
        font_px=font_px,
        radii=hub_radii(hubs, clusters) if radii is None else radii,
    )


def label_data(
    hubs: pd.DataFrame, camera, clusters=None, font_px: float = LABEL_FONT_PX
) -> list[dict]:
    """TextLayer rows of :func:`hub_labels`: where each text goes and how it is anchored."""
    if hubs is None or hubs.empty:
        return []
    radii = hub_radii(hubs, clusters)
    lon, lat = hubs["lon"].to_numpy(dtype=float), hubs["lat"].to_numpy(dtype=float)
    rows = []
    for label in hub_labels(hubs, camera, clusters, font_px, radii):
        (dx, dy), anchor, baseline = label.layout(float(radii[label.row]))
        rows.append(
            {
                "p": [_r(lon[label.row], 5), _r(lat[label.row], 5)],
                "text": label.text,
                "o": [round(dx, 1), round(dy, 1)],
                "a": anchor,
                "b": baseline,
            }
        )
    return rows


# -- the deck ------------------------------------------------------------------------------------
def build_deck(
    view: View,
    countries: Sequence[dict],
    flows: pd.DataFrame,
    routes: pd.DataFrame | None = None,
    hubs: pd.DataFrame | None = None,
    shading: pd.DataFrame | None = None,
    highlight: pd.DataFrame | None = None,
    theme: Theme = LIGHT,
    heat_hubs: pd.DataFrame | None = None,
    clusters=None,
) -> CompactDeck:
    """The map of ``view``: basemap, shading, flows, routes, hubs, labels, heat, highlight.

    Parameters
    ----------
    view
        Which layers are on (``view.layers``), the camera and the basemap choice.
    countries
        Output of :func:`build_country_shapes` (cache it: it does not change).
    flows
        Aggregated flows (:func:`flows.aggregate.aggregate_flows`), already capped.
    routes, hubs
        Output of :func:`flows.aggregate.aggregate_routes` and :func:`flows.hubs.hub_counts`.
    shading
        Output of :func:`flows.hubs.country_totals` (``iso_a2``, ``n``), drawn when
        ``view.layers.shading`` is not ``"none"``.
    highlight
        Aggregated flows to emphasise (the records selected in the table or on the map).
    heat_hubs
        Places weighted in the heat layer (default: ``hubs``).
    clusters
        The places' clusters (:class:`flows.cluster.Clusters`): close in, regions among the
        hubs are drawn as the area of their member countries (flows.render.regions).

    Tooltips are written in ``view.lang``; place names are the frames' own (the pipeline names
    them in the view's language).
    """
    with use_language(view.lang or None):
        return _build_deck(
            view, countries, flows, routes, hubs, shading, highlight, theme, heat_hubs, clusters
        )


def _build_deck(
    view: View,
    countries: Sequence[dict],
    flows: pd.DataFrame,
    routes: pd.DataFrame | None,
    hubs: pd.DataFrame | None,
    shading: pd.DataFrame | None,
    highlight: pd.DataFrame | None,
    theme: Theme,
    heat_hubs: pd.DataFrame | None,
    clusters,
) -> CompactDeck:
    layers, raw_json = _basemap_layers(view, countries, shading, theme)
    heat_hubs = hubs if heat_hubs is None else heat_hubs
    if view.layers.heat and heat_hubs is not None and not heat_hubs.empty:
        layers.append(
            pdk.Layer(
                "HeatmapLayer",
                id="heat",
                data=[
                    {"p": [_r(r.lon, 2), _r(r.lat, 2)], "n": int(r.n_flows)}
                    for r in heat_hubs.itertuples(index=False)
                ],
                get_position="p",
                get_weight="n",
                radius_pixels=45,
                opacity=0.55,
                pickable=False,
            )
        )
    if highlight is not None and not highlight.empty and view.layers.arcs:
        halo = arc_data(highlight)
        for row in halo:
            row["w"] = row["w"] + 8
        layers.append(
            pdk.Layer(
                "ArcLayer",
                id="highlight",
                data=halo,
                get_source_position="s",
                get_target_position="t",
                get_source_color=[20, 20, 20, 200],
                get_target_color=[20, 20, 20, 200],
                get_width="w",
                get_height=ARC_HEIGHT,
                get_tilt=90,
                width_units=PIXELS,
                pickable=False,
            )
        )
    areas = region_areas(hubs, clusters) if view.layers.hubs and hubs is not None else []
    if areas:
        layers.append(
            pdk.Layer(
                "PolygonLayer",
                id=REGIONS_LAYER,
                data=[
                    {
                        "polygon": [list(p) for p in a["ring"]],
                        "id": a["id"],
                        "title": _text(a["name"]),
                        "body": hub_counts_text(a["n_flows"], a["n_out"], a["n_in"], a["n_via"]),
                        "more": gettext(AREA_LEGEND) + " · " + gettext("Click for the sources"),
                    }
                    for a in areas
                ],
                get_polygon="polygon",
                get_fill_color=list(AREA_FILL),
                get_line_color=list(AREA_LINE),
                line_width_min_pixels=AREA_LINE_PX,
                stroked=True,
                filled=True,
                pickable=True,
                auto_highlight=True,
            )
        )
        layers.append(
            pdk.Layer(
                "ScatterplotLayer",
                id="region-anchors",
                data=[
                    {"p": [_r(h.lon, 5), _r(h.lat, 5)]}
                    for h in hubs[area_hubs(hubs, clusters)].itertuples(index=False)
                ],
                get_position="p",
                get_radius=ANCHOR_RADIUS_PX,
                radius_units=PIXELS,
                get_fill_color=[255, 255, 255, 230],
                get_line_color=list(AREA_LINE[:3]) + [230],
                line_width_min_pixels=1.5,
                stroked=True,
                pickable=False,
            )
        )
    if view.layers.routes and routes is not None and not routes.empty:
        layers.append(_routes_layer(route_data(routes)))
    if view.layers.arcs and not flows.empty:
        layers.append(_flows_layer(arc_data(flows)))
    if view.layers.hubs and hubs is not None and not hubs.empty:
        layers.append(
            _hubs_layer(hub_data(hubs[~area_hubs(hubs, clusters)], hubs["n_flows"].max()))
        )
        labels = label_data(hubs, view.camera, clusters)
        if labels:
            layers.append(_labels_layer(labels, theme))
    return _deck(view, layers, raw_json, theme)


def _deck(view: View, layers: list, raw_json: dict[str, str], theme: Theme) -> CompactDeck:
    cam = view.camera
    view_state = pdk.ViewState(
        longitude=cam.lon, latitude=cam.lat, zoom=cam.zoom, pitch=cam.pitch, bearing=cam.bearing
    )
    online = view.basemap == "online"
    if online:
        deck = CompactDeck(
            layers=layers,
            initial_view_state=view_state,
            map_provider="carto",
            map_style=theme.online_style,
            tooltip=TOOLTIP,
        )
    else:
        deck = CompactDeck(
            layers=layers, initial_view_state=view_state, map_provider=None, tooltip=TOOLTIP
        )
    deck.raw_json = raw_json
    return deck


def _basemap_layers(
    view: View, countries: Sequence[dict], shading: pd.DataFrame | None, theme: Theme
) -> tuple[list[pdk.Layer], dict[str, str]]:
    """Sea, land, shaded countries and borders, with the layers' JSON data apart.

    Land and borders are the same whatever the view (:data:`STATIC_DATA`: the page serves
    them as files, so a filter change neither sends nor re-triangulates them); the shading
    is a layer of the shaded countries only, above the land.
    """
    layers: list[pdk.Layer] = []
    raw_json: dict[str, str] = {}
    online = view.basemap == "online"
    if not online:
        layers.append(
            pdk.Layer(
                "PolygonLayer",
                id="sea",
                data=[{"polygon": [[-180, -85], [180, -85], [180, 85], [-180, 85]]}],
                get_polygon="polygon",
                get_fill_color=list(theme.sea),
                stroked=False,
                pickable=False,
            )
        )
        raw_json[COUNTRIES_PLACEHOLDER] = _land_json(countries)
        layers.append(
            pdk.Layer(
                "PolygonLayer",
                id="countries",
                data=COUNTRIES_PLACEHOLDER,
                get_polygon="polygon",
                get_fill_color=list(theme.land),
                stroked=False,  # the borders are their own layer (below)
                filled=True,
                pickable=False,
            )
        )
    shaded = _shaded_json(countries, view, shading, theme)
    if shaded is not None:
        raw_json[SHADING_PLACEHOLDER] = shaded
        layers.append(
            pdk.Layer(
                "PolygonLayer",
                id="shading",
                data=SHADING_PLACEHOLDER,
                get_polygon="polygon",
                get_fill_color="f",
                get_line_color=list(theme.border),
                line_width_min_pixels=BORDER_PX,
                stroked=online,  # over online tiles, the shaded countries' outlines
                filled=True,
                pickable=False,
            )
        )
    if not online:
        # A PolygonLayer's outlines are a PathLayer (joints, caps, miters): a browser drawing
        # without a GPU spent 4 CPU-seconds building them and 0.8 s on every frame; the same
        # lines as plain segments cost 1.4 s and 0.3 s, and look the same.
        raw_json[BORDERS_PLACEHOLDER] = _borders_json(countries)
        layers.append(
            pdk.Layer(
                "LineLayer",
                id="borders",
                data=BORDERS_PLACEHOLDER,
                get_source_position="s",
                get_target_position="t",
                get_color=list(theme.border),
                get_width=BORDER_PX,
                width_units=PIXELS,
                pickable=False,
            )
        )
    return layers, raw_json


def border_segments(countries: Sequence[dict]) -> list[tuple[tuple, tuple]]:
    """Every edge of the countries' rings once (a border two countries share is one edge).

    >>> square = [[0, 0], [1, 0], [1, 1], [0, 0]]
    >>> next_door = [[1, 0], [2, 0], [1, 1], [1, 0]]
    >>> len(border_segments([{"polygon": [square]}, {"polygon": [next_door]}]))
    5
    """
    seen: set = set()
    out = []
    for country in countries:
        for ring in country["polygon"]:
            for a, b in zip(ring, ring[1:], strict=False):
                a, b = tuple(a), tuple(b)
                if a == b or (a, b) in seen:
                    continue
                seen.add((a, b))
                seen.add((b, a))
                out.append((a, b))
    return out


# -- the data layers (one definition each: the page's deck and the loading deck) -----------------
def _routes_layer(data: list[dict]) -> pdk.Layer:
    return pdk.Layer(
        "PathLayer",
        id=ROUTES_LAYER,
        data=data,
        get_path="path",
        get_color="c",
        get_width="w",
        width_units=PIXELS,
        width_min_pixels=1.5,
        joint_rounded=True,
        cap_rounded=True,
        pickable=True,
        auto_highlight=True,
    )


def _flows_layer(data: list[dict]) -> pdk.Layer:
    return pdk.Layer(
        "ArcLayer",
        id=FLOWS_LAYER,
        data=data,
        get_source_position="s",
        get_target_position="t",
        # faint at the origin, strong at the destination: direction without arrows
        get_source_color="c0",
        get_target_color="c1",
        get_width="w",
        # tilted flat onto the map so A->B and B->A curve apart, seen from above
        get_height=ARC_HEIGHT,
        get_tilt=90,
        width_units=PIXELS,
        pickable=True,
        auto_highlight=True,
        highlight_color=[255, 255, 255, 120],
    )


def _hubs_layer(data: list[dict], fill=HUB_COLOUR, rim=(255, 255, 255, 255)) -> pdk.Layer:
    return pdk.Layer(
        "ScatterplotLayer",
        id=HUBS_LAYER,
        data=data,
        get_position="p",
        get_radius="r",
        radius_units=PIXELS,
        get_fill_color=list(fill),
        get_line_color=list(rim),
        line_width_min_pixels=1.5,
        stroked=True,
        pickable=True,
        auto_highlight=True,
    )


def _labels_layer(data: list[dict], theme: Theme) -> pdk.Layer:
    return pdk.Layer(
        "TextLayer",
        id="labels",
        data=data,
        get_position="p",
        get_text="text",
        get_size=LABEL_FONT_PX,
        size_units=PIXELS,
        get_color=list(theme.label),
        get_pixel_offset="o",
        get_text_anchor="a",
        get_alignment_baseline="b",
        background=True,
        get_background_color=list(theme.label_background),
        background_padding=list(LABEL_PAD),
        character_set='"auto"',
        font_family=LABEL_FONT_FAMILY,
        line_height=1.0,
        pickable=False,
    )


# what the loading deck's invisible data carry: the layers' GPU programs and the labels' glyph
# atlas are made while the records load (seconds in a browser drawing without a GPU)
_GLYPHS = (
    "ABCDEFGHIJKLMNOPQRSTUVWXYZ abcdefghijklmnopqrstuvwxyz 0123456789 "
    "ÀÂÄÇÉÈÊËÎÏÔÖÙÛÜŸàâäçéèêëîïôöùûüÿœæ'-.,()·"
)
_CLEAR = [0, 0, 0, 0]


def build_loading_deck(view: View, countries: Sequence[dict], theme: Theme = LIGHT) -> CompactDeck:
    """The map shown while the records load: the basemap of ``view``, and each data layer of
    :func:`build_deck` with one invisible item (fully transparent), so that the browser
    builds the map's programs while the server works and the map that follows only changes
    the layers' data.

    >>> deck = build_loading_deck(View(), [])
    >>> [layer.id for layer in deck.layers]
    ['sea', 'countries', 'borders', 'routes', 'flows', 'hubs', 'labels']
    >>> deck.layers[4].data[0]["c1"]
    [0, 0, 0, 0]
    """
    with use_language(view.lang or None):
        layers, raw_json = _basemap_layers(view, countries, None, theme)
        here, there = [0.0, 0.0], [1.0, 1.0]
        layers += [
            _routes_layer([{"path": [here, there], "c": _CLEAR, "w": 1}]),
            _flows_layer([{"s": here, "t": there, "c0": _CLEAR, "c1": _CLEAR, "w": 1}]),
            _hubs_layer([{"p": here, "r": 1}], fill=_CLEAR, rim=_CLEAR),
            _labels_layer([{"p": here, "text": _GLYPHS, "o": [0, 0], "a": "middle",
                            "b": "center"}], replace(theme, label=tuple(_CLEAR),
                                                     label_background=tuple(_CLEAR))),
        ]  # fmt: skip
        return _deck(view, layers, raw_json, theme)


COUNTRIES_PLACEHOLDER = "@@countries-data@@"
BORDERS_PLACEHOLDER = "@@borders-data@@"
SHADING_PLACEHOLDER = "@@shading-data@@"
BORDER_PX = 0.6
# placeholders whose data is the same whatever the view (the page serves it as a file)
STATIC_DATA = (COUNTRIES_PLACEHOLDER, BORDERS_PLACEHOLDER)

# (what, id(shapes)) -> (shapes, value): what is made of the shapes, once per shapes object
_PER_SHAPES: dict[tuple[str, int], tuple[Sequence[dict], object]] = {}


def _once_per_shapes(what: str, countries: Sequence[dict], make):
    """``make(countries)``, kept while the same shapes object is drawn (it is cached for the
    process: :func:`flows.render.shapes.country_shapes`)."""
    cached = _PER_SHAPES.get((what, id(countries)))
    if cached is not None and cached[0] is countries:
        return cached[1]
    value = make(countries)
    if len(_PER_SHAPES) > 12:
        _PER_SHAPES.clear()
    _PER_SHAPES[(what, id(countries))] = (countries, value)
    return value


def _borders_json(countries: Sequence[dict]) -> str:
    """JSON text of the borders layer's data: every edge once (the same for every view)."""
    return _once_per_shapes(
        "borders",
        countries,
        lambda shapes: json.dumps(
            [{"s": a, "t": b} for a, b in border_segments(shapes)], separators=(",", ":")
        ),
    )


def _shape_fragments(countries: Sequence[dict]) -> list[tuple[str, str]]:
    """(iso, '"polygon":[...]' JSON fragment) of every shape: polygons serialised once."""
    return _once_per_shapes(
        "fragments",
        countries,
        lambda shapes: [
            (c["iso"], '"polygon":' + json.dumps(c["polygon"], separators=(",", ":")))
            for c in shapes
        ],
    )


def _land_json(countries: Sequence[dict]) -> str:
    """JSON text of the land layer's data: every polygon (the same for every view)."""
    return _once_per_shapes(
        "land",
        countries,
        lambda shapes: "[" + ",".join("{" + f + "}" for _, f in _shape_fragments(shapes)) + "]",
    )


def static_data_name(placeholder: str, text: str) -> str:
    """The file name of a deck's unchanging data (:meth:`CompactDeck.static_data`), named by
    its content so a browser never keeps an old one.

    >>> static_data_name(BORDERS_PLACEHOLDER, "[]")
    'borders-data-4f53cda18c2baa0c.json'
    """
    digest = hashlib.sha256(text.encode()).hexdigest()[:16]
    return f"{placeholder.strip('@')}-{digest}.json"


def _shaded_json(
    countries: Sequence[dict], view: View, shading: pd.DataFrame | None, theme: Theme
) -> str | None:
    """JSON text of the shading layer's data: the shaded countries' polygons, each with its
    fill colour; None when nothing is shaded."""
    if view.layers.shading == "none" or shading is None or shading.empty:
        return None
    values = dict(zip(shading["iso_a2"], shading["n"], strict=True))
    breaks = shading_breaks(values.values())
    coloured = {}
    for iso, n in values.items():
        cls = shade_class(n, breaks)
        if cls is not None:
            colour = [*shading_colour(cls, len(breaks), theme.dark), 235]
            coloured[iso] = json.dumps(colour, separators=(",", ":"))
    rows = [
        "{" + fragment + ',"f":' + coloured[iso] + "}"
        for iso, fragment in _shape_fragments(countries)
        if iso in coloured
    ]
    return "[" + ",".join(rows) + "]" if rows else None


def deck_of(answer, shapes: Sequence[dict], theme: Theme = LIGHT) -> CompactDeck:
    """The deck of a :class:`flows.pipeline.ViewAnswer` (what the page and the HTML show)."""
    view = answer.view
    return build_deck(
        view,
        shapes,
        answer.flows,
        answer.routes,
        answer.hubs,
        answer.shading,
        answer.highlight,
        theme,
        heat_hubs=answer.all_hubs if view.layers.heat else answer.hubs,
        clusters=answer.clusters,
    )


__all__ = [
    "BORDERS_PLACEHOLDER",
    "COUNTRIES_PLACEHOLDER",
    "STATIC_DATA",
    "DARK",
    "FLOWS_LAYER",
    "HUBS_LAYER",
    "LIGHT",
    "PICKABLE_LAYERS",
    "REGIONS_LAYER",
    "ROUTES_LAYER",
    "TOOLTIP",
    "CompactDeck",
    "Theme",
    "arc_data",
    "build_deck",
    "deck_of",
    "escape_tooltips",
    "static_data_name",
    "hub_data",
    "label_data",
    "radius_pixels",
    "route_data",
    "width_pixels",
]
