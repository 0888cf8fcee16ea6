"""The explorer's sections around the map: the timeline chart, the export of the view on
screen, the sources behind a click or a table selection (with Clear selection), and the
paged records table whose selected rows are read back for the next run.
"""

from __future__ import annotations

from functools import partial

import streamlit as st

from dashboard.language import in_this_language
from flows import messages as msg
from flows.export.api import render_snapshot, suggested_filename
from flows.export.formats import FORMATS, IMAGE_FORMATS, MIME_TYPES
from flows.i18n import format_integer, gettext
from flows.page import PAGE_ROWS, PageContent
from flows.table.model import RecordTable
from flows.views import View
from geodata.countries import load_countries

TIMELINE_HEIGHT = 230


def timeline(content: PageContent) -> None:
    if content.timeline_chart is None:
        st.caption(gettext("No dated record in this selection: no timeline."))
        return
    st.vega_lite_chart(spec=content.timeline_chart, width="stretch", height=TIMELINE_HEIGHT)


def export_controls(view: View, table: RecordTable) -> None:
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


def table_selection() -> list[int]:
    """Rows picked in the table (positions in the page shown)."""
    state = st.session_state.get("table")
    try:
        return list(state["selection"]["rows"])
    except (KeyError, TypeError):
        return []


def _clear_selection() -> None:
    st.session_state["selection"] = None


def selection_details(content: PageContent) -> None:
    st.subheader(gettext("Sources behind the selection"))
    if not content.details_heading:
        st.caption(gettext(msg.DETAILS_HINT))
        return
    st.button(gettext("Clear selection"), on_click=_clear_selection)
    if content.details_html is None:
        st.info(gettext("The selected item is not in the current filters."))
        return
    st.html(content.details_html)


def records_table(content: PageContent) -> None:
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
