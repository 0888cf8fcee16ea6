"""The records behind something picked on the map: a flow, a route or a hub.

A flow or a hub is a *cluster* at the view's zoom (a country when zoomed out), so the records
behind it are those whose places fall in that cluster, among the selected rows.
"""

from __future__ import annotations

import numpy as np

from flows.cluster import Clusters
from flows.filters import isin_categorical
from flows.table.model import RecordTable


def _cluster_ids(
    table: RecordTable, clusters: Clusters, which: str, rows: np.ndarray
) -> np.ndarray:
    ids = np.append(clusters.table["id"].to_numpy(dtype=object), None)
    return ids[clusters.of(table.records[which].to_numpy()[rows])]


def rows_of_flow(
    table: RecordTable,
    rows: np.ndarray,
    clusters: Clusters,
    origin_id: str,
    dest_id: str,
    category: str,
) -> np.ndarray:
    """The rows among ``rows`` behind one aggregated flow."""
    rows = np.asarray(rows, dtype=np.int64)
    mask = (
        (_cluster_ids(table, clusters, "origin", rows) == origin_id)
        & (_cluster_ids(table, clusters, "dest", rows) == dest_id)
        & isin_categorical(table, "category", [category])[rows]
    )
    return rows[mask]


def rows_of_route(
    table: RecordTable, rows: np.ndarray, route_key: str, category: str
) -> np.ndarray:
    """The rows among ``rows`` behind one aggregated route (``"origin|via...|dest"`` ids)."""
    rows = np.asarray(rows, dtype=np.int64)
    stops = route_key.split("|")
    ids = np.append(table.places["id"].to_numpy(dtype=object), None)
    records = table.records
    mask = (
        (ids[records["origin"].to_numpy()[rows]] == stops[0])
        & (ids[records["dest"].to_numpy()[rows]] == stops[-1])
        & isin_categorical(table, "category", [category])[rows]
        & (table.via.lengths[rows] == len(stops) - 2)
    )
    candidates = rows[mask]
    if not len(candidates):
        return candidates
    via = table.via.take(candidates)
    want = [stops[1:-1]]
    got = [[ids[v] for v in vs] for vs in via.to_lists()]
    return candidates[np.array([g == want[0] for g in got], dtype=bool)]


def rows_of_place(
    table: RecordTable, rows: np.ndarray, clusters: Clusters, place_id: str
) -> np.ndarray:
    """The rows among ``rows`` whose origin, destination or a transit place is in the cluster."""
    rows = np.asarray(rows, dtype=np.int64)
    mask = (_cluster_ids(table, clusters, "origin", rows) == place_id) | (
        _cluster_ids(table, clusters, "dest", rows) == place_id
    )
    cluster_ids = clusters.table["id"].to_numpy(dtype=object)
    hit = np.append(cluster_ids[clusters.of_place[:-1]] == place_id, False)
    mask |= table.via.any_of(hit[:-1])[rows]
    return rows[mask]
