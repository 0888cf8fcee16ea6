"""Country polygons (Natural Earth 1:50m via world-atlas 2.0.2) and their label points.

The committed data (see geodata/data/PROVENANCE.md) is rebuilt by
``geodata/tools/build_countries.py``:

- ``countries-50m.json``: the world-atlas TopoJSON, unchanged (the source).
- ``countries-50m.parquet``: the same features as GeoParquet with ISO codes (fast to load).
- ``countries.csv``: name, iso_n3, iso_a2, iso_a3, part_of, label_lon, label_lat.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:  # geopandas is heavy: import it only when polygons are asked for
    import geopandas as gpd

DATA_DIR = Path(__file__).resolve().parent / "data"
COUNTRIES_PARQUET = DATA_DIR / "countries-50m.parquet"
COUNTRIES_TOPOJSON = DATA_DIR / "countries-50m.json"
COUNTRIES_CSV = DATA_DIR / "countries.csv"


class CountryRow(NamedTuple):
    """One row of countries.csv (one Natural Earth feature)."""

    name: str
    iso_n3: str
    iso_a2: str
    iso_a3: str
    part_of: str
    label_lon: float
    label_lat: float


@lru_cache(maxsize=1)
def load_country_table() -> tuple[CountryRow, ...]:
    """The rows of countries.csv (no geometry; cheap, no geopandas)."""
    with COUNTRIES_CSV.open(encoding="utf-8", newline="") as fh:
        return tuple(
            CountryRow(
                name=r["name"],
                iso_n3=r["iso_n3"],
                iso_a2=r["iso_a2"],
                iso_a3=r["iso_a3"],
                part_of=r["part_of"],
                label_lon=float(r["label_lon"]),
                label_lat=float(r["label_lat"]),
            )
            for r in csv.DictReader(fh)
        )


def country_label_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 -> (lon, lat) label point, for every feature that has an alpha-2 code."""
    return {r.iso_a2: (r.label_lon, r.label_lat) for r in load_country_table() if r.iso_a2}


@lru_cache(maxsize=1)
def _load_countries_cached() -> gpd.GeoDataFrame:
    import geopandas as gpd

    frame = gpd.read_parquet(COUNTRIES_PARQUET)
    # Empty strings in the parquet stand for "no code"; callers test with isna().
    for col in ("iso_a2", "iso_a3", "iso_n3", "part_of"):
        frame[col] = frame[col].replace("", None)
    return frame.set_crs("EPSG:4326", allow_override=True)


def load_countries() -> gpd.GeoDataFrame:
    """Country polygons: columns iso_a2, iso_a3, iso_n3, name, part_of, geometry; EPSG:4326.

    241 rows (Natural Earth 1:50m admin-0), Kosovo as XK/XKX. Features without an ISO code of
    their own (N. Cyprus, Somaliland, Indian Ocean Ter., Siachen Glacier, Ashmore and Cartier
    Is.) have iso_a2 None and ``part_of`` = the alpha-2 code of the state they belong to de jure
    (None for Siachen Glacier, which is disputed). Read once per process; a copy is returned so
    callers may modify it.
    """
    return _load_countries_cached().copy()
