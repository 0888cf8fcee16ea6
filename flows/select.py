"""Select flow records with filters and aggregate them for the map, the timeline and tables.

Everything here works on the one-row-per-record flows table of :func:`flows.frames.build_frames`
(a (Geo)DataFrame; geometry is not needed). Filters are vectorised boolean masks, so a filter
change on a million records costs tens of milliseconds, not seconds. List-valued columns (via,
actors) and free text are matched once per *distinct* value through categorical columns built by
:func:`prepare_flows`, which is what keeps transit, actor and text filters fast.

No Streamlit here: the dashboard and the exporters call the same functions.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable, Mapping

import numpy as np
import pandas as pd

from flows.views import Filters

# Columns turned into pandas categoricals by prepare_flows: few distinct values, many rows.
_CATEGORICAL = (
    "category",
    "commodity",
    "status",
    "verification",
    "origin_id",
    "origin_name",
    "origin_country",
    "dest_id",
    "dest_name",
    "dest_country",
    "quantity_unit",
    "period_start",
    "period_end",
)

PRECISIONS = ("year", "month")
DIRECTIONS = ("in", "out", "both")
WIDTH_BY = ("records", "quantity")


# -- preparation ---------------------------------------------------------------------------------
def region_members(places: pd.DataFrame) -> dict[str, tuple[str, ...]]:
    """Region id -> member country codes (from the places frame's ``members`` column).

    Passed to :func:`select_records` so that filtering on a region also selects records
    naming its member countries.
    """
    if places is None or not len(places) or "members" not in places:
        return {}
    regions = places[places["kind"] == "region"]
    return {pid: tuple(m) for pid, m in zip(regions["id"], regions["members"], strict=True)}


def _join_key(value: object) -> str:
    """``["Serbia", "HU"]`` -> ``"|Serbia|HU|"``: a string that substring tests can search."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return "||"
    if isinstance(value, str):
        items = [value] if value else []
    else:
        items = [str(v) for v in value if v is not None and str(v) != ""]
    return "|" + "|".join(items) + "|"


def prepare_flows(flows: pd.DataFrame) -> pd.DataFrame:
    """Return a copy of ``flows`` ready for fast repeated selection.

    Adds ``via_key`` (``"|place ids and country codes of the via places|"``), ``via_path``
    (``"|ordered via place ids|"``), ``actors_key``
    (``"|actor|actor|"``) and a lower-cased ``search_key``, and stores low-cardinality text
    columns as categoricals. Geometry is dropped: selection never needs it and a plain
    DataFrame copies faster.
    """
    df = pd.DataFrame(flows.drop(columns="geometry", errors="ignore")).copy()
    n = len(df)
    via_ids = df["via_ids"] if "via_ids" in df else pd.Series([()] * n, index=df.index)
    via_countries = (
        df["via_countries"] if "via_countries" in df else pd.Series([()] * n, index=df.index)
    )
    df["via_key"] = pd.Categorical(
        [
            _join_key(list(_as_list(i)) + list(_as_list(c)))
            for i, c in zip(via_ids, via_countries, strict=True)
        ]
    )
    # the ordered via place ids alone: the path of a multi-leg route
    df["via_path"] = pd.Categorical([_join_key(_as_list(i)) for i in via_ids])
    actors = df["actors"] if "actors" in df else pd.Series([()] * n, index=df.index)
    df["actors_key"] = pd.Categorical([_join_key(_as_list(a)) for a in actors])
    text = df["search_text"] if "search_text" in df else pd.Series([""] * n, index=df.index)
    df["search_key"] = pd.Categorical(text.fillna("").astype(str).str.lower())
    for column in _CATEGORICAL:
        if column in df and not isinstance(df[column].dtype, pd.CategoricalDtype):
            df[column] = df[column].astype("category")
    for column in ("t_start", "t_end", "confidence", "quantity_value"):
        if column in df:
            df[column] = pd.to_numeric(df[column], errors="coerce").astype("float64")
    return df


def _as_list(value: object) -> list:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return []
    if isinstance(value, str):
        return [value] if value else []
    return list(value)


# -- masks -----------------------------------------------------------------------------------------
def _match(series: pd.Series, predicate: Callable[..., np.ndarray]) -> np.ndarray:
    """Evaluate ``predicate`` once per distinct value of a categorical, else per row."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        hits = np.asarray(predicate(series.cat.categories), dtype=bool)
        codes = series.cat.codes.to_numpy()
        # code -1 is a missing value: never a match
        return np.where(codes >= 0, hits[codes], False)
    return np.asarray(predicate(series.astype("string").fillna("")), dtype=bool)


def _isin(series: pd.Series, values: Iterable[str]) -> np.ndarray:
    wanted = set(values)
    return _match(series, lambda v: pd.Index(v).isin(wanted))


def _key_contains_any(series: pd.Series, values: Iterable[str]) -> np.ndarray:
    needles = [f"|{v}|" for v in values]

    def predicate(keys: pd.Index | pd.Series) -> np.ndarray:
        keys = pd.Series(keys, dtype="string").fillna("")
        hit = np.zeros(len(keys), dtype=bool)
        for needle in needles:
            hit |= keys.str.contains(needle, regex=False).to_numpy(dtype=bool)
        return hit

    return _match(series, predicate)


def expand_places(codes: Iterable[str], members: Mapping[str, Iterable[str]] | None) -> set[str]:
    """Add the member countries of every region id in ``codes`` (a region selects its members).

    >>> sorted(expand_places(["balkans", "FR"], {"balkans": ["RS", "BA"]}))
    ['BA', 'FR', 'RS', 'balkans']
    """
    out = set(codes)
    for code in list(out):
        out.update((members or {}).get(code, ()))
    return out


def _place_mask(df: pd.DataFrame, prefix: str, codes: set[str]) -> np.ndarray:
    mask = np.zeros(len(df), dtype=bool)
    for column in (f"{prefix}_country", f"{prefix}_id"):
        if column in df:
            mask |= _isin(df[column], codes)
    return mask


def filter_mask(
    flows: pd.DataFrame,
    filters: Filters,
    region_members: Mapping[str, Iterable[str]] | None = None,
) -> np.ndarray:
    """Boolean mask of the rows of ``flows`` that pass ``filters``.

    Empty tuples in ``filters`` mean "no restriction". Places match by ISO alpha-2 country code
    or place id; a region id also matches its member countries (``region_members``). The period
    test is an overlap of half-open spans: a record of 2016 (``t_start`` 2016.0, ``t_end``
    2017.0) is inside the period (2016.0, 2017.0) and outside (2015.0, 2016.0). Records
    without dates drop out as soon as a period is set. Text matches every word of
    ``filters.text``, case-insensitive, in the record's search text (titles, publishers, summary).
    """
    n = len(flows)
    mask = np.ones(n, dtype=bool)
    if filters.categories:
        mask &= _isin(flows["category"], filters.categories)
    if filters.commodities:
        mask &= _isin(flows["commodity"], filters.commodities)
    if filters.statuses:
        mask &= _isin(flows["status"], filters.statuses)
    if filters.verifications:
        mask &= _isin(flows["verification"], filters.verifications)
    if filters.min_confidence > 0:
        mask &= flows["confidence"].to_numpy(dtype=float, na_value=0.0) >= filters.min_confidence
    if filters.origins:
        mask &= _place_mask(flows, "origin", expand_places(filters.origins, region_members))
    if filters.destinations:
        mask &= _place_mask(flows, "dest", expand_places(filters.destinations, region_members))
    if filters.transits:
        codes = expand_places(filters.transits, region_members)
        via = flows["via_key"] if "via_key" in flows else _fallback_via_key(flows)
        mask &= _key_contains_any(via, codes)
    if filters.actors:
        actors = (
            flows["actors_key"]
            if "actors_key" in flows
            else pd.Series([_join_key(_as_list(a)) for a in flows["actors"]], index=flows.index)
        )
        mask &= _key_contains_any(actors, filters.actors)
    if filters.period is not None:
        p0, p1 = filters.period
        t0 = flows["t_start"].to_numpy(dtype=float, na_value=np.nan)
        t1 = flows["t_end"].to_numpy(dtype=float, na_value=np.nan)
        t0 = np.where(np.isnan(t0), t1, t0)
        t1 = np.where(np.isnan(t1), t0, t1)
        # a zero-length span (an instant) still overlaps the period that contains it
        t1 = np.maximum(t1, t0 + 1e-9)
        with np.errstate(invalid="ignore"):
            mask &= (t0 < p1) & (t1 > p0)
    words = filters.text.lower().split()
    if words:
        text = flows["search_key"] if "search_key" in flows else flows["search_text"].str.lower()

        def has_all_words(values: pd.Index | pd.Series) -> np.ndarray:
            values = pd.Series(values, dtype="string").fillna("")
            hit = np.ones(len(values), dtype=bool)
            for word in words:
                hit &= values.str.contains(word, regex=False).to_numpy(dtype=bool)
            return hit

        mask &= _match(text, has_all_words)
    return mask


def _fallback_via_key(flows: pd.DataFrame) -> pd.Series:
    via_ids = flows.get("via_ids", pd.Series([()] * len(flows), index=flows.index))
    via_c = flows.get("via_countries", pd.Series([()] * len(flows), index=flows.index))
    return pd.Series(
        [
            _join_key(list(_as_list(i)) + list(_as_list(c)))
            for i, c in zip(via_ids, via_c, strict=True)
        ],
        index=flows.index,
    )


def select_records(
    flows: pd.DataFrame,
    filters: Filters,
    region_members: Mapping[str, Iterable[str]] | None = None,
    columns: Iterable[str] | None = None,
) -> pd.DataFrame:
    """Rows of ``flows`` that pass ``filters`` (see :func:`filter_mask`).

    ``columns`` limits the copy to the columns a caller needs (e.g. :data:`MAP_COLUMNS`),
    which on a million rows is the difference between a few and a few hundred milliseconds.
    """
    mask = filter_mask(flows, filters, region_members)
    if columns is not None:
        flows = flows[[c for c in columns if c in flows]]
    if mask.all():
        return flows
    return flows[mask]


# -- aggregation -----------------------------------------------------------------------------------
# Columns the map needs from a selection (aggregation, routes, hubs, shading): selecting only
# these avoids copying the heavy text and list columns of a million-row table.
MAP_COLUMNS = (
    "category",
    "origin_id",
    "origin_name",
    "origin_country",
    "origin_lon",
    "origin_lat",
    "dest_id",
    "dest_name",
    "dest_country",
    "dest_lon",
    "dest_lat",
    "t_start",
    "t_end",
    "n_sources",
    "quantity_value",
    "quantity_unit",
    "quantity_estimate",
    "via_key",
    "via_path",
    "drawable",
)


def _codes(series: pd.Series) -> tuple[np.ndarray, pd.Index]:
    """Integer codes (-1 = missing) and the values they stand for."""
    if isinstance(series.dtype, pd.CategoricalDtype):
        return series.cat.codes.to_numpy().astype(np.int64), series.cat.categories
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    return codes.astype(np.int64), pd.Index(uniques)


def _group(keys: list[np.ndarray], sizes: list[int]) -> tuple[np.ndarray, int, np.ndarray]:
    """Group rows by several integer code columns at once.

    Returns (group code per row, number of groups, index of the first row of each group).
    The codes are combined into one int64 key and factorised by hashing (no sort), which is
    several times faster than a DataFrame groupby on a million rows.
    """
    key = np.zeros(len(keys[0]), dtype=np.int64)
    for codes, size in zip(keys, sizes, strict=True):
        key = key * (size + 1) + (codes + 1)
    group, uniques = pd.factorize(key)
    n_groups = len(uniques)
    first = np.empty(n_groups, dtype=np.int64)
    # assigning in reverse order leaves the first occurrence of every group
    rows = np.arange(len(group) - 1, -1, -1)
    first[group[::-1]] = rows
    return group, n_groups, first


def _strongest(weight: np.ndarray, tiebreak: np.ndarray, top_n: int | None) -> np.ndarray:
    """Indices of the ``top_n`` largest weights, by weight then tiebreak, descending."""
    order = np.lexsort((-tiebreak, -weight)) if top_n is None or top_n >= len(weight) else None
    if order is not None:
        return order
    candidates = np.argpartition(-weight, top_n - 1)[:top_n]
    # include every group tied with the weakest one kept, so that ties are resolved stably
    cutoff = weight[candidates].min()
    candidates = np.flatnonzero(weight >= cutoff)
    ranked = candidates[np.lexsort((candidates, -tiebreak[candidates], -weight[candidates]))]
    return ranked[:top_n]


def dominant_unit(df: pd.DataFrame) -> str | None:
    """The quantity unit most records in ``df`` give, or None when none gives a figure."""
    if "quantity_unit" not in df or "quantity_value" not in df:
        return None
    codes, values = _codes(df["quantity_unit"])
    given = ~np.isnan(df["quantity_value"].to_numpy(dtype=float, na_value=np.nan))
    codes = codes[given & (codes >= 0)]
    if codes.size == 0:
        return None
    return str(values[int(np.argmax(np.bincount(codes, minlength=len(values))))])


_AGG_COLUMNS = [
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


def aggregate_flows(
    df: pd.DataFrame,
    width_by: str = "records",
    top_n: int | None = 150,
    unit: str | None = None,
) -> tuple[pd.DataFrame, int]:
    """Aggregate records into flows by (origin, destination, category), strongest first.

    Parameters
    ----------
    df
        Selected records (rows of the flows table). Rows without both endpoints are left out.
    width_by
        ``"records"``: weight = number of records. ``"quantity"``: weight = sum of the
        quantities given in ``unit`` (default: the unit most records give), so that only
        comparable figures are added; flows without such a figure get weight 0.
    top_n
        Keep the strongest ``top_n`` flows (None keeps all). Ties are broken by the number
        of records, then by first appearance, so the result is stable.

    Returns
    -------
    (flows, total)
        ``flows`` has one row per (origin_id, dest_id, category) with names, coordinates,
        ``n_records``, ``n_sources``, ``quantity`` (in ``unit``), ``quantity_estimate``
        (some figure added up is an estimate), ``weight``, ``t_min``, ``t_max``; ``total``
        is the number of flows before the cap ("showing N of M flows").
        ``flows.attrs["unit"]`` holds the unit used for quantities.
    """
    if width_by not in WIDTH_BY:
        raise ValueError(f"width_by is '{width_by}': use one of {', '.join(WIDTH_BY)}")
    if unit is None:
        unit = dominant_unit(df) if len(df) else None
    ok = df["origin_lon"].notna().to_numpy() & df["dest_lon"].notna().to_numpy()
    if "drawable" in df:
        ok &= df["drawable"].fillna(False).to_numpy(dtype=bool)
    o_codes, o_values = _codes(df["origin_id"])
    d_codes, d_values = _codes(df["dest_id"])
    c_codes, c_values = _codes(df["category"])
    ok &= (o_codes >= 0) & (d_codes >= 0) & (c_codes >= 0)
    rows = np.flatnonzero(ok)
    if rows.size == 0:
        out = pd.DataFrame(columns=_AGG_COLUMNS)
        out.attrs["unit"] = unit
        return out, 0
    group, n_groups, first = _group(
        [o_codes[rows], d_codes[rows], c_codes[rows]],
        [len(o_values), len(d_values), len(c_values)],
    )
    n_records = np.bincount(group, minlength=n_groups)
    n_sources = np.bincount(
        group,
        weights=df["n_sources"].to_numpy(dtype=float)[rows] if "n_sources" in df else None,
        minlength=n_groups,
    )
    if unit is not None and "quantity_value" in df:
        qv = df["quantity_value"].to_numpy(dtype=float, na_value=np.nan)[rows]
        same_unit = _isin(df["quantity_unit"], [unit])[rows] & ~np.isnan(qv)
        quantity = np.bincount(group, weights=np.where(same_unit, qv, 0.0), minlength=n_groups)
        has_qty = np.bincount(group, weights=same_unit.astype(float), minlength=n_groups) > 0
        quantity = np.where(has_qty, quantity, np.nan)
        if "quantity_estimate" in df:
            guessed = df["quantity_estimate"].eq(True).to_numpy()[rows] & same_unit
        else:
            guessed = np.zeros(len(rows), dtype=bool)
        estimate = np.bincount(group, weights=guessed.astype(float), minlength=n_groups) > 0
    else:
        quantity = np.full(n_groups, np.nan)
        estimate = np.zeros(n_groups, dtype=bool)
    weight = n_records.astype(float) if width_by == "records" else np.nan_to_num(quantity)
    keep = _strongest(weight, n_records.astype(float), top_n)
    t0 = df["t_start"].to_numpy(dtype=float, na_value=np.nan)[rows] if "t_start" in df else None
    t1 = df["t_end"].to_numpy(dtype=float, na_value=np.nan)[rows] if "t_end" in df else None
    t_min = _group_reduce(group, t0, n_groups, keep, np.fmin)
    t_max = _group_reduce(group, t1, n_groups, keep, np.fmax)
    first_rows = rows[first[keep]]
    head = df.iloc[first_rows]

    def column(name: str) -> np.ndarray:
        if name not in head:
            return np.full(len(keep), None, dtype=object)
        values = head[name]
        if isinstance(values.dtype, pd.CategoricalDtype):
            values = values.astype(object)
        return values.to_numpy()

    out = pd.DataFrame(
        {
            "origin_id": column("origin_id"),
            "dest_id": column("dest_id"),
            "category": column("category"),
            "origin_name": column("origin_name"),
            "origin_country": column("origin_country"),
            "origin_lon": column("origin_lon"),
            "origin_lat": column("origin_lat"),
            "dest_name": column("dest_name"),
            "dest_country": column("dest_country"),
            "dest_lon": column("dest_lon"),
            "dest_lat": column("dest_lat"),
            "n_records": n_records[keep],
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


def _group_reduce(
    group: np.ndarray,
    values: np.ndarray | None,
    n_groups: int,
    keep: np.ndarray,
    ufunc: np.ufunc,
) -> np.ndarray:
    """min/max of ``values`` per kept group (NaN where a group has no value)."""
    if values is None:
        return np.full(len(keep), np.nan)
    wanted = np.zeros(n_groups, dtype=bool)
    wanted[keep] = True
    sel = wanted[group]
    out = np.full(n_groups, np.nan)
    ufunc.at(out, group[sel], values[sel])
    return out[keep]


def aggregate_routes(
    df: pd.DataFrame, places: pd.DataFrame, top_n: int | None = 150
) -> tuple[pd.DataFrame, int]:
    """Aggregate records with transit places into routes: origin -> via... -> destination.

    Returns ``(routes, total)``; ``routes`` has ``route_key`` (``"origin|via|...|dest"``),
    ``category``, ``n_records``, ``stop_ids``, ``stop_names`` and ``path`` (a list of
    (lon, lat)), strongest first; routes whose places lack coordinates are left out.
    """
    columns = ["route_key", "category", "n_records", "stop_ids", "stop_names", "path"]
    if df.empty:
        return pd.DataFrame(columns=columns), 0
    via = (
        df["via_path"]
        if "via_path" in df
        else pd.Series([_join_key(_as_list(v)) for v in df["via_ids"]], index=df.index)
    )
    v_codes, v_values = _codes(via)
    empty = np.asarray(pd.Index(v_values) == "||")
    has_via = (v_codes >= 0) & ~np.append(empty, False)[v_codes]
    o_codes, o_values = _codes(df["origin_id"])
    d_codes, d_values = _codes(df["dest_id"])
    c_codes, c_values = _codes(df["category"])
    rows = np.flatnonzero(has_via & (o_codes >= 0) & (d_codes >= 0) & (c_codes >= 0))
    if rows.size == 0:
        return pd.DataFrame(columns=columns), 0
    group, n_groups, first = _group(
        [o_codes[rows], v_codes[rows], d_codes[rows], c_codes[rows]],
        [len(o_values), len(v_values), len(d_values), len(c_values)],
    )
    n_records = np.bincount(group, minlength=n_groups)
    table = _place_coordinates(places)
    lookup = {
        pid: (name, lon, lat)
        for pid, name, lon, lat in zip(
            table["id"].tolist(),
            table["name"].tolist(),
            table["lon"].tolist(),
            table["lat"].tolist(),
            strict=True,
        )
        if not (math.isnan(lon) or math.isnan(lat))
    }
    out_rows = []
    # walk the groups strongest first until top_n drawable routes are found
    for g in _strongest(n_records.astype(float), np.zeros(n_groups), None):
        r = rows[first[g]]
        stops = [
            str(o_values[o_codes[r]]),
            *str(v_values[v_codes[r]]).strip("|").split("|"),
            str(d_values[d_codes[r]]),
        ]
        if not all(s in lookup for s in stops):
            continue
        out_rows.append(
            {
                "route_key": "|".join(stops),
                "category": str(c_values[c_codes[r]]),
                "n_records": int(n_records[g]),
                "stop_ids": stops,
                "stop_names": [str(lookup[s][0]) for s in stops],
                "path": [(float(lookup[s][1]), float(lookup[s][2])) for s in stops],
            }
        )
        if top_n is not None and len(out_rows) >= top_n:
            break
    out = pd.DataFrame(out_rows, columns=columns)
    return out.reset_index(drop=True), int(n_groups)


def records_of_route(df: pd.DataFrame, route_key: str, category: str) -> pd.DataFrame:
    """The records behind one aggregated route (``route_key`` from :func:`aggregate_routes`)."""
    stops = route_key.split("|")
    origin, dest, via = stops[0], stops[-1], _join_key(stops[1:-1])
    path = (
        df["via_path"]
        if "via_path" in df
        else pd.Series([_join_key(_as_list(v)) for v in df["via_ids"]], index=df.index)
    )
    mask = (
        _isin(df["origin_id"], [origin])
        & _isin(df["dest_id"], [dest])
        & _isin(df["category"], [category])
        & _isin(path, [via])
    )
    return df.loc[mask]


def records_of_flow(df: pd.DataFrame, origin_id: str, dest_id: str, category: str) -> pd.DataFrame:
    """The records behind one aggregated flow."""
    mask = (
        _isin(df["origin_id"], [origin_id])
        & _isin(df["dest_id"], [dest_id])
        & _isin(df["category"], [category])
    )
    return df.loc[mask]


def records_of_place(df: pd.DataFrame, place_id: str) -> pd.DataFrame:
    """The records whose origin, destination or a via place is ``place_id``."""
    mask = (df["origin_id"].astype(object) == place_id) | (df["dest_id"].astype(object) == place_id)
    via = df["via_key"] if "via_key" in df else _fallback_via_key(df)
    mask = mask.to_numpy() | _key_contains_any(via, [place_id])
    return df.loc[mask]


# -- hubs, countries, periods ---------------------------------------------------------------------
def _counts(series: pd.Series) -> pd.Series:
    counts = series.value_counts(dropna=True)
    counts.index = counts.index.astype(object)
    return counts[counts > 0]


# via key categories -> (category code per item, item per item), computed once per
# categorical dtype; the categories object is kept in the value so its id stays unique.
_VIA_ITEMS: dict[int, tuple] = {}


def _via_items(categories: pd.Index) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(category code, item code) per item of every via key, and the distinct items."""
    cached = _VIA_ITEMS.get(id(categories))
    if cached is not None and cached[0] is categories:
        return cached[1:]
    owners, items = [], []
    for code, key in enumerate(categories):
        for item in str(key).strip("|").split("|"):
            if item:
                owners.append(code)
                items.append(item)
    item_codes, unique_items = pd.factorize(np.asarray(items, dtype=object))
    result = (np.asarray(owners, dtype=np.int64), item_codes.astype(np.int64), unique_items)
    if len(_VIA_ITEMS) > 8:
        _VIA_ITEMS.clear()
    _VIA_ITEMS[id(categories)] = (categories, *result)
    return result


def _via_counts(df: pd.DataFrame, place_ids: Iterable[str]) -> pd.Series:
    """Number of records passing through each place (from the categorical via key)."""
    via = df["via_key"] if "via_key" in df else _fallback_via_key(df)
    if not isinstance(via.dtype, pd.CategoricalDtype):
        via = via.astype("category")
    codes = via.cat.codes.to_numpy()
    per_key = np.bincount(codes[codes >= 0], minlength=len(via.cat.categories))
    owners, item_codes, items = _via_items(via.cat.categories)
    if len(items) == 0:
        return pd.Series(dtype="int64")
    totals = np.bincount(item_codes, weights=per_key[owners], minlength=len(items))
    out = pd.Series(totals.astype(np.int64), index=pd.Index(items, dtype=object))
    out = out[out > 0]
    return out[out.index.isin(pd.Index(list(place_ids)))]


def hub_counts(df: pd.DataFrame, places: pd.DataFrame) -> pd.DataFrame:
    """Places touched by the selected records, with how many records touch them.

    Parameters
    ----------
    df
        Selected records.
    places
        Place table with ``id``, ``name`` and ``lon``/``lat`` (or Point geometry).

    Returns
    -------
    DataFrame
        ``id, name, lon, lat, n_out, n_in, n_via, n_flows`` sorted by ``n_flows`` descending
        (``n_flows`` = records starting, ending or passing there).
    """
    table = _place_coordinates(places)
    n_out = _counts(df["origin_id"])
    n_in = _counts(df["dest_id"])
    n_via = _via_counts(df, table["id"])
    out = table.assign(
        n_out=table["id"].map(n_out).fillna(0).astype("int64"),
        n_in=table["id"].map(n_in).fillna(0).astype("int64"),
        n_via=table["id"].map(n_via).fillna(0).astype("int64"),
    )
    out["n_flows"] = out["n_out"] + out["n_in"] + out["n_via"]
    out = out[(out["n_flows"] > 0) & out["lon"].notna() & out["lat"].notna()]
    return out.sort_values(["n_flows", "id"], ascending=[False, True]).reset_index(drop=True)


def _place_coordinates(places: pd.DataFrame) -> pd.DataFrame:
    if "lon" in places and "lat" in places:
        lon, lat = places["lon"], places["lat"]
    else:
        geom = places.geometry
        lon, lat = geom.x, geom.y
    return pd.DataFrame(
        {
            "id": places["id"].astype(object).to_numpy(),
            "name": places["name"].astype(object).to_numpy(),
            "lon": np.asarray(lon, dtype=float),
            "lat": np.asarray(lat, dtype=float),
        }
    )


def country_totals(df: pd.DataFrame, direction: str = "both") -> pd.DataFrame:
    """Records per country by direction: ``in`` (destination), ``out`` (origin) or ``both``.

    Returns ``iso_a2, n_in, n_out, n`` where ``n`` is the figure for ``direction`` (for
    ``both``, a record inside one country counts once for it), sorted by ``n`` descending.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction is '{direction}': use one of {', '.join(DIRECTIONS)}")
    n_out = _counts(df["origin_country"])
    n_in = _counts(df["dest_country"])
    codes = sorted(set(n_out.index) | set(n_in.index))
    out = pd.DataFrame({"iso_a2": codes})
    out["n_out"] = out["iso_a2"].map(n_out).fillna(0).astype("int64")
    out["n_in"] = out["iso_a2"].map(n_in).fillna(0).astype("int64")
    if direction == "in":
        out["n"] = out["n_in"]
    elif direction == "out":
        out["n"] = out["n_out"]
    else:
        o_codes, o_values = _codes(df["origin_country"])
        d_codes, d_values = _codes(df["dest_country"])
        # origin country code expressed in the destination's codes, then compared per row
        o_in_d = np.append(pd.Index(d_values).get_indexer(pd.Index(o_values)), -1)[o_codes]
        same = (o_codes >= 0) & (o_in_d == d_codes)
        domestic = _counts(df.loc[same, "origin_country"])
        out["n"] = out["n_in"] + out["n_out"] - out["iso_a2"].map(domestic).fillna(0).astype(int)
    out = out[out["n"] > 0]
    return out.sort_values(["n", "iso_a2"], ascending=[False, True]).reset_index(drop=True)


def data_precision(df: pd.DataFrame) -> str:
    """``"month"`` when any record's period is given to the month or day, else ``"year"``."""
    for column in ("period_start", "period_end"):
        if column not in df:
            continue
        values = df[column]
        if isinstance(values.dtype, pd.CategoricalDtype):
            codes = values.cat.codes.to_numpy()
            values = values.cat.categories[np.unique(codes[codes >= 0])]
        lengths = pd.Series(values, dtype="string").dropna().str.len()
        if (lengths > 4).any():
            return "month"
    return "year"


def period_step(precision: str) -> float:
    """Length of one period in decimal years."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision is '{precision}': use one of {', '.join(PRECISIONS)}")
    return 1.0 if precision == "year" else 1.0 / 12.0


def period_label(t: float, precision: str) -> str:
    """``2015.0`` -> ``"2015"`` (year) or ``"2015-01"`` (month)."""
    if precision == "year":
        return f"{math.floor(t + 1e-9):d}"
    index = math.floor(t * 12 + 1e-6)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def period_bounds(df: pd.DataFrame, precision: str) -> tuple[float, float] | None:
    """The whole span of the data, snapped outward to whole periods; None without dates."""
    t0 = pd.concat([df["t_start"], df["t_end"]]).min()
    t1 = pd.concat([df["t_start"], df["t_end"]]).max()
    if pd.isna(t0) or pd.isna(t1):
        return None
    step = period_step(precision)
    lo = math.floor(t0 / step + 1e-6) * step
    hi = math.ceil(t1 / step - 1e-6) * step
    return (round(lo, 6), round(max(hi, lo + step), 6))


def count_by_period(df: pd.DataFrame, precision: str = "year") -> pd.DataFrame:
    """Records active in each period, per category (a record spanning 3 years counts in each).

    Returns ``t`` (period start, decimal years), ``period`` (label), ``category``, ``n``;
    records without dates are left out.
    """
    step = period_step(precision)
    t0 = df["t_start"].to_numpy(dtype=float, na_value=np.nan)
    t1 = df["t_end"].to_numpy(dtype=float, na_value=np.nan)
    t0 = np.where(np.isnan(t0), t1, t0)
    t1 = np.where(np.isnan(t1), t0, t1)
    ok = ~np.isnan(t0)
    if not ok.any():
        return pd.DataFrame({"t": [], "period": [], "category": [], "n": []})
    first = np.floor(t0[ok] / step + 1e-6).astype(np.int64)
    last = np.maximum(np.ceil(t1[ok] / step - 1e-6).astype(np.int64) - 1, first)
    spans = last - first + 1
    cats = np.asarray(df["category"].astype(object))[ok]
    index = np.repeat(first, spans) + _ranges(spans)
    counts = (
        pd.DataFrame({"i": index, "category": np.repeat(cats, spans)})
        .groupby(["i", "category"], sort=True)
        .size()
        .rename("n")
        .reset_index()
    )
    counts["t"] = (counts["i"] * step).round(6)
    counts["period"] = [period_label(t, precision) for t in counts["t"]]
    return counts[["t", "period", "category", "n"]]


def _ranges(lengths: np.ndarray) -> np.ndarray:
    """``[2, 3]`` -> ``[0, 1, 0, 1, 2]``."""
    total = int(lengths.sum())
    starts = np.repeat(np.cumsum(lengths) - lengths, lengths)
    return np.arange(total) - starts


def hubs_on_map(
    hubs: pd.DataFrame, flows: pd.DataFrame, routes: pd.DataFrame | None, limit: int = 400
) -> pd.DataFrame:
    """The hubs worth drawing: places at the ends of the drawn flows or on the drawn routes.

    A hub whose flows were cut by the "strongest N" cap would be a point with no line; at most
    ``limit`` hubs are kept (the busiest), which also bounds the map payload.
    """
    ids = set(flows["origin_id"]) | set(flows["dest_id"]) if len(flows) else set()
    if routes is not None and len(routes):
        for stops in routes["stop_ids"]:
            ids.update(stops)
    return hubs[hubs["id"].isin(ids)].head(limit).reset_index(drop=True)
