"""Readable frames of a few rows of the record table: for detail panels, the paged table,
data exports and GIS layers. Lists (transit places, actors, publishers) become Python lists
here, and only for the rows asked for.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from flows.table.dates import format_dates
from flows.table.model import PRECISION_NAMES, SOURCE_FIELDS, RecordTable

FRAME_COLUMNS = [
    "id",
    "category",
    "commodity",
    "status",
    "verification",
    "confidence",
    "period_start",
    "period_end",
    "t_start",
    "t_end",
    "precision",
    "origin_label",
    "origin_id",
    "origin_name",
    "origin_kind",
    "origin_country",
    "origin_countries",
    "origin_lon",
    "origin_lat",
    "dest_label",
    "dest_id",
    "dest_name",
    "dest_kind",
    "dest_country",
    "dest_countries",
    "dest_lon",
    "dest_lat",
    "via_ids",
    "via_names",
    "via_countries",
    "actors",
    "quantity_value",
    "quantity_value_max",
    "quantity_unit",
    "quantity_what",
    "quantity_estimate",
    "n_sources",
    "publishers",
    "summary",
    "notes",
    "reviewed_by",
    "reviewed_at",
    "drawable",
    "not_drawn",
]


def _countries(code: object, members: object) -> list[str]:
    if isinstance(code, str) and code:
        return [code]
    return list(members or ())


def _objects(series: pd.Series) -> np.ndarray:
    """A column as an object array with None for missing values."""
    values = series.to_numpy(dtype=object, na_value=None)
    return values


def records_frame(table: RecordTable, rows: np.ndarray | None = None) -> pd.DataFrame:
    """One row per record of ``rows`` (default: all) with the readable columns of
    :data:`FRAME_COLUMNS`; the index is the row number in the table."""
    from flows.aggregate import drawable

    rows = np.arange(len(table)) if rows is None else np.asarray(rows, dtype=np.int64)
    r = table.records.iloc[rows]
    places = table.places
    out: dict[str, object] = {}
    for name in ("id", "category", "commodity", "status", "verification"):
        out[name] = _objects(r[name])
    out["confidence"] = r["confidence"].to_numpy(dtype=float)
    start_day, start_prec = r["start_day"].to_numpy(), r["start_precision"].to_numpy()
    end_day, end_prec = r["end_day"].to_numpy(), r["end_precision"].to_numpy()
    start = format_dates(start_day, start_prec)
    end = format_dates(end_day, end_prec)
    out["period_start"] = start
    # a record without period_end shows none (its period ends where period_start ends)
    out["period_end"] = np.where(
        (end_prec > 0) & ~((end_prec == start_prec) & (start == end)), end, None
    )
    out["t_start"] = r["t_start"].to_numpy()
    out["t_end"] = r["t_end"].to_numpy()
    out["precision"] = [PRECISION_NAMES[int(p)] for p in start_prec]
    members = np.append(places["members"].to_numpy(dtype=object), None)
    for prefix in ("origin", "dest"):
        idx = r[prefix].to_numpy()
        out[f"{prefix}_label"] = _objects(r[f"{prefix}_label"])
        for name in ("id", "name", "kind"):
            out[f"{prefix}_{name}"] = table.place_column(name)[idx]
        codes = table.place_column("country_code")[idx]
        out[f"{prefix}_country"] = codes
        out[f"{prefix}_countries"] = [
            _countries(c, m) if i >= 0 else []
            for c, m, i in zip(codes, members[idx], idx, strict=True)
        ]
        out[f"{prefix}_lon"] = table.place_column("lon")[idx].astype(float)
        out[f"{prefix}_lat"] = table.place_column("lat")[idx].astype(float)
    via = table.via.take(rows).to_lists()
    ids = places["id"].to_numpy(dtype=object)
    names = places["name"].to_numpy(dtype=object)
    codes = places["country_code"].to_numpy(dtype=object)
    pm = places["members"].to_numpy(dtype=object)
    out["via_ids"] = [[ids[v] for v in vs] for vs in via]
    out["via_names"] = [[names[v] for v in vs] for vs in via]
    out["via_countries"] = [[c for v in vs for c in _countries(codes[v], pm[v])] for vs in via]
    actor_names = table.actor_names
    out["actors"] = [[actor_names[a] for a in xs] for xs in table.actors.take(rows).to_lists()]
    for name in ("quantity_value", "quantity_value_max"):
        out[name] = r[name].to_numpy(dtype=float)
    for name in ("quantity_unit", "quantity_what"):
        out[name] = _objects(r[name])
    out["quantity_estimate"] = r["quantity_estimate"].to_numpy(dtype=bool)
    out["n_sources"] = r["n_sources"].to_numpy(dtype=np.int64)
    out["publishers"] = _publishers(table, rows)
    out["summary"] = np.array([s or "" for s in _objects(r["summary"])], dtype=object)
    out["notes"] = _objects(r["notes"])
    out["reviewed_by"] = _objects(r["reviewed_by"])
    out["reviewed_at"] = _objects(r["reviewed_at"])
    drawn = drawable(table)[rows]
    out["drawable"] = drawn
    out["not_drawn"] = [
        None if d else _why_not(o_lab, o_id, d_lab, d_id)
        for d, o_lab, o_id, d_lab, d_id in zip(
            drawn,
            out["origin_label"],
            out["origin_id"],
            out["dest_label"],
            out["dest_id"],
            strict=True,
        )
    ]
    frame = pd.DataFrame(out, columns=FRAME_COLUMNS)
    frame.index = rows
    return frame


def _end_is_start(r: pd.DataFrame) -> np.ndarray:
    # build_table copies period_start's last day into end_day when period_end is absent;
    # the table keeps no separate flag, so a period_end equal to the start's own span is not
    # repeated (it says nothing period_start does not say)
    same_day = r["end_precision"].to_numpy() == r["start_precision"].to_numpy()
    from flows.table.dates import format_dates as fmt

    a = fmt(r["start_day"].to_numpy(), r["start_precision"].to_numpy())
    b = fmt(r["end_day"].to_numpy(), r["end_precision"].to_numpy())
    return same_day & (a == b)


def _why_not(o_label, o_id, d_label, d_id) -> str:
    if o_id is not None and d_id is not None:
        return "origin and destination are the same place"
    ends = (("origin", o_label, o_id), ("destination", d_label, d_id))
    missing = [n for n, label, _ in ends if label is None]
    unknown = [
        f"{n} '{label}' not in the gazetteer" for n, label, pid in ends if label and pid is None
    ]
    return "; ".join(([f"no {' or '.join(missing)}"] if missing else []) + unknown)


def _publishers(table: RecordTable, rows: np.ndarray) -> list[list[str]]:
    """Per record of ``rows``, its publishers (distinct, sorted)."""
    picked = source_rows(table, rows)
    src = table.sources
    record_rows = src["row"].to_numpy()[picked]
    codes = src["publisher"].cat.codes.to_numpy()[picked]
    names = np.asarray(src["publisher"].cat.categories, dtype=object)
    by_row: dict[int, set] = {}
    for row, code in zip(record_rows.tolist(), codes.tolist(), strict=True):
        if code >= 0:
            by_row.setdefault(row, set()).add(names[code])
    return [sorted(by_row.get(int(r), ())) for r in rows]


def source_rows(table: RecordTable, rows: np.ndarray) -> np.ndarray:
    """Row numbers in ``table.sources`` of the sources of ``rows`` (sources are sorted by row)."""
    rows = np.asarray(rows, dtype=np.int64)
    key = "source_offsets"
    if key not in table._cache:
        counts = np.bincount(table.sources["row"].to_numpy(), minlength=len(table))
        offsets = np.zeros(len(table) + 1, dtype=np.int64)
        np.cumsum(counts, out=offsets[1:])
        table._cache[key] = offsets
    offsets = table._cache[key]
    starts, ends = offsets[rows], offsets[rows + 1]
    lengths = ends - starts
    if not lengths.sum():
        return np.zeros(0, dtype=np.int64)
    first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return first + np.arange(int(lengths.sum()))


SOURCE_COLUMNS = ["record_id", "source_index", *SOURCE_FIELDS]


def sources_of(table: RecordTable, rows: np.ndarray) -> pd.DataFrame:
    """One row per (record, source) of ``rows``: ``record_id`` and the source fields, plus
    ``row`` (the record's row in the table)."""
    picked = table.sources.iloc[source_rows(table, rows)]
    ids = table.records["id"].to_numpy(dtype=object)
    out = pd.DataFrame(
        {"row": picked["row"].to_numpy(), "record_id": ids[picked["row"].to_numpy()]}
    )
    out["source_index"] = picked["source_index"].to_numpy(dtype=np.int64)
    for name in ("title", "publisher", "url", "published", "language", "evidence"):
        values = picked[name].astype(object)
        out[name] = values.where(values.notna(), None).to_numpy()
    for name in ("evidence_start", "evidence_end"):
        out[name] = picked[name].astype(object).where(picked[name].notna(), None).to_numpy()
    return out


def flat_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """List columns joined with '; ' so that GeoPackage and CSV can hold them."""
    out = frame.copy()
    for column in out.columns:
        if (
            column != "geometry"
            and out[column].map(lambda v: isinstance(v, list | tuple | set)).any()
        ):
            out[column] = out[column].map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, list | tuple | set) else v
            )
    return out
