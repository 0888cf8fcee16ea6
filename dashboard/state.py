"""The explorer's widget state <-> :class:`flows.views.View` (and so the URL).

Widgets are keyed in ``st.session_state`` by the names in ``WIDGET_KEYS``; this module only
converts between those values and a View. A field whose widget still shows what the previous
view would show keeps the previous view's exact value, so that a URL whose period or
confidence does not fall on a slider step reproduces exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import replace

from flows.i18n import N_
from flows.periods import period_label, period_step
from flows.views import Camera, Filters, Layers, View

# Keys are English names, shown through the catalogue (gettext) in the reader's language.
CAMERA_PRESETS: dict[str, Camera] = {
    N_("Europe, Middle East and North Africa"): Camera(lon=20.0, lat=40.0, zoom=3.1),
    N_("Balkans and Central Europe"): Camera(lon=19.0, lat=45.0, zoom=4.6),
    N_("Mediterranean"): Camera(lon=14.0, lat=37.0, zoom=4.2),
    N_("Atlantic: Americas to Europe and Africa"): Camera(lon=-30.0, lat=20.0, zoom=2.0),
    N_("World"): Camera(lon=10.0, lat=20.0, zoom=1.2),
}


def default_view() -> View:
    """The view of a first visit: curated and reviewed records, framed to fit them."""
    return View()


def period_labels(bounds: tuple[float, float] | None, precision: str) -> list[str]:
    """Slider options: one label per period from ``bounds[0]`` to ``bounds[1]`` (exclusive)."""
    if bounds is None:
        return []
    step = period_step(precision)
    n = max(1, round((bounds[1] - bounds[0]) / step))
    return [period_label(bounds[0] + i * step, precision) for i in range(n)]


def label_start(label: str) -> float:
    """``"2015"`` -> 2015.0, ``"2015-03"`` -> 2015 + 2/12."""
    if len(label) == 4:
        return float(label)
    year, month = label.split("-")[:2]
    return round(int(year) + (int(month) - 1) / 12.0, 6)


def period_to_slider(
    period: tuple[float, float] | None, labels: Sequence[str], precision: str
) -> tuple[str, str] | None:
    """The slider value showing ``period`` (clamped to the data's periods)."""
    if not labels:
        return None
    if period is None:
        return (labels[0], labels[-1])
    step = period_step(precision)
    first = period_label(period[0], precision)
    last = period_label(max(period[0], period[1] - step / 2), precision)
    first = first if first in labels else (labels[0] if first < labels[0] else labels[-1])
    last = last if last in labels else (labels[-1] if last > labels[-1] else labels[0])
    return (first, last) if first <= last else (last, first)


def slider_to_period(
    value: tuple[str, str] | None, labels: Sequence[str], precision: str
) -> tuple[float, float] | None:
    """The filter period of a slider value; None when it spans every period."""
    if not labels or value is None:
        return None
    if tuple(value) == (labels[0], labels[-1]):
        return None
    step = period_step(precision)
    return (label_start(value[0]), round(label_start(value[1]) + step, 6))


WIDGET_KEYS = (
    "f_categories",
    "f_commodities",
    "f_period",
    "f_origins",
    "f_destinations",
    "f_transits",
    "f_actors",
    "f_statuses",
    "f_verifications",
    "f_min_conf",
    "f_text",
    "l_arcs",
    "l_routes",
    "l_hubs",
    "l_shading",
    "l_heat",
    "l_width",
    "l_top",
    "l_cluster",
    "c_lon",
    "c_lat",
    "c_zoom",
    "c_pitch",
    "c_bearing",
    "v_title",
    "v_subtitle",
    "v_basemap",
    "v_lang",
)


def view_to_widgets(view: View, labels: Sequence[str], precision: str) -> dict[str, object]:
    """The value of every widget that shows ``view``."""
    f, ly, cam = view.filters, view.layers, view.camera
    return {
        "f_categories": list(f.categories),
        "f_commodities": list(f.commodities),
        "f_period": period_to_slider(f.period, labels, precision),
        "f_origins": list(f.origins),
        "f_destinations": list(f.destinations),
        "f_transits": list(f.transits),
        "f_actors": list(f.actors),
        "f_statuses": list(f.statuses),
        "f_verifications": list(f.verifications),
        "f_min_conf": float(f.min_confidence),
        "f_text": f.text,
        "l_arcs": ly.arcs,
        "l_routes": ly.routes,
        "l_hubs": ly.hubs,
        "l_shading": ly.shading,
        "l_heat": ly.heat,
        "l_width": ly.width_by,
        "l_top": int(ly.top_n),
        "l_cluster": ly.cluster,
        "c_lon": float(cam.lon),
        "c_lat": float(cam.lat),
        "c_zoom": float(cam.zoom),
        "c_pitch": float(cam.pitch),
        "c_bearing": float(cam.bearing),
        "v_title": view.title,
        "v_subtitle": view.subtitle,
        "v_basemap": view.basemap,
        "v_lang": view.lang,
    }


def view_from_widgets(
    state: Mapping[str, object],
    previous: View,
    labels: Sequence[str],
    precision: str,
    name: str = "",
) -> View:
    """The view the widgets show; fields whose widget is unchanged keep ``previous``'s value."""
    before = view_to_widgets(previous, labels, precision)

    def get(key: str) -> object:
        return state.get(key, before[key])

    def same(key: str) -> bool:
        a, b = get(key), before[key]
        if isinstance(a, float) or isinstance(b, float):
            try:
                return math.isclose(float(a), float(b), rel_tol=0, abs_tol=1e-12)
            except (TypeError, ValueError):
                return False
        if isinstance(a, list | tuple) and isinstance(b, list | tuple):
            return list(a) == list(b)
        return a == b

    p = previous.filters
    period_value = get("f_period")
    filters = Filters(
        categories=tuple(get("f_categories")),
        commodities=tuple(get("f_commodities")),
        period=p.period
        if same("f_period")
        else slider_to_period(tuple(period_value) if period_value else None, labels, precision),
        origins=tuple(get("f_origins")),
        destinations=tuple(get("f_destinations")),
        transits=tuple(get("f_transits")),
        actors=tuple(get("f_actors")),
        statuses=tuple(get("f_statuses")),
        verifications=tuple(get("f_verifications")),
        min_confidence=p.min_confidence if same("f_min_conf") else float(get("f_min_conf")),
        text=str(get("f_text") or ""),
    )
    layers = Layers(
        arcs=bool(get("l_arcs")),
        routes=bool(get("l_routes")),
        hubs=bool(get("l_hubs")),
        shading=str(get("l_shading")),
        heat=bool(get("l_heat")),
        width_by=str(get("l_width")),
        top_n=int(get("l_top")),
        cluster=str(get("l_cluster")),
    )
    pc = previous.camera
    keys = (
        ("lon", "c_lon"),
        ("lat", "c_lat"),
        ("zoom", "c_zoom"),
        ("pitch", "c_pitch"),
        ("bearing", "c_bearing"),
    )
    moved = not all(same(key) for _, key in keys)
    camera = replace(
        pc,
        **{attr: getattr(pc, attr) if same(key) else float(get(key)) for attr, key in keys},
        # a camera set in the fields (or by the mouse, or a preset) no longer fits the data
        fit=pc.fit and not moved,
    )
    return replace(
        previous,
        name=name or previous.name,
        title=str(get("v_title") or ""),
        subtitle=str(get("v_subtitle") or ""),
        filters=filters,
        layers=layers,
        camera=camera,
        basemap=str(get("v_basemap")),
        lang=str(get("v_lang") or previous.lang),
    )
