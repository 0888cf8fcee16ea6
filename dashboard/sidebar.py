"""The explorer's sidebar: the filters (category, commodity, period, places, actor, status,
verification, confidence, text), the layers, the camera and its preset frames, title and
basemap settings, and the saved views below them; the multiselects offer the data's own
values, computed once per data version.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import streamlit as st

from dashboard.cached_data import record_table
from dashboard.data import data_signature, extra_data_env
from dashboard.language import in_this_language
from dashboard.saved_views_panel import views_controls
from dashboard.state import CAMERA_PRESETS
from flows.i18n import N_, get_language, gettext
from flows.pipeline import place_names_in
from flows.render.timeline import month_name
from flows.table.model import RecordTable
from flows.views import CLUSTERS, View
from flows.vocab import (
    CATEGORIES,
    VERIFICATIONS,
    category_label,
    place_kind_label,
    status_label,
    verification_label,
)

STATUS_OPTIONS = ("curated", "reviewed", "extracted")


def _options(values, current) -> list:
    """Options of a multiselect: the data's values plus whatever the view already holds."""
    out = list(dict.fromkeys([*values, *(current or [])]))
    return out


def _distinct(series: pd.Series) -> list[str]:
    values = series.cat.remove_unused_categories().cat.categories
    return sorted(str(v) for v in values if isinstance(v, str) and v)


def _apply_preset() -> None:
    ss = st.session_state
    cam = CAMERA_PRESETS.get(ss.get("c_preset"))
    if cam is not None:
        ss["c_lon"], ss["c_lat"], ss["c_zoom"] = cam.lon, cam.lat, cam.zoom
        ss["c_pitch"], ss["c_bearing"] = cam.pitch, cam.bearing
    ss["c_preset"] = KEEP_FRAME


KEEP_FRAME = N_("(keep)")


# Every widget below gets the value it holds as its default too. The browser shows a widget's
# value only from the run that set it; a widget it first draws from a later run's copy shows
# that copy's default. On a first visit the browser is busy drawing the map while the page's
# first full run sets the widgets (from the link); if the map's first report reruns the page
# before the sidebar is drawn, the sidebar came up at the defaults (layers off, longitude
# -180, zoom 0) and the next click sent those back as the reader's choice. With the current
# value as the default, whichever copy the browser draws shows the view.
def _now(key: str, fallback):
    """The widget's current value (its default: see above), ``fallback`` if it has none."""
    value = st.session_state.get(key)
    return fallback if value is None else value


def _now_index(key: str, options) -> int:
    """The index of the widget's current value among ``options`` (0 if it is not there)."""
    options = list(options)
    value = st.session_state.get(key)
    return options.index(value) if value in options else 0


def _now_number(key: str, low: float, high: float) -> float:
    """The number widget's current value, inside its range."""
    try:
        value = float(_now(key, low))
    except (TypeError, ValueError):
        value = low
    return min(max(value, low), high)


@st.cache_resource
def _filter_options(signature: tuple, extra: str) -> dict[str, list[str]]:
    """Values offered by the multiselects, computed once per data version."""
    table = record_table(signature, extra)
    places = table.places
    named = np.unique(
        np.concatenate(
            [
                table.records["origin"].to_numpy(),
                table.records["dest"].to_numpy(),
                table.via.values.astype(np.int64),
            ]
        )
    )
    named = named[named >= 0]
    codes = {c for c in places["country_code"].to_numpy(dtype=object)[named] if c}
    for members in places["members"].to_numpy(dtype=object)[named]:
        codes.update(members or ())
    return {
        "commodities": _distinct(table.records["commodity"]),
        "places": sorted(codes | set(table.region_members)),
        "actors": sorted(str(a) for a in table.actor_names if a),
    }


def _period_now(labels: list[str]) -> tuple[str, str]:
    """The period slider's current value; the full range (a range slider) if it has none."""
    value = st.session_state.get("f_period")
    if isinstance(value, list | tuple) and len(value) == 2 and all(v in labels for v in value):
        return (value[0], value[1])
    return (labels[0], labels[-1])


def sidebar(table: RecordTable, labels: list[str], precision: str) -> tuple[list[View], object]:
    options = _filter_options(data_signature(), extra_data_env())
    ss = st.session_state
    names = place_names_in(table, get_language())

    def place_label(code: str) -> str:
        # countries show their ISO code, regions and seas what kind of place they are
        name = names.get(code, code)
        kind, sep, _ = code.partition(":")
        if name == code:
            return name
        return f"{name} ({place_kind_label(kind) if sep else code})"

    with st.sidebar:
        st.header(gettext("Filters"))
        counter = st.empty()
        st.multiselect(
            gettext("Category"),
            _options(CATEGORIES, ss.get("f_categories")),
            key="f_categories",
            default=list(_now("f_categories", [])),
            format_func=in_this_language(category_label),
            placeholder=gettext("All categories"),
        )
        st.multiselect(
            gettext("Commodity"),
            _options(options["commodities"], ss.get("f_commodities")),
            key="f_commodities",
            default=list(_now("f_commodities", [])),
            placeholder=gettext("All commodities"),
        )
        if labels:
            st.select_slider(
                gettext("Period (years)") if precision == "year" else gettext("Period (months)"),
                options=labels,
                # a (start, end) default makes it a range slider; the value itself comes from
                # session state (config: global.disableWidgetStateDuplicationWarning)
                value=_period_now(labels),
                key="f_period",
                format_func=in_this_language(month_name),  # "2015-03" -> "mars 2015"
            )
        countries = options["places"]
        for key, label in (
            ("f_origins", gettext("Origin country or region")),
            ("f_destinations", gettext("Destination country or region")),
            ("f_transits", gettext("Transit country or region")),
        ):
            st.multiselect(
                label,
                _options(countries, ss.get(key)),
                key=key,
                default=list(_now(key, [])),
                format_func=in_this_language(place_label),
                placeholder=gettext("Anywhere"),
            )
        st.multiselect(
            gettext("Actor"),
            _options(options["actors"], ss.get("f_actors")),
            key="f_actors",
            default=list(_now("f_actors", [])),
            placeholder=gettext("Any actor"),
        )
        st.multiselect(
            gettext("Status"),
            _options(STATUS_OPTIONS, ss.get("f_statuses")),
            key="f_statuses",
            default=list(_now("f_statuses", [])),
            format_func=in_this_language(status_label),
            placeholder=gettext("Any status"),
        )
        st.multiselect(
            gettext("Verification"),
            _options(VERIFICATIONS, ss.get("f_verifications")),
            key="f_verifications",
            default=list(_now("f_verifications", [])),
            format_func=in_this_language(verification_label),
            placeholder=gettext("Any verification"),
        )
        st.slider(
            gettext("Minimum confidence"),
            0.0,
            1.0,
            value=_now_number("f_min_conf", 0.0, 1.0),
            step=0.05,
            key="f_min_conf",
        )
        st.text_input(
            gettext("Search the sources"),
            key="f_text",
            value=str(_now("f_text", "")),
            placeholder=gettext("words in titles, publishers, summaries"),
        )

        st.header(gettext("Layers"))
        c1, c2 = st.columns(2)
        c1.toggle(gettext("Flows (arcs)"), key="l_arcs", value=bool(_now("l_arcs", False)))
        c2.toggle(gettext("Routes"), key="l_routes", value=bool(_now("l_routes", False)))
        c1.toggle(gettext("Hubs"), key="l_hubs", value=bool(_now("l_hubs", False)))
        c2.toggle(gettext("Heat"), key="l_heat", value=bool(_now("l_heat", False)))
        shading_words = {
            "none": gettext("off"),
            "in": gettext("arriving"),
            "out": gettext("leaving"),
            "both": gettext("both"),
        }
        st.radio(
            gettext("Shade countries by records"),
            ("none", "in", "out", "both"),
            index=_now_index("l_shading", ("none", "in", "out", "both")),
            key="l_shading",
            horizontal=True,
            format_func=in_this_language(shading_words.get),
        )
        width_words = {
            "records": gettext("number of records"),
            "quantity": gettext("quantity (one unit)"),
        }
        st.radio(
            gettext("Arc width"),
            ("records", "quantity"),
            index=_now_index("l_width", ("records", "quantity")),
            key="l_width",
            horizontal=True,
            format_func=in_this_language(width_words.get),
        )
        st.slider(
            gettext("Strongest flows shown"),
            10,
            2000,
            value=int(_now_number("l_top", 10, 2000)),
            step=10,
            key="l_top",
        )
        cluster_words = {
            "auto": gettext("by zoom"),
            "city": gettext("places"),
            "country": gettext("countries"),
            "region": gettext("continents"),
        }
        st.radio(
            gettext("Group places"),
            CLUSTERS,
            index=_now_index("l_cluster", CLUSTERS),
            key="l_cluster",
            horizontal=True,
            format_func=in_this_language(cluster_words.get),
            help=gettext(
                "By zoom: continents for the whole world, countries for a continent, the "
                "places the sources name closer in."
            ),
        )

        with st.expander(gettext("Camera")):
            st.selectbox(
                gettext("Frame"),
                [KEEP_FRAME, *CAMERA_PRESETS],
                key="c_preset",
                on_change=_apply_preset,
                format_func=in_this_language(gettext),
            )
            for label, key, low, high, step, fmt in (
                (gettext("Longitude"), "c_lon", -180.0, 180.0, 1.0, "%.2f"),
                (gettext("Latitude"), "c_lat", -85.0, 85.0, 1.0, "%.2f"),
                (gettext("Zoom"), "c_zoom", 0.0, 20.0, 0.1, "%.2f"),
                (gettext("Pitch"), "c_pitch", 0.0, 60.0, 5.0, "%.0f"),
                (gettext("Bearing"), "c_bearing", -180.0, 180.0, 5.0, "%.0f"),
            ):
                st.number_input(
                    label,
                    low,
                    high,
                    value=_now_number(key, low, high),
                    step=step,
                    key=key,
                    format=fmt,
                )

        with st.expander(gettext("Title and settings")):
            st.text_input(
                gettext("Title (blank: written from the filters)"),
                value=str(_now("v_title", "")),
                key="v_title",
            )
            st.text_input(
                gettext("Subtitle (blank: written from the filters)"),
                value=str(_now("v_subtitle", "")),
                key="v_subtitle",
            )
            basemap_words = {
                "offline": gettext("offline country shapes (no network)"),
                "online": gettext("online tiles (needs internet)"),
            }
            st.radio(
                gettext("Basemap"),
                ("offline", "online"),
                index=_now_index("v_basemap", ("offline", "online")),
                key="v_basemap",
                format_func=in_this_language(basemap_words.get),
            )
        views = views_controls(labels, precision)
    return views, counter
