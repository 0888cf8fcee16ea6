"""The extractor's word lists and cue tables, read from ``flows/extract/data/lexicon_*.yaml``.

The data files hold what the rules look for (cue words before a place, category terms,
illicit and lawful cues, words of movement...); the modules hold how the rules use them.
In the files a list is one alternation (joined with ``|``) and ``<<NAME>>`` stands for a
fragment of the same language's file or of ``lexicon_common.yaml``.

>>> lexicon("fr").regex("whence").search("envoyée au Maroc, d'où elle repart") is not None
True
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

DATA_DIR = Path(__file__).resolve().parent / "data"
LANGS = ("fr", "en")
_REF = re.compile(r"<<([A-Za-z_]+)>>")


@lru_cache(maxsize=4)
def _load(name: str) -> dict:
    with (DATA_DIR / f"lexicon_{name}.yaml").open(encoding="utf-8") as fh:
        return yaml.safe_load(fh) or {}


class Lexicon:
    """The tables of one language (French or English; other languages use English)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGS else "en"
        self._own = _load(self.lang)
        self._common = _load("common")
        self._regex: dict[tuple, re.Pattern] = {}

    def _lookup(self, name: str) -> object:
        for table in (self._own, self._common):
            for section in ("patterns", "fragments"):
                value = (table.get(section) or {}).get(name)
                if value is not None:
                    return value
        raise KeyError(f"no pattern or fragment '{name}' in the {self.lang} lexicon")

    def expand(self, value: object) -> str:
        """A pattern's text: a list joined as one alternation, ``<<NAME>>`` replaced."""
        if isinstance(value, list):
            value = "(?:" + "|".join(str(v) for v in value) + ")"
        return _REF.sub(lambda m: self.expand(self._lookup(m.group(1))), str(value))

    def text(self, name: str) -> str:
        return self.expand(self._lookup(name))

    def regex(
        self, name: str, prefix: str = "", suffix: str = "", flags: int = re.IGNORECASE
    ) -> re.Pattern:
        """The pattern ``name`` compiled (once), wrapped in ``prefix`` and ``suffix``."""
        key = (name, prefix, suffix, flags)
        hit = self._regex.get(key)
        if hit is None:
            hit = self._regex[key] = re.compile(prefix + self.text(name) + suffix, flags)
        return hit

    def words(self, name: str) -> frozenset[str]:
        for table in (self._own, self._common):
            found = (table.get("words") or {}).get(name)
            if found is not None:
                return frozenset(str(w) for w in found)
        raise KeyError(f"no word list '{name}' in the {self.lang} lexicon")

    def cues(self) -> list[tuple[str, str]]:
        """(role, pattern) of the cue words before a place, in the order they are tried."""
        return [(c["role"], self.expand(c["pattern"])) for c in self._own.get("cues", [])]

    def categories(self) -> list[tuple[str, str, str | None]]:
        """(pattern, category, commodity) of the category terms, earlier entries first."""
        return [
            (self.expand(c["terms"]), c["category"], c.get("commodity"))
            for c in self._own.get("categories", [])
        ]

    def table(self, name: str) -> dict:
        """A mapping section of the common file (``kind_of``)."""
        return dict(self._common.get(name) or {})


@lru_cache(maxsize=4)
def lexicon(lang: str) -> Lexicon:
    return Lexicon(lang if lang in LANGS else "en")


class ByLang:
    """``TABLE[lang]``: one compiled pattern (or word list) of the lexicon, per language."""

    def __init__(self, name: str, prefix: str = "", suffix: str = "", words: bool = False):
        self.name, self.prefix, self.suffix, self.words = name, prefix, suffix, words

    def __getitem__(self, lang: str):
        lex = lexicon(lang)
        if self.words:
            return lex.words(self.name)
        return lex.regex(self.name, self.prefix, self.suffix)
