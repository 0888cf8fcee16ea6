"""Spelling families: one key for the ways texts spell a transcribed name.

A name written "Djedah", "Tachkent" or "Kiyv" is in no list, but it folds to the same key as
"Jeddah", "Tashkent" or "Kyiv" under the transcription rules of
``geodata/data/spelling_folds.yaml``. The gazetteer keeps, at build time, the fold of every
name of a country, a region or a sea and of the own name of every city of 250,000 people or
more, and reads a name it does not know by that fold
(:meth:`geodata.gazetteer.Gazetteer.spelling_of`).

>>> spelling_fold("djedah") == spelling_fold("jeddah")
True
>>> spelling_fold("kiyv") == spelling_fold("kyiv"), spelling_fold("tachkent")
(True, 'tachkent')
"""

from __future__ import annotations

import re
from functools import lru_cache

import yaml

from geodata.supplement import DATA_DIR

SPELLING_FOLDS_PATH = DATA_DIR / "spelling_folds.yaml"
# Shorter names are mostly other words ("Lao", "Dak"): they are never read by their fold.
MIN_KEY_LENGTH = 4
# Places whose names are folded: cities from this population up, and every place not a city.
MIN_CITY_POPULATION = 250_000
_DOUBLED = re.compile(r"(.)\1+")


@lru_cache(maxsize=1)
def _folds() -> tuple[tuple[re.Pattern[str], str], ...]:
    data = yaml.safe_load(SPELLING_FOLDS_PATH.read_text(encoding="utf-8"))
    return tuple((re.compile(pattern), repl) for pattern, repl in data["folds"])


def spelling_fold(key: str) -> str:
    """The key of ``key``'s spelling family (``key`` is a folded look-up key)."""
    for pattern, repl in _folds():
        key = pattern.sub(repl, key)
    return key


def plain_spelling(key: str) -> str:
    """``key`` without spaces and doubled letters: what :func:`spelling_fold` makes of a name
    that has no transcribed letter ("Some" and "Somme", "Salle" and "Salé" are not one name).

    >>> plain_spelling("elle est"), spelling_fold("elle est"), plain_spelling("salle")
    ('elest', 'elest', 'sale')
    """
    return _DOUBLED.sub(r"\1", key.replace(" ", ""))
