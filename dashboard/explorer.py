"""The Explorer page: filters in the sidebar, the map and its legend, the timeline with
playback, the records behind a click, a linked table, briefing mode and saved views.

The page function reads top to bottom like the page; the work is done by one pure function,
:func:`flows.pipeline.answer_view` (the one every export and the benchmark call too), and the
deck builder of :mod:`flows.render.deck`; flows.render.legend and flows.render.details write HTML.
"""

from __future__ import annotations

import html
import threading
from dataclasses import replace
from functools import partial

import numpy as np
import pandas as pd
import pydeck as pdk
import streamlit as st

from dashboard.data import data_signature, extra_data_env, load_table, start_loading
from dashboard.language import in_reader_language, in_this_language, spinner_the_first_time
from dashboard.mapcomponent import (
    camera_from_value,
    deck_map,
    map_size_from_value,
    selection_from_pick,
    static_data_urls,
)
from dashboard.notices import issue_messages
from dashboard.state import (
    CAMERA_PRESETS,
    default_view,
    period_labels,
    view_from_widgets,
    view_to_widgets,
)
from flows import messages as msg
from flows.access import AccessDenied
from flows.export.api import render_snapshot, suggested_filename
from flows.export.formats import FORMATS, IMAGE_FORMATS, MIME_TYPES
from flows.filter_check import (
    URL_FIELDS,
    Vocabulary,
    resolve_filters,
    view_fields,
    vocabulary_of_table,
)
from flows.i18n import N_, format_decimal_text, format_integer, get_language, gettext, ngettext
from flows.page import PAGE_ROWS, PageContent, build_page
from flows.periods import data_precision, period_bounds
from flows.pipeline import place_names_in
from flows.render.deck import (
    DARK,
    LIGHT,
    TOOLTIP,
    build_loading_deck,
    escape_tooltips,
)
from flows.render.shapes import country_shapes
from flows.render.timeline import month_name
from flows.table.cache import hold_writes, release_writes, writes_held
from flows.table.model import RecordTable
from flows.team_views import PERSONAL, TEAM, SavedView, delete_view, list_views, save_view
from flows.views import (
    CLUSTERS,
    View,
    ViewError,
    view_from_query_params,
    view_to_query_params,
)
from flows.vocab import (
    CATEGORIES,
    VERIFICATIONS,
    category_label,
    place_kind_label,
    status_label,
    verification_label,
)
from geodata.countries import load_countries

STATUS_OPTIONS = ("curated", "reviewed", "extracted")
MAP_HEIGHT = 700
TIMELINE_HEIGHT = 230
BRIEFING_MAP_HEIGHT = 760
MAP_COLUMNS = [5, 1.35]  # map and legend
DETAILS_COLUMNS = [3.2, 2]  # map and a click's sources


# -- cached loading ------------------------------------------------------------------------------
@st.cache_resource(show_spinner=False)
def _table_cached(signature: tuple, extra: str) -> RecordTable:
    # signature/extra are the cache key: new or changed data files reload the table
    return load_table(signature, extra)


# The spinner's words are the reader's, and it shows only while the table first loads.
_table = spinner_the_first_time(
    _table_cached,
    lambda: gettext(
        "Loading records and places (the very first start builds the place index: "
        "about 10 seconds)..."
    ),
)


def _workspace():
    from flows.workspace import workspace_dir

    return workspace_dir()


# -- state ---------------------------------------------------------------------------------------
def _apply_view(view: View, labels: list[str], precision: str, with_language: bool = True) -> None:
    """Put ``view`` into the widgets (only valid before the widgets run: callbacks, start).

    A view without a language keeps the reader's; ``with_language=False`` leaves the language
    widget alone (at the start of a page it already shows the URL's language).
    """
    for key, value in view_to_widgets(view, labels, precision).items():
        if key == "v_lang" and (not value or not with_language):
            continue
        st.session_state[key] = value
    st.session_state["view"] = view


@st.cache_resource
def _vocabulary(signature: tuple, extra: str) -> Vocabulary:
    """What filter values can be in this data (checked for the URL and saved views)."""
    return vocabulary_of_table(_table(signature, extra))


def _checked(view: View, fields: dict[str, str], heading: str) -> View:
    """``view`` with its filter values in canonical form; the values that name nothing in
    the data are left out and listed for the page to show under ``heading``."""
    from geodata.gazetteer import load_gazetteer

    vocab = _vocabulary(data_signature(), extra_data_env())
    f = view.filters
    gazetteer = load_gazetteer() if (f.origins or f.destinations or f.transits) else None
    filters, problems = resolve_filters(f, vocab, gazetteer, fields)
    if problems:
        st.session_state["filter_problems"] = (heading, [str(p) for p in problems])
    return replace(view, filters=filters)


def _init_state(labels: list[str], precision: str) -> None:
    if "view" in st.session_state:
        return
    view = default_view()
    params = st.query_params.to_dict()
    if params:
        try:
            view = view_from_query_params(params)
        except ViewError as exc:
            st.session_state["url_error"] = str(exc)
        else:
            view = _checked(view, URL_FIELDS, gettext(msg.URL_VALUES_LEFT_OUT))
    _apply_view(view, labels, precision, with_language=False)
    st.session_state.setdefault("briefing", _one_param(params, BRIEFING_PARAM) == "1")
    st.session_state.setdefault("playing", False)


STILL_CAMERA = pdk.ViewState(longitude=0.0, latitude=0.0, zoom=1.0)


def _map_texts() -> dict[str, str]:
    """The map's own words (its zoom buttons), in the reader's language."""
    return {"zoom_in": gettext(msg.MAP_ZOOM_IN), "zoom_out": gettext(msg.MAP_ZOOM_OUT)}


BRIEFING_PARAM = "brief"  # ?brief=1 opens the page in briefing mode (not part of the view)


def _one_param(params: dict, key: str) -> str | None:
    value = params.get(key)
    if isinstance(value, list | tuple):
        return str(value[-1]) if value else None
    return None if value is None else str(value)


def _sync_url(view: View) -> None:
    params = view_to_query_params(view)
    if st.session_state.get("briefing"):
        params[BRIEFING_PARAM] = "1"
    if st.query_params.to_dict() != params:
        st.query_params.from_dict(params)


def _options(values, current) -> list:
    """Options of a multiselect: the data's values plus whatever the view already holds."""
    out = list(dict.fromkeys([*values, *(current or [])]))
    return out


def _distinct(series: pd.Series) -> list[str]:
    values = series.cat.remove_unused_categories().cat.categories
    return sorted(str(v) for v in values if isinstance(v, str) and v)


# -- playback --------------------------------------------------------------------------------------
def _advance(labels: list[str], direction: int = 1) -> bool:
    """Move the period slider one playback step; False when the end is reached."""
    if not labels:
        return False
    first, last = st.session_state.get("f_period") or (labels[0], labels[-1])
    i0, i1 = labels.index(first), labels.index(last)
    unit = int(st.session_state.get("play_unit", 1))
    j1 = min(max(i1 + direction * unit, 0), len(labels) - 1)
    if j1 == i1:
        return False
    if st.session_state.get("play_mode", "cumulative") == "sliding window":
        window = int(st.session_state.get("play_window", 3)) * unit
        j0 = max(0, j1 - window + 1)
    else:
        j0 = min(i0, j1)
    st.session_state["f_period"] = (labels[j0], labels[j1])
    return True


def _run_playback_timer(labels: list[str]) -> None:
    """While playing, a fragment re-run by the browser's timer advances the period and reruns
    the page. The script itself never sleeps, so Pause and every other control stay live.
    """
    delay = 1.0 / float(st.session_state.get("play_speed", 1.0))

    def tick() -> None:
        if st.session_state.pop("_first_tick", False):
            # the first call is the page run itself: wait for the timer
            return
        if not st.session_state.get("playing"):
            return
        if not _advance(labels):
            st.session_state["playing"] = False
        st.rerun(scope="app")

    st.session_state["_first_tick"] = True
    st.fragment(tick, run_every=delay)()


def _start_playback(labels: list[str]) -> None:
    if not labels:
        return
    first, last = st.session_state.get("f_period") or (labels[0], labels[-1])
    if last == labels[-1]:  # at the end: start again from the first period
        window = int(st.session_state.get("play_window", 3))
        sliding = st.session_state.get("play_mode", "cumulative") == "sliding window"
        unit = int(st.session_state.get("play_unit", 1))
        end = min(len(labels) - 1, window * unit - 1) if sliding else unit - 1
        st.session_state["f_period"] = (labels[0], labels[end])
    st.session_state["playing"] = True


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
        _open_view(views, target, labels, precision)
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


def _clear_selection() -> None:
    st.session_state["selection"] = None


def _open_view(views: list[View], index: int, labels: list[str], precision: str) -> None:
    if 0 <= index < len(views):
        view = views[index]
        view = _checked(
            view,
            view_fields(f"saved view '{view.name}'"),
            gettext(msg.VIEW_VALUES_LEFT_OUT).format(name=view.name),
        )
        _apply_view(view, labels, precision)
        st.session_state["v_pick"] = index
        st.session_state["selection"] = None


def _saving_scope() -> str | None:
    """Where "Save current view" writes: the team file for an admin without sign-in (one
    laptop) or who ticks "share"; personal views for anyone signed in; None: cannot save."""
    from dashboard.signin import access_settings, current_actor

    actor = current_actor()
    if actor is None:
        return None
    if not access_settings().sign_in:
        return TEAM if actor.may("share_views") else None
    return TEAM if st.session_state.get("v_share") and actor.may("share_views") else PERSONAL


@in_reader_language
def _save_current(labels: list[str], precision: str) -> None:
    from dashboard.signin import current_actor

    name = (st.session_state.get("v_name") or "").strip()
    if not name:
        st.session_state["views_message"] = (
            "error",
            gettext("Give the view a name before saving it."),
        )
        return
    # A saved view keeps the language it is seen in.
    view = replace(st.session_state["view"], name=name, lang=get_language())
    scope = _saving_scope()
    try:
        if scope is None:
            raise AccessDenied(gettext("saving views needs a sign-in or the admin role"))
        views = save_view(_workspace(), current_actor(), view, scope)
    except (OSError, ViewError, AccessDenied) as exc:
        message = gettext("The view was not saved: {error}").format(error=exc)
        st.session_state["views_message"] = ("error", message)
        return
    st.session_state["view"] = view
    st.session_state["v_share"] = False  # sharing is asked for each time, never left on
    try:  # select the saved view in the list
        saved = list_views(_workspace(), current_actor(), personal=_signed_in())
        st.session_state["v_pick"] = next(
            i for i, s in enumerate(saved) if s.scope == scope and s.view.name == name
        )
    except (OSError, ViewError, StopIteration):
        st.session_state.pop("v_pick", None)
    if not _signed_in():
        done = ngettext(
            "Saved view '{name}' ({n} view).", "Saved view '{name}' ({n} views).", len(views)
        )
    elif scope == TEAM:
        done = ngettext(
            "Saved view '{name}' for the team ({n} team view).",
            "Saved view '{name}' for the team ({n} team views).",
            len(views),
        )
    else:
        done = ngettext(
            "Saved view '{name}' in your own views ({n}).",
            "Saved view '{name}' in your own views ({n}).",
            len(views),
        )
    message = done.format(name=name, n=format_integer(len(views)))
    st.session_state["views_message"] = ("success", message)


@in_reader_language
def _delete_view(saved: SavedView) -> None:
    from dashboard.signin import current_actor

    try:
        delete_view(_workspace(), current_actor(), saved.view.name, saved.scope)
    except (OSError, ViewError, AccessDenied) as exc:
        message = gettext("The view was not deleted: {error}").format(error=exc)
        st.session_state["views_message"] = ("error", message)
        return
    st.session_state.pop("v_pick", None)
    st.session_state["views_message"] = (
        "success",
        gettext("Deleted view '{name}'.").format(name=saved.view.name),
    )


def _signed_in() -> bool:
    from dashboard.signin import access_settings

    return access_settings().sign_in


# -- page pieces -----------------------------------------------------------------------------------
def _views_controls(labels: list[str], precision: str) -> list[View]:
    from dashboard.signin import current_actor

    st.subheader(gettext("Saved views"))
    actor = current_actor()
    try:
        saved = list_views(_workspace(), actor, personal=_signed_in())
    except (OSError, ViewError) as exc:
        st.error(str(exc))
        saved = []
    views = [s.view for s in saved]
    message = st.session_state.pop("views_message", None)
    if message:
        (st.error if message[0] == "error" else st.success)(message[1])
    if saved:
        pick = st.session_state.get("v_pick")
        if not isinstance(pick, int) or not 0 <= pick < len(saved):
            st.session_state["v_pick"] = 0
        st.selectbox(
            gettext("View"),
            range(len(saved)),
            format_func=in_this_language(lambda i: saved[i].label),
            key="v_pick",
        )
        index = st.session_state["v_pick"]
        c1, c2, c3 = st.columns(3)
        c1.button(
            gettext("Open"),
            on_click=_open_view,
            args=(views, index, labels, precision),
            width="stretch",
        )
        current = st.session_state["view"].name
        names = [v.name for v in views]
        pos = names.index(current) if current in names else -1
        c2.button(
            "◀",
            help=gettext("Previous view"),
            on_click=_open_view,
            args=(views, max(pos - 1, 0), labels, precision),
            disabled=pos <= 0,
            width="stretch",
            key="v_prev_side",
        )
        c3.button(
            "▶",
            help=gettext("Next view"),
            on_click=_open_view,
            args=(views, pos + 1, labels, precision),
            disabled=pos >= len(views) - 1,
            width="stretch",
            key="v_next_side",
        )
        chosen = saved[index]
        may_delete = chosen.scope == PERSONAL or (actor is not None and actor.may("share_views"))
        if may_delete:
            st.button(gettext("Delete this view"), on_click=_delete_view, args=(chosen,))
    scope_now = _saving_scope()
    if scope_now is None:
        st.caption(gettext("Saved views are chosen by the team's admins."))
        return views
    st.text_input(
        gettext("Name of the current view"),
        key="v_name",
        placeholder=gettext("e.g. Balkan weapons 2015-2020"),
    )
    if _signed_in() and actor is not None and actor.may("share_views"):
        st.checkbox(
            gettext("Share with the team"),
            key="v_share",
            help=gettext("Team views are seen by everyone; yours stay yours."),
        )
    st.button(
        gettext("Save current view"),
        on_click=_save_current,
        args=(labels, precision),
        type="primary",
    )
    return views


def _apply_preset() -> None:
    ss = st.session_state
    cam = CAMERA_PRESETS.get(ss.get("c_preset"))
    if cam is not None:
        ss["c_lon"], ss["c_lat"], ss["c_zoom"] = cam.lon, cam.lat, cam.zoom
        ss["c_pitch"], ss["c_bearing"] = cam.pitch, cam.bearing
    ss["c_preset"] = KEEP_FRAME


KEEP_FRAME = N_("(keep)")


@st.cache_resource
def _filter_options(signature: tuple, extra: str) -> dict[str, list[str]]:
    """Values offered by the multiselects, computed once per data version."""
    table = _table(signature, extra)
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


def _sidebar(table: RecordTable, labels: list[str], precision: str) -> tuple[list[View], object]:
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
            format_func=in_this_language(category_label),
            placeholder=gettext("All categories"),
        )
        st.multiselect(
            gettext("Commodity"),
            _options(options["commodities"], ss.get("f_commodities")),
            key="f_commodities",
            placeholder=gettext("All commodities"),
        )
        if labels:
            st.select_slider(
                gettext("Period (years)") if precision == "year" else gettext("Period (months)"),
                options=labels,
                # the full range as default makes it a range slider; the value itself comes
                # from session state (config: global.disableWidgetStateDuplicationWarning)
                value=(labels[0], labels[-1]),
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
                format_func=in_this_language(place_label),
                placeholder=gettext("Anywhere"),
            )
        st.multiselect(
            gettext("Actor"),
            _options(options["actors"], ss.get("f_actors")),
            key="f_actors",
            placeholder=gettext("Any actor"),
        )
        st.multiselect(
            gettext("Status"),
            _options(STATUS_OPTIONS, ss.get("f_statuses")),
            key="f_statuses",
            format_func=in_this_language(status_label),
            placeholder=gettext("Any status"),
        )
        st.multiselect(
            gettext("Verification"),
            _options(VERIFICATIONS, ss.get("f_verifications")),
            key="f_verifications",
            format_func=in_this_language(verification_label),
            placeholder=gettext("Any verification"),
        )
        st.slider(gettext("Minimum confidence"), 0.0, 1.0, step=0.05, key="f_min_conf")
        st.text_input(
            gettext("Search the sources"),
            key="f_text",
            placeholder=gettext("words in titles, publishers, summaries"),
        )

        st.header(gettext("Layers"))
        c1, c2 = st.columns(2)
        c1.toggle(gettext("Flows (arcs)"), key="l_arcs")
        c2.toggle(gettext("Routes"), key="l_routes")
        c1.toggle(gettext("Hubs"), key="l_hubs")
        c2.toggle(gettext("Heat"), key="l_heat")
        shading_words = {
            "none": gettext("off"),
            "in": gettext("arriving"),
            "out": gettext("leaving"),
            "both": gettext("both"),
        }
        st.radio(
            gettext("Shade countries by records"),
            ("none", "in", "out", "both"),
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
            key="l_width",
            horizontal=True,
            format_func=in_this_language(width_words.get),
        )
        st.slider(gettext("Strongest flows shown"), 10, 2000, step=10, key="l_top")
        cluster_words = {
            "auto": gettext("by zoom"),
            "city": gettext("places"),
            "country": gettext("countries"),
            "region": gettext("continents"),
        }
        st.radio(
            gettext("Group places"),
            CLUSTERS,
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
            st.number_input(
                gettext("Longitude"), -180.0, 180.0, step=1.0, key="c_lon", format="%.2f"
            )
            st.number_input(gettext("Latitude"), -85.0, 85.0, step=1.0, key="c_lat", format="%.2f")
            st.number_input(gettext("Zoom"), 0.0, 20.0, step=0.1, key="c_zoom", format="%.2f")
            st.number_input(gettext("Pitch"), 0.0, 60.0, step=5.0, key="c_pitch", format="%.0f")
            st.number_input(
                gettext("Bearing"), -180.0, 180.0, step=5.0, key="c_bearing", format="%.0f"
            )

        with st.expander(gettext("Title and settings")):
            st.text_input(gettext("Title (blank: written from the filters)"), key="v_title")
            st.text_input(gettext("Subtitle (blank: written from the filters)"), key="v_subtitle")
            basemap_words = {
                "offline": gettext("offline country shapes (no network)"),
                "online": gettext("online tiles (needs internet)"),
            }
            st.radio(
                gettext("Basemap"),
                ("offline", "online"),
                key="v_basemap",
                format_func=in_this_language(basemap_words.get),
            )
        views = _views_controls(labels, precision)
    return views, counter


def _markdown_text(text: str) -> str:
    """``text`` shown as written in Markdown (values come from links: no markup in them)."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]<>()#+-.!|~$" else c for c in text)


def _notices(table: RecordTable, briefing: bool) -> None:
    """What the reader must know before the map: a link or filters that could not be read,
    records left out of the data."""
    if briefing:
        _hide_controls()
    if "url_error" in st.session_state:
        st.error(
            gettext(msg.URL_UNREADABLE).format(error=st.session_state.pop("url_error")), icon="⚠️"
        )
    problems = st.session_state.pop("filter_problems", None)
    if problems:
        heading, lines = problems
        st.error(
            heading + "\n" + "\n".join(f"- {_markdown_text(line)}" for line in lines), icon="⚠️"
        )
    for message in issue_messages(table.issues):
        st.warning(message)


def _hide_controls() -> None:
    # Briefing mode: the widgets keep running (their state must survive) but are hidden.
    st.html(
        "<style>section[data-testid='stSidebar'],[data-testid='stSidebarCollapsedControl'],"
        "header[data-testid='stHeader']{display:none !important}"
        "[data-testid='stMainBlockContainer']{padding-top:1rem !important}</style>"
    )


def _header(title: str, subtitle: str, briefing: bool) -> None:
    size, sub = ("46px", "26px") if briefing else ("32px", "19px")
    st.html(
        f'<div style="margin:0 0 6px 0"><div style="font-size:{size};font-weight:700;'
        f'line-height:1.15">{html.escape(title)}</div><div style="font-size:{sub};opacity:.8">'
        f"{html.escape(subtitle)}</div></div>"
    )


def _playback_controls(labels: list[str], precision: str) -> None:
    if len(labels) < 2:
        return
    playing = st.session_state.get("playing", False)
    c1, c2, c3, c4, c5, c6, c7 = st.columns(
        [1, 1, 1, 1.2, 1.2, 1.6, 1.1], vertical_alignment="bottom"
    )
    if playing:
        c1.button(
            gettext("⏸ Pause"),
            key="pause",
            on_click=lambda: st.session_state.update(playing=False),
            width="stretch",
        )
    else:
        c1.button(
            gettext("▶ Play"),
            key="play",
            on_click=_start_playback,
            args=(labels,),
            width="stretch",
        )
    c2.button(
        gettext("◀ Step"),
        key="step_back",
        on_click=_advance,
        args=(labels, -1),
        width="stretch",
        disabled=playing,
    )
    c3.button(
        gettext("Step ▶"),
        key="step",
        on_click=_advance,
        args=(labels, 1),
        width="stretch",
        disabled=playing,
    )
    c4.selectbox(
        gettext("Speed"),
        (0.5, 1.0, 2.0, 4.0),
        index=1,
        key="play_speed",
        format_func=in_this_language(
            lambda s: gettext("{speed} step/s").format(speed=format_decimal_text(s))
        ),
    )
    if precision == "month":
        units = {1: gettext("month"), 12: gettext("year")}
        c5.selectbox(
            gettext("Step by"),
            (1, 12),
            index=1,
            key="play_unit",
            format_func=in_this_language(units.get),
        )
    modes = {"cumulative": gettext("cumulative"), "sliding window": gettext("sliding window")}
    c6.radio(
        gettext("Playback"),
        ("cumulative", "sliding window"),
        key="play_mode",
        horizontal=True,
        format_func=in_this_language(modes.get),
    )
    c7.number_input(
        gettext("Window (steps)"),
        1,
        max(1, len(labels)),
        value=3,
        key="play_window",
        help=gettext("Length of the sliding window, in playback steps"),
    )


def _briefing_nav(views: list[View], labels: list[str], precision: str) -> None:
    names = [v.name for v in views]
    current = st.session_state["view"].name
    pos = names.index(current) if current in names else -1
    c0, c1, c2, c3 = st.columns([6, 1, 1, 1.6])
    if views:
        c0.caption(
            gettext("View {n} of {total}").format(n=pos + 1, total=len(views))
            if pos >= 0
            else ngettext("{n} saved view", "{n} saved views", len(views)).format(n=len(views))
        )
        c1.button(
            gettext("◀ Previous"),
            on_click=_open_view,
            args=(views, max(pos - 1, 0), labels, precision),
            disabled=pos <= 0,
            key="v_prev",
            width="stretch",
        )
        c2.button(
            gettext("Next ▶"),
            on_click=_open_view,
            args=(views, pos + 1, labels, precision),
            disabled=pos >= len(views) - 1,
            key="v_next",
            width="stretch",
        )
    c3.toggle(gettext("Briefing mode"), key="briefing")


# -- the page --------------------------------------------------------------------------------------
@st.cache_resource
def _labels(signature: tuple, extra: str) -> tuple[str, list[str]]:
    """Precision of the data and the period slider's labels, once per data version."""
    table = _table(signature, extra)
    precision = data_precision(table)
    return precision, period_labels(period_bounds(table, precision), precision)


def _page_style() -> None:
    # less empty space above the title: the map should fill a projector screen
    st.html(
        "<style>[data-testid='stMainBlockContainer']{padding-top:2.2rem;"
        "padding-bottom:2rem}</style>"
    )


def _page_frame() -> tuple:
    """The page's first blocks, the same in every run: notices, header, map and side.

    The map keeps its place on the page whatever the notices above it, so the browser keeps
    the map it has built (deck.gl in an iframe) and only changes its data."""
    _page_style()
    return st.container(), st.container(), st.container()


def _show_map_while_loading(signature: tuple, extra: str) -> bool:
    """The first run on new data: the page's frame and an empty map, then the records.

    The browser builds the map (seconds when it draws without a GPU) while the server loads
    the records; the next run draws them into the same map. True once the records are loaded
    (the caller reruns the page), False if they could not be (the error is shown).
    """
    notices, head, body = _page_frame()
    briefing = bool(st.session_state.get("briefing"))
    try:
        view = view_from_query_params(st.query_params.to_dict())
    except ViewError:
        view = View()
    theme = DARK if _theme_type() == "dark" else LIGHT
    with head:
        _header(gettext("Loading records..."), "", briefing)
    with body:
        map_col, _ = st.columns(MAP_COLUMNS)
        with map_col:
            deck_map(
                _map_json(build_loading_deck(view, country_shapes(), theme)),
                view.camera,
                0,
                key="map",
                height=BRIEFING_MAP_HEIGHT if briefing else MAP_HEIGHT,
                tooltip=TOOLTIP,
                texts={"basemap_offline": gettext(msg.BASEMAP_OFFLINE), **_map_texts()},
                size=st.session_state.get("map_size"),
                on_change=_on_loading_map_value,
                alt=gettext("Map: loading records"),
                loading=True,
            )
    with notices:
        try:
            _table(signature, extra)
        except Exception as exc:  # noqa: BLE001 - say what failed instead of a stack trace
            st.error(gettext("The records could not be loaded: {error}").format(error=exc))
            return False
    return True


# seconds the table's copy on disk waits after the first map is sent: the browser draws it
WRITE_AFTER_MAP_S = 5.0


def _release_writes_soon() -> None:
    """Let the table's copy on disk (held while the records loaded) be written once the
    browser has drawn the map: on two cores, the copy and the drawing would share them."""
    if writes_held():
        timer = threading.Timer(WRITE_AFTER_MAP_S, release_writes)
        timer.daemon = True
        timer.start()


def _map_json(deck) -> str:
    """The deck's JSON as the map gets it: the unchanging basemap data as files beside it."""
    return deck.to_json(data_urls=static_data_urls(deck))


def _on_loading_map_value() -> None:
    """What the loading map reports: its size (exports draw the frame the screen shows)."""
    value = st.session_state.get("map")
    size = map_size_from_value(value) if isinstance(value, dict) else None
    if size is not None:
        st.session_state["map_size"] = size


def render_explorer_page() -> None:
    """The Explorer page (called by st.navigation)."""
    signature, extra = data_signature(), extra_data_env()
    if not _table.ready(signature, extra):
        # the copy of a new table on disk waits for the first page: it wants both cores
        hold_writes()
        start_loading(signature, extra)
        if _show_map_while_loading(signature, extra):
            st.rerun()
        return
    try:
        table = _table(signature, extra)
    except Exception as exc:  # noqa: BLE001 - say what failed instead of a stack trace
        st.error(gettext("The records could not be loaded: {error}").format(error=exc))
        return
    precision, labels = _labels(signature, extra)
    _init_state(labels, precision)

    notices, head, body = _page_frame()
    views, counter = _sidebar(table, labels, precision)
    view = view_from_widgets(st.session_state, st.session_state["view"], labels, precision)
    view = replace(view, lang=get_language())  # the URL and exports carry the reader's language
    size = st.session_state.get("map_size")
    if size and (view.camera.width, view.camera.height) != tuple(size):
        # the map's size is part of the view: exports draw the frame the screen shows
        view = replace(view, camera=replace(view.camera, width=size[0], height=size[1]))
    st.session_state["view"] = view
    _sync_url(view)
    briefing = bool(st.session_state.get("briefing"))
    with notices:
        _notices(table, briefing)
        _briefing_nav(views, labels, precision)
    theme = DARK if _theme_type() == "dark" else LIGHT
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
        table_selection=_table_selection(),
        page=st.session_state.get("table_page", 1),
        briefing=briefing,
    )
    answer = content.answer
    with head:
        _header(answer.title, answer.subtitle, briefing)
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
            _timeline(content)
        _release_writes_soon()
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
            _map_json(deck),
            answer.view.camera,  # the view's camera, or the frame that fits the data
            _camera_rev(answer.view),
            key="map",
            height=height,
            tooltip=TOOLTIP,
            keys=briefing,
            online=drawn.basemap == "online",
            texts={"basemap_offline": gettext(msg.BASEMAP_OFFLINE), **_map_texts()},
            size=st.session_state.get("map_size"),
            on_change=partial(_on_map_value, views, labels, precision),
            alt=gettext("Map: {title}").format(title=answer.title),
        )
    _release_writes_soon()
    with side_col, st.container(height=height, border=False):
        if has_details:
            _details(content)
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
        _export_controls(replace(view, title=answer.title, subtitle=answer.subtitle), table)
        st.subheader(gettext("Timeline"))
        _timeline(content)
        _playback_controls(labels, precision)
        if not has_details:
            st.caption(gettext(msg.DETAILS_HINT))
        _records_table(content)

    if st.session_state.get("playing"):
        _run_playback_timer(labels)


def _timeline(content: PageContent) -> None:
    if content.timeline_chart is None:
        st.caption(gettext("No dated record in this selection: no timeline."))
        return
    st.vega_lite_chart(spec=content.timeline_chart, width="stretch", height=TIMELINE_HEIGHT)


def _export_controls(view: View, table: RecordTable) -> None:
    """Download the view on screen: same records, colours, title and subtitle as the map."""
    with st.expander(gettext("Export this view"), icon=":material/download:"):
        fmt_col, size_col, button_col = st.columns([2.2, 1.6, 1.2], vertical_alignment="bottom")
        fmt = fmt_col.selectbox(
            gettext("Format"),
            [key for key, _ in FORMATS.values()],
            format_func=in_this_language(
                lambda key: f"{key.upper()}: {gettext(FORMATS['.' + key][1])}"
            ),
            key="export_format",
        )
        sizes = {"slides": gettext("slides 1920x1080"), "print": gettext("print A4 300 dpi")}
        size = size_col.radio(
            gettext("Image size"),
            ("slides", "print"),
            format_func=in_this_language(sizes.get),
            horizontal=True,
            key="export_size",
            disabled=fmt not in IMAGE_FORMATS,
        )
        # A callable is rendered only when the button is pressed: a PPTX or MP4 takes seconds.
        button_col.download_button(
            gettext("Download"),
            data=partial(render_snapshot, view, table, load_countries(), fmt, size),
            file_name=suggested_filename(view, fmt),
            mime=MIME_TYPES[fmt],
            on_click="ignore",
            icon=":material/download:",
            key="export_download",
            type="primary",
        )


def _table_selection() -> list[int]:
    """Rows picked in the table (positions in the page shown)."""
    state = st.session_state.get("table")
    try:
        return list(state["selection"]["rows"])
    except (KeyError, TypeError):
        return []


def _theme_type() -> str:
    try:
        return str(st.context.theme.type or "light")
    except Exception:  # noqa: BLE001 - older Streamlit without st.context.theme
        return "light"


def _details(content: PageContent) -> None:
    st.subheader(gettext("Sources behind the selection"))
    if not content.details_heading:
        st.caption(gettext(msg.DETAILS_HINT))
        return
    st.button(gettext("Clear selection"), on_click=_clear_selection)
    if content.details_html is None:
        st.info(gettext("The selected item is not in the current filters."))
        return
    st.html(content.details_html)


def _records_table(content: PageContent) -> None:
    st.subheader(gettext("Records"))
    n = content.answer.n_records
    if content.n_pages > 1:
        c1, c2 = st.columns([1, 5], vertical_alignment="bottom")
        c1.number_input(
            gettext("Page"), min_value=1, max_value=content.n_pages, step=1, key="table_page"
        )
        first = (content.page - 1) * PAGE_ROWS + 1
        c2.caption(
            gettext(
                "Records {first} to {last} of {total} ({pages} pages of {size}); narrow the "
                "filters to find a record."
            ).format(
                first=format_integer(first),
                last=format_integer(first + len(content.page_rows) - 1),
                total=format_integer(n),
                pages=format_integer(content.n_pages),
                size=format_integer(PAGE_ROWS),
            )
        )
    st.dataframe(
        content.table,
        key="table",
        on_select="rerun",
        selection_mode="multi-row",
        hide_index=True,
        width="stretch",
        height=320,
    )
