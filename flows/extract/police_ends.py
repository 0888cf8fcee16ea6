"""Ends named as where the police acted, left open for the document to complete.

"la police de Slovénie a découvert un véhicule avec des armes ... amenées en France", "la
brigade de protection des mineurs de Paris": the place says whose police it is, not where the
goods or people set off from; "17 perquisitions à Liège, Seraing et Ans": towns where the
police searched homes are no place the goods went to, when nothing says where they came from.
The place of a seizure or an arrest stays an end (ANNOTATION.md), and so does a place raided
("raids were made in St. Paul's Bay", "raids were conducted around Germany": where the women
were found).
"""

from __future__ import annotations

import re

from flows.extract.candidate import Candidate
from flows.extract.direction import Tagged
from flows.extract.lexicon import ByLang
from flows.extract.seizure_ends import _cue_before

# "la police de Dubaï", "la brigade de protection des mineurs de Paris": a police's home
_POLICE_HOME = ByLang("police_home")

# "17 perquisitions à Liège", "house searches in Leeds": where the police searched homes
_SEARCHED_IN = ByLang("searched_in")

# how far before the place the cue may start (characters)
_REACH = 90

# what may stand between two towns of one list ("à Liège, Seraing, Oreye et à Ans"): commas,
# "and" and names, no other word
_LIST_GAP = re.compile(r"(?:\s|,|\b(?:et|and|à|in|at)\b|[A-ZÀ-Ý][\w'’-]*)*")


def _in_evidence(t: Tagged, c: Candidate) -> bool:
    """``t`` is named in the candidate's own evidence, where the words before it hold."""
    return c.evidence_start <= t.start and t.end <= c.evidence_end


def police_home(t: Tagged, c: Candidate, lang: str) -> bool:
    """The origin ``t`` is named as the home of a police force ("la police de Dubaï")."""
    return _in_evidence(t, c) and _cue_before(
        _POLICE_HOME, t, c.evidence, lang, c.evidence_start, _REACH
    )


def searched_town(t: Tagged, c: Candidate, lang: str) -> bool:
    """The destination ``t`` of a flow with no origin is a town (no country) the police
    searched ("des perquisitions à Liège"); goods that came from elsewhere end where they were
    found in a search ("venaient de Serbie ... saisies lors d'une perquisition à Lyon"), and
    a raid's place ends the flow ("raids were made in St. Paul's Bay", where the women were)."""
    return (
        c.origin is None
        and _in_evidence(t, c)
        and t.place.kind != "country"
        and _cue_before(_SEARCHED_IN, t, c.evidence, lang, c.evidence_start, _REACH)
    )


def _searched_list(cands: list[Candidate], lang: str) -> set[int]:
    """The ids of the candidates whose destination is a town the police searched, with the
    towns listed after the first ("perquisitions à Namur, Dinant et Ciney")."""
    out: set[int] = set()
    ends = sorted(
        (c for c in cands if c.origin is None and c.destination is not None),
        key=lambda c: c.destination.start,
    )
    last: Candidate | None = None
    for c in ends:
        t = c.destination
        if searched_town(t, c, lang):
            out.add(id(c))
            last = c
            continue
        if (
            last is not None
            and t.place.kind != "country"
            and c.evidence_start == last.evidence_start
            and c.category == last.category
            and _in_evidence(t, c)
            and _LIST_GAP.fullmatch(
                c.evidence, last.destination.end - c.evidence_start, t.start - c.evidence_start
            )
        ):
            out.add(id(c))
            last = c
    return out


def no_police_ends(cands: list[Candidate], lang: str | None) -> list[Candidate]:
    """The candidates with no origin that is a police's home nor destination that is a town
    the police searched (module docstring): such an end is left open, for the document to
    complete (the nationality of those moved, the one origin the document gives); a candidate
    left with no end is dropped.

    Round 55: dropping such candidates outright only cut false flows (read strict tp 1670 ->
    1670); opening the end gained 5 right ones (the thieves convoyed to London, Athens, Rome
    and Berlin left from Bulgaria, not from Paris)."""
    lang = "fr" if lang == "fr" else "en"
    searched = _searched_list(cands, lang)
    for c in cands:
        if c.origin is not None and police_home(c.origin, c, lang):
            c.origin = None
        if id(c) in searched:
            c.destination = None
    return [c for c in cands if c.origin is not None or c.destination is not None]
