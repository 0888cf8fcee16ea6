"""Language of a document: French and English by function words (fast), others by langdetect.

Function-word counting decides fr/en in microseconds on news text; langdetect (seeded, so
results are reproducible) is only asked when neither language clearly dominates.
"""

from __future__ import annotations

import re
from functools import lru_cache

SUPPORTED = ("fr", "en")

_FR = frozenset(
    "le la les des du une et est dans pour sur par avec qui que sont ont été aux au ces cette "
    "pas ne plus selon depuis vers leur leurs entre où été être fait".split()
)
_EN = frozenset(
    "the and of to in is are was were for with that this from by on at has have had been "
    "which their they not into through its it be as an".split()
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


@lru_cache(maxsize=1)
def _langdetect():
    from langdetect import DetectorFactory, detect

    DetectorFactory.seed = 0  # langdetect is random otherwise
    return detect


def detect_language(text: str, sample_chars: int = 3000) -> str | None:
    """ISO 639-1 code of ``text`` (``fr``, ``en``, other codes best effort), None if unknown."""
    sample = text[:sample_chars]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return None
    fr = sum(w in _FR for w in words)
    en = sum(w in _EN for w in words)
    total = len(words)
    if fr >= 3 and fr > 2 * en and fr / total > 0.08:
        return "fr"
    if en >= 3 and en > 2 * fr and en / total > 0.08:
        return "en"
    try:
        return _langdetect()(sample)[:2]
    except Exception:  # langdetect raises on text without features (digits, symbols)
        if fr or en:
            return "fr" if fr >= en else "en"
        return None


def language_warning(lang: str | None) -> str | None:
    """A warning for languages the rules were not written for (best effort only)."""
    if lang in SUPPORTED:
        return None
    if lang is None:
        return "language could not be detected; treated as English (best effort)"
    return f"language '{lang}' is not supported (French, English); best effort with English rules"
