"""A one-word place's name that stands for a person, read from the words around it.

Who speaks ("Harrison said", "a déclaré Lyons", "according to Harrison,"), a surname after a
title of address ("Mr. Lyons", "Mme Nice") or after a common first name ("Perrine Savoie"):
the word lists are the lexicon's (``speech``, ``speech_aux``, ``attribution``, ``honorifics``,
``first_names``, ``locatives``). Used by :class:`flows.extract.toponyms.ToponymScanner`.
"""

from __future__ import annotations

from flows.extract.lexicon import lexicon
from flows.extract.mention import Token, tokenize  # noqa: F401  (tokenize: the doctests)
from geodata.normalize import fold_key

_LOCATIVES = lexicon("en").words("locatives")
_SPEECH = lexicon("en").words("speech")
_HONORIFICS = lexicon("en").words("honorifics")
# the lexicon's first names, folded (toponyms reads them too)
FIRST_NAMES = frozenset(fold_key(w) for w in lexicon("en").words("first_names"))
_SPEECH_AUX = lexicon("en").words("speech_aux")
_ATTRIBUTION = lexicon("en").words("attribution")


def speaker(text: str, toks: list[Token], i: int, j: int) -> bool:
    """Does the one-word name at token ``i`` (to ``j``) stand for who speaks: "Harrison said",
    "Lyons a déclaré", "according to Harrison,", "said Harrison." (a person, not a place).
    "in Harrison, said police" stays a place."""
    if i != j:
        return False
    before = [t.text.lower() for t in toks[max(0, i - 2) : i]]
    if before and before[-1] in _LOCATIVES and before[-1] != "to":  # "according to"
        return False
    after = [t.text.lower() for t in toks[j + 1 : j + 3]]
    if after and (
        after[0] in _SPEECH or (after[0] in _SPEECH_AUX and len(after) > 1 and after[1] in _SPEECH)
    ):
        return True
    tail = text[toks[j].end : toks[j].end + 2].lstrip(" ")
    if not before or tail[:1] not in (",", ".", ";", ""):
        return False
    two = text[toks[i - 2].start : toks[i - 1].end].lower() if i >= 2 else ""
    return (
        before[-1] in _ATTRIBUTION
        or two in _ATTRIBUTION
        or (before[-1] in _SPEECH and text[toks[i - 1].end : toks[i].start].strip() == "")
    )


def titled(text: str, toks: list[Token], i: int) -> bool:
    """The word at token ``i`` follows a title of address: a surname ("Mr. Lyons", "Mme Nice").

    >>> text = "Mr. Lyons left; Ms Valle and Dr Who; in Lyons."
    >>> toks = tokenize(text)
    >>> [t.text for k, t in enumerate(toks) if titled(text, toks, k)]
    ['Lyons', 'Valle', 'Who']
    """
    if i == 0:
        return False
    prev = toks[i - 1]
    gap = text[prev.end : toks[i].start]
    return prev.text.lower() in _HONORIFICS and gap in (" ", ". ")


def after_first_name(text: str, toks: list[Token], i: int) -> bool:
    """The word at token ``i`` follows a common first name after one space: a surname
    ("François Hollande", "Perrine Savoie").

    >>> text = "Pierre Lyons left; Lyons, Pierre said."
    >>> toks = tokenize(text)
    >>> [after_first_name(text, toks, k) for k in (1, 4)]
    [True, False]
    """
    if i == 0:
        return False
    prev = toks[i - 1]
    return text[prev.end : toks[i].start] == " " and fold_key(prev.text) in FIRST_NAMES
