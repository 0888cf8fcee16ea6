"""Detail panels for the records behind a selected flow, route or hub, as escaped HTML.

Titles, publishers and evidence come from documents: every one goes through html.escape, and
links are made only from http(s) URLs. A title like ``<img src=x onerror=alert(1)>`` therefore
shows those characters and runs nothing.
"""

from __future__ import annotations

import html
import math
from collections.abc import Iterable

import numpy as np
import pandas as pd

from flows.formulas import neutralise_value
from flows.i18n import format_fixed, format_integer, format_iso_date, gettext, ngettext
from flows.quantities import format_quantity
from flows.vocab import category_hex, category_label, status_label, verification_label

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


def _float(value: object) -> float:
    try:
        return float(value)  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return 0.0


def _div(text: str) -> str:
    return f"<div>{_e(text)}</div>"


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
        # TRANSLATORS: a record's period, e.g. "June 2022 to March 2023"
        return gettext("{start} to {end}").format(
            start=format_iso_date(start), end=format_iso_date(end)
        )
    if start or end:
        return format_iso_date(start or end)
    return gettext("dates not given")


def _place(row: pd.Series, prefix: str) -> str:
    for column in (f"{prefix}_name", f"{prefix}_label"):
        value = row.get(column)
        if value is not None and not (isinstance(value, float) and math.isnan(value)) and value:
            return str(value)
    return (
        gettext("(origin not given)") if prefix == "origin" else gettext("(destination not given)")
    )


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
    """The line "Reviewed by NAME on DATE" for a reviewed record ("" for others), in the
    reader's language.

    >>> reviewed_line("reviewed", "Rita Reviewer", "2025-03-04T10:11:12+00:00")
    'Reviewed by Rita Reviewer on March 4, 2025'
    >>> reviewed_line("reviewed", None, None), reviewed_line("curated", "x", "2025-01-01")
    ('Reviewed (reviewer not recorded)', '')
    """
    if status != "reviewed":
        return ""
    by = "" if by is None or (isinstance(by, float) and math.isnan(by)) else str(by).strip()
    at = "" if at is None or (isinstance(at, float) and math.isnan(at)) else str(at).strip()
    if not by:
        return gettext("Reviewed (reviewer not recorded)")
    if not at:
        return gettext("Reviewed by {name}").format(name=by)
    return gettext("Reviewed by {name} on {date}").format(name=by, date=format_iso_date(at[:10]))


def _sources_html(sources: pd.DataFrame, status: str) -> str:
    items = []
    for src in sources.itertuples(index=False):
        title = getattr(src, "title", "") or gettext("(untitled)")
        bits = [safe_link(getattr(src, "url", None), title)]
        publisher = getattr(src, "publisher", None)
        published = getattr(src, "published", None)
        if published and not pd.isna(published):
            published = format_iso_date(published)
        meta = ", ".join(_e(x) for x in (publisher, published) if x and not pd.isna(x))
        if meta:
            bits.append(f" - {meta}")
        evidence = getattr(src, "evidence", None)
        if evidence and not pd.isna(evidence):
            label = (
                gettext("Evidence: “{text}”")
                if status in ("extracted", "reviewed")
                else gettext("Quote: “{text}”")
            )
            bits.append(f"<blockquote>{_e(label.format(text=evidence))}</blockquote>")
        items.append(f"<li>{''.join(bits)}</li>")
    if not items:
        return '<div class="meta">' + _e(gettext("No source listed.")) + "</div>"
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
    count = ngettext("{n} record", "{n} records", total).format(n=format_integer(total))
    # TRANSLATORS: what was selected and how many records: "Kyiv → Warsaw, Weapons: 2 records"
    titled = gettext("{heading}: {count}").format(heading=heading, count=count)
    parts.append(f"<h4>{_e(titled)}</h4>")
    for _, row in shown.iterrows():
        category = str(row.get("category", "other"))
        route = f"{_e(_place(row, 'origin'))} → {_e(_place(row, 'dest'))}"
        via = _names(row.get("via_names"))
        if via:
            route += " (" + _e(gettext("via {places}").format(places=via)) + ")"
        status = str(row.get("status", ""))
        confidence = format_fixed(_float(row.get("confidence", 0)))
        badges = "".join(
            f'<span class="badge">{_e(b)}</span>'
            for b in (
                category_label(category),
                status_label(status),
                verification_label(row.get("verification", "")),
                gettext("confidence {value}").format(value=confidence),
            )
        )
        record_id = gettext("id {id}").format(id=row.get("id"))
        lines = [
            f'<div class="rec" style="border-left-color:{category_hex(category)}">',
            f"<h5>{route}</h5>",
            f'<div class="meta">{badges} {_e(_period(row))} · {_e(record_id)}</div>',
        ]
        reviewed = reviewed_line(status, row.get("reviewed_by"), row.get("reviewed_at"))
        if reviewed:
            lines.append(f'<div class="meta reviewed">{_e(reviewed)}</div>')
        commodity = row.get("commodity")
        if commodity and not pd.isna(commodity):
            lines.append(_div(gettext("Commodity: {name}").format(name=commodity)))
        quantity = _quantity(row)
        if quantity:
            lines.append(_div(gettext("Figure given: {figure}").format(figure=quantity)))
        actors = _names(row.get("actors"))
        if actors:
            lines.append(_div(gettext("Actors: {names}").format(names=actors)))
        summary = row.get("summary")
        if summary and not pd.isna(summary):
            lines.append(f"<div>{_e(summary)}</div>")
        group = by_record.get(row.get("id"))
        lines.append(_sources_html(group if group is not None else sources.iloc[0:0], status))
        lines.append("</div>")
        parts.append("".join(lines))
    if total > len(shown):
        more = total - len(shown)
        text = ngettext(
            "{n} more record: narrow the filters or use the table below.",
            "{n} more records: narrow the filters or use the table below.",
            more,
        ).format(n=format_integer(more))
        parts.append(f'<div class="meta">{_e(text)}</div>')
    parts.append("</div>")
    return "".join(parts)


def table_columns() -> dict[str, str]:
    """The linked table's columns: frame column -> header in the reader's language."""
    return {
        "id": gettext("id"),
        "category": gettext("category"),
        "commodity": gettext("commodity"),
        "origin_name": gettext("origin"),
        "dest_name": gettext("destination"),
        "via_names": gettext("via"),
        "period_start": gettext("from"),
        "period_end": gettext("to"),
        "status": gettext("status"),
        "verification": gettext("verification"),
        "confidence": gettext("confidence"),
        "n_sources": gettext("sources"),
        "publishers": gettext("publishers"),
    }


def table_of_records(records: pd.DataFrame, limit: int = 1000) -> pd.DataFrame:
    """The linked table: one readable row per record (lists joined, vocabulary and dates in
    the reader's language), at most ``limit`` rows.

    Text cells are empty where a value is missing (a destination the source omits, not
    "None") and made inert for spreadsheets (the table's toolbar downloads it as CSV: text
    from documents must stay text there). Vocabulary and dates are written once per distinct
    value: a page of 500 rows repeats a handful of categories, statuses and months.
    """
    cols = table_columns()
    page = records[[c for c in cols if c in records]].head(limit)
    out: dict[str, object] = {}
    for column in page.columns:
        values = page[column]
        if column in ("via_names", "publishers"):
            out[column] = np.array([neutralise_value(_names(v)) for v in values], dtype=object)
        elif isinstance(values.dtype, pd.CategoricalDtype) or _is_text(values):
            write = _CELL_TEXT.get(column)
            out[column] = _per_distinct(
                values.to_numpy(dtype=object),
                (lambda v, f=write: neutralise_value(f(v) if isinstance(v, str) else v))
                if write
                else neutralise_value,
            )
        else:
            out[column] = values.to_numpy()
    return pd.DataFrame(out, columns=list(page.columns)).rename(columns=cols)


# How a text cell of these columns is written for the reader (others: as they are).
_CELL_TEXT = {
    "category": category_label,
    "status": status_label,
    "verification": verification_label,
    "period_start": format_iso_date,
    "period_end": format_iso_date,
}


def _is_text(values: pd.Series) -> bool:
    return pd.api.types.is_object_dtype(values) or pd.api.types.is_string_dtype(values)


def _per_distinct(values: np.ndarray, write) -> np.ndarray:
    """``write`` applied once per distinct value of ``values``; missing values are ""."""
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    written = np.empty(len(uniques) + 1, dtype=object)
    written[:-1] = [write(u) for u in uniques]
    written[-1] = ""
    return written[codes]


def count_sources(sources: pd.DataFrame, record_ids: Iterable[str]) -> int:
    """Distinct sources (title + publisher + URL) behind ``record_ids``."""
    sub = sources[sources["record_id"].isin(set(record_ids))]
    return int(sub[["title", "publisher", "url"]].astype(str).drop_duplicates().shape[0])
