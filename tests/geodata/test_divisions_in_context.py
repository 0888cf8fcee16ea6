"""First-level divisions whose bare name a town of another country holds ("Tuscany" is also a
Calgary neighbourhood, "Virginia" a South African town, "Delta" a Canadian city): the division
where the context names its country, the town otherwise (geodata/index_build.py)."""

from __future__ import annotations

import pytest

from geodata.gazetteer import Gazetteer, ResolveContext, load_gazetteer


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


# name, the context's countries, expected (kind, country) of the place resolved
ROWS = [
    ("Tuscany", ("IT",), ("region", "IT")),
    ("Virginia", ("US", "MX"), ("region", "US")),
    ("Colorado", ("US",), ("region", "US")),
    ("Delta", ("NG",), ("region", "NG")),
    ("Paraná", ("BR",), ("region", "BR")),
    ("Navarre", ("ES", "FR"), ("region", "ES")),
    # no context naming the division's country: the town, as before
    ("Tuscany", (), ("city", "CA")),
    ("Virginia", ("ZA",), ("city", "ZA")),
    ("Paraná", ("AR",), ("city", "AR")),
    # a country's name is never taken by a division ("Georgia" in a U.S. story)
    ("Georgia", ("US",), ("country", "GE")),
]


@pytest.mark.parametrize(("name", "codes", "expected"), ROWS)
def test_division_in_context(gaz, name, codes, expected):
    context = ResolveContext(country_codes=codes) if codes else None
    place = gaz.resolve(name, context=context).place
    assert (place.kind, place.country_code) == expected


def test_division_is_an_alternative_not_a_candidate_without_context(gaz):
    # text scanners list a name's senses without context: the division stays out of them
    assert all(p.kind == "city" for p in gaz.candidates("Tuscany"))
