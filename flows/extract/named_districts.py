"""Districts of a country the text names, by their name alone or in a list ("from Dang and
Sindhupalchowk", "Siraha and Sarlahi districts", "Kaski District Police"), from the table of
``geodata.admin2``. A district's name is short and often a word or a surname elsewhere, so it
is read only where the text names its country (a country, a nationality or a town of it) and
no other mention holds the words.
"""

from __future__ import annotations

import re
from functools import cache

from flows.extract.mention import Mention, overlaps
from geodata.admin2 import districts_of
from geodata.place import Place


@cache
def _names_of(country_code: str) -> tuple[re.Pattern[str], dict[str, Place]] | None:
    """One pattern of every spelling of the country's districts (longest first, as written:
    capitalised), and the district of each spelling; None for a country the table lacks."""
    places = districts_of(country_code)
    if not places:
        return None
    by_name = {name: p for p in places for name in p.names}
    alternatives = "|".join(re.escape(n) for n in sorted(by_name, key=len, reverse=True))
    return re.compile(r"(?<![\w'’-])(?:" + alternatives + r")(?![\w'’-])"), by_name


def districts_over_foreign_towns(mentions: list[Mention]) -> list[Mention]:
    """``mentions`` with a town of a country the text does not name read as the district of
    that name of a country it names ("des districts de Rautahat et de Bara" in a text on
    Nepal: Bara, not Bar in Montenegro; "Mustang", not the town in Oklahoma). A country is
    named by a mention of it (its name or a nationality word), not by a town of it.

    >>> from geodata.place import Place
    >>> bar = Place("geonames:1", "Bar", "city", 19.1, 42.1, "ME")
    >>> np = Place("country:NP", "Nepal", "country", 84.0, 28.0, "NP")
    >>> nepal = Mention("Nepal", 0, 5, np, 1.0, "exact")
    >>> bara = Mention("Bara", 9, 13, bar, 0.9, "alias")
    >>> [m.place.name for m in districts_over_foreign_towns([nepal, bara])]
    ['Nepal', 'Bara']
    >>> [m.place.name for m in districts_over_foreign_towns([bara])]
    ['Bar']
    """
    named = {m.place.country_code for m in mentions if m.place.kind == "country"}
    tables = [t for code in sorted(named - {None}) if (t := _names_of(code)) is not None]
    if not tables:
        return mentions
    out = []
    for m in mentions:
        district = next((by_name[m.surface] for _, by_name in tables if m.surface in by_name), None)
        if district is not None and m.place.kind == "city" and m.place.country_code not in named:
            m = Mention(m.surface, m.start, m.end, district, 0.8, "district")
        out.append(m)
    return out


def districts_in_named_countries(
    text: str, mentions: list[Mention], countries: tuple[str, ...]
) -> list[Mention]:
    """Mentions of the districts of ``countries`` (the countries the text names) where no
    mention holds the name: a region at the district's point.

    >>> text = "Girls from Dang and Sindhupalchowk in Nepal were rescued."
    >>> [(m.surface, m.place.name) for m in districts_in_named_countries(text, [], ("NP",))]
    [('Dang', 'Dang'), ('Sindhupalchowk', 'Sindhupalchok')]
    >>> districts_in_named_countries(text, [], ("IN",))
    []
    """
    out: list[Mention] = []
    for code in countries:
        table = _names_of(code)
        if table is None:
            continue
        pattern, by_name = table
        for hit in pattern.finditer(text):
            if overlaps(hit.start(), hit.end(), (*mentions, *out)):
                continue
            out.append(
                Mention(hit.group(), hit.start(), hit.end(), by_name[hit.group()], 0.8, "district")
            )
    return out
