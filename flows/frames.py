"""GIS layers of the record table, for ``flows build``: places (Point), flows (great-circle
arcs), routes, and one row per (record, source), as GeoDataFrames in EPSG:4326.

These are outputs for GIS users (GeoPackage, GeoParquet); the map and the exports draw from
the record table through :mod:`flows.pipeline`.

Every record appears in ``flows``: those without both endpoints, or whose endpoints are the
same place, have no geometry and ``drawable`` False with a ``not_drawn`` reason, so a caller
can list them instead of losing them.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
from shapely.geometry import Point

from flows.model import FlowRecord, PlaceRef
from flows.table.frame import flat_frame, records_frame
from flows.table.model import GIS_COLUMNS, RecordTable
from geodata.gazetteer import Gazetteer, ResolveContext, load_gazetteer
from geodata.geometry import build_arc, build_route
from geodata.place import Place

CRS = "EPSG:4326"


@dataclass
class Frames:
    """The three GeoDataFrames, plus one row per (record, source)."""

    flows: gpd.GeoDataFrame
    routes: gpd.GeoDataFrame
    places: gpd.GeoDataFrame
    sources: pd.DataFrame
    table: RecordTable | None = None  # the records, for a flows.parquet that loads back

    @property
    def not_drawn(self) -> pd.DataFrame:
        """Records listed but not drawn, with the reason."""
        return pd.DataFrame(self.flows.loc[~self.flows["drawable"], ["id", "not_drawn"]])


def resolve_ref(ref: PlaceRef | None, gazetteer: Gazetteer) -> Place | None:
    """The place a record's reference names, using its country hint as context."""
    if ref is None:
        return None
    context = ResolveContext(country_codes=(ref.country,) if ref.country else ())
    return gazetteer.resolve(ref.name, context=context).place


def flows_layer(table: RecordTable) -> gpd.GeoDataFrame:
    """One row per record; geometry is the great-circle arc, or None when it cannot be drawn."""
    frame = records_frame(table)
    geometry = [
        build_arc((a, b), (c, d)) if ok else None
        for ok, a, b, c, d in zip(
            frame["drawable"],
            frame["origin_lon"],
            frame["origin_lat"],
            frame["dest_lon"],
            frame["dest_lat"],
            strict=True,
        )
    ]
    if not len(frame):
        return gpd.GeoDataFrame({"id": [], "drawable": [], "not_drawn": []}, geometry=[], crs=CRS)
    return gpd.GeoDataFrame(frame.reset_index(drop=True), geometry=geometry, crs=CRS)


def routes_layer(table: RecordTable) -> gpd.GeoDataFrame:
    """Multi-leg routes: one row per record with transit places and both endpoints."""
    columns = ["id", "category", "status", "legs", "stop_ids", "stop_names", "geometry"]
    records = table.records
    rows = np.flatnonzero(
        (table.via.lengths > 0)
        & (records["origin"].to_numpy() >= 0)
        & (records["dest"].to_numpy() >= 0)
    )
    frame = records_frame(table, rows)
    out = []
    for r in frame.itertuples(index=False):
        stops = [(r.origin_id, r.origin_name, r.origin_lon, r.origin_lat)]
        index = {pid: i for i, pid in enumerate(table.places["id"])}
        for pid in r.via_ids:
            i = index[pid]
            stops.append(
                (
                    pid,
                    table.places["name"].iat[i],
                    table.places["lon"].iat[i],
                    table.places["lat"].iat[i],
                )
            )
        stops.append((r.dest_id, r.dest_name, r.dest_lon, r.dest_lat))
        geometry = build_route([(s[2], s[3]) for s in stops])
        if geometry is None:
            continue
        out.append(
            {
                "id": r.id,
                "category": r.category,
                "status": r.status,
                "legs": len(stops) - 1,
                "stop_ids": [s[0] for s in stops],
                "stop_names": [s[1] for s in stops],
                "geometry": geometry,
            }
        )
    return gpd.GeoDataFrame(pd.DataFrame(out, columns=columns), geometry="geometry", crs=CRS)


def places_layer(table: RecordTable) -> gpd.GeoDataFrame:
    """Every place the records name, with how many records start, end or pass there."""
    records = table.records
    size = len(table.places)

    def count(index: np.ndarray) -> np.ndarray:
        return np.bincount(index[index >= 0], minlength=size)

    origin, dest = records["origin"].to_numpy(), records["dest"].to_numpy()
    n_out, n_in = count(origin), count(dest)
    n_via = count(table.via.values.astype(np.int64))
    # records naming a place (a record passing twice counts once)
    pairs = np.concatenate(
        [
            np.stack([np.arange(len(records)), origin], 1),
            np.stack([np.arange(len(records)), dest], 1),
            np.stack([table.via.rows, table.via.values.astype(np.int64)], 1),
        ]
    )
    pairs = np.unique(pairs[pairs[:, 1] >= 0], axis=0)
    n_records = np.bincount(pairs[:, 1], minlength=size) if len(pairs) else np.zeros(size, int)
    places = table.places
    frame = pd.DataFrame(
        {
            "id": places["id"],
            "name": places["name"],
            "kind": places["kind"],
            "country_code": places["country_code"],
            "precision": places["precision"],
            "members": [list(m or ()) for m in places["members"]],
            "n_out": n_out.astype(np.int64),
            "n_in": n_in.astype(np.int64),
            "n_via": n_via.astype(np.int64),
            "n_records": n_records.astype(np.int64),
        }
    )
    keep = frame["n_records"] > 0
    geometry = [Point(x, y) for x, y in zip(places["lon"], places["lat"], strict=True)]
    out = gpd.GeoDataFrame(frame, geometry=geometry, crs=CRS)[keep.to_numpy()]
    return out.sort_values("n_records", ascending=False, kind="stable", ignore_index=True)


def frames_of_table(table: RecordTable) -> Frames:
    """The GIS layers of a record table."""
    from flows.table.frame import sources_of

    sources = sources_of(table, np.arange(len(table))).drop(columns="row")
    return Frames(
        flows=flows_layer(table),
        routes=routes_layer(table),
        places=places_layer(table),
        sources=sources,
        table=table,
    )


def build_frames(records: Sequence[FlowRecord], gazetteer: Gazetteer | None = None) -> Frames:
    """All layers for ``records`` (rejected records are left out: they are not flows)."""
    from flows.table.build import table_from_records

    return frames_of_table(table_from_records(records, gazetteer or load_gazetteer()))


def write_frames(frames: Frames, out_dir: Path) -> list[Path]:
    """Write the frames to ``flows.gpkg`` (three layers) and one GeoParquet file per frame.

    Each file is written to a temporary name and renamed, so a failed run leaves no half file.
    """
    from flows.export.atomic import atomic_path

    out_dir.mkdir(parents=True, exist_ok=True)
    layers = (("flows", frames.flows), ("routes", frames.routes), ("places", frames.places))
    gpkg = out_dir / "flows.gpkg"
    with atomic_path(gpkg) as tmp:
        for layer, frame in layers:
            flat_frame(frame).to_file(tmp, layer=layer, driver="GPKG")
    written = [gpkg]
    parquet = [("flows", records_layer(frames)), *layers[1:]]
    for layer, frame in parquet:
        with atomic_path(out_dir / f"{layer}.parquet") as tmp:
            frame.to_parquet(tmp)
        written.append(out_dir / f"{layer}.parquet")
    return written


def records_layer(frames: Frames) -> gpd.GeoDataFrame:
    """The flows layer as GeoParquet that loads back as records (``--data out/flows.parquet``):
    the record file columns (:mod:`flows.table.write`), the GIS columns, the arcs."""
    if frames.table is None:
        return frames.flows
    from flows.table.write import records_arrow

    records = records_arrow(frames.table).to_pandas()
    flows = frames.flows.reset_index(drop=True)
    for column in GIS_COLUMNS:
        records[column] = flows[column].to_numpy()
    return gpd.GeoDataFrame(records, geometry=flows.geometry.to_numpy(), crs=CRS)
