"""People and networks named by nationality: the country of a trafficking network's one
nationality, and the home of people stopped on their way."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.extract.demonym_hints import people_noun
from flows.extract.demonyms import demonym_country
from flows.extract.direction import LOCATION, ORIGIN, FlowDraft, Tagged
from flows.extract.lexicon import ByLang

# "un réseau de proxénétisme roumain", "a Romanian pimping network": the network's nationality
_NETWORK_DEMONYM = ByLang("network_demonym")
_NEXT_DEMONYM = re.compile(r"\s*(?:,|\bet\b|\bou\b|\band\b|\bor\b)\s*([^\W\d_][\w-]+)")


def network_nationality(text: str, lang: str, country: Callable[[str], object]) -> Tagged | None:
    """The country of the one nationality ``text`` gives its trafficking network ("un réseau
    de proxénétisme roumain", "la filière nigériane", "a Romanian pimping network"), as an
    inferred origin at its first mention; None when it names none, or several."""
    found: dict[str, tuple[int, int, str]] = {}
    for m in _NETWORK_DEMONYM[lang].finditer(text):
        code = demonym_country(m.group("d"), lang)
        if code is None:
            continue
        found.setdefault(code, (m.start("d"), m.end("d"), m.group("d")))
        # "des mafias italiennes ou albanaises": each nationality of a list counts
        nxt = _NEXT_DEMONYM.match(text, m.end("d"))
        other = demonym_country(nxt.group(1), lang) if nxt else None
        if other is not None:
            found.setdefault(other, (nxt.start(1), nxt.end(1), nxt.group(1)))
    if len(found) != 1:
        return None
    code, (start, end, surface) = next(iter(found.items()))
    place = country(code)
    if place is None:
        return None
    return Tagged(start, end, surface, place, ORIGIN, inferred=True)


def nationality_before_arrest(drafts: list[FlowDraft], hints: list[Tagged], lang: str) -> None:
    """People named by nationality and arrested or rescued on their way ("Police in Nairobi
    arrested 50 Ethiopians being smuggled to South Africa"): they come from their country, not
    from where they were stopped (the place of seizure a flow's origin was completed with,
    which keeps the role LOCATION)."""
    for d in drafts:
        if d.origin is None or d.origin.role != LOCATION or d.destination is None:
            continue
        people = [
            h
            for h in hints
            if h.role is None
            and not h.negated
            and h.start < d.destination.start
            and people_noun(h.surface, lang)
            and h.place.country_code != d.destination.place.country_code
        ]
        if people:
            d.origin = replace(people[-1], role=ORIGIN, inferred=True)
