"""The sense of a place name chosen from the document around it: near its other places, inside
the countries it names, in apposition ("Nogales, Arizona"), a town named with its division, a
region named by its first part ("Central and Eastern Europe").
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.extract.mention import Mention, overlaps
from geodata.admin1 import (
    abbreviated_division,
    admin1_abbreviations,
)
from geodata.gazetteer import capital_names, city_over_namesake
from geodata.index_build import sphere_distance_km
from geodata.normalize import fold_key
from geodata.place import Place

# A town of the same name wins when it lies this close to a place the text names without doubt
# while the town chosen lies farther than _FAR_KM from all of them.
_NEAR_KM, _FAR_KM = 60.0, 200.0
# ... unless the town chosen is a metropolis and the near one a small namesake: "arrested at
# Madrid airport" after "a flight from Bogota" is Madrid, Spain, not the town of Madrid beside
# Bogotá (a flight's two ends lie far apart)
_METROPOLIS, _NAMESAKE_RATIO = 1_000_000, 20


def nearest_senses(mentions: list[Mention], senses: list[tuple[Place, ...]]) -> list[Mention]:
    """Each city mention whose name has several senses takes the sense that lies near the
    unambiguous cities and sites of the document ("Boulogne" beside Calais and Wimereux is
    Boulogne-sur-Mer, not Boulogne-Billancourt)."""
    anchors = [
        (m.place.lon, m.place.lat)
        for m, sense in zip(mentions, senses, strict=True)
        if len(sense) == 1 and m.place.kind in ("city", "other") and m.place.lon is not None
    ]
    if not anchors:
        return mentions

    def nearest(p: Place) -> float:
        if p.lon is None:
            return float("inf")
        here = (p.lon, p.lat)
        far = (sphere_distance_km(*here, *a) for a in anchors if a != here)
        return min(far, default=float("inf"))

    out = []
    for m, sense in zip(mentions, senses, strict=True):
        others = [p for p in sense if p.kind == "city" and p.id != m.place.id]
        if m.place.kind == "city" and others and nearest(m.place) > _FAR_KM:
            best = min(others, key=nearest)
            if nearest(best) <= _NEAR_KM and not _metropolis_over_namesake(m.place, best):
                m = replace(m, place=best, method="nearby")
        out.append(m)
    return out


def senses_in_named_countries(
    mentions: list[Mention], senses: list[tuple[Place, ...]], focus: tuple[str, ...]
) -> list[Mention]:
    """A city name with several senses, resolved in a country that neither the document's other
    places nor its nationality words name, takes the one other sense that lies in a country they
    do name ("Khoms" beside Tripoli and Misrata is Al Khums, Libya, not Homs, Syria), unless
    that one is twenty times smaller ("Amsterdam" in a story that names only the U.S.).

    >>> homs = Place("a", "Homs", "city", 36.7, 34.7, "SY", population=775_404)
    >>> khums = Place("b", "Al Khums", "city", 14.3, 32.6, "LY", population=201_943)
    >>> tripoli = Place("c", "Tripoli", "city", 13.2, 32.9, "LY", population=1_150_989)
    >>> ms = [Mention("Khoms", 0, 5, homs, 1.0, "exact"),
    ...       Mention("Tripoli", 9, 16, tripoli, 1.0, "exact")]
    >>> [m.place.name for m in senses_in_named_countries(ms, [(homs, khums), (tripoli,)], ())]
    ['Al Khums', 'Tripoli']
    >>> [m.place.name for m in senses_in_named_countries(ms, [(homs, khums), (tripoli,)], ("SY",))]
    ['Homs', 'Tripoli']
    """
    # the countries each name's mentions lie in, and (once per name) those of all other names
    codes: dict[str, set] = {}
    for o in mentions:
        codes.setdefault(o.surface, set()).add(o.place.country_code)
    named_for: dict[str, set] = {}
    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "city" and len(sense) > 1:
            if m.surface not in named_for:
                others_named = (c for name, c in codes.items() if name != m.surface)
                named_for[m.surface] = set(focus).union(*others_named)
            named = named_for[m.surface]
            if m.place.country_code not in named:
                others = [
                    p
                    for p in sense
                    if p.kind == "city"
                    and p.id != m.place.id
                    and p.country_code in named
                    # not a far smaller namesake: "Amsterdam" or "Geneva" in a story naming
                    # the U.S.
                    and p.population * _NAMESAKE_RATIO >= m.place.population
                ]
                if len(others) == 1 and not city_over_namesake(m.place, others[0]):
                    m = replace(m, place=others[0], method="nearby")
        out.append(m)
    return out


def capitals_of_named_countries(
    mentions: list[Mention], senses: list[tuple[Place, ...]]
) -> list[Mention]:
    """A city name that is also the capital of a country the document names outright is that
    capital ("San José" in a story that names Costa Rica is its capital, not San Jose,
    California; "Kingston" beside Jamaica), unless the city read is itself the capital of a
    named country.

    >>> us = Place("a", "San Jose", "city", -121.9, 37.3, "US", population=1_026_908)
    >>> cr = Place("b", "San José", "city", -84.1, 9.9, "CR", population=335_007)
    >>> costa_rica = Place("country:CR", "Costa Rica", "country", -84.0, 10.0, "CR")
    >>> ms = [Mention("Costa Rica", 0, 10, costa_rica, 1.0, "exact"),
    ...       Mention("San José", 20, 28, us, 1.0, "exact")]
    >>> [m.place.name for m in capitals_of_named_countries(ms, [(costa_rica,), (us, cr)])]
    ['Costa Rica', 'San José']
    >>> [m.place.name for m in capitals_of_named_countries(ms[1:], [(us, cr)])]
    ['San Jose']
    """
    named = {m.place.country_code for m in mentions if m.place.kind == "country"}
    if not named:
        return mentions
    capitals = capital_names()

    def capital(p: Place) -> bool:
        return p.kind == "city" and capitals.get(p.country_code) == fold_key(p.name)

    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "city" and len(sense) > 1:
            if not (m.place.country_code in named and capital(m.place)):
                there = [
                    p
                    for p in sense
                    if p.country_code in named
                    and p.country_code != m.place.country_code
                    and capital(p)
                ]
                # the first sense of each country is its biggest town of that name
                if len({p.country_code for p in there}) == 1:
                    m = replace(m, place=there[0], method="capital")
        out.append(m)
    return out


def towns_of_focus(
    mentions: list[Mention], senses: list[tuple[Place, ...]], focus: tuple[str, ...]
) -> list[Mention]:
    """A small country's name that is also a larger town of a country the text is about is
    that town ("la saisie, près de la ville de Grenade" in a story on the Spanish police, or
    "débarqué près de Motril puis transporté à Grenade", is Granada, not Grenada)."""
    out = []
    for m, sense in zip(mentions, senses, strict=True):
        if m.place.kind == "country" and m.place.country_code not in focus:
            towns = [
                p
                for p in sense
                if p.kind == "city"
                and p.country_code in focus
                and p.population > m.place.population
            ]
            if towns:
                m = replace(m, place=max(towns, key=lambda p: p.population), method="focus")
        out.append(m)
    return out


def _metropolis_over_namesake(chosen: Place, near: Place) -> bool:
    """``chosen`` is a city of a million people or more and ``near`` a namesake at least
    twenty times smaller: the metropolis keeps the name even far from the text's other places.

    >>> big = Place("a", "Madrid", "city", -3.7, 40.4, "ES", population=3_255_944)
    >>> small = Place("b", "Madrid", "city", -74.3, 4.7, "CO", population=62_436)
    >>> _metropolis_over_namesake(big, small), _metropolis_over_namesake(small, big)
    (True, False)
    """
    return (
        chosen.population >= _METROPOLIS and near.population * _NAMESAKE_RATIO <= chosen.population
    )


# "Nogales, Arizona", "Santa Elena (Ecuador)", "Santa Elena in Ecuador": a place, then the
# region or country it lies in
# a word that places a town in an area ("Santa Elena in Ecuador", "Grenade, en Espagne")
_LOCATIVE = r"\b(?:in|en|au|aux|dans)\b"
_APPOSED = re.compile(
    # after a comma, "à" places a town on its island too ("Sainte-Rose, à La Réunion")
    rf"\s*(?:,\s*(?:(?:{_LOCATIVE}|à)\s*)?|\(\s*(?:{_LOCATIVE}\s*)?|{_LOCATIVE})\s*"
    r"(?i:the\s+|la\s+|le\s+|l['’])?"
    # "Sami Koto (northern Gambia)", "Koto (nord de la Gambie)": the part of the area
    r"(?:(?:northern|southern|eastern|western|central|north|south|east|west)\s+"
    r"|(?:nord|sud|est|ouest|centre)\s+(?:de\s+la\s+|du\s+|de\s+l['’]|de\s+)?)?"
)


def apposed_senses(
    mentions: list[Mention], senses: list[tuple[Place, ...]], text: str
) -> list[Mention]:
    """A town named with the region or country it lies in ("Nogales, Arizona", "Santa Elena
    in Ecuador", "St. Thomas, Ontario") takes its sense in that area when it has one, and the
    area its sense that holds the town (Nogales, Arizona is not the Mexican Nogales; Santa
    Elena is not Saint Helena; Ontario is the Canadian province, not the Californian town). A
    town given a country in brackets or after "in" where no town of its name lies is a place
    the gazetteer lacks ("Sami Koto (northern Gambia)" is not Kōtō, Tokyo): it is left out."""
    out: list[Mention | None] = list(mentions)
    settled: dict[str, Place] = {}  # the sense an apposition gave a town's name
    apposed: set[int] = set()
    for k in range(len(out) - 1):
        town, area = out[k], out[k + 1]
        if town is None or area is None:
            continue
        between = text[town.end : area.start]
        if not _APPOSED.fullmatch(between) or not _town_then_area(town, area, between):
            continue
        pair = _apposed_pair(town.place, senses[k], area.place, senses[k + 1])
        if pair is not None:
            there, where = pair
            if there.id != town.place.id:
                out[k] = replace(town, place=there, method="apposed")
            if where.id != area.place.id:
                out[k + 1] = replace(area, place=where, method="apposed")
            settled.setdefault(fold_key(town.surface), there)
            apposed.add(k)
        elif _lacked_town(town, area, between, text):
            out[k] = None
    # one sense per name in a document: "NOGALES, Ariz. -- ... of Nogales" is one town
    for k, m in enumerate(out):
        there = settled.get(fold_key(m.surface)) if m is not None and k not in apposed else None
        if there is not None and there.id != m.place.id and there in senses[k]:
            out[k] = replace(m, place=there, method="apposed")
    return [m for m in out if m is not None]


# "Nogales, Ariz.", "Kingston, Ont.": a division's abbreviation right after a town and a comma
_DIVISION_ABBREVIATION = re.compile(
    r",\s*("
    + "|".join(re.escape(a) for a in sorted(admin1_abbreviations(), key=len, reverse=True))
    + r")(?=[\s,;:)\].]|$)"
)


# A postal code ("AZ", "TX", "BC"): read only after a town of that country this near the
# division's point (El Paso lies some 1,000 km from the point of Texas; "Paris, OR" is no town)
_POSTAL_CODE = re.compile(r"[A-Z]{2}")
_POSTAL_KM = 1500


def abbreviated_divisions(
    mentions: list[Mention], senses: list[tuple[Place, ...]], text: str
) -> tuple[list[Mention], list[tuple[Place, ...]]]:
    """The divisions written as news agencies abbreviate them after a town ("Nogales, Ariz.",
    "Porters Lake, N.S.", "Sydney, NSW") as mentions of their own, so that the town takes its
    sense in that division (``apposed_senses``): the Nogales of Arizona, the Kingston of
    Ontario."""
    pairs = list(zip(mentions, senses, strict=True))
    for m, sense in zip(mentions, senses, strict=True):
        hit = _DIVISION_ABBREVIATION.match(text, m.end)
        if hit is None or m.place.kind not in ("city", "other"):
            continue
        start, end = hit.span(1)
        if overlaps(start, end, mentions):
            continue  # read already ("N.Y." as New York)
        place = abbreviated_division(hit.group(1))
        if _POSTAL_CODE.fullmatch(hit.group(1)) and not any(
            p.country_code == place.country_code
            and sphere_distance_km(p.lon, p.lat, place.lon, place.lat) <= _POSTAL_KM
            for p in (m.place, *sense)
        ):
            continue  # "IN", "OR", "ON" after a town that state does not hold: words
        pairs.append((Mention(hit.group(1), start, end, place, 1.0, "abbreviation"), (place,)))
    pairs.sort(key=lambda p: p[0].start)
    return [m for m, _ in pairs], [s for _, s in pairs]


def _town_then_area(town: Mention, area: Mention, between: str) -> bool:
    """``town`` may be a town named with the area it lies in: a place read as a country or a
    region ("Santa Elena", Saint Helena; "Grenade, en Espagne", Grenada) only before a
    locative word or a bracket, since "le Bénin, le Nigéria" is a list, not Benin City; a
    place read as a region of another country than the division after it may be a town of
    that division after a bare comma too ("Norfolk, Virginia" is no English county: two
    divisions of two countries are no list)."""
    if town.place.kind in ("city", "other") or _PLACED_IN.search(between):
        return True
    return (
        town.place.kind == "region"
        and area.place.kind == "region"
        and area.place.country_code is not None
        and town.place.country_code != area.place.country_code
    )


# "Grenade, en Espagne", "Santa Elena (Ecuador)": a word or a bracket that places the town
_PLACED_IN = re.compile(rf"\(|{_LOCATIVE}")


def _apposed_pair(
    town: Place, town_senses: tuple[Place, ...], area: Place, area_senses: tuple[Place, ...]
) -> tuple[Place, Place] | None:
    """The town's sense and the area's sense that agree (the town lies in the area), the
    area as read preferred; None when no sense of the town lies in any sense of the area."""
    areas = [area, *(p for p in area_senses if p.id != area.id)]
    for where in areas:
        code = where.country_code
        if code is None or where.kind not in ("region", "country"):
            continue
        if town.country_code == code:
            if where.kind == "region":
                town = _town_in_division(town, town_senses, where)
            return town, where  # the town as read lies there already
        there = [p for p in town_senses if p.country_code == code and p.kind in ("city", "other")]
        if there:
            if where.kind == "region":  # "San Luis, Arizona": not St. Louis, Missouri
                return _town_in_division(there[0], tuple(there), where), where
            return there[0], where
    return None


# A town this near a division's point lies in it, for the towns of one name in one country
IN_DIVISION_KM = 600


def _town_in_division(town: Place, senses: tuple[Place, ...], division: Place) -> Place:
    """Of the country's towns of that name, the one in the division ("Wilmington, Del.": not
    the largest, Wilmington, North Carolina): the nearest the division's point, when near
    enough to lie in it; else the town as read (the gazetteer lacks "Cleveland, Texas")."""
    code = division.country_code
    same = [p for p in (town, *senses) if p.country_code == code and p.kind == town.kind]
    near = min(same, key=lambda p: sphere_distance_km(p.lon, p.lat, division.lon, division.lat))
    if sphere_distance_km(near.lon, near.lat, division.lon, division.lat) > IN_DIVISION_KM:
        return town
    return near


def _lacked_town(town: Mention, area: Mention, between: str, text: str) -> bool:
    """``town`` is given a country or a state it does not lie in and is no metropolis: the
    town the text means is not in the gazetteer ("Sami Koto (northern Gambia)" is not Kōtō,
    Tokyo; "Balboa, Panama" is not the Colombian Balboa; "Hidalgo, Texas" is not the
    Mexican one). After a bare comma the area must close the phrase: "Lagos, Ghana and
    Kenya" is a list, not a town of Ghana."""
    if (
        town.place.kind != "city"
        or town.place.population >= _METROPOLIS
        or area.place.kind not in ("country", "region")
        or not area.place.country_code
    ):
        return False
    if "," not in between or _PLACED_IN.search(between):
        return True
    return _CLOSES_PHRASE.match(text, area.end) is not None and not _LISTED_BEFORE.search(
        text[max(0, town.start - 6) : town.start]
    )


# What follows an area that closes an apposition: the sentence's end, a bracket, a comma and
# a lower-case word ("Balboa, Panama, bound for Europe"), not "and" nor another name
_CLOSES_PHRASE = re.compile(
    r"\s*(?:[.;:)!?]|$|,\s*(?!(?:and|et|or|ou|as well)\b)[a-zà-ÿ]|\s(?!(?:and|et|or|ou)\b)[a-zà-ÿ])"
)
# A town that ends a list ("Accra, Lagos, Ghana"): a comma or "and" right before it
_LISTED_BEFORE = re.compile(r"(?:,|\band|\bet)\s*$")


# A region named by its first part only, the continent said once for both ("Central and
# Eastern Europe", "l'Europe centrale et de l'Est"): the bare part is a place too (ANNOTATION.md
# annotates "East" as East Asia in "East and Southeast Asia").
_SHARED_CONTINENT = {
    "en": re.compile(
        r"\b(?P<part>Central|Eastern|Western|Northern|Southern|North|South|East|West|"
        r"South-?[Ee]ast(?:ern)?|North-?[Ee]ast(?:ern)?)\s+(?:and|or)\s+"
        r"(?:Central|Eastern|Western|Northern|Southern|North|South|East|West|"
        r"South-?[Ee]ast(?:ern)?|North-?[Ee]ast(?:ern)?)\s+(?P<whole>Europe|Africa|Asia|America)\b"
    ),
    "fr": re.compile(
        r"\b(?P<whole>Europe|Afrique|Asie|Amérique)\s+(?:centrale|orientale|occidentale|"
        r"australe|du\s+[Nn]ord|du\s+[Ss]ud|de\s+l['’](?:[Ee]st|[Oo]uest))\s+(?:et|ou)\s+"
        r"(?:de\s+l['’]|du\s+|d['’])?"
        r"(?P<part>[Ee]st|[Oo]uest|[Nn]ord|[Ss]ud|orientale|occidentale|centrale|australe)\b"
    ),
}


def shared_continent_parts(text: str, lang: str, mentions: list[Mention], resolve) -> list:
    """The regions a shared continent name leaves bare, as mentions of their own.

    ``resolve`` maps a region's full name to a place or None.
    """
    out = []
    for m in _SHARED_CONTINENT[lang].finditer(text):
        start, end = m.span("part")
        if overlaps(start, end, mentions):
            continue
        part = m.group("part")
        if lang == "en":
            full = f"{part} {m.group('whole')}"
        elif part.lower() in ("est", "ouest"):
            full = f"{m.group('whole')} de l'{part.lower()}"
        elif part.lower() in ("nord", "sud"):
            full = f"{m.group('whole')} du {part.lower()}"
        else:
            full = f"{m.group('whole')} {part}"
        res = resolve(full)
        if res is not None and res.place is not None and res.place.kind == "region":
            out.append(Mention(part, start, end, res.place, res.score, "shared continent"))
    return out
