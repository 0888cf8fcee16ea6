"""First-level divisions of countries (provinces, states) from ``data/admin1.csv``.

News names provinces as endpoints ("heroin from Badakhshan", "arms seized in Helmand
province"). Each division is a region of its country, named "NAME province", "NAME state"
and so on, and by its name alone where the CSV marks it ``bare`` (built by
``geodata/tools/build_admin1.py``, which says when a name may stand alone).

>>> row = Admin1("Helmand", "AF", 64.24, 31.64, 10, True)
>>> admin1_place(row).id, admin1_place(row).kind, admin1_place(row).members
('admin1:AF:helmand', 'region', ('AF',))
>>> admin1_names(row)[:3]
['Helmand', 'Helmand province', 'Helmand state']
>>> admin1_names(Admin1("Meta", "CO", -73.7, 3.7, 26, False))[0]
'Meta province'
"""

from __future__ import annotations

import csv
import re
from functools import cache, lru_cache
from pathlib import Path
from typing import NamedTuple

import yaml

from geodata.normalize import fold_key
from geodata.place import Place

ADMIN1_PATH = Path(__file__).resolve().parent / "data" / "admin1.csv"
ADMIN1_NAMES_PATH = ADMIN1_PATH.with_name("admin1_names.yaml")
ADMIN1_ABBREVIATIONS_PATH = ADMIN1_PATH.with_name("admin1_abbreviations.yaml")
ADMIN1_NAMED_ALONE_PATH = ADMIN1_PATH.with_name("admin1_named_alone.yaml")
ADMIN1_RENAMED_PATH = ADMIN1_PATH.with_name("admin1_renamed.yaml")
# "Helmand province", "Bavaria State", "Sindh region": a division named with its kind.
SUFFIXES = ("province", "state", "region", "governorate", "oblast")
# "Kajiado County", "Artibonite Department", "Bago district": the kinds some countries' first
# divisions bear; not for a compass name ("the Southern District of Florida" is a court's) nor
# for the United States (a "Washington County" is a county, not the state)
KIND_SUFFIXES = ("county", "department", "district")
_COMPASS_NAMES = frozenset(
    "north south east west northern southern eastern western central centre center".split()
)
# "l'État de Shan", "l'État Shan", "la province du Helmand": French puts the kind first (looked
# up in French text only)
PREFIXES_FR = ("État de", "État du", "État", "province de", "province du")
# "le département du Mono", "la région du Sud-Ouest", "les cantons de Lucerne et de Thurgovie":
# the kinds of division French names before the name (singular; a plural adds "s" or "x")
KIND_WORDS_FR = (
    "département",
    "région",
    "province",
    "gouvernorat",
    "wilaya",
    "comté",
    "district",
    "canton",
    "État",
    "préfecture",
    "oblast",
)
# French compass words of a division's name ("Sud-Ouest", "Extrême-Nord") in English, the
# language of admin1.csv ("South-West Province", "Far North")
_COMPASS_FR = {
    "nord": "north",
    "sud": "south",
    "est": "east",
    "ouest": "west",
    "extreme": "far",
    "centre": "centre",
}


class Admin1(NamedTuple):
    name: str
    country_code: str
    lon: float
    lat: float
    places: int  # places of GeoNames cities1000 in it: a province has many, a commune one
    bare: bool  # the name alone is looked up in text


def _read_yaml(path: Path):
    """The YAML document of ``path``; an unreadable file raises ValueError naming it."""
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as err:
        raise ValueError(f"{path}: not readable as YAML ({err})") from None


def _string_rows(path: Path, fields: tuple[str, ...]) -> list[list[str]]:
    """The entries of the YAML list at ``path``, each a list of ``len(fields)`` strings; a
    malformed entry raises ValueError naming the file, the entry and the fields expected."""
    rows = _read_yaml(path) or []
    for i, row in enumerate(rows):
        if not (
            isinstance(row, list)
            and len(row) == len(fields)
            and all(isinstance(x, str) for x in row)
        ):
            raise ValueError(f"{path}: entry {i}: expected [{', '.join(fields)}], got {row!r}")
    return rows


def load_renamed(path: Path = ADMIN1_RENAMED_PATH) -> dict[tuple[str, str], str]:
    """(country code, admin1.csv name) -> the name news uses ("Xinjiang" for GeoNames's
    "Xinjiang Uygur Zizhiqu"); a malformed entry raises ValueError naming the file and entry.

    >>> load_renamed()[("CN", "Zhejiang Sheng")]
    'Zhejiang'
    """
    rows = _string_rows(path, ("country code", "admin1 name", "name used"))
    return {(code, name): used for code, name, used in rows}


def load_named_alone(path: Path = ADMIN1_NAMED_ALONE_PATH) -> frozenset[tuple[str, str]]:
    """(country code, name) of the divisions whose bare name is looked up whatever the
    build rule said; a malformed entry raises ValueError naming the file and the entry."""
    rows = _string_rows(path, ("country code", "admin1 name"))
    return frozenset((code, name) for code, name in rows)


def load_admin1(path: Path = ADMIN1_PATH) -> list[Admin1]:
    """Rows of ``path``; a bad row raises ValueError naming the file, row and fields. A
    division of ``admin1_named_alone.yaml`` is looked up by its bare name too, and one of
    ``admin1_renamed.yaml`` under the name news uses."""
    lines = [ln for ln in path.read_text(encoding="utf-8").splitlines() if not ln.startswith("#")]
    named_alone, renamed = load_named_alone(), load_renamed()
    out = []
    for i, row in enumerate(csv.DictReader(lines)):
        try:
            lon, lat = float(row["lon"]), float(row["lat"])
            if not (-180 <= lon <= 180 and -90 <= lat <= 90) or not row["name"].strip():
                raise ValueError
            key = (row["country_code"].strip(), row["name"].strip())
            out.append(
                Admin1(
                    renamed.get(key, key[1]),
                    key[0],
                    lon,
                    lat,
                    int(row["places"]),
                    row["bare"].strip() == "1" or key in named_alone,
                )
            )
        except (AttributeError, KeyError, TypeError, ValueError):
            raise ValueError(
                f"{path}: row {i + 1} ({row.get('name')}): fields name, lon, lat, places, bare: "
                "missing, empty, out of range or not numbers"
            ) from None
    return out


def admin1_place(row: Admin1) -> Place:
    slug = re.sub(r"[^a-z0-9]+", "-", fold_key(row.name)).strip("-")
    return Place(
        id=f"admin1:{row.country_code}:{slug}",
        name=row.name,
        kind="region",
        lon=row.lon,
        lat=row.lat,
        country_code=row.country_code,
        precision="region",
        members=(row.country_code,),
    )


def admin1_names(row: Admin1) -> list[str]:
    """The names a division is looked up by: alone when ``bare``, then with each suffix; a
    name that carries its kind already ("Eastern Province", "Basra Governorate") is looked up
    as it is.

    >>> admin1_names(Admin1("Eastern Province", "SA", 49.5, 23.0, 40, False))
    ['Eastern Province']
    """
    if row.name.rsplit(" ", 1)[-1].lower() in SUFFIXES:
        return [row.name]
    kinds = SUFFIXES if _compass_or_us(row) else SUFFIXES + KIND_SUFFIXES
    return [*([row.name] if row.bare else []), *(f"{row.name} {s}" for s in kinds)]


def _compass_or_us(row: Admin1) -> bool:
    """A division named by a compass word ("Southern", "North-West") or of the United States:
    not looked up with the kinds of ``KIND_SUFFIXES``.

    >>> _compass_or_us(Admin1("Southern", "ZM", 27.0, -16.5, 30, False))
    True
    >>> _compass_or_us(Admin1("Kajiado", "KE", 36.8, -1.9, 4, True))
    False
    """
    first = fold_key(row.name).replace("-", " ").split()[:1]
    return row.country_code == "US" or bool(first and first[0] in _COMPASS_NAMES)


def admin1_names_fr(row: Admin1) -> list[str]:
    """The French names of a division with its kind first.

    >>> admin1_names_fr(Admin1("Shan", "MM", 97.0, 20.8, 2, False))[:3]
    ['État de Shan', 'État du Shan', 'État Shan']
    """
    return [f"{p} {row.name}" for p in PREFIXES_FR]


@lru_cache(maxsize=2)
def admin1_exonyms(path: Path = ADMIN1_NAMES_PATH) -> dict[tuple[str, str], dict[str, str]]:
    """(country code, admin1.csv name) -> {language: the division's name in it}.

    >>> admin1_exonyms()[("DE", "Bavaria")]["fr"]
    'Bavière'
    """
    data = _read_yaml(path) or {}
    out: dict[tuple[str, str], dict[str, str]] = {}
    for lang, rows in data.items():
        for i, row in enumerate(rows or []):
            well_formed = isinstance(row, list) and len(row) == 3
            if not (well_formed and all(isinstance(x, str) for x in row)):
                raise ValueError(
                    f"{path}: {lang}[{i}]: expected [country code, admin1 name, name], got {row!r}"
                )
            code, name, local = row
            out.setdefault((code, name), {})[str(lang)] = local
    return out


# Divisions that bear a country's name ("Georgia", the US state): the country keeps the name in
# the index; the division takes it in a text that names the division's country and gives no
# other sign of the country (no "Georgian", no Tbilisi).
SHADOWED_BY_COUNTRY = {("GE", "georgia"): ("US", "Georgia"), ("GE", "georgie"): ("US", "Georgia")}
# Countries whose naming is a sign of the shadowing country too: a text on the South Caucasus
# ("Azerbaijan's position remained on tier 2, while Georgia was the only South Caucasus
# country ...") names Georgia the country beside Armenia and Azerbaijan.
SHADOW_NEIGHBOURS = {"GE": ("AM", "AZ")}


def shadow_neighbours(country_code: str) -> tuple[str, ...]:
    """The countries whose naming is a sign of the shadowing country ``country_code``.

    >>> shadow_neighbours("GE")
    ('AM', 'AZ')
    >>> shadow_neighbours("FR")
    ()
    """
    return SHADOW_NEIGHBOURS.get(country_code, ())


def shadowed_division(country_code: str, surface: str) -> Place | None:
    """The division of another country named ``surface`` that the country ``country_code``
    shadows, or None (a dictionary look-up: called for every country a text names).

    >>> shadowed_division("GE", "Georgia").id
    'admin1:US:georgia'
    >>> shadowed_division("FR", "France") is None
    True
    """
    target = SHADOWED_BY_COUNTRY.get((country_code, fold_key(surface)))
    return None if target is None else _division_place(target)


@cache
def _division_place(target: tuple[str, str]) -> Place:
    """The Place of the division (country code, admin1.csv name); the file is read once."""
    row = next(r for r in load_admin1() if (r.country_code, r.name) == target)
    return admin1_place(row)


@lru_cache(maxsize=2)
def admin1_abbreviations(path: Path = ADMIN1_ABBREVIATIONS_PATH) -> dict[str, tuple[str, str]]:
    """Abbreviation written after a town ("Ariz.", "Ont.", "NSW") -> (country code, admin1.csv
    name); a malformed entry raises ValueError naming the file and the entry.

    >>> admin1_abbreviations()["Ariz."]
    ('US', 'Arizona')
    """
    data = _read_yaml(path) or {}
    out: dict[str, tuple[str, str]] = {}
    for code, table in data.items():
        if not (isinstance(code, str) and isinstance(table, dict)):
            raise ValueError(f"{path}: {code!r}: expected a country code and a table")
        for abbr, name in table.items():
            if not (isinstance(abbr, str) and isinstance(name, str)) or abbr in out:
                raise ValueError(f"{path}: {code}.{abbr!r}: expected one name, once")
            out[abbr] = (code, name)
    return out


def abbreviated_division(abbr: str) -> Place | None:
    """The division an abbreviation after a town stands for, or None.

    >>> abbreviated_division("Ont.").id
    'admin1:CA:ontario'
    >>> abbreviated_division("Paris") is None
    True
    """
    target = admin1_abbreviations().get(abbr)
    return None if target is None else _division_place(target)


def divisions_named_fr(name: str) -> list[Admin1]:
    """The divisions a French text may mean by ``name`` after a kind word ("le département
    du Mono", "la région du Sud-Ouest"): by their admin1.csv name, that name without its kind
    ("North-West Province"), their French name, or a French compass name put into English.

    >>> [(r.name, r.country_code) for r in divisions_named_fr("Sud-Ouest")]
    [('South-West Province', 'CM')]
    >>> [r.country_code for r in divisions_named_fr("Mono")]
    ['BJ']
    >>> divisions_named_fr("Marseille")
    []
    """
    words = fold_key(name).replace("-", " ").split()
    table = _divisions_by_french_key()
    rows = table.get(" ".join(words), [])
    if words and all(w in _COMPASS_FR for w in words):
        rows = rows + table.get(" ".join(_COMPASS_FR[w] for w in words), [])
    return rows


@cache
def _divisions_by_french_key() -> dict[str, list[Admin1]]:
    """Folded name -> the divisions of ``divisions_named_fr`` (the file is read once)."""
    out: dict[str, list[Admin1]] = {}
    exonyms = admin1_exonyms()
    for row in load_admin1():
        head, _, last = row.name.rpartition(" ")
        names = {row.name, exonyms.get((row.country_code, row.name), {}).get("fr", row.name)}
        if head and last.lower() in SUFFIXES:
            names.add(head)
        for n in names:
            out.setdefault(fold_key(n).replace("-", " "), []).append(row)
    return out
