"""Small towns the gazetteer lacks (GeoNames ``cities1000`` less ``cities15000``,
``geodata.towns``), read only where the text says the word is a place.

A name of a few thousand inhabitants is too often a word, a surname or a firm for the
gazetteer's index. These functions add such a town as a mention where the text places it: after
a noun that says it is a town ("the town of Sfakia", "la commune d'Acoua"), after a locative
preposition in a country the text names ("à Maglaj" in a text on Bosnia), right before an area
that holds it ("Ciney (Belgique)", "Avrillé (Maine-et-Loire)"), or listed beside a town the
gazetteer knows ("St. Paul's Bay, Fgura, Gudja and Paola"). ``ToponymScanner.scan`` calls them
once its own mentions are read.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from flows.extract.mention import Mention, overlaps
from flows.extract.periods import MONTHS
from geodata.index_build import sphere_distance_km
from geodata.normalize import STOPWORDS, fold_key
from geodata.place import Place
from geodata.towns import towns_named

# A name: up to four capitalised words, hyphens and the particles of town names between them
_TOWN_NAME = (
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s(?:(?:de|di|du|da|del|la|le|les|sur|am|an)\s)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’-]*){0,3})"
)
# "the town of X", "la commune de X": a noun that says the next name is a town
_TOWN_NOUN = {
    "en": re.compile(
        r"\b(?:town|village|hamlet|port|seaport|municipality|commune|settlement|locality|"
        r"township|border (?:town|post|crossing))\s+of\s+" + _TOWN_NAME
    ),
    "fr": re.compile(
        r"\b(?:ville|commune|village|localité|bourgade|bourg|hameau|municipalité|"
        r"poste[- ]frontière)\s+(?:de\s+|d['’]\s*)" + _TOWN_NAME
    ),
}
# "à Maglaj", "A Mendrisio", "in Bantry": a locative preposition right before a name. Weaker
# than a noun that says "town" (a person may follow "à"), so the whole name must be the town
# and a country the text names must hold it
_TOWN_AFTER_LOCATIVE = {
    "en": re.compile(r"(?<![\w'’-])(?:in|at|near)\s+" + _TOWN_NAME + r"(?![\w'’-])"),
    "fr": re.compile(r"(?<![\w'’-])(?:à|À|A|près\s+de)\s+" + _TOWN_NAME + r"(?![\w'’-])"),
}
# Calendar words after a locative ("in August", "à Noël" aside): no town
_CALENDAR_WORDS = frozenset(
    [*MONTHS["en"], *MONTHS["fr"]]
    + "monday tuesday wednesday thursday friday saturday sunday lundi mardi mercredi jeudi "
    "vendredi samedi dimanche".split()
)
# A name right before an area that places it: "Ciney (Belgique)", "Avrillé (Maine-et-Loire)",
# "à Owodé au Bénin", "à Maglaj, en Bosnie", "Sandwich, Kent", "X, a town in Y"
_TOWN_BEFORE_AREA = {
    "en": re.compile(
        _TOWN_NAME + r"(?:\s*\(\s*|,\s+(?:(?:a|the)\s+(?:small\s+)?(?:town|village|port)\s+"
        r"(?:in|of)\s+(?:the\s+)?(?:\w+\s+(?:of\s+)?)?)?)$"
    ),
    "fr": re.compile(
        _TOWN_NAME + r"(?:\s*\(\s*|,\s+(?:(?:dans|en|au|aux)\s+(?:l[ea]\s+|l['’]\s*|les\s+)?)?"
        r"|\s+(?:en|au|aux)\s+)$"
    ),
}
# What stands right before an area that may place a town: a bracket, a comma, a locative word
_AREA_LEAD = re.compile(r"(?:[(,]|\b(?:en|au|aux|dans|la|le|les|l['’]|in|of|the))\s*$")
# How far from a division's point a town may lie and still be read as lying in it
_TOWN_IN_AREA_KM = 300
_TOWN_WINDOW = 60  # characters before an area where its town's name may start


def _town_in(towns: tuple[Place, ...], area: Place) -> Place | None:
    """The most populous of ``towns`` that lies in ``area`` (a country, or a division near
    whose point it lies)."""
    for t in towns:
        if t.country_code != area.country_code:
            continue
        if area.kind == "country" or (
            sphere_distance_km(t.lon, t.lat, area.lon, area.lat) <= _TOWN_IN_AREA_KM
        ):
            return t
    return None


def _town_in_named(towns: tuple[Place, ...], countries: list[Place]) -> Place | None:
    """The most populous of ``towns`` in one of ``countries`` (the countries the text names)."""
    codes = {c.country_code for c in countries}
    return next((t for t in towns if t.country_code in codes), None)


def _town_name_spans(name: str, start: int, suffixes: bool) -> list[tuple[int, int, str]]:
    """Prefixes of ``name`` (or its suffixes: the name ends where an area starts), whole
    words beginning with a capital, longest first, as (start, end, surface)."""
    words = [w for w in re.finditer(r"\S+", name)]
    if suffixes:
        return [
            (start + w.start(), start + len(name), name[w.start() :])
            for w in words
            if w.group()[:1].isupper()
        ]
    return [
        (start, start + w.end(), name[: w.end()])
        for w in reversed(words)
        if w.group()[:1].isupper()
    ]


def towns_named_as_places(
    text: str, lang: str, mentions: list[Mention], known: Callable[[str], bool], lower: set[str]
) -> list[Mention]:
    """Small towns of GeoNames ``cities1000`` (``geodata.towns``) where the text says the word
    is a place and names a country that holds the town: after a noun that says so ("the town
    of Sfakia", "la commune d'Acoua") when one of the document's countries holds it, after a
    locative preposition ("à Maglaj", "in Bantry") when the whole name is a town of one of the
    document's countries, or
    right before an area that holds it ("Ciney (Belgique)", "Avrillé (Maine-et-Loire)", "à
    Owodé au Bénin"). Every other occurrence of the name in the text is that town too.
    ``known`` tells a name the gazetteer has (left to the scanner); ``lower`` holds the words
    the text writes in lower case (a word, not a name)."""
    found: dict[str, Place] = {}

    def pick(start: int, name: str, where, suffixes: bool = False, whole: bool = False) -> None:
        spans = [(start, start + len(name), name)] if whole else []
        for s, e, surface in spans or _town_name_spans(name, start, suffixes):
            if known(surface):
                return
            if overlaps(s, e, mentions) or _a_word(surface, lower):
                continue
            town = where(towns_named(surface))
            if town is not None:
                found.setdefault(surface, town)
                return

    countries = [m.place for m in mentions if m.place.kind == "country" and m.place.country_code]
    for hit in _TOWN_NOUN[lang].finditer(text):
        pick(
            hit.start("name"),
            hit.group("name"),
            lambda ts: next(
                (t for c in countries for t in ts if t.country_code == c.country_code), None
            ),
        )
    for hit in _TOWN_AFTER_LOCATIVE[lang].finditer(text):
        if hit.group("name").lower() in _CALENDAR_WORDS:
            continue  # "in August": a month, no town
        name = hit.group("name")
        pick(hit.start("name"), name, lambda ts: _town_in_named(ts, countries), whole=True)
    for area in mentions:
        if area.place.kind not in ("country", "region") or not area.place.country_code:
            continue
        if not _AREA_LEAD.search(text, max(0, area.start - 8), area.start):
            continue  # no bracket, comma or locative word right before the area
        left = max(0, area.start - _TOWN_WINDOW)
        hit = _TOWN_BEFORE_AREA[lang].search(text[left : area.start])
        if hit is not None:
            pick(
                left + hit.start("name"),
                hit.group("name"),
                lambda ts, a=area: _town_in(ts, a.place),
                suffixes=True,
            )
    return _every_occurrence(text, found, mentions, "town")


# A list of names: "Siġġiewi, Fgura, Gudja, Paola et Senglea", "Durrës, Shijak et Dhermi"
_LIST_ITEM = (
    r"(?:Ste?\.\s)?[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]*"
    r"(?:\s(?:(?:de|di|du|da|del|la|le|les|sur)\s)?[A-ZÀ-ÖØ-ÞĀ-ž][\w'’-]*){0,2}"
)
_LIST_SEP = (
    r"(?:\s*,\s*(?:(?:and|et|or|ou)\s+(?:encore\s+)?)?|\s+(?:and|et|or|ou)\s+(?:encore\s+)?)"
)
_LIST_ITEMS = re.compile(_LIST_ITEM)
# The list's names after a town (matched at its end) and before it (searched in a window)
_LIST_TAIL = re.compile(rf"(?:{_LIST_SEP}{_LIST_ITEM})+")
_LIST_HEAD = re.compile(rf"(?<![\w'’-])(?:{_LIST_ITEM}{_LIST_SEP})+$")
_LIST_WINDOW = 120
# How far from a town of the list its unknown neighbours may lie
_LISTED_TOWN_KM = 150


def towns_listed_with_places(
    text: str, mentions: list[Mention], known: Callable[[str], bool], lower: set[str]
) -> list[Mention]:
    """Small towns (``geodata.towns``) listed with towns the gazetteer knows ("raids in St.
    Paul's Bay, Fgura, Gudja and Paola", "à Durrës, Shijak et Dhermi"): a listed name the
    gazetteer lacks is the town of that name in the country of a listed town, near it."""
    towns_read = [m for m in mentions if m.place.kind in ("city", "other") and m.place.country_code]
    if not towns_read:
        return []
    found: dict[str, Place] = {}
    for town in towns_read:
        items: list[tuple[int, int]] = []
        tail = _LIST_TAIL.match(text, town.end)
        if tail is not None:
            items += [
                (tail.start() + h.start(), tail.start() + h.end())
                for h in _LIST_ITEMS.finditer(tail.group())
            ]
        left = max(0, town.start - _LIST_WINDOW)
        head = _LIST_HEAD.search(text, left, town.start)
        if head is not None:
            items += [
                (head.start() + h.start(), head.start() + h.end())
                for h in _LIST_ITEMS.finditer(head.group())
            ]
        for s, e in items:
            surface = text[s:e]
            if not surface[:1].isupper():
                continue  # Latin Extended-A holds small letters too ("ż")
            if overlaps(s, e, mentions) or known(surface) or _a_word(surface, lower):
                continue
            hit = next(
                (
                    t
                    for t in towns_named(surface)
                    if t.country_code == town.place.country_code
                    and sphere_distance_km(t.lon, t.lat, town.place.lon, town.place.lat)
                    <= _LISTED_TOWN_KM
                ),
                None,
            )
            if hit is not None:
                found.setdefault(surface, hit)
    return _every_occurrence(text, found, mentions, "listed town")


def _a_word(surface: str, lower: set[str]) -> bool:
    """A one-word name the text also writes in lower case (``lower``), or a function word: a
    word, not a town."""
    return " " not in surface and (surface.lower() in lower or fold_key(surface) in STOPWORDS)


def _every_occurrence(
    text: str, found: dict[str, Place], mentions: list[Mention], method: str
) -> list[Mention]:
    """Each town of ``found`` (surface -> town) at every place the text names it, where no
    other mention stands."""
    out: list[Mention] = []
    for surface, town in found.items():
        for occ in re.finditer(rf"(?<![\w-]){re.escape(surface)}(?![\w'’-])", text):
            start, end = occ.span()
            if not overlaps(start, end, (*mentions, *out)):
                out.append(Mention(surface, start, end, town, 0.8, method))
    return out
