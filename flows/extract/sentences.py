"""Sentence and paragraph boundaries with character offsets (rule-based, fast)."""

from __future__ import annotations

import re
from functools import lru_cache

# A sentence ends at . ! ? … (and closing quotes) followed by space and a capital, a quote or
# a digit, or at a line break. Abbreviations (M. Stock, U.S., Mme, Dr) do not end sentences.
_BOUNDARY = re.compile(
    r"(?<=[.!?…])[»\"”’)]*\s+(?=[«\"“(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n+"
    # a full stop with the space lost ("européens.Ils", "the border.The"): a lower-case word of
    # three letters or more, then a capitalised word (not "U.S.", "M.Dupont", "Bladi.net")
    r"|(?<=[a-zà-öø-ÿ]{3}[.!?])(?=[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ])"
)
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\bM|\bMme|\bMlle|\bMM|\bDr|\bSt|\bMr|\bMrs|\bMs|\bNo|\bn°|\bvol|\bp|\bpp|"
    r"\betc|\bcf|\bav|\bapr|\bJ\.-C|\bGen|\bCol|\bSgt|\bLt|\bGov|\bSen|\bRep|\bInc|\bLtd|"
    r"\bCo|\bJr|\bvs|\bi\.e|\be\.g|\bU\.S|\bU\.K)\.$"
)


# A "sentence" longer than this is not one (a table flattened to a line, a text without
# punctuation): it is cut into pieces at a comma or a space, so that the work per sentence
# stays bounded and extraction stays linear in the text. Real sentences stay well below
# (the longest in the gold and seed texts has 515 characters).
MAX_SENTENCE_CHARS = 2000


# A text wrapped at a fixed width (a plain-text dispatch, a PDF's text): its lines break inside
# sentences. A break there is soft when the line before does not end a sentence.
MIN_WRAPPED_BREAKS = 3
MIN_WRAPPED_LINE = 40
# (anchored at a line start: the scan stays linear in the text)
_WRAPPED_BREAK = re.compile(
    rf"^[^\n]{{{MIN_WRAPPED_LINE - 1},}}[a-zà-öø-ÿ,;\-–—]\n(?=[a-zà-öø-ÿ(\"“«$\d])", re.MULTILINE
)
_SOFT_BREAK = re.compile(r"[^.!?…:»\"”\s]\n(?!\n)")


def _is_soft_break(text: str, m: re.Match) -> bool:
    """A single line break inside a sentence (not after a heading in capitals)."""
    return m.group(0) == "\n" and soft_break_at(text, m.start())


def soft_break_at(text: str, at: int) -> bool:
    """Is the line break at ``at`` one inside a sentence of a hard-wrapped text?"""
    if not _SOFT_BREAK.match(text, max(0, at - 1)) or not is_hard_wrapped(text):
        return False
    line = text[text.rfind("\n", 0, at) + 1 : at]
    nxt = text[at + 1 : at + 2]
    # a short line before a capital is a heading ("Trois passeurs britanniques\nL'enquête")
    return not line.isupper() and (len(line) >= MIN_WRAPPED_LINE or not nxt.isupper())


@lru_cache(maxsize=4)  # asked once per capitalised word of one text
def is_hard_wrapped(text: str) -> bool:
    """Does ``text`` break its lines inside sentences (at least three times)?

    >>> is_hard_wrapped("Guns are taken by road to the highlands' rural centres, including\\n"
    ...     "Mount Hagen. Some are flown directly into the highlands on uncharted\\n"
    ...     "flights, sources said. Others go by sea to ports on the northern coast,\\n"
    ...     "where the traders wait for them before the harvest of the gold\\n"
    ...     "in the mountains.")
    True
    >>> is_hard_wrapped("Title\\nFirst sentence. Second sentence.\\nThird one.")
    False
    """
    found = 0
    for _ in _WRAPPED_BREAK.finditer(text):
        found += 1
        if found >= MIN_WRAPPED_BREAKS:
            return True
    return False


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, whitespace trimmed, in order; none is longer than
    ``max_chars`` (longer ones are cut at a comma or a space).

    >>> split_sentences("Heroin came from Iran. It reached Turkey.")
    [(0, 22), (23, 41)]
    >>> split_sentences("Ils sont européens.Ils arrivent.")
    [(0, 19), (19, 32)]
    >>> wrapped = ("Guns are taken by road to the rural centres, including\\n"
    ...     "Mount Hagen, where dealers sell them. Others are flown to the\\n"
    ...     "highlands on uncharted flights, sources said, and some go by\\n"
    ...     "sea to the northern ports, from where they are taken on to\\n"
    ...     "the mountains.")
    >>> len(split_sentences(wrapped))
    2
    >>> [e - s for s, e in split_sentences("word " * 1000, max_chars=1000)]
    [999, 999, 999, 999, 999]
    """
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
            continue
        if _is_soft_break(text, m):
            continue
        spans.append((start, m.start()))
        start = m.end()
    spans.append((start, len(text)))
    out = []
    for s, e in spans:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            out.extend(_cut(text, s, e, max_chars))
    return out


def _cut(text: str, s: int, e: int, max_chars: int) -> list[tuple[int, int]]:
    """``s..e`` in pieces of at most ``max_chars``, cut after a comma, else at a space."""
    pieces = []
    while e - s > max_chars:
        window = text[s : s + max_chars]
        cut = window.rfind(", ") + 1
        if cut < max_chars // 2:
            cut = max(window.rfind(" "), window.rfind("\t"))
        if cut < max_chars // 2:
            cut = max_chars  # no space at all: a hard cut
        end = s + cut
        while end > s and text[end - 1].isspace():
            end -= 1
        pieces.append((s, end))
        s += cut
        while s < e and text[s].isspace():
            s += 1
    if e > s:
        pieces.append((s, e))
    return pieces


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (block between blank lines or line breaks) that holds ``start..end``."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    return p_start, (len(text) if p_end == -1 else p_end)
