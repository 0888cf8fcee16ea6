"""Seas in flows: a crossing said of migrants as a shore-to-shore flow, the far shore as the
destination of flows leaving a shore, and a sea never an origin."""

from __future__ import annotations

from dataclasses import replace

from flows.extract.candidate import Candidate
from flows.extract.direction import DEST, ORIGIN, FlowDraft, Tagged
from flows.extract.lexicon import ByLang, lexicon

_CROSSINGS = lexicon("en").table("crossings")
# "des traversées de la Manche", "Channel crossings": a sea of ``crossings`` said crossed
_SEA_CROSSED_BEFORE = ByLang("sea_crossed_before")
_SEA_CROSSED_AFTER = ByLang("sea_crossed_after")


def across_the_sea(cands: list[Candidate], mentions, country) -> list[Candidate]:
    """Migrant flows from a shore of a sea the text names, with no destination, go to the far
    shore (``crossings`` in the lexicon): "les migrants partent des plages de Wimereux" in a
    text about crossing the Channel. ``country``: ISO code -> country place."""
    named = {m.place.name for m in mentions if m.place.kind in ("sea", "route")}
    shores = {v["to"]: set(v["from"]) for k, v in _CROSSINGS.items() if k in named}
    if not shores:
        return cands
    for c in cands:
        if c.category != "migrant_smuggling" or c.origin is None or c.destination is not None:
            continue
        code = c.origin.place.country_code
        far = next((to for to, sources in shores.items() if code in sources), None)
        place = country(far) if far else None
        if place is not None:
            c.destination = Tagged(c.origin.start, c.origin.end, place.name, place, DEST,
                                   inferred=True)  # fmt: skip
    return cands


def crossing_drafts(items: list[Tagged], text: str, lang: str, country) -> list[FlowDraft]:
    """The crossing of a sea small boats cross from one shore to the other (``crossings``),
    when the sentence gives no other end: from the departure shore's country to the far
    shore's ("organisaient des traversées de la Manche", "helped migrants cross the Channel":
    France -> United Kingdom). ``text`` is the document (the items' offsets point into it);
    ``country``: ISO code -> country place."""
    before, after = _SEA_CROSSED_BEFORE[lang], _SEA_CROSSED_AFTER[lang]
    for t in items:
        shores = _CROSSINGS.get(t.place.name) if t.place.kind == "sea" else None
        if shores is None or t.negated:
            continue
        said = before.search(text, max(0, t.start - 40), t.start) or after.match(
            text, t.end, t.end + 20
        )
        if not said:
            continue
        start, end = country(shores["from"][0]), country(shores["to"])
        if start is None or end is None:
            return []
        # "A Calais, des migrants ont traversé la Manche": the shore's town said is the start
        town = next(
            (
                o
                for o in items
                if not o.negated
                and o.place.kind in ("city", "other")
                and o.place.country_code in shores["from"]
            ),
            None,
        )
        if town is not None:
            origin = Tagged(town.start, town.end, town.surface, town.place, ORIGIN, inferred=True)
        else:
            origin = Tagged(t.start, t.end, start.name, start, ORIGIN, inferred=True)
        return [
            FlowDraft(
                origin=origin,
                destination=Tagged(t.start, t.end, end.name, end, DEST, inferred=True),
                start=t.start,
                crossing=True,
            )
        ]
    return []


def no_sea_origin(cands: list[Candidate]) -> list[Candidate]:
    """A sea is crossed, not left from: "boats that set out across the Pacific to Australia",
    "la drogue traverse la Méditerranée vers l'Europe" give no origin (the annotation guide's
    origins are the places goods or people leave; none in the gold corpus is a sea). The sea
    becomes a stop on the way, and a flow left with no end at all is dropped."""
    out = []
    for c in cands:
        if c.origin is not None and c.origin.place.kind == "sea":
            sea = c.origin
            c = replace(c, origin=None, via=[sea, *c.via])
            if c.destination is None:
                continue
        out.append(c)
    return out
