"""Find catalogue messages of the wrong language in what a reader sees.

A French page must show no English message from the catalogue, an English one no French
translation. Each message is cut into its literal pieces (around ``{placeholders}``); a piece
of at least five characters is looked for as whole words. Pieces the other language also uses
("Sources", "Zoom", "Europe") cannot tell the languages apart and are skipped, and so is the
records' own text (summaries, source titles, quotes), which stays in the language its
source wrote it in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from babel.messages.pofile import read_po

from flows.i18n import LOCALE_DIR

_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|\*\*|`[^`]*`")
MIN_PIECE = 5


def _strings(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    return [v for v in value if v]


@lru_cache(maxsize=2)
def _pairs() -> list[tuple[list[str], list[str]]]:
    """(English forms, French forms) of every message."""
    with (LOCALE_DIR / "fr" / "LC_MESSAGES" / "flows.po").open("rb") as fh:
        catalogue = read_po(fh, locale="fr")
    return [(_strings(m.id), _strings(m.string)) for m in catalogue if m.id]


def _pieces(text: str) -> list[str]:
    out = []
    for piece in _PLACEHOLDER.split(text):
        piece = piece.strip(" \u00a0\u202f.,;:()«»“”'\"·-–→▶◀⏸")
        if len(piece) >= MIN_PIECE and re.search(r"[A-Za-zÀ-ÿ]{3}", piece):
            out.append(piece)
    return out


@lru_cache(maxsize=2)
def telltales(lang: str) -> tuple[str, ...]:
    """Pieces of messages that only language ``lang`` uses (English pieces for "en")."""
    pairs = _pairs()
    mine = [(en if lang == "en" else fr) for en, fr in pairs]
    other = " \n ".join(s for en, fr in pairs for s in (fr if lang == "en" else en))
    found = {p for forms in mine for form in forms for p in _pieces(form)}
    return tuple(sorted(p for p in found if not _contains(other, p)))


def _contains(text: str, piece: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(piece)}(?!\w)", text) is not None


def scrub(text: str, data: Iterable[str]) -> str:
    """``text`` without the records' own words (longest first)."""
    for item in sorted({d for d in data if d and len(d) >= 3}, key=len, reverse=True):
        text = text.replace(item, " ")
    return text


def leaks(text: str, wrong: str, data: Iterable[str] = ()) -> list[str]:
    """Messages of language ``wrong`` found in ``text`` (after removing ``data``)."""
    clean = scrub(text, data)
    return [p for p in telltales(wrong) if _contains(clean, p)]


__all__ = ["leaks", "scrub", "telltales"]
