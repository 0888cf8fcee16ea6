"""Second-level divisions (districts) from ``data/admin2.csv``, looked up by country.

The bundled GeoNames extracts carry no second-level divisions, and many districts are not
named after a town ("Sarlahi", "Kaski", "Khotang" in Nepal), so neither the gazetteer nor
``geodata.towns`` knows them. The table gives each district its names and a point: the
GeoNames point of its seat where ``cities500`` has the seat, else a hand-placed one (column
``point``). The extractor reads a district only in a text that names its country
(``flows.extract.named_districts``): the names are short and often words elsewhere ("Dang",
"Bara", "Mustang").

>>> [p.name for p in districts_of("NP") if p.name.startswith("Sind")]
['Sindhupalchok', 'Sindhuli']
>>> kaski = next(p for p in districts_of("NP") if p.name == "Kaski")
>>> kaski.id, kaski.kind, kaski.members, kaski.names
('admin2:NP:kaski', 'region', ('NP',), ('Kaski',))
>>> districts_of("XX")
()
"""

from __future__ import annotations

import csv
from collections import defaultdict
from functools import cache
from pathlib import Path

from geodata.normalize import fold_key
from geodata.place import Place

ADMIN2_PATH = Path(__file__).resolve().parent / "data" / "admin2.csv"


def district_place(
    name: str, other_names: tuple[str, ...], country_code: str, lon: float, lat: float
) -> Place:
    """The region a district stands for; ``names`` holds every spelling the text may use."""
    return Place(
        id=f"admin2:{country_code}:{fold_key(name)}",
        name=name,
        kind="region",
        lon=lon,
        lat=lat,
        country_code=country_code,
        precision="region",
        names=(name, *other_names),
        members=(country_code,),
    )


@cache
def _by_country() -> dict[str, tuple[Place, ...]]:
    """Every district of the table, by country code (read once)."""
    out: dict[str, list[Place]] = defaultdict(list)
    with ADMIN2_PATH.open(encoding="utf-8") as f:
        next(f)  # provenance line
        for row in csv.DictReader(f):
            others = tuple(n for n in row["other_names"].split("|") if n)
            out[row["country_code"]].append(
                district_place(
                    row["name"], others, row["country_code"], float(row["lon"]), float(row["lat"])
                )
            )
    return {code: tuple(places) for code, places in out.items()}


def districts_of(country_code: str) -> tuple[Place, ...]:
    """The districts the table holds for ``country_code`` (none for most countries)."""
    return _by_country().get(country_code, ())


US_COUNTIES_PATH = ADMIN2_PATH.with_name("us_counties.csv")


@cache
def _us_counties() -> dict[str, Place]:
    """The counties of ``data/us_counties.csv`` by folded name (read once)."""
    out: dict[str, Place] = {}
    with US_COUNTIES_PATH.open(encoding="utf-8") as f:
        next(f)  # provenance line
        for row in csv.DictReader(f):
            name = f"{row['name']} County"
            out[fold_key(row["name"])] = district_place(
                name, (), "US", float(row["lon"]), float(row["lat"])
            )
    return out


def us_county(name: str) -> Place | None:
    """The United States county called ``name`` ("Maverick" for Maverick County, Texas), when
    one state alone has a county of that name.

    >>> us_county("Maverick").name, us_county("Maverick").country_code
    ('Maverick County', 'US')
    >>> us_county("Orange") is None  # Florida, California, Texas, ...
    True
    """
    return _us_counties().get(fold_key(name))
