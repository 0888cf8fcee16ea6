"""The places synthetic records are drawn between (flows.synthetic)."""

from __future__ import annotations

import pytest

from flows.synthetic import MIN_COUNTRY_POPULATION, synthetic_places


@pytest.fixture(scope="module")
def places():
    from geodata.gazetteer import load_gazetteer

    return synthetic_places(load_gazetteer(), n_cities=20)


@pytest.mark.parametrize(
    ("country", "drawn"),
    [
        ("FR", True),
        ("NG", True),
        ("AQ", False),  # Antarctica: nobody lives there
        ("BV", False),  # Bouvet Island
        ("HM", False),  # Heard Island and McDonald Islands
    ],
)
def test_synthetic_countries_are_inhabited(places, country, drawn):
    countries = places[places["kind"] == "country"]
    assert (country in set(countries["country_code"])) is drawn


def test_every_synthetic_country_has_people(places):
    countries = places[places["kind"] == "country"]
    assert len(countries) > 200
    assert (countries["population"] >= MIN_COUNTRY_POPULATION).all()
