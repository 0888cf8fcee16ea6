"""Places named in the reader's language, from CLDR, supplement.yaml and exonyms.yaml."""

from __future__ import annotations

import pandas as pd
import pytest

from geodata.gazetteer import ResolveContext, load_gazetteer
from geodata.names import (
    exonym_entries,
    localize_frame,
    localize_names,
    localized_name,
    names_of_places,
    place_names_for,
)


@pytest.mark.parametrize(
    ("place_id", "name", "country", "french"),
    [
        ("country:GB", "United Kingdom", "GB", "Royaume-Uni"),
        ("country:DE", "Germany", "DE", "Allemagne"),
        ("country:TR", "Türkiye", "TR", "Turquie"),
        ("country:BA", "Bosnia and Herzegovina", "BA", "Bosnie-Herzégovine"),
        ("country:MM", "Myanmar", "MM", "Myanmar"),  # CLDR "Myanmar (Birmanie)": the short form
        ("country:HK", "Hong Kong", "HK", "Hong Kong"),
        ("region:western-balkans", "Western Balkans", None, "Balkans occidentaux"),
        ("route:central-mediterranean", "Central Mediterranean", None, "Méditerranée centrale"),
        ("region:european-union", "European Union", None, "Union européenne"),
        ("city:algeciras", "Algeciras", "ES", "Algésiras"),
        ("geonames:2803138", "Antwerp", "BE", "Anvers"),  # a city from exonyms.yaml
        ("geonames:1", "Guayaquil", "EC", "Guayaquil"),
        ("geonames:2", "Some Town", "FR", "Some Town"),  # no French name: the stored one
        ("part:northern:FR", "Northern France", "FR", "France (nord)"),
        ("part:southwestern:LY", "Southwestern Libya", "LY", "Libye (sud-ouest)"),
    ],
)
def test_french_names(place_id, name, country, french):
    assert localized_name(place_id, name, "fr", country) == french
    assert localized_name(place_id, name, "en", country) == name


def test_codes_and_ids_name_the_country():
    names = place_names_for("fr")
    assert names["GB"] == names["country:GB"] == "Royaume-Uni"
    assert place_names_for("en") == {}


def test_every_exonym_names_a_city_the_gazetteer_knows():
    gazetteer = load_gazetteer()
    for country, name, _ in exonym_entries("fr"):
        found = gazetteer.resolve(name, context=ResolveContext((country,))).place
        assert found is not None and found.name == name and found.country_code == country, name


def test_frames_get_names_from_ids_including_lists():
    frame = pd.DataFrame(
        {
            "origin_id": ["country:UA", "region:western-balkans"],
            "origin_name": ["Ukraine", "Western Balkans"],
            "dest_id": ["country:GB", None],
            "dest_name": ["United Kingdom", None],
            "via_ids": [["country:PL", "country:DE"], []],
            "via_names": [["Poland", "Germany"], []],
        }
    )
    out = localize_frame(frame, "fr")
    assert list(out["origin_name"]) == ["Ukraine", "Balkans occidentaux"]
    assert out["dest_name"][0] == "Royaume-Uni" and pd.isna(out["dest_name"][1])
    assert list(out["via_names"][0]) == ["Pologne", "Allemagne"]
    assert frame["dest_name"][0] == "United Kingdom"  # the input is left as it was
    assert localize_frame(frame, "en") is frame


def test_names_of_a_places_table():
    places = pd.DataFrame(
        {
            "id": ["country:IT", "geonames:1"],
            "name": ["Italy", "Hamburg"],
            "country_code": ["IT", "DE"],
        }
    )
    names = names_of_places(places, "fr")
    assert names["country:IT"] == "Italie" and names["geonames:1"] == "Hambourg"
    assert names["ES"] == "Espagne"  # every ISO code, for filters and titles
    assert localize_names(places, {}) is places
