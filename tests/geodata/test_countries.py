"""Country polygons and the country table (Natural Earth 1:50m via world-atlas)."""

from __future__ import annotations

import geopandas as gpd
import numpy as np
import pytest
import shapely
from pyproj import Geod
from shapely.geometry import Point, Polygon

from geodata.countries import (
    COUNTRIES_TOPOJSON,
    country_label_points,
    load_countries,
    load_country_table,
)
from geodata.tools.build_countries import POLE_LAT, planar_geometry


@pytest.fixture(scope="module")
def countries() -> gpd.GeoDataFrame:
    return load_countries()


def test_shape_columns_crs(countries: gpd.GeoDataFrame) -> None:
    assert len(countries) == 241
    assert list(countries.columns) == ["iso_a2", "iso_a3", "iso_n3", "name", "part_of", "geometry"]
    assert countries.crs.to_epsg() == 4326
    assert countries.geometry.is_valid.all()
    assert set(countries.geom_type) <= {"Polygon", "MultiPolygon"}


def test_codes_unique_where_present(countries: gpd.GeoDataFrame) -> None:
    codes = countries.iso_a2.dropna()
    assert codes.is_unique and codes.str.fullmatch(r"[A-Z]{2}").all()
    assert countries.iso_a3.notna().all() and countries.iso_a3.is_unique


@pytest.mark.parametrize(
    ("name", "iso_a2", "iso_a3", "part_of"),
    [
        ("Kosovo", "XK", "XKX", None),
        ("Malta", "MT", "MLT", None),
        ("France", "FR", "FRA", None),
        ("N. Cyprus", None, "CYN", "CY"),
        ("Somaliland", None, "SOL", "SO"),
        ("Australia", "AU", "AUS", None),
        ("Ashmore and Cartier Is.", None, "ATC", "AU"),
    ],
)
def test_fixed_codes(
    countries: gpd.GeoDataFrame, name: str, iso_a2: str | None, iso_a3: str, part_of: str | None
) -> None:
    row = countries[countries.name == name].iloc[0]
    assert (row.iso_a2 if isinstance(row.iso_a2, str) else None) == iso_a2
    assert row.iso_a3 == iso_a3
    assert (row.part_of if isinstance(row.part_of, str) else None) == part_of


def test_cached_and_copied(countries: gpd.GeoDataFrame) -> None:
    again = load_countries()
    again.loc[0, "name"] = "changed"
    assert load_countries().loc[0, "name"] != "changed"


def test_parquet_matches_the_source_topojson(countries: gpd.GeoDataFrame) -> None:
    source = gpd.read_file(COUNTRIES_TOPOJSON, layer="countries")
    assert list(source["name"]) == list(countries["name"])


@pytest.mark.parametrize(
    ("iso_a2", "lon", "lat"),
    [("FR", 2.4, 46.6), ("US", -98.5, 39.5), ("RU", 44.0, 56.0), ("NL", 5.5, 52.2)],
)
def test_label_overrides(iso_a2: str, lon: float, lat: float) -> None:
    assert country_label_points()[iso_a2] == (lon, lat)


def test_label_points_fall_inside_their_country(countries: gpd.GeoDataFrame) -> None:
    by_name = countries.set_index("name").geometry
    outside = [
        r.name
        for r in load_country_table()
        if not by_name[r.name].buffer(0.05).contains(Point(r.label_lon, r.label_lat))
    ]
    assert not outside


# -- the antimeridian: world-atlas edges are spherical (d3-geo), the parquet is flat lon/lat ----


def test_geometries_lie_within_lon_lat_range(countries: gpd.GeoDataFrame) -> None:
    min_lon, min_lat, max_lon, max_lat = countries.total_bounds
    assert min_lon >= -180 and max_lon <= 180 and min_lat >= -90 and max_lat <= 90


def _longest_edge_in_longitude(geom) -> float:
    rings = [r for p in shapely.get_parts(geom) for r in (p.exterior, *p.interiors)]
    return max(float(np.abs(np.diff(np.asarray(r.coords)[:, 0])).max()) for r in rings)


def test_no_edge_wraps_round_the_map(countries: gpd.GeoDataFrame) -> None:
    """An edge spanning tens of degrees of longitude is a ring drawn the long way round."""
    longest = {
        name: _longest_edge_in_longitude(geom)
        for name, geom in zip(countries.name, countries.geometry, strict=True)
    }
    assert {name: d for name, d in longest.items() if d > 60} == {}


def test_areas_match_the_spherical_source(countries: gpd.GeoDataFrame) -> None:
    """Geodesic areas of the flat polygons equal those of the source's spherical features.

    pyproj reads edges as geodesics, like d3-geo for which world-atlas is made, so the source
    area is right even where its rings cross the antimeridian or go round the South Pole.
    """
    geod = Geod(ellps="WGS84")
    source = gpd.read_file(COUNTRIES_TOPOJSON, layer="countries")
    off = []
    for name, src, ours in zip(source.name, source.geometry, countries.geometry, strict=True):
        expected = abs(geod.geometry_area_perimeter(src)[0])
        got = abs(geod.geometry_area_perimeter(ours)[0])
        if abs(got - expected) > 1e-4 * expected:
            off.append((name, expected, got))
    assert off == []


@pytest.mark.parametrize(
    ("iso_a3", "km2", "rel"),
    [
        ("RUS", 17.1e6, 0.05),  # Russia, land and inland water
        ("FJI", 18_274, 0.10),  # Fiji
        ("USA", 9.5e6, 0.05),  # United States incl. Alaska and the Aleutians
        ("ATA", 12.4e6, 0.05),  # Antarctica as drawn by Natural Earth 1:50m
    ],
)
def test_known_areas(countries: gpd.GeoDataFrame, iso_a3: str, km2: float, rel: float) -> None:
    equal_area = countries[countries.iso_a3 == iso_a3].to_crs("EPSG:6933")
    assert equal_area.area.iloc[0] / 1e6 == pytest.approx(km2, rel=rel)


@pytest.mark.parametrize(
    ("lon", "lat", "inside"),
    [
        (37.5, 65.5, []),  # White Sea
        (60.0, 67.0, ["RUS"]),  # Russian mainland, 65-69N band (was missing)
        (-175.0, 66.0, ["RUS"]),  # Chukotka, west of the antimeridian
        (-179.5, 71.2, ["RUS"]),  # Wrangel Island, whose ring crosses the antimeridian
        (-100.0, 67.0, ["CAN"]),  # Nunavut (a band of Russia lay across it)
        (178.0, -17.8, ["FJI"]),  # Viti Levu
        (-52.36, -16.51, ["BRA"]),  # Brazil (a band of Fiji lay across it)
        (0.0, -85.0, ["ATA"]),  # Antarctic interior (was missing)
        (-150.0, -85.0, ["ATA"]),
        (0.0, -89.99, ["ATA"]),  # next to the pole
        (-30.0, -50.0, []),  # South Atlantic
    ],
)
def test_points_fall_in_the_right_country(
    countries: gpd.GeoDataFrame, lon: float, lat: float, inside: list[str]
) -> None:
    assert countries[countries.contains(Point(lon, lat))].iso_a3.tolist() == inside


def _ring(*points: tuple[float, float]) -> list[tuple[float, float]]:
    return [*points, points[0]]


# Rings as d3-geo reads them: each edge the short way round. The polar band runs from -70 down
# to the pole line (-POLE_LAT) all the way round.
CROSSING = Polygon(_ring((170, 60), (-170, 60), (-170, 65), (170, 65)))
AROUND_POLE = _ring(*[((lon + 180) % 360 - 180, -70) for lon in range(0, 360, 10)])
POLE_LINE = _ring(*[(lon, -POLE_LAT) for lon in range(180, -180, -10)])
POLAR_BAND = 360 * (POLE_LAT - 70)


@pytest.mark.parametrize(
    ("geom", "area", "bounds"),
    [
        (Polygon(_ring((0, 0), (10, 0), (10, 5), (0, 5))), 50, (0, 0, 10, 5)),
        (CROSSING, 100, (-180, 60, 180, 65)),
        (CROSSING.union(Polygon(_ring((0, 0), (1, 0), (1, 1)))), 100.5, (-180, 0, 180, 65)),
        (Polygon(AROUND_POLE), POLAR_BAND, (-180, -POLE_LAT, 180, -70)),
        # world-atlas's Antarctica: the pole line as exterior, the coast as a hole
        (Polygon(POLE_LINE, [AROUND_POLE]), POLAR_BAND, (-180, -POLE_LAT, 180, -70)),
    ],
    ids=["plain", "crossing", "crossing-and-plain", "around-pole", "pole-line-and-coast"],
)
def test_planar_geometry(geom, area: float, bounds: tuple[float, ...]) -> None:
    flat = planar_geometry(geom)
    assert flat.is_valid and flat.geom_type in ("Polygon", "MultiPolygon")
    assert flat.area == pytest.approx(area)
    assert flat.bounds == pytest.approx(bounds)
    assert _longest_edge_in_longitude(flat) <= 60
