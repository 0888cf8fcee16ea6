"""Smuggling hubs and country names of real news texts that GeoNames' cities15000 lacks
(supplement.yaml, round 16 of issue 8): each resolves to the right place, and nothing else
changed meaning."""

from __future__ import annotations

import math

import pytest

from geodata.gazetteer import Gazetteer, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


def _km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = (
        math.sin((p2 - p1) / 2) ** 2
        + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    )
    return 6371.0 * 2 * math.asin(math.sqrt(a))


# name, language, kind, country, (lon, lat) within 50 km (public coordinates)
ROWS = [
    ("Tajoura", "fr", "city", "LY", (13.35, 32.88)),
    ("Gasr Garabulli", "en", "city", "LY", (13.72, 32.75)),
    ("Abu Khammas", "en", "city", "LY", (11.83, 33.03)),
    ("La Restinga", "fr", "city", "ES", (-17.98, 27.64)),
    ("Arguineguín", "es", "city", "ES", (-15.68, 27.76)),
    ("Linosa", "it", "city", "IT", (12.86, 35.86)),
    ("Otay Mesa", "en", "city", "US", (-116.97, 32.57)),
    ("Briançon", "fr", "city", "FR", (6.64, 44.90)),
    ("Pylos", "en", "city", "GR", (21.70, 36.91)),
    ("Steccato di Cutro", "it", "city", "IT", (16.98, 39.03)),
    ("Malines", "fr", "city", "BE", (4.48, 51.03)),
    ("Mechelen", "en", "city", "BE", (4.48, 51.03)),
    ("Puntland", "en", "region", "SO", (48.5, 8.4)),
    ("South Florida", "en", "region", "US", (-80.3, 26.1)),
    ("Fezzan", "fr", "region", "LY", (14.0, 26.0)),
    ("Guinée-Conakry", "fr", "country", "GN", None),
    ("Lybie", "fr", "country", "LY", None),
    ("île Maurice", "fr", "country", "MU", None),
    ("Trinidad et Tobago", "fr", "country", "TT", None),
    ("bassin méditerranéen", "fr", "sea", None, None),
    ("Augusta", "fr", "city", "IT", (15.22, 37.23)),  # the Sicilian port, not Augsburg
    ("Dade County", "en", "region", "US", (-80.5, 25.6)),
]


@pytest.mark.parametrize(("name", "lang", "kind", "country", "lonlat"), ROWS)
def test_hub_resolves(gaz, name, lang, kind, country, lonlat) -> None:
    place = gaz.resolve(name, lang).place
    assert place is not None, name
    assert (place.kind, place.country_code) == (kind, country)
    if lonlat is not None:
        assert _km(place.lon, place.lat, *lonlat) <= 50


@pytest.mark.parametrize(
    ("name", "lang"), [("Swat", "en"), ("SWAT", "en"), ("Guinée", "fr"), ("Guinea", "en")]
)
def test_words_left_alone(gaz, name, lang) -> None:
    """A police "SWAT" team is no valley; "Guinée" alone stays the country Guinea."""
    place = gaz.resolve(name, lang).place
    assert place is None or place.id == "country:GN"
