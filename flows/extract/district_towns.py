"""Second-level divisions named with their kind word after a town's name ("Dhanusha
district", "Crane County", "Pidie regency") or before it ("le département de Saraya", "la
wilaya de Tlemcen"). The bundled data has no second-level divisions, but most districts are
named after their chief town: the division is read as a region at that town's point, when a
country the text names holds a town of that name.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.extract.mention import Mention, overlaps
from geodata.admin2 import us_county
from geodata.place import Place
from geodata.towns import towns_named

_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*){0,2}"
# The kind words of a second-level division, after the name (English) or before it (French)
_KIND_AFTER = {
    "en": re.compile(
        r"(?<![\w'’-])(?P<name>" + _NAME + r")\s+(?P<kind>(?i:district|county|regency|"
        r"prefecture|governorate))(?![\w'’-])"
    ),
    "fr": re.compile(
        r"(?<![\w'’-])(?i:district|département|préfecture|wilaya|gouvernorat|comté)s?\s+"
        r"(?:de\s+|d['’]\s*|du\s+)(?P<name>" + _NAME + r")(?![\w'’-])"
    ),
}
# Names that start a court or an office, not a place ("Southern District", "US District")
_NOT_TOWNS = frozenset(
    "the a an us u.s. united states federal southern northern eastern western central middle "
    "chief customs state etat état".split()
)


def divisions_named_after_towns(
    text: str,
    lang: str,
    mentions: list[Mention],
    countries: tuple[str, ...],
    city_of: Callable[[str], Place | None],
) -> list[Mention]:
    """Divisions written with their kind word ("Dhanusha district", "le département de
    Saraya") where no mention holds the name: a region named as written, at the point of the
    town of that name (the gazetteer's city, ``city_of``, or a small town of
    ``geodata.towns``) in one of ``countries`` (the countries the text names)."""
    if not countries:
        return []
    out: list[Mention] = []
    read: dict[str, Place] = {}  # one division per name ("Pidie regency", "Pidie District")
    for hit in _KIND_AFTER[lang].finditer(text):
        name = hit.group("name")
        if name.split(" ")[0].lower() in _NOT_TOWNS:
            continue
        if overlaps(hit.start("name"), hit.end("name"), (*mentions, *out)):
            continue
        town = _town(name, countries, city_of)
        if town is None and "US" in countries and _kind(hit) == "county":
            town = us_county(name)  # a county no town names ("Maverick County", Texas)
        if town is None:
            continue
        start, end = (hit.start(), hit.end()) if lang == "en" else hit.span("name")
        surface = text[start:end]
        label = f"{name} {hit.group('kind').lower()}" if lang == "en" else name
        place = read.setdefault(
            name.lower(),
            Place(
                id=f"district:{town.country_code}:{name.lower()}",
                name=label,
                kind="region",
                lon=town.lon,
                lat=town.lat,
                country_code=town.country_code,
                precision="region",
            ),
        )
        out.append(Mention(surface, start, end, place, 0.8, "district"))
    return out


def _kind(hit: re.Match[str]) -> str | None:
    """The kind word of an English hit ("county" of "Maverick County"); French hits keep it
    out of their groups."""
    kind = hit.groupdict().get("kind")
    return kind.lower() if kind else None


def _town(
    name: str, countries: tuple[str, ...], city_of: Callable[[str], Place | None]
) -> Place | None:
    """The town ``name`` in one of ``countries``: the gazetteer's city, else the most populous
    small town of that name there."""
    city = city_of(name)
    if city is not None and city.kind == "city" and city.country_code in countries:
        return city
    return next((t for t in towns_named(name) if t.country_code in countries), None)
