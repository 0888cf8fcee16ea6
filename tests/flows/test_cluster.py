"""Places clustered for the whole world: which hub each place joins (flows.cluster)."""

from __future__ import annotations

import pandas as pd
import pytest

from flows.cluster import cluster_places

PLACES = pd.DataFrame(
    [
        # id, name, kind, country_code, lon, lat, members
        ("country:FR", "France", "country", "FR", 2.0, 46.0, ()),
        ("city:lyon", "Lyon", "city", "FR", 4.8, 45.8, ()),
        ("country:CN", "China", "country", "CN", 104.0, 35.0, ()),
        ("region:asia", "Asia", "region", None, 90.0, 35.0, ("CN", "RU", "TR")),
        ("region:europe", "Europe", "region", None, 15.0, 50.0, ()),
        ("region:balkans", "Balkans", "region", None, 21.0, 43.0, ("RS", "BA", "HR")),
        ("region:middle-east", "Middle East", "region", None, 44.0, 30.0, ("IQ", "EG")),
        ("sea:med", "Mediterranean Sea", "sea", None, 18.0, 35.5, ()),
    ],
    columns=["id", "name", "kind", "country_code", "lon", "lat", "members"],
)


@pytest.mark.parametrize(
    ("place", "cluster"),
    [
        ("country:FR", "continent:EU"),
        ("city:lyon", "continent:EU"),
        ("country:CN", "continent:AS"),
        ("region:asia", "continent:AS"),  # a continent by name: one "Asia" on the map
        ("region:europe", "continent:EU"),
        ("region:balkans", "continent:EU"),  # every member in Europe
        ("region:middle-east", "region:middle-east"),  # members on two continents
        ("sea:med", "sea:med"),
    ],
)
def test_a_place_joins_its_continent_at_world_level(place, cluster):
    clusters = cluster_places(PLACES, "region")
    row = PLACES.index[PLACES["id"] == place][0]
    assert clusters.table["id"].iat[clusters.of_place[row]] == cluster


def test_a_continent_appears_once_by_name():
    names = cluster_places(PLACES, "region").table["name"].tolist()
    assert names.count("Asia") == 1 and names.count("Europe") == 1


@pytest.mark.parametrize(
    ("countries", "lon", "lat"),
    [
        # Australia, Fiji, Samoa: the Pacific, not the plain mean 46.7 (the Indian Ocean)
        ([("AU", 134.0, -25.0), ("FJ", 178.0, -18.0), ("WS", -172.0, -14.0)], 167.1, -19.0),
        ([("FR", 2.0, 46.0), ("DE", 10.0, 51.0)], 6.0, 48.5),  # away from 180: the plain mean
        ([("NZ", 172.0, -41.0), ("TO", -175.0, -21.0)], 178.5, -31.0),  # across 180
    ],
)
def test_a_continent_hub_lies_amid_its_countries_around_the_globe(countries, lon, lat):
    places = pd.DataFrame(
        [(f"country:{c}", c, "country", c, x, y, ()) for c, x, y in countries],
        columns=PLACES.columns,
    )
    hubs = cluster_places(places, "region").table
    row = hubs.iloc[0]
    assert (abs(row["lon"] - lon) % 360 < 1 or abs(row["lon"] - lon) % 360 > 359) and abs(
        row["lat"] - lat
    ) < 0.1
