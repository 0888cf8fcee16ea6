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


def place_pairs(table: RecordTable) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Per table (computed once): each record's (origin, destination) pair code, and each
    pair's origin and destination (place ids, -1 for none).

    What depends only on a record's two places (its distance, its arc) is then computed once
    per pair, a few thousand, instead of once per record, up to millions.
    """
    if "place_pairs" not in table._cache:
        o = table.records["origin"].to_numpy().astype(np.int64)
        d = table.records["dest"].to_numpy().astype(np.int64)
        n = len(table.places) + 1
        codes, keys = pd.factorize((o + 1) * n + (d + 1))
        table._cache["place_pairs"] = (codes.astype(np.int64), keys // n - 1, keys % n - 1)
    return table._cache["place_pairs"]


def drawable(table: RecordTable) -> np.ndarray:
    """Per record: both endpoints resolved, with coordinates, at least 1 km apart."""
    if "drawable" not in table._cache:
        codes, origins, dests = place_pairs(table)
        lon, lat = table.place_column("lon"), table.place_column("lat")
        lon0, lat0, lon1, lat1 = lon[origins], lat[origins], lon[dests], lat[dests]
        with np.errstate(invalid="ignore"):
            far = haversine_km(lon0, lat0, lon1, lat1) >= 1.0
        pair_drawn = far & ~np.isnan(lon0.astype(float)) & ~np.isnan(lon1.astype(float))
        table._cache["drawable"] = pair_drawn[codes]
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


def regroup(codes: np.ndarray, n_codes: int) -> tuple[np.ndarray, int, np.ndarray]:
    """Groups of rows given a group code per row (``0 <= code < n_codes``), renumbered as
    :func:`group_keys` numbers them: in order of first appearance.

    Codes computed once per table (:func:`flow_codes`) thus give, for any selection, the same
    groups, order and first rows as grouping the selection itself, in a few passes over int
    arrays instead of hashing.

    >>> group, n, first = regroup(np.array([7, 2, 7, 5, 2]), 9)
    >>> group.tolist(), n, first.tolist()
    ([0, 1, 0, 2, 1], 3, [0, 1, 3])
    """
    codes = np.asarray(codes, dtype=np.int64)
    n = len(codes)
    position = np.full(n_codes, n, dtype=np.int64)
    # assigning in reverse order leaves the first occurrence of every code
    position[codes[::-1]] = np.arange(n - 1, -1, -1)
    present = np.flatnonzero(position < n)
    order = present[np.argsort(position[present], kind="stable")]
    number = np.empty(n_codes, dtype=np.int64)
    number[order] = np.arange(len(order))
    return number[codes], len(order), position[order]


def flow_codes(table: RecordTable, clusters: Clusters) -> tuple[np.ndarray, int]:
    """Per record, a code of its (origin cluster, destination cluster, category) at the
    clusters' level, -1 when the record draws no flow there (an end missing or not drawable,
    both ends in one cluster, no category); and the number of codes.

    Computed once per table and level: a filter change then groups its selection with
    :func:`regroup` on these codes.
    """
    key = ("flow_codes", clusters.level, len(clusters.table))
    if key not in table._cache:
        records = table.records
        o = clusters.of(records["origin"].to_numpy())
        d = clusters.of(records["dest"].to_numpy())
        c = codes_of(table, "category")
        ok = drawable(table) & (o >= 0) & (d >= 0) & (o != d) & (c >= 0)
        n_clusters = len(clusters.table)
        codes = np.full(len(table), -1, dtype=np.int64)
        group, n_groups, _ = group_keys([o[ok], d[ok], c[ok]], [n_clusters, n_clusters, 8])
        codes[ok] = group
        table._cache[key] = (codes, n_groups)
    return table._cache[key]


def route_codes(table: RecordTable) -> tuple[np.ndarray, int]:
    """Per record, a code of its (origin, transit places, destination, category), -1 without
    transit places or with an end or the category missing; and the number of codes (computed
    once per table, see :func:`regroup`)."""
    if "route_codes" not in table._cache:
        records = table.records
        path = table.via_path.astype(np.int64)
        o = records["origin"].to_numpy().astype(np.int64)
        d = records["dest"].to_numpy().astype(np.int64)
        c = codes_of(table, "category")
        ok = (path >= 0) & (o >= 0) & (d >= 0) & (c >= 0)
        codes = np.full(len(table), -1, dtype=np.int64)
        n_groups = 0
        if ok.any():
            n_places = len(table.places)
            group, n_groups, _ = group_keys(
                [o[ok], path[ok], d[ok], c[ok]],
                [n_places, int(path[ok].max()) + 1, n_places, 8],
            )
            codes[ok] = group
        table._cache["route_codes"] = (codes, n_groups)
    return table._cache["route_codes"]


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


def kth_largest(values: np.ndarray, k: int) -> float:
    """The ``k``-th largest of ``values`` (``1 <= k <= len(values)``); small non-negative
    integers (record counts) are counted instead of partitioned.

    >>> kth_largest(np.array([3, 1, 4, 1, 5]), 2), kth_largest(np.array([0.5, 2.5, 1.5]), 3)
    (4, 0.5)
    """
    if values.dtype.kind in "iu" and len(values) and values.min() >= 0:
        top = int(values.max())
        if top <= 4 * len(values):
            at_least = np.cumsum(np.bincount(values, minlength=top + 1)[::-1])
            return top - int(np.searchsorted(at_least, k))
    return float(np.partition(values, len(values) - k)[len(values) - k])


def first_positions(group: np.ndarray, wanted: np.ndarray, n_codes: int) -> np.ndarray:
    """Position in ``group`` of the first occurrence of each code of ``wanted`` (all present).

    >>> first_positions(np.array([7, 2, 7, 5, 2]), np.array([5, 7]), 9).tolist()
    [3, 0]
    """
    is_wanted = np.zeros(n_codes, dtype=bool)
    is_wanted[wanted] = True
    at = np.flatnonzero(is_wanted[group])
    position = np.full(n_codes, -1, dtype=np.int64)
    # assigning in reverse order leaves the first occurrence of every code
    position[group[at][::-1]] = at[::-1]
    return position[wanted]


def strongest_groups(
    group: np.ndarray,
    present: np.ndarray,
    weight: np.ndarray,
    count: np.ndarray,
    top_n: int,
    counts_only: bool | None = None,
) -> tuple[np.ndarray, np.ndarray]:
    """The ``top_n`` strongest codes of ``group`` (a code per selected row), by weight, then
    count, then first appearance in ``group``; with the position of the first row of each.

    The same order as :func:`strongest` over the groups numbered by first appearance
    (:func:`regroup`), but only the codes tied with the weakest kept are ever ranked.

    >>> keep, first = strongest_groups(
    ...     np.array([4, 1, 4, 2, 1, 0]), np.array([True, True, True, False, True]),
    ...     np.array([1.0, 2, 1, 0, 2]), np.array([1, 2, 1, 0, 2]), 2)
    >>> keep.tolist(), first.tolist()
    ([4, 1], [0, 1])
    """
    n_codes = len(present)
    n_present = int(np.count_nonzero(present))
    if top_n >= n_present:
        candidates = np.flatnonzero(present)
    else:
        if counts_only is None:  # the weights are the counts: rank integers
            counts_only = np.array_equal(weight, count)
        values = count[present] if counts_only else weight[present]
        cutoff = kth_largest(values, top_n)
        # every code tied with the weakest one kept is ranked, so that ties resolve stably
        candidates = np.flatnonzero(present & (weight >= cutoff))
    first = first_positions(group, candidates, n_codes)
    order = np.lexsort((first, -count[candidates], -weight[candidates]))[:top_n]
    return candidates[order], first[order]


def _quantities(table: RecordTable, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(quantity value, unit code) of ``rows``; NaN and -1 where none is given."""
    return (
        table.records["quantity_value"].to_numpy(dtype=float)[rows],
        codes_of(table, "quantity_unit")[rows],
    )


def _dominant_unit(table: RecordTable, values: np.ndarray, codes: np.ndarray) -> str | None:
    """The quantity unit most records give (``values``/``codes`` of :func:`_quantities`),
    or None when none gives a figure."""
    codes = codes[(codes >= 0) & ~np.isnan(values)]
    if codes.size == 0:
        return None
    units = table.records["quantity_unit"].cat.categories
    return str(units[int(np.argmax(np.bincount(codes, minlength=len(units))))])


def _per_kept(slot: np.ndarray, n: int, values: np.ndarray | None = None) -> np.ndarray:
    """Sum of ``values`` (default: 1) per kept flow, ``slot`` its place among the kept."""
    return np.bincount(slot, weights=values, minlength=n)


def _reduce_kept(slot: np.ndarray, values: np.ndarray, n: int, ufunc) -> np.ndarray:
    """min/max of ``values`` per kept flow (NaN where a flow has none)."""
    sel = ~np.isnan(values)
    out = np.full(n, np.nan)
    ufunc.at(out, slot[sel], values[sel])
    return out


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
    records = table.records
    values, unit_codes = _quantities(table, rows)
    if unit is None:
        unit = _dominant_unit(table, values, unit_codes) if len(rows) else None
    codes, n_all = flow_codes(table, clusters)
    group = codes[rows]
    ok = group >= 0
    if not ok.any():
        return _empty_flows(unit), 0
    if not ok.all():
        rows, group, values, unit_codes = rows[ok], group[ok], values[ok], unit_codes[ok]
    # counts per code of the whole table (flow_codes): no grouping per filter change
    n_records = np.bincount(group, minlength=n_all)
    present = n_records > 0
    n_groups = int(np.count_nonzero(present))
    units = records["quantity_unit"].cat.categories
    unit_code = units.get_loc(unit) if unit is not None and unit in units else -2
    if width_by == "records":
        weight = n_records.astype(float)
    else:
        same = (unit_codes == unit_code) & ~np.isnan(values)
        weight = np.bincount(group, weights=np.where(same, values, 0.0), minlength=n_all)
    cap = MAX_ARCS if top_n is None else min(int(top_n), MAX_ARCS)
    keep, first = strongest_groups(
        group, present, weight, n_records, cap, counts_only=width_by == "records"
    )
    # everything else is summed over the rows of the kept flows only (a few of a million)
    slot_of = np.full(n_all, -1, dtype=np.int64)
    slot_of[keep] = np.arange(len(keep))
    slot = slot_of[group]
    inside = slot >= 0
    slot, at = slot[inside], rows[inside]
    n_kept = len(keep)
    n_sources = _per_kept(slot, n_kept, records["n_sources"].to_numpy(dtype=float)[at])
    if unit is not None:
        qv = values[inside]
        same = (unit_codes[inside] == unit_code) & ~np.isnan(qv)
        quantity = _per_kept(slot, n_kept, np.where(same, qv, 0.0))
        quantity = np.where(_per_kept(slot, n_kept, same.astype(float)) > 0, quantity, np.nan)
        guessed = records["quantity_estimate"].to_numpy(dtype=bool)[at] & same
        estimate = _per_kept(slot, n_kept, guessed.astype(float)) > 0
    else:
        quantity = np.full(n_kept, np.nan)
        estimate = np.zeros(n_kept, dtype=bool)
    t_min = _reduce_kept(slot, records["t_start"].to_numpy(dtype=float)[at], n_kept, np.fmin)
    t_max = _reduce_kept(slot, records["t_end"].to_numpy(dtype=float)[at], n_kept, np.fmax)
    heads = rows[first]
    ko = clusters.of(records["origin"].to_numpy()[heads])
    kd = clusters.of(records["dest"].to_numpy()[heads])
    ct = clusters.table
    categories = np.asarray(records["category"].cat.categories, dtype=object)

    def place(name: str, idx: np.ndarray) -> np.ndarray:
        return ct[name].to_numpy()[idx]

    out = pd.DataFrame(
        {
            "origin_id": place("id", ko),
            "dest_id": place("id", kd),
            "category": categories[codes_of(table, "category")[heads]],
            "origin_name": place("name", ko),
            "origin_country": place("country_code", ko),
            "origin_lon": place("lon", ko).astype(float),
            "origin_lat": place("lat", ko).astype(float),
            "dest_name": place("name", kd),
            "dest_country": place("country_code", kd),
            "dest_lon": place("lon", kd).astype(float),
            "dest_lat": place("lat", kd).astype(float),
            "n_records": n_records[keep].astype(np.int64),
            "n_sources": n_sources.astype(np.int64),
            "quantity": quantity,
            "quantity_estimate": estimate,
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
    codes, n_all = route_codes(table)
    selected = codes[rows]
    ok = selected >= 0
    rows = rows[ok]
    if rows.size == 0:
        return pd.DataFrame(columns=ROUTE_COLUMNS), 0
    group, n_groups, first = regroup(selected[ok], n_all)
    # ends and category are read only for the routes walked below, from their first record
    origin, dest = records["origin"].to_numpy(), records["dest"].to_numpy()
    category = codes_of(table, "category")
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
        stops = [int(origin[r]), *via.tolist(), int(dest[r])]
        if any(np.isnan(lon[s]) or np.isnan(lat[s]) for s in stops):
            continue
        out_rows.append(
            {
                "route_key": "|".join(ids[s] for s in stops),
                "category": categories[category[r]],
                "n_records": int(n_records[g]),
                "stop_ids": [ids[s] for s in stops],
                "stop_names": [names[s] for s in stops],
                "path": [(float(lon[s]), float(lat[s])) for s in stops],
            }
        )
        if len(out_rows) >= limit:
            break
    return pd.DataFrame(out_rows, columns=ROUTE_COLUMNS), int(n_groups)
