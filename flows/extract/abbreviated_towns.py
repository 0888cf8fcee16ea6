"""Towns named with their state's agency abbreviation ("Elizabeth, N.J.", "Trenton, Ga.",
"Florence, Ariz."), found where the scanner read no place.

The scanner leaves out names that are also given names, surnames or words ("Elizabeth",
"Trenton", "Charleston"), and :func:`flows.extract.place_senses.abbreviated_divisions` reads an
abbreviation only after a town it found. A dotted abbreviation of ``admin1_abbreviations.yaml``
right after a capitalised name and a comma is news-agency style for "this town, in this state":
the name is the town of that name (the gazetteer's, or a small town of ``geodata.towns``)
nearest the division's point, in its country, and the abbreviation is the division. Postal
codes ("AZ", "IN", "OR") are left out: they are words or initials as often.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.extract.mention import Mention, overlaps
from geodata.admin1 import abbreviated_division, admin1_abbreviations
from geodata.index_build import sphere_distance_km
from geodata.place import Place
from geodata.towns import towns_named

# Up to three capitalised words (with hyphens, apostrophes and "St."), then a comma and a dotted
# abbreviation; the name starts after a word boundary
_TOWN_ABBR = re.compile(
    r"(?<![\w'’.-])(?P<name>[A-Z][\w'’.-]*(?:\s[A-Z][\w'’-]*){0,2}),\s*(?P<abbr>"
    + "|".join(
        re.escape(a) for a in sorted(admin1_abbreviations(), key=len, reverse=True) if "." in a
    )
    + r")(?=[\s,;:)\].—–-]|$)"
)
# How far from its division's point the town may lie (El Paso lies some 1,000 km from that
# of Texas), as for the postal codes of ``place_senses``
_DIVISION_KM = 1500


def _nearest_town(towns: list[Place], division: Place) -> Place | None:
    """The town of ``towns`` in the division's country nearest its point, within
    ``_DIVISION_KM``."""
    near = [
        (sphere_distance_km(t.lon, t.lat, division.lon, division.lat), t)
        for t in towns
        if t.kind == "city" and t.country_code == division.country_code
    ]
    near = [(d, t) for d, t in near if d <= _DIVISION_KM]
    return min(near, key=lambda dt: dt[0])[1] if near else None


def towns_before_abbreviations(
    text: str, mentions: list[Mention], candidates: Callable[[str], tuple[Place, ...]]
) -> list[Mention]:
    """The towns (and their divisions) written "Town, Abbr." where no mention holds the name:
    ``candidates`` gives the gazetteer's places for a name, whatever the scanner filtered."""
    out: list[Mention] = []
    for hit in _TOWN_ABBR.finditer(text):
        start, end = hit.span("name")
        if overlaps(start, end, (*mentions, *out)):
            continue
        division = abbreviated_division(hit.group("abbr"))
        if division is None:
            continue
        name = hit.group("name")
        town = _nearest_town([*candidates(name), *towns_named(name)], division)
        if town is None:
            continue
        out.append(Mention(name, start, end, town, 0.8, "abbreviated_town"))
        a, b = hit.span("abbr")
        if not overlaps(a, b, (*mentions, *out)):
            out.append(Mention(hit.group("abbr"), a, b, division, 1.0, "abbreviation"))
    return out
