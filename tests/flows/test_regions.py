"""Regions drawn as the areas they are (flows.render.regions), from small hand-built tables."""

from __future__ import annotations

import json

import numpy as np
import pandas as pd
import pytest
from shapely.geometry import Point, Polygon

from flows.cluster import Clusters
from flows.render.regions import area_hubs, region_areas

TABLE = pd.DataFrame(
    {
        "id": ["region:benelux", "country:DE", "region:nowhere", "region:empty"],
        "name": ["Benelux", "Germany", "Nowhere", "Empty"],
        "kind": ["region", "country", "region", "region"],
        "country_code": ["", "DE", "", ""],
        "lon": [5.0, 10.0, 0.0, 1.0],
        "lat": [51.0, 51.0, 0.0, 1.0],
        "members": [("BE", "NL", "LU"), (), ("XX",), ()],
    }
)
HUBS = pd.DataFrame(
    {
        "id": ["region:benelux", "country:DE", "region:nowhere", "region:empty"],
        "name": ["Benelux", "Germany", "Nowhere", "Empty"],
        "lon": [5.0, 10.0, 0.0, 1.0],
        "lat": [51.0, 51.0, 0.0, 1.0],
        "n_flows": [4, 3, 1, 1],
        "n_out": [1, 3, 1, 1],
        "n_in": [3, 0, 0, 0],
        "n_via": [0, 0, 0, 0],
    }
)


def _clusters(level: str) -> Clusters:
    return Clusters(level, np.arange(len(TABLE) + 1) - 0, TABLE, TABLE["id"].to_numpy())


@pytest.mark.parametrize(
    ("level", "expected"),
    [
        ("city", [True, False, True, False]),  # a region with members; a country stays a dot
        ("country", [True, False, True, False]),  # the first screen: regions are themselves
        ("region", [False, False, False, False]),  # the world: continents stand for many places
    ],
)
def test_which_hubs_are_drawn_as_areas(level, expected):
    assert area_hubs(HUBS, _clusters(level)).tolist() == expected


def test_no_clusters_no_areas():
    assert area_hubs(HUBS, None).tolist() == [False] * 4
    assert region_areas(HUBS, None) == []


def test_a_region_is_the_outline_of_its_member_countries():
    areas = region_areas(HUBS, _clusters("city"))
    assert {a["id"] for a in areas} == {"region:benelux"}  # unknown members draw nothing
    rings = [Polygon(a["ring"]) for a in areas]
    for city in [(4.35, 50.85), (4.9, 52.37), (6.13, 49.61)]:  # Brussels, Amsterdam, Luxembourg
        assert any(ring.contains(Point(city)) for ring in rings), city
    assert not any(ring.contains(Point(13.4, 52.5)) for ring in rings)  # Berlin is not in it
    assert areas[0]["n_in"] == 3 and areas[0]["name"] == "Benelux"
    json.dumps(areas)  # plain numbers and text: a deck layer's data
