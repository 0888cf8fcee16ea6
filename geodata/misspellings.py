"""Misspelt names: the last-resort, edit-distance reading of a word the index lacks.

Texts misspell big places ("Uzkebistan", "Afganistan", "Phillipines"). A capitalised word of
``MIN_WORD_LENGTH`` letters or more that no look-up and no spelling fold
(:mod:`geodata.spellings`) knows is read as the one country, region, sea or big city whose
name is at most one edit or one transposition away from it (two for words of
``LONG_WORD_LENGTH`` letters or more). Words of a dictionary (the stop words of
:mod:`geodata.normalize` and ``geodata/data/misspelling_refused.yaml``), words with a
nationality ending, and a name with an ending or without its last letters ("African",
"Saharan", "Elysées") are never read so.

>>> index = MisspellingIndex(["afghanistan", "philippines", "uzbekistan", "colombia"])
>>> index.match("afganistan"), index.match("phillipines"), index.match("uzkebistan")
('afghanistan', 'philippines', 'uzbekistan')
>>> index.match("columbiaa") is None  # two edits from a name of 8 letters: too far
True
>>> MisspellingIndex(["africa"]).match("african") is None  # the name and an ending
True
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache

import yaml
from rapidfuzz import process
from rapidfuzz.distance import OSA

from geodata.supplement import DATA_DIR

REFUSED_PATH = DATA_DIR / "misspelling_refused.yaml"
# Shorter words are too often other words one letter away from a name ("Mexican", "Iranian").
MIN_WORD_LENGTH = 7
# From this length a word may be two edits away from its name.
LONG_WORD_LENGTH = 10


@lru_cache(maxsize=1)
def _refused() -> dict[str, tuple[str, ...]]:
    return yaml.safe_load(REFUSED_PATH.read_text(encoding="utf-8"))


def refused_word(key: str) -> bool:
    """True when the folded word ``key`` is never read as a misspelt name: a listed word or a
    word with a nationality ending.

    >>> refused_word("province"), refused_word("sicilien"), refused_word("venezuala")
    (True, True, False)
    """
    data = _refused()
    return key in data["words"] or key.endswith(tuple(data["endings"]))


def max_edits(key: str) -> int:
    """How many edits (insertions, deletions, substitutions, transpositions) ``key`` may be
    from the name it misspells: 0 when it is too short to be read at all.

    >>> max_edits("bresil"), max_edits("colombie"), max_edits("afganistan")
    (0, 1, 2)
    """
    if len(key) < MIN_WORD_LENGTH:
        return 0
    return 2 if len(key) >= LONG_WORD_LENGTH else 1


class MisspellingIndex:
    """The names a misspelt word may stand for, built once per process."""

    def __init__(self, names: Iterable[str]) -> None:
        # a one-word key of MIN_WORD_LENGTH letters is at most one letter longer than its name
        self._names = sorted({n for n in names if " " not in n and len(n) >= MIN_WORD_LENGTH - 1})

    def match(self, key: str) -> str | None:
        """The one name within :func:`max_edits` of ``key`` (a folded one-word key), or None
        when there is none or two names are equally near (no guess between them)."""
        edits = max_edits(key)
        if not edits or " " in key:
            return None
        near = process.extract(key, self._names, scorer=OSA.distance, score_cutoff=edits, limit=2)
        if not near or (len(near) == 2 and near[1][1] == near[0][1]):
            return None
        name = near[0][0]
        if key.startswith(name) or name.startswith(key):
            return None  # "African", "Saharan": the name with an ending names something else
        return name
