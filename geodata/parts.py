"""Parts of a country named by a direction: "Northern France", "Southern Libya".

Texts give such endpoints ("le nord de la France", "the north coast of France", "southern
Libya") and ANNOTATION.md asks for the most specific place given; the gazetteer has no polygon
for them, so a part is the country's label point moved two degrees that way, a region of that
one country.

>>> from geodata.place import Place
>>> fr = Place("country:FR", "France", "country", 2.4, 46.6, "FR", "country")
>>> part_place(fr, "Northern").name, part_place(fr, "Northern").lat
('Northern France', 48.6)
>>> split_part_name("Southern Libya")
('Southern', 'Libya')

A capitalised compass compound before a country is the region's own name as the press writes
it ("Southwest China", "South East Nigeria", "North-West Pakistan"), kept in its one-word form:

>>> split_part_name("South-East Nigeria"), part_place(fr, "Southwest").name
(('Southeast', 'Nigeria'), 'Southwest France')
"""

from __future__ import annotations

import re

from geodata.place import Place

PARTS = ("Northern", "Southern", "Eastern", "Western", "Northeastern", "Northwestern",
         "Southeastern", "Southwestern")  # fmt: skip
# The compounds as names ("Southwest China"): the same parts as "Southwestern" and so on
COMPOUND_PARTS = {"Northeast": "Northeastern", "Northwest": "Northwestern",
                  "Southeast": "Southeastern", "Southwest": "Southwestern"}  # fmt: skip
# A country this small is one place, whatever part of it a text names ("le sud de Mayotte").
PART_MIN_POPULATION = 1_000_000
_SHIFT = {"Northern": (0, 2), "Southern": (0, -2), "Eastern": (2, 0), "Western": (-2, 0),
          "Northeastern": (1.5, 1.5), "Northwestern": (-1.5, 1.5), "Southeastern": (1.5, -1.5),
          "Southwestern": (-1.5, -1.5)}  # fmt: skip
_NAME = re.compile(rf"^\s*({'|'.join(PARTS)})\s+(.+?)\s*$", re.IGNORECASE)
# "Southwest", "South-West", "South West" (capitalised, as a name is written)
_COMPOUND = re.compile(r"^\s*(North|South)(?:-|\s+)?(?i:(east|west))\s+(.+?)\s*$")


def part_place(country: Place, part: str) -> Place:
    """The ``part`` ("Northern"...) of ``country`` as a region of that country."""
    part = part.capitalize()
    dx, dy = _SHIFT[COMPOUND_PARTS.get(part, part)]
    return Place(
        id=f"part:{part.lower()}:{country.country_code}",
        name=f"{part} {country.name}",
        kind="region",
        lon=round(country.lon + dx, 4),
        lat=round(country.lat + dy, 4),
        country_code=country.country_code,
        precision="region",
        members=(country.country_code,) if country.country_code else (),
    )


def split_part_name(name: str) -> tuple[str, str] | None:
    """``"Northern France"`` -> ``("Northern", "France")``; other names -> None."""
    m = _NAME.match(name or "")
    if m:
        return (m.group(1).capitalize(), m.group(2))
    c = _COMPOUND.match(name or "")
    return (c.group(1) + c.group(2).lower(), c.group(3)) if c else None
