"""The Explorer page: filters in the sidebar, the map and its legend, the timeline with
playback, the records behind a click, a linked table, briefing mode and saved views.

The page function reads top to bottom like the page; the work is done by one pure function,
:func:`flows.pipeline.answer_view` (the one every export and the benchmark call too), and the
deck builder of :mod:`flows.render.deck`; flows.render.legend and flows.render.details write HTML.

The page's pieces live beside it: :mod:`dashboard.cached_data` (the cached table),
:mod:`dashboard.page_state` (session state and URL), :mod:`dashboard.sidebar` (filters),
:mod:`dashboard.saved_views_panel` (saved views, briefing navigation),
:mod:`dashboard.playback`, :mod:`dashboard.page_frame` (frame, header, loading map) and
:mod:`dashboard.page_sections` (timeline, export, details, records table). This module keeps
the page function and the map's callbacks.
"""

from __future__ import annotations

from dataclasses import replace
from functools import partial

import pydeck as pdk
import streamlit as st

from dashboard.cached_data import precision_and_labels, record_table
from dashboard.data import data_signature, extra_data_env, start_loading
from dashboard.mapcomponent import (
    camera_from_value,
    deck_map,
    map_size_from_value,
    selection_from_pick,
)
from dashboard.page_frame import (
    BRIEFING_MAP_HEIGHT,
    DETAILS_COLUMNS,
    MAP_COLUMNS,
    MAP_HEIGHT,
    map_json,
    map_texts,
    page_frame,
    page_header,
    release_writes_soon,
    show_map_while_loading,
    show_notices,
    theme_type,
)
from dashboard.page_sections import (
    export_controls,
    records_table,
    selection_details,
    table_selection,
    timeline,
)
from dashboard.page_state import init_state, sync_url
from dashboard.playback import playback_controls, run_playback_timer
from dashboard.saved_views_panel import briefing_nav, open_view
from dashboard.sidebar import sidebar
from dashboard.state import view_from_widgets
from flows import messages as msg
from flows.i18n import format_integer, get_language, gettext, ngettext
from flows.page import build_page
from flows.render.deck import DARK, LIGHT, TOOLTIP, escape_tooltips
from flows.render.shapes import country_shapes
from flows.table.cache import hold_writes
from flows.views import View

STILL_CAMERA = pdk.ViewState(longitude=0.0, latitude=0.0, zoom=1.0)


# -- callbacks -------------------------------------------------------------------------------------
def _on_map_value(views: list[View], labels: list[str], precision: str) -> None:
    """What the map reported: a camera the user set, a click, a presenter's key, a basemap
    that cannot load. Runs before the page, so the camera widgets can still be set."""
    ss = st.session_state
    value = ss.get("map")
    if not isinstance(value, dict):
        return
    camera = camera_from_value(value)
    if camera is not None:
        ss["map_camera"] = camera
        if not camera.same_place(ss.get("camera_sent")):
            # the user moved the map: that camera is the view's now (it no longer fits the
            # data); a report of the camera the page sent (a new size, say) changes nothing
            for attr, key in CAMERA_WIDGETS:
                ss[key] = float(getattr(camera, attr))
    size = map_size_from_value(value)
    if size is not None:
        ss["map_size"] = size
    if "click" in value:
        ss["selection"] = selection_from_pick(value["click"])
    if value.get("key") in ("next", "prev"):
        names = [v.name for v in views]
        current = ss["view"].name
        pos = names.index(current) if current in names else -1
        step = 1 if value["key"] == "next" else -1
        target = pos + step if pos >= 0 else (0 if step > 0 else len(views) - 1)
        open_view(views, target, labels, precision)
    if value.get("basemap_error"):
        ss["basemap_error"] = True


CAMERA_WIDGETS = (
    ("lon", "c_lon"),
    ("lat", "c_lat"),
    ("zoom", "c_zoom"),
    ("pitch", "c_pitch"),
    ("bearing", "c_bearing"),
)


def _camera_rev(view: View) -> int:
    """A number that changes whenever the camera is set by anything but the map itself (a
    preset, a saved view, a link, the camera fields), so the map moves only then."""
    ss = st.session_state
    camera = view.camera
    if not camera.same_place(ss.get("camera_sent")) and not camera.same_place(ss.get("map_camera")):
        ss["camera_rev"] = ss.get("camera_rev", 0) + 1
    ss["camera_sent"] = camera
    return ss.get("camera_rev", 0)


# -- the page --------------------------------------------------------------------------------------
def render_explorer_page() -> None:
    """The Explorer page (called by st.navigation)."""
    signature, extra = data_signature(), extra_data_env()
    if not record_table.ready(signature, extra):
        # the copy of a new table on disk waits for the first page: it wants both cores
        hold_writes()
        start_loading(signature, extra)
        if show_map_while_loading(signature, extra):
            st.rerun()
        return
    try:
        table = record_table(signature, extra)
    except Exception as exc:  # noqa: BLE001 - say what failed instead of a stack trace
        st.error(gettext("The records could not be loaded: {error}").format(error=exc))
        return
    precision, labels = precision_and_labels(signature, extra)
    init_state(labels, precision)

    notices, head, body = page_frame()
    views, counter = sidebar(table, labels, precision)
    view = view_from_widgets(st.session_state, st.session_state["view"], labels, precision)
    view = replace(view, lang=get_language())  # the URL and exports carry the reader's language
    size = st.session_state.get("map_size")
    if size and (view.camera.width, view.camera.height) != tuple(size):
        # the map's size is part of the view: exports draw the frame the screen shows
        view = replace(view, camera=replace(view.camera, width=size[0], height=size[1]))
    st.session_state["view"] = view
    sync_url(view)
    briefing = bool(st.session_state.get("briefing"))
    with notices:
        show_notices(table, briefing)
        briefing_nav(views, labels, precision)
    theme = DARK if theme_type() == "dark" else LIGHT
    if view.basemap != "online":
        st.session_state.pop("basemap_error", None)
    drawn = view
    if view.basemap == "online" and st.session_state.get("basemap_error"):
        notices.warning(gettext(msg.BASEMAP_OFFLINE), icon=":material/cloud_off:")
        drawn = replace(view, basemap="offline")  # the bundled shapes instead of a blank map
    # the page's whole work, in one pure function (the one `flows bench` times)
    content = build_page(
        table,
        drawn,
        country_shapes(),
        theme=theme,
        selection=st.session_state.get("selection"),
        table_selection=table_selection(),
        page=st.session_state.get("table_page", 1),
        briefing=briefing,
    )
    answer = content.answer
    with head:
        page_header(answer.title, answer.subtitle, briefing)
    counter.markdown(
        ngettext(
            "**{n}** of {total} records matches",
            "**{n}** of {total} records match",
            answer.n_records,
        ).format(n=format_integer(answer.n_records), total=format_integer(len(table)))
    )
    if answer.n_records == 0:
        body.info(
            gettext(
                "No record matches these filters. Widen the period, remove a filter or lower "
                "the minimum confidence."
            ),
            icon="🔎",
        )
        if not briefing:
            timeline(content)
        release_writes_soon()
        return

    # A click's sources go beside the map, above the legend: never below the fold.
    has_details = bool(content.details_heading) and not briefing
    map_col, side_col = body.columns(DETAILS_COLUMNS if has_details else MAP_COLUMNS)
    height = BRIEFING_MAP_HEIGHT if briefing else MAP_HEIGHT
    with map_col:
        deck = content.deck
        escape_tooltips(deck)  # deck.gl writes tooltips as HTML: the texts come from documents
        # The camera travels apart (deck_map's camera and revision): a deck whose layers did
        # not change is then the same text, and the map is left as the user holds it.
        deck.initial_view_state = STILL_CAMERA
        deck_map(
            map_json(deck),
            answer.view.camera,  # the view's camera, or the frame that fits the data
            _camera_rev(answer.view),
            key="map",
            height=height,
            tooltip=TOOLTIP,
            keys=briefing,
            online=drawn.basemap == "online",
            texts={"basemap_offline": gettext(msg.BASEMAP_OFFLINE), **map_texts()},
            size=st.session_state.get("map_size"),
            on_change=partial(_on_map_value, views, labels, precision),
            alt=gettext("Map: {title}").format(title=answer.title),
        )
    release_writes_soon()
    with side_col, st.container(height=height, border=False):
        if has_details:
            selection_details(content)
        st.html(content.legend_html)
    st.html(content.footnote_html)
    not_drawn = answer.figures.n_not_drawn
    if not_drawn and not briefing:
        st.caption(
            ngettext(
                "{n} matching record has no drawable line (an endpoint is missing or both are "
                "the same place); it is in the table.",
                "{n} matching records have no drawable line (an endpoint is missing or both are "
                "the same place); they are in the table.",
                not_drawn,
            ).format(n=format_integer(not_drawn))
        )

    if not briefing:
        export_controls(replace(view, title=answer.title, subtitle=answer.subtitle), table)
        st.subheader(gettext("Timeline"))
        timeline(content)
        playback_controls(labels, precision)
        if not has_details:
            st.caption(gettext(msg.DETAILS_HINT))
        records_table(content)

    if st.session_state.get("playing"):
        run_playback_timer(labels)
