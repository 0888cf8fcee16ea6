"""Selected records -> the flows and routes a map draws, strongest first, capped.

Flows are grouped by (origin cluster, destination cluster, category) with integer codes: one
int64 key per record, factorised by hashing, then ``np.bincount`` for every sum. Only the kept
groups are materialised, so a million records cost tens of milliseconds and the map never gets
more than ``top_n`` arcs.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from flows.cluster import Clusters
from flows.filters import codes_of
from flows.table.model import RecordTable

WIDTH_BY = ("records", "quantity")
MAX_ARCS = 2000  # never more arcs than this, whatever the view asks

AGG_COLUMNS = [
    "origin_id",
    "dest_id",
    "category",
    "origin_name",
    "origin_country",
    "origin_lon",
    "origin_lat",
    "dest_name",
    "dest_country",
    "dest_lon",
    "dest_lat",
    "n_records",
    "n_sources",
    "quantity",
    "quantity_estimate",
    "weight",
    "t_min",
    "t_max",
]
ROUTE_COLUMNS = ["route_key", "category", "n_records", "stop_ids", "stop_names", "path"]


def haversine_km(lon1, lat1, lon2, lat2) -> np.ndarray:
    """Great-circle distance in km between arrays of points."""
    lon1, lat1, lon2, lat2 = (
        np.radians(np.asarray(v, dtype=float)) for v in (lon1, lat1, lon2, lat2)
    )
    a = (
        np.sin((lat2 - lat1) / 2) ** 2
        + np.cos(lat1) * np.cos(lat2) * np.sin((lon2 - lon1) / 2) ** 2
    )
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.clip(a, 0, 1)))


def drawable(table: RecordTable) -> np.ndarray:
    """Per record: both endpoints resolved, with coordinates, at least 1 km apart."""
    if "drawable" not in table._cache:
        lon0, lat0 = table.endpoint("origin", "lon"), table.endpoint("origin", "lat")
        lon1, lat1 = table.endpoint("dest", "lon"), table.endpoint("dest", "lat")
        with np.errstate(invalid="ignore"):
            far = haversine_km(lon0, lat0, lon1, lat1) >= 1.0
        table._cache["drawable"] = (
            far & ~np.isnan(lon0.astype(float)) & ~np.isnan(lon1.astype(float))
        )
    return table._cache["drawable"]


def group_keys(keys: list[np.ndarray], sizes: list[int]) -> tuple[np.ndarray, int, np.ndarray]:
    """Group rows by several integer code columns (codes >= 0).

    Returns (group per row, number of groups, index of the first row of each group); groups
    are numbered in order of first appearance.
    """
    key = np.zeros(len(keys[0]), dtype=np.int64)
    for codes, size in zip(keys, sizes, strict=True):
        key = key * (size + 1) + (codes + 1)
    group, uniques = pd.factorize(key)
    n_groups = len(uniques)
    first = np.empty(n_groups, dtype=np.int64)
    # assigning in reverse order leaves the first occurrence of every group
    first[group[::-1]] = np.arange(len(group) - 1, -1, -1)
    return group.astype(np.int64), n_groups, first


def strongest(weight: np.ndarray, tiebreak: np.ndarray, top_n: int | None) -> np.ndarray:
    """Indices of the ``top_n`` largest weights, by weight then tiebreak then index."""
    if top_n is None or top_n >= len(weight):
        return np.lexsort((np.arange(len(weight)), -tiebreak, -weight))
    candidates = np.argpartition(-weight, top_n - 1)[:top_n]
    # include every group tied with the weakest one kept, so that ties are resolved stably
    cutoff = weight[candidates].min()
    candidates = np.flatnonzero(weight >= cutoff)
    ranked = candidates[np.lexsort((candidates, -tiebreak[candidates], -weight[candidates]))]
    return ranked[:top_n]


def dominant_unit(table: RecordTable, rows: np.ndarray) -> str | None:
    """The quantity unit most of ``rows`` give, or None when none gives a figure."""
    codes = codes_of(table, "quantity_unit")[rows]
    given = ~np.isnan(table.records["quantity_value"].to_numpy(dtype=float)[rows])
    codes = codes[given & (codes >= 0)]
    if codes.size == 0:
        return None
    values = table.records["quantity_unit"].cat.categories
    return str(values[int(np.argmax(np.bincount(codes, minlength=len(values))))])


def _reduce(
    group: np.ndarray, values: np.ndarray, n_groups: int, keep: np.ndarray, ufunc
) -> np.ndarray:
    """min/max of ``values`` per kept group (NaN where a group has none)."""
    wanted = np.zeros(n_groups, dtype=bool)
    wanted[keep] = True
    sel = wanted[group] & ~np.isnan(values)
    out = np.full(n_groups, np.nan)
    ufunc.at(out, group[sel], values[sel])
    return out[keep]


def _empty_flows(unit: str | None) -> pd.DataFrame:
    out = pd.DataFrame(columns=AGG_COLUMNS)
    out.attrs["unit"] = unit
    return out


def aggregate_flows(
    table: RecordTable,
    rows: np.ndarray,
    clusters: Clusters,
    width_by: str = "records",
    top_n: int | None = 150,
    unit: str | None = None,
) -> tuple[pd.DataFrame, int]:
    """Aggregate records into flows by (origin, destination, category), strongest first.

    Parameters
    ----------
    rows
        Selected record rows. Records without two drawable endpoints are left out, and so are
        records whose two ends fall in the same cluster (a flow inside a country, seen from afar).
    clusters
        Places grouped at the view's level (:func:`flows.cluster.cluster_places`).
    width_by
        ``"records"``: weight = number of records. ``"quantity"``: weight = sum of the
        quantities given in ``unit`` (default: the unit most records give), so that only
        comparable figures are added; flows without such a figure get weight 0.
    top_n
        Keep the strongest ``top_n`` flows (None keeps all, capped at :data:`MAX_ARCS`). Ties are
        broken by the number of records, then by first appearance, so the result is stable.

    Returns
    -------
    (flows, total)
        ``flows`` has the columns of :data:`AGG_COLUMNS` (one row per cluster pair and
        category); ``total`` is the number of flows before the cap ("showing N of M flows");
        ``flows.attrs["unit"]`` is the unit of ``quantity``.
    """
    if width_by not in WIDTH_BY:
        raise ValueError(f"width_by is '{width_by}': use one of {', '.join(WIDTH_BY)}")
    rows = np.asarray(rows, dtype=np.int64)
    if unit is None:
        unit = dominant_unit(table, rows) if len(rows) else None
    records = table.records
    o = clusters.of(records["origin"].to_numpy()[rows])
    d = clusters.of(records["dest"].to_numpy()[rows])
    c = codes_of(table, "category")[rows]
    ok = drawable(table)[rows] & (o >= 0) & (d >= 0) & (o != d) & (c >= 0)
    rows, o, d, c = rows[ok], o[ok], d[ok], c[ok]
    if rows.size == 0:
        return _empty_flows(unit), 0
    n_clusters = len(clusters.table)
    group, n_groups, first = group_keys([o, d, c], [n_clusters, n_clusters, 8])
    n_records = np.bincount(group, minlength=n_groups)
    n_sources = np.bincount(
        group, weights=records["n_sources"].to_numpy(dtype=float)[rows], minlength=n_groups
    )
    if unit is not None:
        qv = records["quantity_value"].to_numpy(dtype=float)[rows]
        units = records["quantity_unit"].cat.categories
        unit_code = units.get_loc(unit) if unit in units else -2
        same = (codes_of(table, "quantity_unit")[rows] == unit_code) & ~np.isnan(qv)
        quantity = np.bincount(group, weights=np.where(same, qv, 0.0), minlength=n_groups)
        has_qty = np.bincount(group, weights=same.astype(float), minlength=n_groups) > 0
        quantity = np.where(has_qty, quantity, np.nan)
        guessed = records["quantity_estimate"].to_numpy(dtype=bool)[rows] & same
        estimate = np.bincount(group, weights=guessed.astype(float), minlength=n_groups) > 0
    else:
        quantity = np.full(n_groups, np.nan)
        estimate = np.zeros(n_groups, dtype=bool)
    weight = n_records.astype(float) if width_by == "records" else np.nan_to_num(quantity)
    cap = MAX_ARCS if top_n is None else min(int(top_n), MAX_ARCS)
    keep = strongest(weight, n_records.astype(float), cap)
    t_min = _reduce(group, records["t_start"].to_numpy(dtype=float)[rows], n_groups, keep, np.fmin)
    t_max = _reduce(group, records["t_end"].to_numpy(dtype=float)[rows], n_groups, keep, np.fmax)
    heads = first[keep]
    ko, kd = o[heads], d[heads]
    ct = clusters.table
    categories = np.asarray(records["category"].cat.categories, dtype=object)

    def place(name: str, idx: np.ndarray) -> np.ndarray:
        return ct[name].to_numpy()[idx]

    out = pd.DataFrame(
        {
            "origin_id": place("id", ko),
            "dest_id": place("id", kd),
            "category": categories[c[heads]],
            "origin_name": place("name", ko),
            "origin_country": place("country_code", ko),
            "origin_lon": place("lon", ko).astype(float),
            "origin_lat": place("lat", ko).astype(float),
            "dest_name": place("name", kd),
            "dest_country": place("country_code", kd),
            "dest_lon": place("lon", kd).astype(float),
            "dest_lat": place("lat", kd).astype(float),
            "n_records": n_records[keep].astype(np.int64),
            "n_sources": n_sources[keep].astype(np.int64),
            "quantity": quantity[keep],
            "quantity_estimate": estimate[keep],
            "weight": weight[keep],
            "t_min": t_min,
            "t_max": t_max,
        }
    )
    out.attrs["unit"] = unit
    return out, int(n_groups)


def aggregate_routes(
    table: RecordTable, rows: np.ndarray, top_n: int | None = 150
) -> tuple[pd.DataFrame, int]:
    """Records with transit places as routes: origin -> via... -> destination, by category.

    Returns ``(routes, total)``; ``routes`` has ``route_key`` (``"origin|via|...|dest"`` of place
    ids), ``category``, ``n_records``, ``stop_ids``, ``stop_names`` and ``path`` (a list of
    (lon, lat)), strongest first; routes whose places lack coordinates are left out.
    """
    rows = np.asarray(rows, dtype=np.int64)
    records = table.records
    path = table.via_path[rows]
    o = records["origin"].to_numpy()[rows].astype(np.int64)
    d = records["dest"].to_numpy()[rows].astype(np.int64)
    c = codes_of(table, "category")[rows]
    ok = (path >= 0) & (o >= 0) & (d >= 0) & (c >= 0)
    rows, path, o, d, c = rows[ok], path[ok].astype(np.int64), o[ok], d[ok], c[ok]
    if rows.size == 0:
        return pd.DataFrame(columns=ROUTE_COLUMNS), 0
    n_places = len(table.places)
    group, n_groups, first = group_keys(
        [o, path, d, c], [n_places, int(path.max()) + 1, n_places, 8]
    )
    n_records = np.bincount(group, minlength=n_groups)
    ids = table.places["id"].to_numpy(dtype=object)
    names = table.places["name"].to_numpy(dtype=object)
    lon = table.places["lon"].to_numpy(dtype=float)
    lat = table.places["lat"].to_numpy(dtype=float)
    categories = np.asarray(records["category"].cat.categories, dtype=object)
    out_rows = []
    # walk the groups strongest first until top_n drawable routes are found
    limit = MAX_ARCS if top_n is None else min(int(top_n), MAX_ARCS)
    for g in strongest(n_records.astype(float), np.zeros(n_groups), None):
        r = rows[first[g]]
        via = table.via.values[table.via.offsets[r] : table.via.offsets[r + 1]]
        stops = [int(o[first[g]]), *via.tolist(), int(d[first[g]])]
        if any(np.isnan(lon[s]) or np.isnan(lat[s]) for s in stops):
            continue
        out_rows.append(
            {
                "route_key": "|".join(ids[s] for s in stops),
                "category": categories[c[first[g]]],
                "n_records": int(n_records[g]),
                "stop_ids": [ids[s] for s in stops],
                "stop_names": [names[s] for s in stops],
                "path": [(float(lon[s]), float(lat[s])) for s in stops],
            }
        )
        if len(out_rows) >= limit:
            break
    return pd.DataFrame(out_rows, columns=ROUTE_COLUMNS), int(n_groups)
