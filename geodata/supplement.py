"""Load and check the hand-curated gazetteer data: supplement.yaml and demonyms.yaml.

Errors name the file, the entry and the field: ``SupplementError("geodata/data/supplement.yaml:
places[3] (id region:sahel): field lat: 95.0 is outside -90..90")``.

>>> french_demonym_forms("libyen")
['libyen', 'libyenne', 'libyens', 'libyennes']
>>> french_demonym_forms("albanais")
['albanais', 'albanaise', 'albanaises']
>>> french_demonym_forms("turc|turque|turcs|turques")
['turc', 'turque', 'turcs', 'turques']
>>> english_demonym_forms("Libyan"), english_demonym_forms("Turkish")
(['Libyan', 'Libyans'], ['Turkish'])
"""

from __future__ import annotations

import csv
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
SUPPLEMENT_PATH = DATA_DIR / "supplement.yaml"
DEMONYMS_PATH = DATA_DIR / "demonyms.yaml"
DEPARTEMENTS_PATH = DATA_DIR / "fr_departements.csv"

LANGS: tuple[str, ...] = ("en", "fr", "de", "it", "es")
SUPPLEMENT_KINDS: frozenset[str] = frozenset({"city", "region", "sea", "route", "other"})
_ISO2 = re.compile(r"^[A-Z]{2}$")
_ID = re.compile(r"^[a-z]+:[a-z0-9-]+$|^country:[A-Z]{2}$|^admin1:[A-Z]{2}:[a-z0-9-]+$")
_ABBREVIATION = re.compile(r"^[A-Z][A-Za-z]*[A-Z]$")


class SupplementError(ValueError):
    """A problem in supplement.yaml or demonyms.yaml (message names file, entry and field)."""


@dataclass(frozen=True)
class SupplementPlace:
    id: str
    kind: str
    lon: float
    lat: float
    country_code: str | None
    members: tuple[str, ...]
    names: dict[str, tuple[str, ...]]
    source: str


@dataclass(frozen=True)
class Preference:
    """An ambiguous name whose usual sense is one place, in some languages or in all.

    French "Mexico" is the city ("le Mexique" is the country); in English it is the country.
    """

    target: str  # place id ("geonames:3530597", "region:kent")
    names: tuple[str, ...]
    langs: tuple[str, ...]  # () = every language


@dataclass(frozen=True)
class Supplement:
    places: tuple[SupplementPlace, ...]
    metonyms: tuple[tuple[str, dict[str, tuple[str, ...]]], ...]  # (target id, names)
    country_names: dict[str, dict[str, tuple[str, ...]]]
    abbreviations: dict[str, str] = field(default_factory=dict)
    preferences: tuple[Preference, ...] = ()


def _fail(path: Path, where: str, fld: str, reason: str) -> SupplementError:
    return SupplementError(f"{path}: {where}: field {fld}: {reason}")


def _names(path: Path, where: str, raw: object) -> dict[str, tuple[str, ...]]:
    if not isinstance(raw, dict) or not raw:
        raise _fail(path, where, "names", "must be a mapping of language -> list of names")
    out: dict[str, tuple[str, ...]] = {}
    for lang, names in raw.items():
        if lang not in LANGS:
            raise _fail(path, where, "names", f"unknown language {lang!r} (use {', '.join(LANGS)})")
        if not isinstance(names, list) or not all(isinstance(n, str) and n.strip() for n in names):
            raise _fail(path, where, f"names.{lang}", "must be a list of non-empty strings")
        out[lang] = tuple(n.strip() for n in names)
    return out


def _place(path: Path, i: int, raw: object) -> SupplementPlace:
    where = f"places[{i}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "(entry)", "must be a mapping")
    where = f"places[{i}] (id {raw.get('id')})"
    for fld in ("id", "kind", "lon", "lat", "names", "source"):
        if fld not in raw:
            raise _fail(path, where, fld, "missing")
    pid = raw["id"]
    if not isinstance(pid, str) or not _ID.match(pid):
        raise _fail(path, where, "id", f"{pid!r} is not like 'region:western-balkans'")
    if raw["kind"] not in SUPPLEMENT_KINDS:
        raise _fail(path, where, "kind", f"{raw['kind']!r} not in {sorted(SUPPLEMENT_KINDS)}")
    lon, lat = raw["lon"], raw["lat"]
    if not isinstance(lon, int | float) or not -180 <= lon <= 180:
        raise _fail(path, where, "lon", f"{lon!r} is outside -180..180")
    if not isinstance(lat, int | float) or not -90 <= lat <= 90:
        raise _fail(path, where, "lat", f"{lat!r} is outside -90..90")
    cc = raw.get("country_code")
    if cc is not None and not (isinstance(cc, str) and _ISO2.match(cc)):
        raise _fail(path, where, "country_code", f"{cc!r} is not an ISO alpha-2 code or null")
    members = raw.get("members") or []
    bad = [m for m in members if not (isinstance(m, str) and _ISO2.match(m))]
    if bad:
        raise _fail(path, where, "members", f"not ISO alpha-2 codes: {bad}")
    return SupplementPlace(
        id=pid,
        kind=raw["kind"],
        lon=float(lon),
        lat=float(lat),
        country_code=cc,
        members=tuple(members),
        names=_names(path, where, raw["names"]),
        source=str(raw["source"]),
    )


def load_supplement(path: Path = SUPPLEMENT_PATH) -> Supplement:
    """Read and check supplement.yaml; raise SupplementError naming entry and field."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict) or "places" not in raw:
        raise SupplementError(f"{path}: top level must be a mapping with a 'places' list")
    places = tuple(_place(path, i, p) for i, p in enumerate(raw["places"]))
    seen: set[str] = set()
    for p in places:
        if p.id in seen:
            raise SupplementError(f"{path}: places (id {p.id}): field id: duplicate id")
        seen.add(p.id)
    metonyms = []
    for i, m in enumerate(raw.get("metonyms") or []):
        where = f"metonyms[{i}]"
        target = m.get("target") if isinstance(m, dict) else None
        if not isinstance(target, str) or not _ID.match(target):
            raise _fail(path, where, "target", f"{target!r} is not a place id")
        metonyms.append((target, _names(path, where, m.get("names"))))
    country_names = {}
    for code, names in (raw.get("country_names") or {}).items():
        if not _ISO2.match(str(code)):
            raise _fail(path, f"country_names.{code}", "(key)", "not an ISO alpha-2 code")
        country_names[code] = _names(path, f"country_names.{code}", names)
    abbreviations = {}
    for abbr, target in (raw.get("abbreviations") or {}).items():
        if not isinstance(target, str) or not _ID.match(target):
            raise _fail(path, f"abbreviations.{abbr}", "(value)", f"{target!r} is not a place id")
        if not _ABBREVIATION.match(str(abbr)):
            # a lower-case abbreviation would match the word ("us", "it") in running text
            raise _fail(path, f"abbreviations.{abbr}", "(key)", "must start and end upper-case")
        abbreviations[str(abbr)] = target
    if path == SUPPLEMENT_PATH:
        places += tuple(p for p in load_departements() if p.id not in seen)
    return Supplement(
        places,
        tuple(metonyms),
        country_names,
        abbreviations,
        tuple(_preference(path, i, p) for i, p in enumerate(raw.get("preferences") or [])),
    )


def load_departements(path: Path = DEPARTEMENTS_PATH) -> list[SupplementPlace]:
    """French départements of fr_departements.csv as regions of France.

    Each is named "NAME department" (en) and "département [de, du, de la, de l', des] NAME"
    (fr); a name that is not also a word, a river or another place is also named alone
    ("Tarn-et-Garonne", "Seine-Maritime"). A bad row raises :class:`SupplementError` naming
    the file, the row and the field.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    rows = [line for line in lines if not line.startswith("#")]
    out = []
    for i, row in enumerate(csv.DictReader(rows)):
        where = f"row {i + 1} ({row.get('name')})"
        try:
            lon, lat, bare = float(row["lon"]), float(row["lat"]), row["bare"].strip() == "1"
        except (AttributeError, KeyError, TypeError, ValueError):
            raise SupplementError(
                f"{path}: {where}: fields lon, lat, bare: missing or not numbers"
            ) from None
        name = row["name"].strip()
        if not name or not (-180 <= lon <= 180 and -90 <= lat <= 90):
            raise SupplementError(f"{path}: {where}: field name/lon/lat: empty or out of range")
        slug = re.sub(r"[^a-z0-9]+", "-", _ascii(name).lower()).strip("-")
        alone = (name,) if bare else ()
        out.append(
            SupplementPlace(
                id=f"region:{slug}-department",
                kind="region",
                lon=lon,
                lat=lat,
                country_code="FR",
                members=("FR",),
                names={
                    "en": (*alone, f"{name} department"),
                    "fr": (*alone, *(f"département {a}{name}" for a in _FR_ARTICLES)),
                },
                source=f"French département {row['code']} (fr_departements.csv)",
            )
        )
    return out


# "département de la Gironde", "département du Nord", "département de l'Ain"
_FR_ARTICLES = ("", "de ", "du ", "de la ", "de l'", "des ")


def _ascii(text: str) -> str:
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()


def _preference(path: Path, i: int, raw: object) -> Preference:
    where = f"preferences[{i}]"
    if not isinstance(raw, dict):
        raise _fail(path, where, "(entry)", "must be a mapping")
    target = raw.get("target")
    if not isinstance(target, str) or not _ID.match(target):
        raise _fail(path, where, "target", f"{target!r} is not a place id")
    names = raw.get("names")
    if (
        not isinstance(names, list)
        or not names
        or not all(isinstance(n, str) and n.strip() for n in names)
    ):
        raise _fail(path, where, "names", "must be a non-empty list of names")
    langs = raw.get("langs") or []
    bad = [lang for lang in langs if lang not in LANGS] if isinstance(langs, list) else [langs]
    if bad:
        raise _fail(path, where, "langs", f"unknown languages {bad} (use {', '.join(LANGS)})")
    if "source" not in raw:
        raise _fail(path, where, "source", "missing")
    return Preference(target, tuple(n.strip() for n in names), tuple(langs))


def french_demonym_forms(word: str) -> list[str]:
    """Masculine singular French demonym -> all four forms (fewer when they coincide).

    Irregular words are given with all forms separated by "|" and returned as they are.
    """
    if "|" in word:
        return [w.strip() for w in word.split("|") if w.strip()]
    if word.endswith("e"):  # russe, belge, serbe: same form for both genders
        return [word, word + "s"]
    if word.endswith("en"):  # libyen -> libyenne
        return [word, word + "ne", word + "s", word + "nes"]
    if word.endswith(("s", "x")):  # albanais, français: plural = singular
        return [word, word + "e", word + "es"]
    return [word, word + "e", word + "s", word + "es"]  # afghan, marocain, espagnol, allemand


def english_demonym_forms(word: str) -> list[str]:
    """English demonym -> adjective and plural noun ("Libyan", "Libyans")."""
    if word.endswith(("sh", "ch", "ese", "s")):
        return [word]
    return [word, word + "s"]


def load_demonyms(path: Path = DEMONYMS_PATH) -> dict[str, list[tuple[str, str]]]:
    """ISO alpha-2 -> [(form, lang), ...] with every inflected form of demonyms.yaml."""
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    if not isinstance(raw, dict):
        raise SupplementError(f"{path}: top level must be a mapping ISO alpha-2 -> {{fr, en}}")
    out: dict[str, list[tuple[str, str]]] = {}
    for code, langs in raw.items():
        if not _ISO2.match(str(code)):
            raise _fail(path, str(code), "(key)", "not an ISO alpha-2 code")
        if not isinstance(langs, dict) or not set(langs) <= {"fr", "en"}:
            raise _fail(path, str(code), "(value)", "must be a mapping with fr and/or en lists")
        forms: list[tuple[str, str]] = []
        for w in langs.get("fr") or []:
            forms += [(f, "fr") for f in french_demonym_forms(str(w))]
        for w in langs.get("en") or []:
            forms += [(f, "en") for f in english_demonym_forms(str(w))]
        out[str(code)] = forms
    return out
