"""The explorer page's frame: its style, the containers made first in every run (notices,
header, map and side), what the reader must know before the map, the header, the map's own
words and JSON, and the first run on new data, which shows the frame and an empty map while
the records load (the table's copy on disk is written once the browser has drawn it).
"""

from __future__ import annotations

import html
import threading

import streamlit as st

from dashboard.cached_data import record_table
from dashboard.mapcomponent import deck_map, map_size_from_value, static_data_urls
from dashboard.notices import issue_messages
from flows import messages as msg
from flows.i18n import gettext
from flows.render.deck import DARK, LIGHT, TOOLTIP, build_loading_deck
from flows.render.shapes import country_shapes
from flows.table.cache import release_writes, writes_held
from flows.table.model import RecordTable
from flows.views import View, ViewError, view_from_query_params

MAP_HEIGHT = 700
BRIEFING_MAP_HEIGHT = 760
MAP_COLUMNS = [5, 1.35]  # map and legend
DETAILS_COLUMNS = [3.2, 2]  # map and a click's sources


def map_texts() -> dict[str, str]:
    """The map's own words (its zoom buttons), in the reader's language."""
    return {"zoom_in": gettext(msg.MAP_ZOOM_IN), "zoom_out": gettext(msg.MAP_ZOOM_OUT)}


def _markdown_text(text: str) -> str:
    """``text`` shown as written in Markdown (values come from links: no markup in them)."""
    return "".join(f"\\{c}" if c in "\\`*_{}[]<>()#+-.!|~$" else c for c in text)


def show_notices(table: RecordTable, briefing: bool) -> None:
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


def page_header(title: str, subtitle: str, briefing: bool) -> None:
    size, sub = ("46px", "26px") if briefing else ("32px", "19px")
    st.html(
        f'<div style="margin:0 0 6px 0"><div style="font-size:{size};font-weight:700;'
        f'line-height:1.15">{html.escape(title)}</div><div style="font-size:{sub};opacity:.8">'
        f"{html.escape(subtitle)}</div></div>"
    )


def _page_style() -> None:
    # less empty space above the title: the map should fill a projector screen
    st.html(
        "<style>[data-testid='stMainBlockContainer']{padding-top:2.2rem;"
        "padding-bottom:2rem}</style>"
    )


def page_frame() -> tuple:
    """The page's first blocks, the same in every run: notices, header, map and side.

    The map keeps its place on the page whatever the notices above it, so the browser keeps
    the map it has built (deck.gl in an iframe) and only changes its data."""
    _page_style()
    return st.container(), st.container(), st.container()


def show_map_while_loading(signature: tuple, extra: str) -> bool:
    """The first run on new data: the page's frame and an empty map, then the records.

    The browser builds the map (seconds when it draws without a GPU) while the server loads
    the records; the next run draws them into the same map. True once the records are loaded
    (the caller reruns the page), False if they could not be (the error is shown).
    """
    notices, head, body = page_frame()
    briefing = bool(st.session_state.get("briefing"))
    try:
        view = view_from_query_params(st.query_params.to_dict())
    except ViewError:
        view = View()
    theme = DARK if theme_type() == "dark" else LIGHT
    with head:
        page_header(gettext("Loading records..."), "", briefing)
    with body:
        map_col, _ = st.columns(MAP_COLUMNS)
        with map_col:
            deck_map(
                map_json(build_loading_deck(view, country_shapes(), theme)),
                view.camera,
                0,
                key="map",
                height=BRIEFING_MAP_HEIGHT if briefing else MAP_HEIGHT,
                tooltip=TOOLTIP,
                texts={"basemap_offline": gettext(msg.BASEMAP_OFFLINE), **map_texts()},
                size=st.session_state.get("map_size"),
                on_change=_on_loading_map_value,
                alt=gettext("Map: loading records"),
                loading=True,
            )
    with notices:
        try:
            record_table(signature, extra)
        except Exception as exc:  # noqa: BLE001 - say what failed instead of a stack trace
            st.error(gettext("The records could not be loaded: {error}").format(error=exc))
            return False
    return True


# seconds the table's copy on disk waits after the first map is sent: the browser draws it
WRITE_AFTER_MAP_S = 5.0


def release_writes_soon() -> None:
    """Let the table's copy on disk (held while the records loaded) be written once the
    browser has drawn the map: on two cores, the copy and the drawing would share them."""
    if writes_held():
        timer = threading.Timer(WRITE_AFTER_MAP_S, release_writes)
        timer.daemon = True
        timer.start()


def map_json(deck) -> str:
    """The deck's JSON as the map gets it: the unchanging basemap data as files beside it."""
    return deck.to_json(data_urls=static_data_urls(deck))


def _on_loading_map_value() -> None:
    """What the loading map reports: its size (exports draw the frame the screen shows)."""
    value = st.session_state.get("map")
    size = map_size_from_value(value) if isinstance(value, dict) else None
    if size is not None:
        st.session_state["map_size"] = size


def theme_type() -> str:
    try:
        return str(st.context.theme.type or "light")
    except Exception:  # noqa: BLE001 - older Streamlit without st.context.theme
        return "light"
