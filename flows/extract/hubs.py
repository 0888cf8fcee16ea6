"""Hubs where goods change form: one flow ends there and the next starts (ANNOTATION.md).

"Afghan opium is turned into heroin in Turkey, then sent to Europe" states two flows,
Afghanistan -> Turkey and Turkey -> Europe, not Afghanistan -> Europe. The hub is a place said
shortly after a word of processing (``processed`` in the lexicon: turned into, refined,
laundered, transformé, raffiné...) and between the flow's origin and its destination.
"""

from __future__ import annotations

from dataclasses import replace

from flows.extract.candidate import same_place
from flows.extract.direction import DEST, LOCATION, ORIGIN, VIA, FlowDraft, Tagged
from flows.extract.lexicon import ByLang

_PROCESSED = ByLang("processed")
# how far after the processing word the hub may be named ("processed into high-grade heroin
# in clandestine Turkish drug labs": 50 characters)
_REACH = 60
_HUB_ROLES = (None, LOCATION, VIA, ORIGIN)


def _hub(d: FlowDraft, items: list[Tagged], ends: list[tuple[int, int]]) -> Tagged | None:
    o, de = d.origin, d.destination
    for t in items:
        if t is o or t is de or t.negated or t.role not in _HUB_ROLES:
            continue
        if t.start >= de.start or (o is not None and t.start <= o.start):
            continue  # the hub lies between the two ends
        if not any(0 <= t.start - e <= _REACH and s > (o.end if o else -1) for s, e in ends):
            continue  # named shortly after a processing word said after the origin
        if same_place(t.place, de.place) or (o is not None and same_place(t.place, o.place)):
            continue
        return t
    return None


def split_at_hubs(
    drafts: list[FlowDraft], items: list[Tagged], sentence: str, offset: int, lang: str
) -> list[FlowDraft]:
    """``drafts`` with each flow that passes through a processing hub split in two there.

    ``items`` are the sentence's places with their roles (document offsets); ``offset`` is
    where the sentence starts in the document."""
    ends = [(m.start() + offset, m.end() + offset) for m in _PROCESSED[lang].finditer(sentence)]
    if not ends or not drafts:
        return drafts
    out: list[FlowDraft] = []
    seen: set[tuple] = set()

    def add(f: FlowDraft) -> None:
        key = tuple(p.place.id if p is not None else None for p in (f.origin, f.destination))
        if key not in seen:
            seen.add(key)
            out.append(f)

    for d in drafts:
        hub = _hub(d, items, ends) if d.destination is not None else None
        if hub is None:
            add(d)
            continue
        before = [v for v in d.via if v.end <= hub.start and v is not hub]
        after = [v for v in d.via if v.start >= hub.end and v is not hub]
        if d.origin is not None:
            add(FlowDraft(d.origin, replace(hub, role=DEST), before, d.start))
        add(FlowDraft(replace(hub, role=ORIGIN), d.destination, after, hub.start))
    return out
