"""Everything the Explorer page shows for one view, computed without Streamlit.

:func:`build_page` is the page's whole work after a filter change: the pipeline's answer
(:func:`flows.pipeline.answer_view`), the deck, the legend, the footnote, the timeline chart,
one page of the records table and the details of a selection. The Streamlit page only puts
these on screen, and ``flows bench`` times this same function, so the benchmark measures what
a user waits for.
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass

import numpy as np
import pandas as pd

from flows import pipeline
from flows.i18n import format_integer, gettext, ngettext, use_language
from flows.picks import rows_of_flow, rows_of_place, rows_of_route
from flows.render.deck import LIGHT, CompactDeck, Theme, deck_of, static_data_name
from flows.render.details import build_details_html, table_of_records
from flows.render.legend import legend_for
from flows.render.timeline import build_timeline_chart
from flows.table.frame import records_frame, sources_of
from flows.table.model import RecordTable
from flows.texts import disclaimer
from flows.views import View, describe_period
from flows.vocab import category_label
from geodata.names import localize_names

PAGE_ROWS = 500  # records per page of the table
DETAILS_LIMIT = 40  # records shown in full behind a selection


@dataclass
class PageContent:
    """What the page draws (see :func:`build_page`)."""

    answer: pipeline.ViewAnswer
    deck: CompactDeck | None
    legend_html: str
    footnote_html: str
    timeline_chart: dict | None  # a Vega-Lite spec, None without dated records
    page: int
    n_pages: int
    page_rows: np.ndarray
    table: pd.DataFrame
    details_heading: str
    details_rows: np.ndarray
    details_html: str | None


def selection_rows(selection: dict | None, answer: pipeline.ViewAnswer) -> tuple[str, np.ndarray]:
    """What was clicked on the map, in words, and the selected rows behind it."""
    table, rows, clusters = answer.table, answer.rows, answer.clusters
    none = rows[:0]
    if not selection:
        return "", none
    kind = selection.get("kind")
    cluster_names = dict(zip(clusters.table["id"], clusters.table["name"], strict=True))
    names = {**table.place_names, **cluster_names, **answer.names}
    if answer.lang != "en":
        names.update(pipeline._cluster_names(clusters, answer.lang))
    if kind == "flow":
        found = rows_of_flow(
            table,
            rows,
            clusters,
            selection["origin_id"],
            selection["dest_id"],
            selection["category"],
        )
        if not len(found):
            return gettext("The selected flow"), found
        label = category_label(selection["category"])
        origin = names.get(selection["origin_id"], selection["origin_id"])
        dest = names.get(selection["dest_id"], selection["dest_id"])
        return f"{origin} → {dest}, {label}", found
    if kind == "route":
        found = rows_of_route(table, rows, selection["route_key"], selection["category"])
        if not len(found):
            return gettext("The selected route"), found
        stops = [names.get(s, s) for s in selection["route_key"].split("|")]
        label = category_label(selection["category"])
        route = gettext("{origin} → {destination} via {places}").format(
            origin=stops[0], destination=stops[-1], places=", ".join(stops[1:-1])
        )
        return f"{route}, {label}", found
    if kind == "hub":
        found = rows_of_place(table, rows, clusters, selection["place_id"])
        name = selection.get("name") or names.get(selection["place_id"])
        return gettext("Records at {place}").format(place=name or selection["place_id"]), found
    return "", none


def footnote_html(n_records: int, n_sources: int, view: View) -> str:
    """Counts, period and the boundary disclaimer under the map, in the reader's language."""
    period = describe_period(view.filters.period)  # the same wording as the title
    records = ngettext("{n} record", "{n} records", n_records).format(n=format_integer(n_records))
    sources = ngettext("from {n} source", "from {n} sources", n_sources).format(
        n=format_integer(n_sources)
    )
    period_text = gettext("period: {period}").format(period=period)
    text = f"{records} {sources} · {period_text} · {disclaimer()}"
    return '<div style="font-size:16px;opacity:.85;margin-top:4px">' + html.escape(text) + "</div>"


def build_page(
    table: RecordTable,
    view: View,
    shapes: list[dict],
    *,
    theme: Theme = LIGHT,
    selection: dict | None = None,
    table_selection: list[int] | None = None,
    page: int = 1,
    briefing: bool = False,
) -> PageContent:
    """The page of ``view``: map, legend, footnote, timeline, a page of the table, details.

    ``table_selection`` are the rows picked in the table (positions in the page shown),
    ``selection`` what was clicked on the map; both are emphasised on the map and detailed.
    In briefing mode the timeline, the table and the details are not shown, so not made.
    Every text and place name is in the view's language (else the current one).
    """
    with use_language(view.lang or None):
        return _build_page(
            table,
            view,
            shapes,
            theme=theme,
            selection=selection,
            table_selection=table_selection,
            page=page,
            briefing=briefing,
        )


def _build_page(
    table: RecordTable,
    view: View,
    shapes: list[dict],
    *,
    theme: Theme,
    selection: dict | None,
    table_selection: list[int] | None,
    page: int,
    briefing: bool,
) -> PageContent:
    answer = pipeline.answer_view(table, view, timeline=not briefing)
    names = answer.names
    n_pages = max(1, -(-answer.n_records // PAGE_ROWS))
    page = min(max(int(page or 1), 1), n_pages)
    page_rows = answer.rows[(page - 1) * PAGE_ROWS : page * PAGE_ROWS]
    picked = page_rows[[i for i in (table_selection or []) if 0 <= i < len(page_rows)]]
    heading, behind = selection_rows(selection, answer)
    if not selection and len(picked):
        heading, behind = gettext("Records selected in the table"), picked
    marked = picked if len(picked) else behind
    if len(marked):
        answer.highlight = pipeline.highlight_flows(answer, marked)
    legend = legend_for(answer, dark=theme.dark)
    chart = None
    if not briefing and not answer.timeline.empty:
        chart = build_timeline_chart(
            answer.timeline, view.filters.period, answer.timeline_precision, answer.timeline_bounds
        )
    details = None
    if heading and len(behind) and not briefing:
        shown = behind[:DETAILS_LIMIT]
        details = build_details_html(
            localize_names(records_frame(table, shown), names),
            sources_of(table, shown),
            heading,
            limit=DETAILS_LIMIT,
            total=len(behind),
        )
    frame = (
        table_of_records(localize_names(records_frame(table, page_rows), names), limit=PAGE_ROWS)
        if not briefing
        else pd.DataFrame()
    )
    return PageContent(
        answer=answer,
        deck=deck_of(answer, shapes, theme) if answer.n_records else None,
        legend_html=legend,
        footnote_html=footnote_html(answer.n_records, answer.figures.n_sources, view),
        timeline_chart=chart,
        page=page,
        n_pages=n_pages,
        page_rows=page_rows,
        table=frame,
        details_heading=heading,
        details_rows=behind,
        details_html=details,
    )


def page_payload(content: PageContent) -> dict[str, int]:
    """Bytes the page sends to the browser for ``content``, by part (what Streamlit serialises:
    the deck's JSON, the chart's Vega-Lite spec with its data, the table as Arrow IPC)."""
    import pyarrow as pa

    deck = content.deck
    # the basemap's borders are a file the browser fetches once (dashboard/mapcomponent.py),
    # not part of each rerun: their address is sent instead
    sizes = {"map": 0}
    if deck is not None:
        urls = {p: static_data_name(p, text) for p, text in deck.static_data().items()}
        sizes["map"] = len(deck.to_json(data_urls=urls).encode())
    sizes["timeline"] = (
        len(json.dumps(content.timeline_chart).encode()) if content.timeline_chart else 0
    )
    sink = pa.BufferOutputStream()
    frame = pa.Table.from_pandas(content.table, preserve_index=False)
    with pa.ipc.new_stream(sink, frame.schema) as writer:
        writer.write_table(frame)
    sizes["table"] = sink.getvalue().size
    sizes["html"] = len(content.legend_html) + len(content.footnote_html)
    sizes["html"] += len(content.details_html or "")
    return sizes
