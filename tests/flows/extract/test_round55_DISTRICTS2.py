"""Round 55 (DISTRICTS2) of the places in real English and French prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> the places ``flows
places`` gives (ANNOTATION.md, "Places"):

- a district of ``geodata/data/admin2.csv`` (Nepal's 77 districts) is a region of its own in a
  text that names its country, by its name alone, in a list ("Sarlahi and Khotang
  districts") or before an office ("Kaski District Police"), at its seat's point;
- in such a text a town of a country the text does not name gives way to the district
  ("Bara" is not Bar in Montenegro, "Mustang" not the town in Oklahoma);
- a United States county no town names ("Maverick County", "Starr County") is a region at the
  point ``geodata/data/us_counties.csv`` gives it (GeoNames), in a text that names the United
  States or a state of it; a county name several states use is not in the table;
- guards: no district where the text does not name its country ("Dang Van Lam", "a Ford
  Mustang"), and a name the gazetteer already reads as a town of that country stays a town.
"""

from __future__ import annotations

import pytest

from geodata.admin2 import districts_of, us_county
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round54_DISTRICTS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # districts named alone or in a list, in a text that names Nepal
        ("Police freed three girls from Dang and Sindhupalchowk in Nepal at the Indian border.",
         "en",
         [("Dang", "Dang", "region"), ("Sindhupalchowk", "Sindhupalchok", "region"),
          ("Nepal", "Nepal", "country")]),
        ("The victims, from Sarlahi and Khotang districts of Nepal, were taken to Delhi.", "en",
         [("Sarlahi", "Sarlahi", "region"), ("Khotang", "Khotang", "region"),
          ("Nepal", "Nepal", "country"), ("Delhi", "Delhi", "city")]),
        ("Kaski District Police in Nepal said the women were bound for Kuwait.", "en",
         [("Kaski", "Kaski", "region"), ("Nepal", "Nepal", "country"),
          ("Kuwait", "Kuwait", "country")]),
        # a town of a country the text does not name gives way to the district
        ("Au Népal, les jeunes filles venaient des districts de Rautahat et de Bara.", "fr",
         [("Népal", "Nepal", "country"), ("Rautahat", "Rautahat", "region"),
          ("Bara", "Bara", "region")]),
        ("Nepal's police found the girls in Kathmandu and Mustang.", "en",
         [("Nepal", "Nepal", "country"), ("Kathmandu", "Kathmandu", "city"),
          ("Mustang", "Mustang", "region")]),
        # a US county no town names
        ("Border Patrol agents in Maverick County, Texas, seized rifles bound for Mexico.", "en",
         [("Maverick County", "Maverick county", "region"), ("Texas", "Texas", "region"),
          ("Mexico", "Mexico", "country")]),
        ("Starr County deputies stopped the migrants in the United States.", "en",
         [("Starr County", "Starr county", "region"),
          ("United States", "United States", "country")]),
        # guards: the country is not named
        ("Dang Van Lam was arrested in Hanoi, Vietnam, with heroin.", "en",
         [("Hanoi", "Hanoi", "city"), ("Vietnam", "Vietnam", "country")]),
        ("A Ford Mustang carrying cocaine was stopped in Texas.", "en",
         [("Texas", "Texas", "region")]),
    ],
)  # fmt: skip
def test_round55_districts_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("country", "name", "seat_near"),
    [
        ("NP", "Kaski", (83.97, 28.27)),  # Pokhara, from GeoNames
        ("NP", "Khotang", (86.80, 27.21)),  # Diktel, hand-placed
        ("NP", "Banke", (81.62, 28.05)),  # Nepalgunj
    ],
)
def test_round55_district_points(country, name, seat_near):
    place = next(p for p in districts_of(country) if p.name == name)
    assert (round(place.lon, 2), round(place.lat, 2)) == seat_near
    assert place.kind == "region" and place.country_code == country


def test_round55_every_nepal_district_once():
    names = [p.name for p in districts_of("NP")]
    assert len(names) == len(set(names)) == 77
    assert all(80.0 < p.lon < 88.3 and 26.3 < p.lat < 30.5 for p in districts_of("NP"))


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Maverick", ("Maverick County", "US")),
        ("Starr", ("Starr County", "US")),
        ("Orange", None),  # several states: the state is needed
        ("Nowhere", None),
    ],
)
def test_round55_us_counties(name, expected):
    county = us_county(name)
    assert (None if county is None else (county.name, county.country_code)) == expected
