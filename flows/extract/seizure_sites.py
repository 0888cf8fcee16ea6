"""The port, airport or toll booth where goods were stopped: the town that ends a country-level
flow.

ANNOTATION.md: an endpoint is the most specific place the text gives for that end of the
movement. A seizure story tells the country in the flow's sentence ("cocaine ... from Ecuador
to the Netherlands", "en provenance d'Espagne") and the town of the seizure a sentence or two
away, as the site where the goods were stopped: "Investigators at the Port of Rotterdam have
discovered ...", "saisies lundi au port du Havre", "seized at the Tsawwassen Container
Examination Facility", "au péage de la commune de Pamiers", "the Deep Water Maritime Port in
Posorja". That town is where the goods entered (the destination country) or left (the origin
country). What the annotators did not refine, and the rule leaves alone: people trafficked
(the airport where passports were checked is no end of the victims' journey), a town named as
a port with no seizure beside it (migrants "brought to the Sicilian port of Catania",
"Port Director of Hidalgo"), a port told far from the flow's sentence, and a country with two
such towns ("seized at a railway station in Dhaka and in the port city of Chittagong"), and a
country-wide flow told beside a flow of the same goods that already ends at the town.

Round 45 GRAN: changes 16 read documents (read strict F1 0.5994 -> 0.6032, fresh 0.4417 ->
0.4448).
"""

from __future__ import annotations

import re
from bisect import bisect_right

from flows.extract.candidate import Candidate
from flows.extract.direction import Tagged
from flows.extract.lexicon import ByLang
from geodata.index_build import sphere_distance_km

_SITE_BEFORE = ByLang("site_before")
_SITE_AFTER = ByLang("site_after")
_SITE_NAMED = ByLang("site_named")
_SITE_SEIZED = ByLang("site_seized")
# the port's name is read this far before the town's name
_BEFORE_REACH = 60
# the word of the seizure lies this close to the town's name, in its sentence
_SEIZED_REACH = 60
# the site is told at most this far from the flow's evidence (a sentence or two)
_EVIDENCE_REACH = 400
# two mentions this close are one town (the port and its city)
_SAME_TOWN_KM = 50
# the people a trafficking network exploits do not end their journey at the airport
_GOODS_AND_MIGRANTS = frozenset(
    {"drugs", "weapons", "illicit_finance", "migrant_smuggling", "other"}
)


def marked_towns(
    mentions, text: str, before: re.Pattern, after: re.Pattern, named: re.Pattern | None = None
) -> list:
    """The town mentions (not demonyms) that words mark as a site: ``before`` ends within
    :data:`_BEFORE_REACH` characters before the name ("the port of", "Port of Entry in"),
    ``after`` starts right after it ("Durban harbour"), or ``named`` is in the name the
    gazetteer gives ("Port of Rotterdam")."""
    return [
        m
        for m in mentions
        if m.place.kind in ("city", "other")
        and m.place.country_code
        and not m.demonym
        and (
            (named is not None and named.search(m.surface) is not None)
            or before.search(text, max(0, m.start - _BEFORE_REACH), m.start) is not None
            or after.match(text, m.end) is not None
        )
    ]


def seizure_sites(mentions, text: str, lang: str, sentences: list[tuple[int, int]]) -> list:
    """The town mentions named as the port, airport, docks or toll booth where goods were
    seized ("seized at the Lagos port", "saisis à l'aéroport de Dakar")."""
    starts = [s for s, _ in sentences]
    sites = []
    for m in marked_towns(mentions, text, _SITE_BEFORE[lang], _SITE_AFTER[lang], _SITE_NAMED[lang]):
        i = bisect_right(starts, m.start) - 1
        s, e = sentences[i] if i >= 0 else (0, len(text))
        lo, hi = max(s, m.start - _SEIZED_REACH), min(e, m.end + _SEIZED_REACH)
        if _SITE_SEIZED[lang].search(text, lo, hi) is not None:
            sites.append(m)
    return sites


def _one_town(sites: list) -> object | None:
    """The one town of ``sites`` (mentions within :data:`_SAME_TOWN_KM` are one), else None."""
    first = sites[0].place
    if any(not _near(first, m.place) for m in sites[1:]):
        return None
    return sites[0]


def _near(a, b) -> bool:
    return sphere_distance_km(a.lon, a.lat, b.lon, b.lat) < _SAME_TOWN_KM


def _told_apart(c: Candidate, told: list[tuple], which: str, town) -> bool:
    """Another flow of the same goods and the same other end already ends at the town (``told``:
    each candidate with its origin and destination as read, before any was refined): the
    document tells the seizure's flow apart from the country-wide one ("Iran -> Beirut" beside
    "Iran -> Lebanon"), which stays."""
    ends = {"origin": 1, "destination": 2}
    mine, far = ends[which], 3 - ends[which]
    there = next(t for t in told if t[0] is c)[far]
    for row in told:
        w = row[0]
        if w is c or w.category != c.category:
            continue
        end, far_end = row[mine], row[far]
        if end is None or end.place.kind == "country" or not _near(end.place, town):
            continue
        if (far_end is None) == (there is None) and (
            there is None or far_end.place.id == there.place.id
        ):
            return True
    return False


def _far(c: Candidate, start: int) -> int:
    """How far ``start`` lies from the candidate's evidence (0 inside it)."""
    if c.evidence_start <= start < c.evidence_end:
        return 0
    return min(abs(start - c.evidence_start), abs(start - c.evidence_end))


def seized_at_a_site(
    cands: list[Candidate], mentions, text: str, lang: str, sentences: list[tuple[int, int]]
) -> list[Candidate]:
    """A country end of a flow gives way to the one town of that country where the document
    says the goods were seized at a port, airport or toll booth, told near the flow's evidence
    (module docstring). The other end must lie outside that country."""
    fits = [c for c in cands if c.category in _GOODS_AND_MIGRANTS]
    if not fits:
        return cands
    sites = None
    told = [(c, c.origin, c.destination) for c in cands]
    for c in fits:
        for which, other in (("destination", "origin"), ("origin", "destination")):
            end, there = getattr(c, which), getattr(c, other)
            if end is None or end.place.kind != "country":
                continue
            code = end.place.country_code
            if there is not None and there.place.country_code == code:
                continue
            if sites is None:
                sites = seizure_sites(mentions, text, lang, sentences)
                if not sites:
                    return cands
            mine = [m for m in sites if m.place.country_code == code]
            town = _one_town(mine) if mine else None
            if town is None or _far(c, town.start) >= _EVIDENCE_REACH:
                continue
            if _told_apart(c, told, which, town.place):
                continue
            setattr(c, which, Tagged(town.start, town.end, town.surface, town.place, end.role,
                                     inferred=True))  # fmt: skip
    return cands
