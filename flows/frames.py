"""Records -> GeoDataFrames in EPSG:4326: places (Point), flows (great-circle arcs), routes.

Every record appears in ``flows``: those without both endpoints, or whose endpoints are the
same place, have no geometry and ``drawable`` False with a ``not_drawn`` reason, so a caller
can list them instead of losing them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import geopandas as gpd
import pandas as pd
from shapely.geometry import Point

from flows.dates import decimal_year
from flows.model import FlowRecord, PlaceRef
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


def _span(record: FlowRecord) -> tuple[float | None, float | None]:
    start, end = record.start, record.end
    return (
        decimal_year(start) if start else None,
        decimal_year(end, end=True) if end else None,
    )


def _flow_row(record: FlowRecord, gazetteer: Gazetteer) -> dict:
    origin = resolve_ref(record.origin, gazetteer)
    dest = resolve_ref(record.destination, gazetteer)
    via = [resolve_ref(v, gazetteer) for v in record.via]
    t_start, t_end = _span(record)
    quantity = record.quantity
    geometry, reason = None, None
    if origin is None or dest is None:
        ends = (("origin", record.origin, origin), ("destination", record.destination, dest))
        missing = [n for n, ref, p in ends if ref is None]
        unknown = [f"{n} '{ref.name}' not in the gazetteer" for n, ref, p in ends if ref and not p]
        reason = "; ".join(([f"no {' or '.join(missing)}"] if missing else []) + unknown)
    else:
        geometry = build_arc((origin.lon, origin.lat), (dest.lon, dest.lat))
        if geometry is None:
            reason = "origin and destination are the same place"
    return {
        "id": record.id,
        "category": record.category,
        "commodity": record.commodity or "",
        "status": record.status,
        "verification": record.verification,
        "confidence": record.confidence,
        "period_start": record.period_start,
        "period_end": record.period_end,
        "t_start": t_start,
        "t_end": t_end,
        "precision": record.start.precision if record.start else None,
        **_endpoint("origin", record.origin, origin),
        **_endpoint("dest", record.destination, dest),
        "via_ids": [p.id for p in via if p],
        "via_names": [p.name for p in via if p],
        "via_countries": [c for p in via if p for c in _countries(p)],
        "actors": list(record.actors),
        "quantity_value": quantity.value if quantity else None,
        "quantity_value_max": quantity.value_max if quantity else None,
        "quantity_unit": quantity.unit if quantity else None,
        "quantity_what": quantity.what if quantity else None,
        "quantity_estimate": bool(quantity and quantity.estimate),
        "n_sources": len(record.sources),
        "publishers": sorted({s.publisher for s in record.sources}),
        "search_text": " ".join(
            filter(
                None,
                [record.summary, record.notes, record.commodity]
                + [s.title for s in record.sources]
                + [s.publisher for s in record.sources]
                + [s.evidence for s in record.sources],
            )
        ).casefold(),
        "summary": record.summary or "",
        "reviewed_by": record.reviewed_by or "",
        "reviewed_at": record.reviewed_at or "",
        "drawable": geometry is not None,
        "not_drawn": reason,
        "geometry": geometry,
    }


def _countries(place: Place) -> tuple[str, ...]:
    """Countries a place stands for: itself, or the members of a region."""
    if place.country_code:
        return (place.country_code,)
    return tuple(place.members)


def _endpoint(prefix: str, ref: PlaceRef | None, place: Place | None) -> dict:
    return {
        f"{prefix}_label": ref.name if ref else None,
        f"{prefix}_id": place.id if place else None,
        f"{prefix}_name": place.name if place else None,
        f"{prefix}_kind": place.kind if place else None,
        f"{prefix}_country": place.country_code if place else None,
        f"{prefix}_countries": list(_countries(place)) if place else [],
        f"{prefix}_lon": place.lon if place else None,
        f"{prefix}_lat": place.lat if place else None,
    }


def build_flows_frame(records: Sequence[FlowRecord], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """One row per record; geometry is the great-circle arc, or None when it cannot be drawn."""
    rows = [_flow_row(r, gazetteer) for r in records]
    if not rows:
        return gpd.GeoDataFrame({"id": [], "drawable": [], "not_drawn": []}, geometry=[], crs=CRS)
    return gpd.GeoDataFrame(rows, geometry="geometry", crs=CRS)


def build_routes_frame(records: Sequence[FlowRecord], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Multi-leg routes: one row per record that has transit places and both endpoints."""
    rows = []
    for record in records:
        if not record.via or record.origin is None or record.destination is None:
            continue
        stops = [
            resolve_ref(r, gazetteer) for r in (record.origin, *record.via, record.destination)
        ]
        if any(s is None for s in stops):
            continue
        geometry = build_route([(s.lon, s.lat) for s in stops])
        if geometry is None:
            continue
        rows.append(
            {
                "id": record.id,
                "category": record.category,
                "status": record.status,
                "legs": len(stops) - 1,
                "stop_ids": [s.id for s in stops],
                "stop_names": [s.name for s in stops],
                "geometry": geometry,
            }
        )
    columns = ["id", "category", "status", "legs", "stop_ids", "stop_names", "geometry"]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=columns), geometry="geometry", crs=CRS)


def build_places_frame(records: Sequence[FlowRecord], gazetteer: Gazetteer) -> gpd.GeoDataFrame:
    """Every place the records name, with how many records start, end or pass there."""
    counts: dict[str, dict] = {}
    for record in records:
        for field_name, ref in record.place_refs():
            place = resolve_ref(ref, gazetteer)
            if place is None:
                continue
            row = counts.setdefault(
                place.id,
                {
                    "id": place.id,
                    "name": place.name,
                    "kind": place.kind,
                    "country_code": place.country_code,
                    "precision": place.precision,
                    "members": list(place.members),
                    "n_out": 0,
                    "n_in": 0,
                    "n_via": 0,
                    "record_ids": set(),
                    "geometry": Point(place.lon, place.lat),
                },
            )
            key = {"origin": "n_out", "destination": "n_in"}.get(field_name, "n_via")
            row[key] += 1
            row["record_ids"].add(record.id)
    rows = []
    for row in counts.values():
        ids = row.pop("record_ids")
        rows.append({**row, "n_records": len(ids)})
    columns = [
        "id",
        "name",
        "kind",
        "country_code",
        "precision",
        "members",
        "n_out",
        "n_in",
        "n_via",
        "n_records",
        "geometry",
    ]
    frame = pd.DataFrame(rows, columns=columns).sort_values("n_records", ascending=False)
    return gpd.GeoDataFrame(frame.reset_index(drop=True), geometry="geometry", crs=CRS)


def build_sources_frame(records: Iterable[FlowRecord]) -> pd.DataFrame:
    """One row per (record, source), the provenance behind every figure."""
    rows = [
        {"record_id": r.id, "source_index": i, **s.model_dump()}
        for r in records
        for i, s in enumerate(r.sources)
    ]
    columns = [
        "record_id",
        "source_index",
        "title",
        "publisher",
        "url",
        "published",
        "language",
        "evidence",
        "evidence_start",
        "evidence_end",
    ]
    return pd.DataFrame(rows, columns=columns)


def build_frames(records: Sequence[FlowRecord], gazetteer: Gazetteer | None = None) -> Frames:
    """All frames for ``records`` (rejected records are left out: they are not flows)."""
    gazetteer = gazetteer or load_gazetteer()
    kept = [r for r in records if r.status != "rejected"]
    return Frames(
        flows=build_flows_frame(kept, gazetteer),
        routes=build_routes_frame(kept, gazetteer),
        places=build_places_frame(kept, gazetteer),
        sources=build_sources_frame(kept),
    )


def _flat(frame: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """List columns joined with '; ' so that GeoPackage and CSV can hold them."""
    out = frame.copy()
    for column in out.columns:
        if column != "geometry" and out[column].map(lambda v: isinstance(v, list | set)).any():
            out[column] = out[column].map(
                lambda v: "; ".join(map(str, v)) if isinstance(v, list | set) else v
            )
    return out


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
            _flat(frame).to_file(tmp, layer=layer, driver="GPKG")
    written = [gpkg]
    for layer, frame in layers:
        with atomic_path(out_dir / f"{layer}.parquet") as tmp:
            frame.to_parquet(tmp)
        written.append(out_dir / f"{layer}.parquet")
    return written
