"""French divisions the press names apart from the other places: a département in brackets
after a town ("Hyères (Var)"), and divisions named after their kind ("le département du Mono").
"""

from __future__ import annotations

import re

from flows.extract.mention import Mention, overlaps
from geodata.admin1 import (
    KIND_WORDS_FR,
    divisions_named_fr,
)

# A French département in brackets right after a town ("Hyères (Var)", "Grande-Synthe (Nord)")
_BRACKETED_AFTER_TOWN = re.compile(r"\s*\(([A-ZÀ-ÖØ-Þ][\w'’-]+(?:\s[\w'’-]+){0,2})\)")


def departements_named_apart(text: str, mentions: list[Mention], resolve) -> list[Mention]:
    """The French départements the press names apart from the other places, as mentions of
    their own: in brackets after a French town ("Hyères (Var)", "Grande-Synthe (Nord)",
    "Pia (Pyrénées-Orientales)"). The names that are also words, rivers or short words
    ("Nord", "Aude", "Loire", "Var") are not read alone; there the place is sure (after an
    elided article, "de l'Aude", fresh places precision fell: left out in round 38).
    ``resolve`` maps "département NAME" to a place or None."""
    spans: list[tuple[int, int, str]] = []
    for m in mentions:
        if m.place.country_code != "FR" or m.place.kind not in ("city", "other"):
            continue
        hit = _BRACKETED_AFTER_TOWN.match(text, m.end)
        if hit is not None:
            spans.append((*hit.span(1), hit.group(1)))
    out: list[Mention] = []
    for start, end, name in spans:
        if overlaps(start, end, (*mentions, *out)):
            continue
        res = resolve(name)
        place = res.place if res is not None else None
        if place is None or not place.id.endswith("-department") or place.country_code != "FR":
            continue
        out.append(Mention(name, start, end, place, res.score, "département"))
    return out


# "le département du Mono", "la région du Sud-Ouest", "les provinces d'Hérat et de Nimroz": a
# kind of division, then one name or a list of names, each a capitalised word or up to three
_DIVISION_NAME = r"[A-ZÀ-ÖØ-Þ][\w'’]*(?:[- ][A-ZÀ-ÖØ-Þ][\w'’]*){0,2}"
_DIVISION_OF = r"(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*"
_KIND_FIRST = re.compile(
    r"\b(?i:"
    + "|".join(re.escape(w) for w in KIND_WORDS_FR)
    + r")[sx]?\s+"
    + _DIVISION_OF
    + "("
    + _DIVISION_NAME
    + ")"
)
_NEXT_DIVISION = re.compile(
    r"(?:\s*,\s*|\s+et\s+)(?:" + _DIVISION_OF + ")?(" + _DIVISION_NAME + ")"
)


def divisions_after_kind(
    text: str, mentions: list[Mention], countries: set[str], place_of
) -> list[Mention]:
    """The first-level divisions French names after their kind ("le département du Mono",
    "la région du Sud-Ouest", "les cantons de Lucerne et de Thurgovie"), as mentions of their
    own where no mention holds the name: a division of a country the text names, the only
    one of that name there. ``place_of`` maps an admin1 row to its place."""
    out: list[Mention] = []
    for hit in _KIND_FIRST.finditer(text):
        spans = [hit.span(1)]
        nxt = _NEXT_DIVISION.match(text, hit.end())
        while nxt is not None:
            spans.append(nxt.span(1))
            nxt = _NEXT_DIVISION.match(text, nxt.end())
        for start, end in spans:
            m = _division_mention(text, start, end, countries, place_of)
            if m is not None and not overlaps(m.start, m.end, mentions):
                out.append(m)
    return out


def _division_mention(
    text: str, start: int, end: int, countries: set[str], place_of
) -> Mention | None:
    """The division named at ``text[start:end]`` or by its first words ("Sud-Ouest" in "la
    région du Sud-Ouest Cameroun"), or None."""
    words = text[start:end].split(" ")
    for n in range(len(words), 0, -1):
        name = " ".join(words[:n])
        rows = [r for r in divisions_named_fr(name) if r.country_code in countries]
        if len({r.country_code for r in rows}) == 1:
            return Mention(name, start, start + len(name), place_of(rows[0]), 0.9, "kind")
    return None
