"""Places named in the reader's language: "Royaume-Uni", "Balkans occidentaux", "Anvers".

Names come from what the gazetteer is built from, never from string replacement:

- countries: CLDR territory names (babel), with the short forms a map label wants
  (``_SHORT``: "Hong Kong", not "R.A.S. chinoise de Hong Kong");
- regions, seas, routes and curated hubs: the first name of the language in
  ``supplement.yaml``;
- cities: ``exonyms.yaml`` (GeoNames' alternate names carry no language tag);
- first-level divisions: ``admin1_names.yaml`` ("Bavière", "Colombie-Britannique").

A place without a name in the language keeps the name it has (GeoNames' main name). English is
the language the records are built in, so English needs no table.

>>> names = place_names_for("fr")
>>> names["GB"], names["country:GB"], names["region:western-balkans"]
('Royaume-Uni', 'Royaume-Uni', 'Balkans occidentaux')
>>> localized_name("route:central-mediterranean", "Central Mediterranean", "fr")
'Méditerranée centrale'
>>> localized_name("part:northern:FR", "Northern France", "fr")
'France (nord)'
>>> localized_name("admin1:CA:british-columbia", "British Columbia", "fr", "CA")
'Colombie-Britannique'
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from functools import lru_cache
from typing import TYPE_CHECKING

import yaml

from geodata.admin1 import admin1_exonyms
from geodata.supplement import DATA_DIR, SUPPLEMENT_PATH, load_supplement

if TYPE_CHECKING:  # the extractor names places without loading pandas
    import pandas as pd

EXONYMS_PATH = DATA_DIR / "exonyms.yaml"
# Languages with a section in exonyms.yaml
EXONYM_LANGS = ("fr",)
SOURCE_LANGUAGE = "en"  # the language place names are stored in

# Map labels want short forms where CLDR's are long or official.
_SHORT: dict[str, dict[str, str]] = {
    "fr": {
        "HK": "Hong Kong",
        "MO": "Macao",
        "PS": "Palestine",
        "CD": "RD Congo",
        "CG": "Congo",
        "MM": "Myanmar",
        "CI": "Côte d'Ivoire",
        "TR": "Turquie",
        "VA": "Vatican",
        "UM": "Îles mineures éloignées des États-Unis",
    }
}


# GeoNames continent codes (the map's "continent:XX" clusters) -> CLDR's UN M49 area codes.
_CONTINENT_M49 = {
    "AF": "002",
    "AN": "AQ",
    "AS": "142",
    "EU": "150",
    "NA": "003",
    "OC": "009",
    "SA": "005",
}


# Parts of a country (geodata.parts, ids "part:northern:FR"): "France (nord)". The country in
# front avoids French articles ("du Maroc", "de la France"), which a name alone cannot tell.
_PART_WORDS: dict[str, dict[str, str]] = {
    "fr": {
        "northern": "nord",
        "southern": "sud",
        "eastern": "est",
        "western": "ouest",
        "northeastern": "nord-est",
        "northwestern": "nord-ouest",
        "southeastern": "sud-est",
        "southwestern": "sud-ouest",
        "northeast": "nord-est",
        "northwest": "nord-ouest",
        "southeast": "sud-est",
        "southwest": "sud-ouest",
    }
}


def _part_name(place_id: str, lang: str) -> str | None:
    _, part, code = (place_id.split(":") + ["", ""])[:3]
    word = _PART_WORDS.get(lang, {}).get(part)
    country = _country_names(lang).get(code)
    return f"{country} ({word})" if word and country else None


def _strip_variant(name: str) -> str:
    """CLDR's 'Myanmar (Birmanie)' -> 'Myanmar'; typographic apostrophes made plain."""
    name = name.replace("\u2019", "'")
    if "(" in name and name.endswith(")"):
        name = name.partition("(")[0].strip()
    return name


@lru_cache(maxsize=4)
def _country_names(lang: str) -> dict[str, str]:
    from babel import Locale

    territories = Locale(lang).territories
    short = _SHORT.get(lang, {})
    return {
        code: short.get(code) or _strip_variant(name)
        for code, name in territories.items()
        if len(code) == 2 and code.isalpha()
    }


@lru_cache(maxsize=4)
def _supplement_names(lang: str) -> tuple[dict[str, str], dict[str, str]]:
    """(place id -> name, English display name -> name) of supplement.yaml's places."""
    by_id: dict[str, str] = {}
    by_english: dict[str, str] = {}
    for place in load_supplement(SUPPLEMENT_PATH).places:
        local = place.names.get(lang)
        english = place.names.get(SOURCE_LANGUAGE)
        if not local:
            continue
        by_id[place.id] = local[0]
        if english:
            # cities merged with GeoNames keep the GeoNames id: find them by their name
            by_english[english[0]] = local[0]
    return by_id, by_english


@lru_cache(maxsize=4)
def _exonyms(lang: str) -> dict[tuple[str, str], str]:
    data = yaml.safe_load(EXONYMS_PATH.read_text(encoding="utf-8")) or {}
    return {(cc, name): local for cc, name, local in data.get(lang, [])}


def exonym_entries(lang: str) -> list[tuple[str, str, str]]:
    """(country code, GeoNames name, name in ``lang``) of ``exonyms.yaml`` (for checks)."""
    return [(cc, name, local) for (cc, name), local in _exonyms(lang).items()]


@lru_cache(maxsize=4)
def place_names_for(lang: str) -> dict[str, str]:
    """ISO alpha-2 codes, ``country:XX`` ids and supplement ids -> names in ``lang``.

    Empty for English (the stored names are English).
    """
    if lang == SOURCE_LANGUAGE:
        return {}
    out: dict[str, str] = {}
    for code, name in _country_names(lang).items():
        out[code] = name
        out[f"country:{code}"] = name
    out.update(_supplement_names(lang)[0])
    from babel import Locale

    territories = Locale(lang).territories
    for code, m49 in _CONTINENT_M49.items():
        if m49 in territories:
            out[f"continent:{code}"] = _strip_variant(territories[m49])
    return out


def localized_name(place_id: object, name: object, lang: str, country_code: object = None) -> str:
    """The name of one place in ``lang``; ``name`` (the stored name) when there is none."""
    stored = "" if name is None or (isinstance(name, float) and name != name) else str(name)
    if lang == SOURCE_LANGUAGE:
        return stored
    pid = "" if place_id is None else str(place_id)
    found = place_names_for(lang).get(pid)
    if found:
        return found
    if pid.startswith("part:"):
        found = _part_name(pid, lang)
        if found:
            return found
    found = _supplement_names(lang)[1].get(stored)
    if found:
        return found
    if pid.startswith("admin1:") and isinstance(country_code, str):
        found = admin1_exonyms().get((country_code, stored), {}).get(lang)
        if found:
            return found
    if isinstance(country_code, str):
        found = _exonyms(lang).get((country_code, stored))
    else:
        found = _exonyms_by_name(lang).get(stored)
    return found or stored


@lru_cache(maxsize=4)
def _exonyms_by_name(lang: str) -> dict[str, str]:
    """Exonyms of names that only one listed city has (used when no country is known)."""
    seen: dict[str, list[str]] = {}
    for (_, name), local in _exonyms(lang).items():
        seen.setdefault(name, []).append(local)
    return {name: found[0] for name, found in seen.items() if len(set(found)) == 1}


def localize_frame(frame: pd.DataFrame, lang: str) -> pd.DataFrame:
    """``frame``'s place names (``origin_name``, ``via_names``, ``name``...) in ``lang``, found
    from the ids and names it holds (no places table needed: the map's aggregated tables)."""
    if not lang or lang == SOURCE_LANGUAGE or frame is None or not len(frame):
        return frame
    pairs: dict[str, str] = {}
    for id_col, name_col in _PAIRS:
        if id_col not in frame or name_col not in frame:
            continue
        for ids, names in zip(frame[id_col], frame[name_col], strict=True):
            if _is_list(ids) and _is_list(names):
                items = zip(list(ids), list(names), strict=False)
            else:
                items = [(ids, names)]
            for pid, name in items:
                if isinstance(pid, str) and pid not in pairs:
                    pairs[pid] = localized_name(pid, name, lang)
    return localize_names(frame, pairs)


def names_of_places(places: pd.DataFrame, lang: str) -> dict[str, str]:
    """Place id -> name in ``lang`` for a places table (``id``, ``name``, ``country_code``),
    plus every ISO alpha-2 code -> the country's name (filters and titles use codes)."""
    out = dict(_country_names(lang)) if lang != SOURCE_LANGUAGE else {}
    if places is None or not len(places):
        return out
    codes = places["country_code"] if "country_code" in places else [None] * len(places)
    for pid, name, cc in zip(places["id"], places["name"], codes, strict=True):
        out[str(pid)] = localized_name(pid, name, lang, cc)
    return out


# (id column, name column) pairs of the frames that carry place names.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("origin_id", "origin_name"),
    ("dest_id", "dest_name"),
    ("via_ids", "via_names"),
    ("stop_ids", "stop_names"),
    ("id", "name"),
)


def localize_names(
    frame: pd.DataFrame,
    names: Mapping[str, str],
    pairs: Iterable[tuple[str, str]] = _PAIRS,
) -> pd.DataFrame:
    """A copy of ``frame`` whose name columns say the names of ``names`` (id -> name).

    ``pairs`` are (id column, name column); list columns (``via_ids``) are mapped item by item.
    Ids without a name in ``names`` keep the name they have. Empty ``names``: ``frame`` itself.
    """
    if not names or frame is None or not len(frame):
        return frame
    out = frame.copy()
    for id_col, name_col in pairs:
        if id_col not in out or name_col not in out:
            continue
        # plain lists: iterating a column of Arrow strings costs a call per value
        ids, current = out[id_col].tolist(), out[name_col].tolist()
        first = next((v for v in ids if v is not None and not _is_nan(v)), None)
        if isinstance(first, str) or first is None:
            out[name_col] = [
                names.get(str(i), n) if isinstance(i, str) else n
                for i, n in zip(ids, current, strict=True)
            ]
        else:  # lists of ids and names
            out[name_col] = [
                [names.get(str(i), n) for i, n in zip(list(i_s), list(n_s), strict=False)]
                if _is_list(i_s) and _is_list(n_s)
                else n_s
                for i_s, n_s in zip(ids, current, strict=True)
            ]
    return out


def _is_nan(value: object) -> bool:
    return isinstance(value, float) and value != value


def _is_list(value: object) -> bool:
    return hasattr(value, "__len__") and not isinstance(value, str)


__all__ = [
    "EXONYMS_PATH",
    "EXONYM_LANGS",
    "exonym_entries",
    "localize_frame",
    "localize_names",
    "localized_name",
    "names_of_places",
    "place_names_for",
]
