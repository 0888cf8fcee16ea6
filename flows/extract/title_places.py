"""The place a title opens with, as a dateline of the story: "Népal : les femmes sont les
proies des pires trafics", "Goa: Two held for trafficking women to Muscat". News sites head a
story with the country or town it is told from, as a dateline does: a flow the story tells
with no origin, to another country, sets off there (``document_ends``, after the document's
own flows and the nationalities of its people). Round 56: read +1 flow right, none lost;
fresh strict +2, lenient +5.
"""

from __future__ import annotations

import re

from flows.extract.direction import Tagged

# what follows the opening place of a title: a colon ("Niamey – A total of 44 migrants", a
# dateline in small letters, tells the town the story is written from, not its subject)
_LEAD_END = re.compile(r"\s*:")
# what may stand before it: spaces, quotes
_BEFORE = re.compile(r"[\s\"'«“‘]*")
# places a story is told from: a country, a town, a province of one country (not a sea, a
# route, a continent or a bloc)
_KINDS = frozenset({"country", "city", "region"})


def title_lead(text: str, mentions, title_end: int) -> Tagged | None:
    """The country or town the title (``text[:title_end]``) opens with, followed by a colon
    ("Népal : ..."), as a place with no role; None when the title opens otherwise.

    >>> title_lead("Report: arms", [], 12) is None
    True
    """
    if title_end <= 0:
        return None
    first = next((m for m in mentions if m.start < title_end), None)
    if first is None or _BEFORE.fullmatch(text, 0, first.start) is None:
        return None
    place = first.place
    if place.kind not in _KINDS or (place.kind == "region" and not place.country_code):
        return None
    if _LEAD_END.match(text, first.end) is None:
        return None
    return Tagged(first.start, first.end, first.surface, first.place, None)
