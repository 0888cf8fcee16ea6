"""The record table written as a Parquet file of records that every loader reads back.

The columns are the spreadsheet columns (:func:`flows.load.spreadsheet_columns`), with
``via``, ``via_country`` and ``actors`` as lists of text: ``flows build`` writes its flows
layer this way (plus GIS columns and the arcs as GeoParquet geometry) and ``flows synth``
writes synthetic records this way, so ``--data FILE.parquet`` and ``FLOWS_EXTRA_DATA`` load
them as they load a CSV.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pyarrow as pa

from flows.load import _MAX_SOURCES, _SOURCE
from flows.table.dates import format_dates
from flows.table.model import RecordTable


def _prefix(n: int) -> str:
    return "source" if n == 1 else f"source{n}"


def _strings(values) -> pa.Array:
    array = np.asarray(values, dtype=object)
    return pa.array([None if v is None or v != v else str(v) for v in array], pa.string())


def _category(series) -> pa.Array:
    return pa.array(series.astype(object).where(series.notna(), None), pa.string())


def _text(series) -> pa.Array:
    return pa.array(series, pa.large_string()).cast(pa.string())


def records_arrow(table: RecordTable) -> pa.Table:
    """One row per record, in the record file layout (see the module docstring)."""
    r = table.records
    n = len(r)
    places = table.places
    code = np.append(places["country_code"].to_numpy(dtype=object), None)
    names = places["name"].to_numpy(dtype=object)
    # A first-level division is named like its capital ("Agadez"): "Agadez region" reads back as
    # the division, where the bare name would read back as the city.
    ids = places["id"].to_numpy(dtype=object)
    via_names = np.array(
        [
            f"{n} region" if str(i).startswith("admin1:") else n
            for n, i in zip(names, ids, strict=True)
        ],
        dtype=object,
    )
    columns: dict[str, pa.Array] = {"id": _text(r["id"])}
    for name in ("category", "commodity"):
        columns[name] = _category(r[name])
    # the name as the source gives it, with the country it resolved to as the hint
    columns["origin"] = _category(r["origin_label"])
    columns["origin_country"] = _strings(code[r["origin"].to_numpy()])
    columns["destination"] = _category(r["dest_label"])
    columns["destination_country"] = _strings(code[r["dest"].to_numpy()])
    via = table.via
    columns["via"] = pa.ListArray.from_arrays(
        pa.array(via.offsets, pa.int32()), pa.array(via_names[via.values].tolist(), pa.string())
    )
    # each transit place's country, item by item: a name several places bear reads back as
    # the one written ("Trinidad" + TT), as origin_country does for the ends
    columns["via_country"] = pa.ListArray.from_arrays(
        pa.array(via.offsets, pa.int32()), _strings(code[via.values])
    )
    has_end = r["end_precision"].to_numpy() > 0
    columns["period_start"] = _strings(
        format_dates(r["start_day"].to_numpy(), r["start_precision"].to_numpy())
    )
    end = format_dates(r["end_day"].to_numpy(), r["end_precision"].to_numpy())
    columns["period_end"] = _strings(np.where(has_end, end, None))
    actors = table.actors
    columns["actors"] = pa.ListArray.from_arrays(
        pa.array(actors.offsets, pa.int32()),
        pa.array(table.actor_names[actors.values].tolist(), pa.string()),
    )
    for name in ("status", "verification"):
        columns[name] = _category(r[name])
    columns["confidence"] = pa.array(r["confidence"].to_numpy(dtype=float))
    columns["summary"] = _text(r["summary"])
    columns["notes"] = _text(r["notes"])
    columns["reviewed_by"] = _category(r["reviewed_by"])
    columns["reviewed_at"] = _text(r["reviewed_at"])
    qv = r["quantity_value"].to_numpy(dtype=float)
    columns["quantity_value"] = pa.array(qv, mask=np.isnan(qv))
    qm = r["quantity_value_max"].to_numpy(dtype=float)
    columns["quantity_value_max"] = pa.array(qm, mask=np.isnan(qm))
    columns["quantity_unit"] = _category(r["quantity_unit"])
    columns["quantity_what"] = _category(r["quantity_what"])
    columns["quantity_estimate"] = pa.array(
        r["quantity_estimate"].to_numpy(dtype=bool), mask=np.isnan(qv)
    )
    src = table.sources
    rows = src["row"].to_numpy(np.int64)
    index = src["source_index"].to_numpy(np.int64)
    for k in range(_MAX_SOURCES):
        pick = np.flatnonzero(index == k)
        for field in _SOURCE:
            full = np.full(n, None, dtype=object)
            values = src[field].astype(object).to_numpy()[pick]
            full[rows[pick]] = [None if v != v else v for v in values]
            columns[f"{_prefix(k + 1)}_{field}"] = _strings(full)
    return pa.table(columns)


def dropped_sources(table: RecordTable) -> int:
    """Sources beyond the five a record file holds (they are not written)."""
    return int((table.sources["source_index"].to_numpy() >= _MAX_SOURCES).sum())


def write_records(table: RecordTable, path: str | Path) -> Path:
    """Write ``table`` as a Parquet file of records (atomically: a temporary file, renamed)."""
    import pyarrow.parquet as pq

    from flows.export.atomic import atomic_path

    path = Path(path)
    data = records_arrow(table)
    with atomic_path(path) as tmp:
        pq.write_table(data, tmp, compression="zstd")
    return path
