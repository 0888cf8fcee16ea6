"""Places and countries of a selection: hubs (records starting, ending or passing there) and
records per country for the shading, counted with ``np.bincount`` over place codes."""

from __future__ import annotations

import numpy as np
import pandas as pd

from flows.cluster import Clusters
from flows.table.model import RecordTable

DIRECTIONS = ("in", "out", "both")
HUB_COLUMNS = ["id", "name", "lon", "lat", "n_out", "n_in", "n_via", "n_flows"]
HUB_LIMIT = 400  # hubs drawn at most (the busiest)


def hub_counts(table: RecordTable, rows: np.ndarray, clusters: Clusters) -> pd.DataFrame:
    """Clusters touched by the selected records, with how many records touch them.

    Returns ``id, name, lon, lat, n_out, n_in, n_via, n_flows`` sorted by ``n_flows``
    descending, then id (``n_flows`` = records starting, ending or passing there).
    """
    rows = np.asarray(rows, dtype=np.int64)
    size = len(clusters.table)
    records = table.records

    # records are counted per place first (a few thousand), then per cluster
    cluster_of = clusters.of_place[:-1]
    known = cluster_of >= 0

    def count(place_rows: np.ndarray) -> np.ndarray:
        per_place = np.bincount(place_rows + 1, minlength=len(cluster_of) + 1)[1:]  # -1: none
        per_cluster = np.bincount(cluster_of[known], weights=per_place[known], minlength=size)
        return per_cluster.astype(np.int64)

    n_out = count(records["origin"].to_numpy()[rows])
    n_in = count(records["dest"].to_numpy()[rows])
    if len(table.via.values) and len(rows):
        selected = np.zeros(len(table), dtype=bool)
        selected[rows] = True
        n_via = count(table.via.values[selected[table.via.rows]])
    else:
        n_via = np.zeros(size, dtype=np.int64)
    n_flows = n_out + n_in + n_via
    ct = clusters.table
    lon = ct["lon"].to_numpy(dtype=float)
    lat = ct["lat"].to_numpy(dtype=float)
    keep = np.flatnonzero((n_flows > 0) & ~np.isnan(lon) & ~np.isnan(lat))
    out = pd.DataFrame(
        {
            "id": ct["id"].to_numpy(dtype=object)[keep],
            "name": ct["name"].to_numpy(dtype=object)[keep],
            "lon": lon[keep],
            "lat": lat[keep],
            "n_out": n_out[keep].astype(np.int64),
            "n_in": n_in[keep].astype(np.int64),
            "n_via": n_via[keep].astype(np.int64),
            "n_flows": n_flows[keep].astype(np.int64),
        },
        columns=HUB_COLUMNS,
    )
    return out.sort_values(["n_flows", "id"], ascending=[False, True], ignore_index=True)


def hubs_on_map(
    hubs: pd.DataFrame,
    flows: pd.DataFrame,
    routes: pd.DataFrame | None,
    clusters: Clusters,
    limit: int = HUB_LIMIT,
) -> pd.DataFrame:
    """The hubs worth drawing: clusters at the ends of the drawn flows or on the drawn routes.

    A hub whose flows were cut by the "strongest N" cap would be a point with no line; at most
    ``limit`` hubs are kept (the busiest), which also bounds the map payload.
    """
    ids = set(flows["origin_id"]) | set(flows["dest_id"]) if len(flows) else set()
    if routes is not None and len(routes):
        ids |= clusters.ids_of({s for stops in routes["stop_ids"] for s in stops})
    on_map = np.fromiter((i in ids for i in hubs["id"].to_numpy(dtype=object)), bool, len(hubs))
    return hubs.iloc[np.flatnonzero(on_map)[:limit]].reset_index(drop=True)


def country_totals(table: RecordTable, rows: np.ndarray, direction: str = "both") -> pd.DataFrame:
    """Records per country by direction: ``in`` (destination), ``out`` (origin) or ``both``.

    Returns ``iso_a2, n_in, n_out, n`` where ``n`` is the figure for ``direction`` (for
    ``both``, a record inside one country counts once for it), sorted by ``n`` descending.
    """
    if direction not in DIRECTIONS:
        raise ValueError(f"direction is '{direction}': use one of {', '.join(DIRECTIONS)}")
    rows = np.asarray(rows, dtype=np.int64)
    place_country = table.places["country_code"].to_numpy(dtype=object)
    codes, names = pd.factorize(pd.Series(place_country, dtype=object), use_na_sentinel=True)
    codes = np.append(codes, -1)
    size = len(names)
    o = codes[table.records["origin"].to_numpy()[rows]]
    d = codes[table.records["dest"].to_numpy()[rows]]
    n_out = np.bincount(o[o >= 0], minlength=size)
    n_in = np.bincount(d[d >= 0], minlength=size)
    same = (o >= 0) & (o == d)
    domestic = np.bincount(o[same], minlength=size)
    n = {"in": n_in, "out": n_out, "both": n_in + n_out - domestic}[direction]
    out = pd.DataFrame(
        {
            "iso_a2": np.asarray(names, dtype=object),
            "n_in": n_in.astype(np.int64),
            "n_out": n_out.astype(np.int64),
            "n": n.astype(np.int64),
        }
    )
    out = out[(out["n"] > 0)]
    return out.sort_values(["n", "iso_a2"], ascending=[False, True], ignore_index=True)
