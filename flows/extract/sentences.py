"""Sentence and paragraph boundaries with character offsets (rule-based, fast)."""

from __future__ import annotations

import re

# A sentence ends at . ! ? … (and closing quotes) followed by space and a capital, a quote or
# a digit, or at a line break. Abbreviations (M. Stock, U.S., Mme, Dr) do not end sentences.
_BOUNDARY = re.compile(r"(?<=[.!?…])[»\"”’)]*\s+(?=[«\"“(\-–—]?\s*[A-ZÀ-ÖØ-Þ0-9])|\n+")
_ABBREV = re.compile(
    r"(?:\b[A-Z]|\bM|\bMme|\bMlle|\bMM|\bDr|\bSt|\bMr|\bMrs|\bMs|\bNo|\bn°|\bvol|\bp|\bpp|"
    r"\betc|\bcf|\bav|\bapr|\bJ\.-C|\bGen|\bCol|\bSgt|\bLt|\bGov|\bSen|\bRep|\bInc|\bLtd|"
    r"\bCo|\bJr|\bvs|\bi\.e|\be\.g|\bU\.S|\bU\.K)\.$"
)


def split_sentences(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each sentence, whitespace trimmed, in order."""
    spans: list[tuple[int, int]] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        if "\n" not in m.group(0) and _ABBREV.search(text[max(0, m.start() - 6) : m.start()]):
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
            out.append((s, e))
    return out


def paragraph_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The paragraph (block between blank lines or line breaks) that holds ``start..end``."""
    p_start = text.rfind("\n", 0, start) + 1
    p_end = text.find("\n", end)
    return p_start, (len(text) if p_end == -1 else p_end)
