"""Country polygons and the country table (Natural Earth 1:50m via world-atlas)."""

from __future__ import annotations

import geopandas as gpd
import pytest
from shapely.geometry import Point

from geodata.countries import (
    COUNTRIES_TOPOJSON,
    country_label_points,
    load_countries,
    load_country_table,
)


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
