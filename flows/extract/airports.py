"""Airports the text names with the word airport, from the ``airportsdata`` package (IATA
airports: name, city, country, coordinates; offline data).

A name before "Airport" ("Sabiha Gökçen Airport", "Julius Nyerere International Airport") or
after "aéroport" ("l'aéroport Montréal-Trudeau", "l'aéroport international Blaise
Diagne") is an airport when every word of it is a word of one airport's name or town
("Julius Nyerere" in "Mwalimu Julius K. Nyerere International Airport"). Which airport: the one
in a country the text names when several share the words, none when they still disagree.
The name is read only where the scanner found no place (a town's name stays the town:
"Manchester Airport", "aéroport de Zurich"), and so does a town the text named before the
airport that serves it ("kept in Jaipur ... Jaipur International Airport": one place, as the
flows read it); "the airport" alone names nothing.
``ToponymScanner.scan`` calls :func:`airports_named` once its own mentions are read.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

from flows.extract.mention import Mention, overlaps
from geodata.index_build import sphere_distance_km
from geodata.normalize import STOPWORDS, fold_key
from geodata.place import Place

# A name: up to five capitalised words, with hyphens and the particles of names between them
_NAME = (
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s(?:(?:de|du|da|del|la|le|van|von|y)\s)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’.-]*){0,4})"
)
_AIRPORT = {
    "en": re.compile(_NAME + r"\s+(?:International\s+)?Airport\b"),
    "fr": re.compile(
        r"\baéroport\s+(?:[Ii]nternational\s+)?(?:de\s+(?:l['’]\s*)?|d['’]\s*)?" + _NAME
    ),
}
# Words of airport names that say what an airport is, not which one
_GENERIC = frozenset(
    "international intl airport aeroport aerodrome regional municipal domestic national "
    "airfield field air base city county new san santa saint st the of and de".split()
)
# Airports sharing a name's words still mean one place when they lie this close together
_SAME_AIRPORT_KM = 50
# An airport this close to a town the text has named before is that town's airport: the town
# stays the place ("kept in Jaipur ... flying off from Jaipur International Airport": Jaipur)
_OWN_TOWN_KM = 40


def _words(text: str) -> list[str]:
    return [w for w in fold_key(text).split() if w]


@lru_cache(maxsize=1)
def _airports() -> tuple[list[dict], dict[str, list[int]]]:
    """The IATA airports and an index from each folded word of their name and town to them."""
    try:
        import airportsdata
    except ImportError:  # the data package is optional: no airport is read without it
        return [], {}
    rows = [r for r in airportsdata.load("IATA").values() if r.get("lat") is not None]
    index: dict[str, list[int]] = defaultdict(list)
    for k, r in enumerate(rows):
        for w in set(_words(r["name"]) + _words(r.get("city") or "")):
            index[w].append(k)
    return rows, dict(index)


def _airport_for(name: str, countries: set[str]) -> dict | None:
    """The one airport whose name and town hold every word of ``name`` (at least one of them
    no generic word), the one in ``countries`` when several do; None when still several."""
    words = [w for w in _words(name) if w not in _GENERIC]
    if not words or all(len(w) < 4 for w in words):
        return None
    rows, index = _airports()
    hits: set[int] | None = None
    for w in words:
        found = set(index.get(w, ()))
        hits = found if hits is None else hits & found
        if not hits:
            return None
    cands = [rows[k] for k in sorted(hits or ())]
    if len(cands) > 1:
        cands = [r for r in cands if r["country"] in countries] or cands
    first = cands[0]
    if all(
        sphere_distance_km(r["lon"], r["lat"], first["lon"], first["lat"]) <= _SAME_AIRPORT_KM
        for r in cands[1:]
    ):
        return first
    return None


def _place(row: dict, mentions: list[Mention], start: int) -> Place:
    """The airport's place, or the town it serves that the text names before ``start``
    (``_OWN_TOWN_KM``)."""
    for m in mentions:
        if (
            m.start < start
            and m.place.kind == "city"
            and m.place.country_code == row["country"]
            and sphere_distance_km(m.place.lon, m.place.lat, row["lon"], row["lat"]) <= _OWN_TOWN_KM
        ):
            return m.place
    return Place(
        id=f"airport:{row['iata']}",
        name=row["name"],
        kind="other",
        lon=float(row["lon"]),
        lat=float(row["lat"]),
        country_code=row["country"] or None,
    )


def airports_named(text: str, lang: str, mentions: list[Mention], lower: set[str]) -> list[Mention]:
    """Airports named with the word airport (``_AIRPORT``) where the scanner found no place in
    the name: the longest tail of the name (English: before "Airport") or its longest head
    (French: after "aéroport") that names one airport of ``airportsdata``. The mention spans
    the name and the word airport ("Sabiha Gökçen Airport", "aéroport Montréal-Trudeau")."""
    pattern = _AIRPORT.get(lang)
    if pattern is None or ("irport" not in text and "éroport" not in text):
        return []
    countries = {m.place.country_code for m in mentions if m.place.country_code}
    out: list[Mention] = []
    for hit in pattern.finditer(text):
        name = hit.group("name").rstrip(".'’-")  # a full stop ends the sentence, not the name
        start = hit.start("name")
        words = [w for w in re.finditer(r"\S+", name) if w.group()[:1].isupper()]
        if lang == "fr":  # the longest head first: "aéroport Montréal-Trudeau de ..."
            spans = [(start, start + w.end()) for w in reversed(words)]
        else:  # the longest tail first: "... Julius Nyerere International Airport"
            spans = [(start + w.start(), start + len(name)) for w in words]
        for s, e in spans:
            surface = text[s:e]
            if overlaps(s, e, (*mentions, *out)):
                continue
            if " " not in surface and (surface.lower() in lower or fold_key(surface) in STOPWORDS):
                continue
            row = _airport_for(surface, countries)
            if row is None:
                continue
            a, b = (s, hit.end()) if lang == "en" else (hit.start(), e)
            out.append(Mention(text[a:b], a, b, _place(row, mentions, a), 0.8, "airport"))
            break
    return out
