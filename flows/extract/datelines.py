"""Datelines: the town a news item names in capitals at the start of its line ("BERLIN —",
"SOFIA, Aug. 17", "KABUL (AP)"), or however written before a wire's date, state or agency
("Panaji, Nov 18 (PTI)", "Bosaso, Somalia —", "Marseille (AFP) -").
"""

from __future__ import annotations

import re

from flows.extract.lexicon import lexicon

# What follows a city written in capitals at the start of a line in a dateline.
_DATELINE_END = re.compile(r"\s*(?:,|:|\(|[—–-]\s)")
# ... or anywhere on its line when its country or state and a dash follow, an agency in
# brackets between ("2002  TURBAT, Pakistan -- The", "LA VALLETTA (MALTA) (ITALPRESS/MNA) –")
_AREA_THEN_DASH = re.compile(
    r"\s*(?:,\s*|\()[A-ZÀ-ÖØ-Þ][\w'’.]*(?:\s+[A-ZÀ-ÖØ-Þ][\w'’.]*){0,2}\)?\s*"
    r"(?:\([^()\n]{1,40}\)\s*)?(?:--|[—–-])\s"
)
# ... or after the time a page stamps on its line, and a dash ("Updated 06:15 pm IST - NEW
# DELHI:")
_STAMP_BEFORE = re.compile(r"\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4}\s*)?[-–—|]\s*$")
# A date after a dateline's town: "NADI, 24 JUNE 2019", "KUWAIT CITY, May 23", "PARIS, 3 mars"
_MONTHS_DAYS = (
    r"(?:january|february|march|april|may|june|july|august|"
    r"september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|"
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    r"janv|févr?|avr|juil|déc|monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|"
    r"tues?|wed|thu|thurs|fri|sat|sun|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)"
    r"(?![^\W\d_])"
)
_DATE_AFTER = re.compile(r"\s*,\s*(?:\d{1,2}(?:er)?\s+)?" + _MONTHS_DAYS, re.IGNORECASE)
# A news agency in brackets after a town, its state or country and its date, as wires write
# their datelines ("Panaji, Nov 18 (PTI)", "TOKYO, March 3 (Kyodo) --", "Marseille, 12 mars
# (AFP) -", "Trenton, N.J. (AP) —"); the agencies are a word list of the lexicon
_AGENCY = "|".join(
    re.escape(a) for a in sorted(lexicon("en").words("news_agencies"), key=len, reverse=True)
)
_AGENCY_AFTER = re.compile(
    r"(?:\s*,\s*[A-Z][\w'’.]*(?:\s+[A-Z][\w'’.]*){0,2})?"  # its state or country
    r"(?:\s*,\s*(?:\d{1,2}(?:er)?\s+)?" + _MONTHS_DAYS + r"\.?(?:\s*\d{1,2})?(?:,?\s*\d{4})?)?"
    r"\s*,?\s*\((?-i:" + _AGENCY + r")(?:\s*/\s*[\w.-]+)?\)",  # "(map)" is no agency
    re.IGNORECASE,
)
# A state's dotted abbreviation after a town ("Trenton, Ga."): which of the towns of that name
# is ``abbreviated_towns``' to say (the nearest the state), not the biggest's
_DOTTED_STATE = re.compile(r"\s*,\s*(?:[A-Z][a-z]{0,4}\.)+")
# ... or a long dash alone ("Quimper – La gendarmerie"; a hyphen is a heading's as often)
_DASH_AFTER = re.compile(r"\s*(?:--|[—–])\s")
# A name written in capitals ("KABUL", "SAN ANTONIO", "McALLEN"): an acronym, a shouted
# heading or a dateline
_CAPITALS = re.compile(r"(?:Ma?c)?[^\W\d_a-zà-ÿ]{2,}(?:[\s'’.-]+[^\W\d_a-zà-ÿ]+)*")


def in_capitals(surface: str) -> bool:
    """``surface`` is written in capitals, as datelines and acronyms are.

    >>> [in_capitals(s) for s in ("KABUL", "SAN ANTONIO", "McALLEN", "Kabul")]
    [True, True, True, False]
    """
    return _CAPITALS.fullmatch(surface) is not None


def in_dateline(text: str, start: int, end: int) -> bool:
    """The word at ``start:end`` stands where a dateline names its town: opening a line (or
    after a page's time stamp and a dash) before a comma, a colon, a bracket or a dash
    ("BERLIN —", "SOFIA, Aug. 17", "KABUL (AP)", "LONDON:"), or on a byline's line before its
    country or state and a dash ("TURBAT, Pakistan -- The smugglers").

    >>> in_dateline("BERLIN — Les autorités", 0, 6), in_dateline("Vu de BERLIN — non", 6, 12)
    (True, False)
    >>> in_dateline("2002  TURBAT, Pakistan -- The", 6, 12)
    True
    >>> in_dateline("Updated 06:15 pm IST - NEW DELHI: The", 23, 32)
    True
    """
    if _DATELINE_END.match(text, end) is not None and (
        start == 0
        or text[start - 1] == "\n"
        or _STAMP_BEFORE.search(text, max(0, start - 40), start)
    ):
        return True
    return _AREA_THEN_DASH.match(text, end) is not None


def capital_dateline(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is written in capitals where a dateline names its town
    ("BERLIN —", "McALLEN, Texas –").

    >>> capital_dateline("BERLIN — Police", 0, 6), capital_dateline("Berlin — Police", 0, 6)
    (True, False)
    """
    return in_capitals(text[start:end]) and in_dateline(text, start, end)


def dated_dateline(text: str, end: int) -> bool:
    """The town of a dateline (``in_dateline``) that ends at ``end`` is sure, whatever its
    size: a date follows it ("NADI, 24 JUNE 2019"), or its country or state and a dash
    ("TURBAT, Pakistan -- The smugglers").

    >>> dated_dateline("NADI, 24 JUNE 2019 (THE GUARDIAN) — It", 4)
    True
    >>> dated_dateline("NADI, Lautoka and Suva", 4), dated_dateline("NADI, Mark Smith said", 4)
    (False, False)
    """
    return bool(_AREA_THEN_DASH.match(text, end) or _DATE_AFTER.match(text, end))


def wire_dateline(text: str, start: int, end: int, dash: bool = False) -> bool:
    """The name at ``start:end``, however written, opens its line as a wire dateline: a date,
    its state or country and a dash, or a news agency in brackets follow it ("Panaji, Nov 18
    (PTI)", "Marseille (AFP) -", "Bosaso, Somalia —"). A capitalised first word is any word;
    there it is the town the story is filed from. With ``dash``, a long dash alone after it
    will do ("Quimper – La gendarmerie"): a place, but no story's start of its flows
    ("Niamey – 44 migrants were rescued" tells where they were found).

    >>> wire_dateline("Panaji, Nov 18 (PTI) Goa police", 0, 6)
    True
    >>> wire_dateline("Morlaix, 12 mars (AFP) - La", 0, 7)
    True
    >>> wire_dateline("Reading, the police said", 0, 7), wire_dateline("So Panaji, Nov", 3, 9)
    (False, False)
    >>> wire_dateline("Trenton, Ga. - Agents", 0, 7)
    False
    >>> wire_dateline("Quimper – La", 0, 7), wire_dateline("Quimper – La", 0, 7, dash=True)
    (False, True)
    """
    if not (start == 0 or text[start - 1] == "\n") or _DOTTED_STATE.match(text, end):
        return False
    # The agency alone makes a dateline here only: read for small towns in capitals too
    # (``dated_dateline``), it added no right place and one flow right only in its country
    # (round 56)
    return (
        dated_dateline(text, end)
        or _AGENCY_AFTER.match(text, end) is not None
        or (dash and _DASH_AFTER.match(text, end) is not None)
    )


def story_dateline(text: str, start: int, end: int) -> bool:
    """The name at ``start:end`` is the town a story is filed from: in capitals where a
    dateline names it ("BERLIN —"), or however written when a wire's date, state or agency
    follow ("Panaji, Nov 18 (PTI)", "Trenton, N.J. —").

    >>> story_dateline("Panaji, Nov 18 (PTI) Police", 0, 6), story_dateline("Panaji police", 0, 6)
    (True, False)
    """
    return capital_dateline(text, start, end) or wire_dateline(text, start, end)
