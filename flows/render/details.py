"""Detail panels for the records behind a selected flow, route or hub, as escaped HTML.

Titles, publishers and evidence come from documents: every one goes through html.escape, and
links are made only from http(s) URLs. A title like ``<img src=x onerror=alert(1)>`` therefore
shows those characters and runs nothing.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

import pandas as pd

from flows.formulas import neutralise_formulas
from flows.quantities import format_quantity
from flows.vocab import CATEGORY_LABELS, category_hex

_STYLE = """
<style>
.flows-details{font-size:17px;line-height:1.4}
.flows-details .rec{border-left:5px solid #888;padding:6px 12px;margin:10px 0;
  background:rgba(128,128,128,.07);border-radius:4px}
.flows-details .rec h5{font-size:18px;margin:0 0 4px 0}
.flows-details .meta{font-size:15px;opacity:.85}
.flows-details ul{margin:4px 0 2px 18px;padding:0}
.flows-details blockquote{margin:4px 0 4px 0;padding:2px 10px;border-left:3px solid #aaa;
  font-style:italic}
.flows-details .badge{display:inline-block;padding:0 6px;border-radius:8px;font-size:14px;
  border:1px solid #8886;margin-right:4px}
</style>
"""


def _e(value: object) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return html.escape(str(value), quote=True)


def safe_link(url: object, text: str) -> str:
    """An anchor for http(s) URLs only; anything else is shown as escaped text.

    >>> safe_link("javascript:alert(1)", "x")
    'x (javascript:alert(1))'
    """
    text_e = _e(text)
    if isinstance(url, str) and url.lower().startswith(("http://", "https://")):
        return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{text_e}</a>'
    if isinstance(url, str) and url:
        return f"{text_e} ({_e(url)})"
    return text_e


def _period(row: pd.Series) -> str:
    start, end = row.get("period_start"), row.get("period_end")
    start = None if pd.isna(start) else start
    end = None if pd.isna(end) else end
    if start and end and start != end:
        return f"{start} to {end}"
    return str(start or end or "dates not given")


def _place(row: pd.Series, prefix: str) -> str:
    for column in (f"{prefix}_name", f"{prefix}_label"):
        value = row.get(column)
        if value is not None and not (isinstance(value, float) and math.isnan(value)) and value:
            return str(value)
    return "(origin not given)" if prefix == "origin" else "(destination not given)"


def _quantity(row: pd.Series) -> str:
    return format_quantity(
        row.get("quantity_value"),
        row.get("quantity_value_max"),
        row.get("quantity_unit"),
        row.get("quantity_what"),
        row.get("quantity_estimate", False),
    )


def _names(values: object) -> str:
    if values is None or (isinstance(values, float) and math.isnan(values)):
        return ""
    if isinstance(values, str):
        return values
    return ", ".join(str(v) for v in values)


def reviewed_line(status: str, by: object, at: object) -> str:
    """The line "Reviewed by NAME on DATE" for a reviewed record ("" for others).

    >>> reviewed_line("reviewed", "Rita Reviewer", "2025-03-04T10:11:12+00:00")
    'Reviewed by Rita Reviewer on 2025-03-04'
    >>> reviewed_line("reviewed", None, None), reviewed_line("curated", "x", "2025-01-01")
    ('Reviewed (reviewer not recorded)', '')
    """
    if status != "reviewed":
        return ""
    by = "" if by is None or (isinstance(by, float) and math.isnan(by)) else str(by).strip()
    at = "" if at is None or (isinstance(at, float) and math.isnan(at)) else str(at).strip()
    if not by:
        return "Reviewed (reviewer not recorded)"
    return f"Reviewed by {by}" + (f" on {at[:10]}" if at else "")


def _sources_html(sources: pd.DataFrame, status: str) -> str:
    items = []
    for src in sources.itertuples(index=False):
        title = getattr(src, "title", "") or "(untitled)"
        bits = [safe_link(getattr(src, "url", None), title)]
        publisher = getattr(src, "publisher", None)
        published = getattr(src, "published", None)
        meta = ", ".join(_e(x) for x in (publisher, published) if x and not pd.isna(x))
        if meta:
            bits.append(f" - {meta}")
        evidence = getattr(src, "evidence", None)
        if evidence and not pd.isna(evidence):
            label = "Evidence" if status in ("extracted", "reviewed") else "Quote"
            bits.append(f"<blockquote>{label}: &ldquo;{_e(evidence)}&rdquo;</blockquote>")
        items.append(f"<li>{''.join(bits)}</li>")
    if not items:
        return '<div class="meta">No source listed.</div>'
    return "<ul>" + "".join(items) + "</ul>"


def build_details_html(
    records: pd.DataFrame,
    sources: pd.DataFrame,
    heading: str,
    limit: int = 40,
    total: int | None = None,
) -> str:
    """HTML for the records in ``records`` (rows of the flows table) and all their sources.

    Parameters
    ----------
    records
        The records behind the selection.
    sources
        One row per (record, source): ``record_id``, ``title``, ``publisher``, ``url``,
        ``published``, ``evidence``.
    heading
        What was selected, e.g. "Kyiv → Warsaw, weapons" (escaped here).
    limit
        Records shown in full; the rest are counted.
    total
        How many records are behind the selection when ``records`` holds only the first ones
        (default: ``len(records)``).
    """
    total = len(records) if total is None else total
    shown = records.head(limit)
    by_record = {
        rid: group
        for rid, group in sources[sources["record_id"].isin(shown["id"])].groupby(
            "record_id", sort=False
        )
    }
    parts = [_STYLE, '<div class="flows-details">']
    parts.append(f"<h4>{_e(heading)}: {total:,} record{'s' if total != 1 else ''}</h4>")
    for _, row in shown.iterrows():
        category = str(row.get("category", "other"))
        route = f"{_e(_place(row, 'origin'))} → {_e(_place(row, 'dest'))}"
        via = _names(row.get("via_names"))
        if via:
            route += f" (via {_e(via)})"
        status = str(row.get("status", ""))
        badges = "".join(
            f'<span class="badge">{_e(b)}</span>'
            for b in (
                CATEGORY_LABELS.get(category, category),
                status,
                row.get("verification", ""),
                f"confidence {float(row.get('confidence', 0)):.2f}",
            )
        )
        lines = [
            f'<div class="rec" style="border-left-color:{category_hex(category)}">',
            f"<h5>{route}</h5>",
            f'<div class="meta">{badges} {_e(_period(row))} · id {_e(row.get("id"))}</div>',
        ]
        reviewed = reviewed_line(status, row.get("reviewed_by"), row.get("reviewed_at"))
        if reviewed:
            lines.append(f'<div class="meta reviewed">{_e(reviewed)}</div>')
        commodity = row.get("commodity")
        if commodity and not pd.isna(commodity):
            lines.append(f"<div>Commodity: {_e(commodity)}</div>")
        quantity = _quantity(row)
        if quantity:
            lines.append(f"<div>Figure given: {_e(quantity)}</div>")
        actors = _names(row.get("actors"))
        if actors:
            lines.append(f"<div>Actors: {_e(actors)}</div>")
        summary = row.get("summary")
        if summary and not pd.isna(summary):
            lines.append(f"<div>{_e(summary)}</div>")
        group = by_record.get(row.get("id"))
        lines.append(_sources_html(group if group is not None else sources.iloc[0:0], status))
        lines.append("</div>")
        parts.append("".join(lines))
    if total > len(shown):
        parts.append(
            f'<div class="meta">{total - len(shown):,} more records: narrow the filters '
            "or use the table below.</div>"
        )
    parts.append("</div>")
    return "".join(parts)


def table_of_records(records: pd.DataFrame, limit: int = 1000) -> pd.DataFrame:
    """The linked table: one readable row per record (lists joined), at most ``limit`` rows."""
    cols = {
        "id": "id",
        "category": "category",
        "commodity": "commodity",
        "origin_name": "origin",
        "dest_name": "destination",
        "via_names": "via",
        "period_start": "from",
        "period_end": "to",
        "status": "status",
        "verification": "verification",
        "confidence": "confidence",
        "n_sources": "sources",
        "publishers": "publishers",
    }
    present = [c for c in cols if c in records]
    out = pd.DataFrame(records[present].head(limit)).rename(columns=cols)
    for column in ("via", "publishers"):
        if column in out:
            out[column] = out[column].map(_names)
    for column in out.columns:
        if isinstance(out[column].dtype, pd.CategoricalDtype):
            out[column] = out[column].astype(object)
    # The table's toolbar downloads it as CSV: text from documents must stay text there.
    return neutralise_formulas(out.reset_index(drop=True))


def count_sources(sources: pd.DataFrame, record_ids: Iterable[str]) -> int:
    """Distinct sources (title + publisher + URL) behind ``record_ids``."""
    sub = sources[sources["record_id"].isin(set(record_ids))]
    return int(sub[["title", "publisher", "url"]].astype(str).drop_duplicates().shape[0])
