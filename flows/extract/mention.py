"""Place mentions and the tokens they are found in: exact surfaces and offsets in a text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from geodata.place import Place

# Words, dotted acronyms (U.S., U.K.; "U.S" without its last dot), numbers. Apostrophes (a
# backtick too: "Cox`s Bazar") stay inside the token so that the elision can be split off
# below with exact offsets.
_TOKEN = re.compile(r"(?:[A-Z]\.){2,}|(?:[A-Z]\.)+[A-Z]\b|[^\W_]+(?:[-‐‑'’`][^\W_]+)*|\d+")


_EX_PREFIX = re.compile(r"^(?:ex|former|post|pre|anti|pro)[-‐‑](?=[A-ZÀ-ÖØ-Þ])", re.IGNORECASE)
_CAPS_HYPHEN = re.compile(r"(?<=[a-zà-ÿ])[-‐‑–](?=[A-ZÀ-ÖØ-Þ])")
# ... and "Russia-linked", "China-controlled", "a New York-area airport"
_PLACE_SUFFIX = re.compile(
    r"[-‐‑](?:bound|based|registered|flagged|made|linked|controlled|backed|owned|area)$",
    re.IGNORECASE,
)
_ELISION = re.compile(r"^(l|d|qu|jusqu|lorsqu|puisqu|s|n|c|j|m|t)['’`]", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A place mention: exact surface and offsets in the text, and the place it resolves to."""

    surface: str
    start: int
    end: int
    place: Place
    score: float
    method: str
    demonym: bool = False

    def as_json(self) -> dict:
        return {"surface": self.surface, **self.place.as_json()}


def overlaps(start: int, end: int, mentions) -> bool:
    """Does the span ``start``..``end`` overlap one of ``mentions`` (anything with ``start`` and
    ``end``)?

    >>> overlaps(3, 8, [Mention("Oslo", 6, 10, None, 1.0, "exact")]), overlaps(3, 6, [])
    (True, False)
    """
    return any(m.start < end and start < m.end for m in mentions)


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


def tokenize(text: str) -> list[Token]:
    """Tokens with offsets; French elision (l', d', qu', jusqu') becomes its own token."""
    tokens: list[Token] = []
    for m in _TOKEN.finditer(text):
        word, start = m.group(0), m.start()
        e = _ELISION.match(word)
        if e and len(word) > e.end():
            tokens.append(Token(word[: e.end()], start, start + e.end()))
            word, start = word[e.end() :], start + e.end()
        # A missing space after an elision ("la Suèdel’Espagne"): split before the capital.
        glued = re.search(r"['’](?=[A-ZÀ-ÖØ-Þ])", word)
        if glued and glued.start() > 1:
            cut = glued.end()
            tokens.append(Token(word[: glued.start() - 1], start, start + glued.start() - 1))
            tokens.append(Token(word[glued.start() - 1 : cut], start + glued.start() - 1,
                                start + cut))  # fmt: skip
            word, start = word[cut:], start + cut
        # "ex-Yougoslavie", "former-Soviet": the prefix apart, so the name starts capitalised
        prefix = _EX_PREFIX.match(word)
        if prefix:
            tokens.append(Token(word[: prefix.end()], start, start + prefix.end()))
            word, start = word[prefix.end() :], start + prefix.end()
        # "the EU's", "Afghanistan’s": the English possessive apart
        if len(word) > 3 and word[-2] in "'’" and word[-1] in "sS":
            tokens.append(Token(word[:-2], start, start + len(word) - 2))
            word, start = word[-2:], start + len(word) - 2
        # "Niger-Libya", "Badakhshan-Doshi-Bamiyan": capitalised parts are tokens of their
        # own; a hyphenated name ("Pays-Bas", "Grande-Synthe") is still tried whole, since
        # spans join tokens over a hyphen
        while True:
            cut = _CAPS_HYPHEN.search(word)
            if cut is None:
                break
            tokens.append(Token(word[: cut.start()], start, start + cut.start()))
            word, start = word[cut.start() + 1 :], start + cut.start() + 1
        # "Europe-bound", "UK-based": the place, then the suffix (a cue read by direction)
        suffix = _PLACE_SUFFIX.search(word)
        if suffix and suffix.start() > 0:
            tokens.append(Token(word[: suffix.start()], start, start + suffix.start()))
            word, start = word[suffix.start() + 1 :], start + suffix.start() + 1
        tokens.append(Token(word, start, start + len(word)))
    return tokens
