"""Where goods or people were before they moved, said earlier in the sentence of the flow: a
fronted place ("After weeks in camps near Tripoli, the victims are put on boats to Sicily"),
or a stop they were sent on from ("in Udon Thani before sending them to Ayutthaya")."""

from __future__ import annotations

from flows.extract.candidate import in_region
from flows.extract.direction import LOCATION, FlowDraft, Tagged, listed_with, placed_in
from flows.extract.discourse import other_place
from flows.extract.lexicon import ByLang
from flows.extract.seizure_ends import works_there

# "before sending them to", "avant de les faire passer": goods held at a place move on from it
_MOVED_ON_BEFORE = ByLang("moved_on_before")
# how far a place may lie before that cue ("in Udon Thani before sending them to")
_LEFT_AGAIN_REACH = 40
# a short phrase of time or manner that opens the sentence, up to its comma ("À d'autres
# occasions,", "Last week,"): when it names no place, the sentence's first clause starts after it
_OPENING_PHRASE = ByLang("opening_phrase")


def _first_clause_start(items: list[Tagged], sentence: str, s: int, lang: str) -> int:
    """Where the sentence's first clause starts (relative to the sentence): past a short
    opening phrase that names no place ("À d'autres occasions, les suspects ont forcé des
    camions stationnés à Vintimille, à destination de la France"), else at its start."""
    m = _OPENING_PHRASE[lang].match(sentence)
    if m is None or any(t.start - s < m.end() for t in items):
        return 0
    return m.end()


def _placed_start(t: Tagged, items: list[Tagged], sentence: str, s: int) -> int:
    """Where ``t`` starts, or the country it is placed in just before it ("en Guinée-Bissau,
    dans l'archipel des Bijagos")."""
    before = [u for u in items if u.end <= t.start]
    if before and before[-1].negated and placed_in(before[-1], t, sentence, s):
        return before[-1].start
    return t.start


def located_before(
    d: FlowDraft, items: list[Tagged], sentence: str, s: int, text: str, lang: str
) -> list[Tagged]:
    """Where they were before they moved, said earlier in the sentence: "After weeks in camps
    near Tripoli, the victims are put on boats to Sicily", or right before a cue that they
    were sent on (:func:`_left_again`); not a place of the destination's own list ("arrested
    in France, Germany and Belgium": three destinations)."""
    located = [t for t in items if t.role == LOCATION]
    listed = {t.start for t in listed_with(d.destination, located, text)}
    opening = _first_clause_start(items, sentence, s, lang)
    return [
        t
        for t in items
        if t.role == LOCATION
        and not t.negated
        and not t.inferred
        and t.end <= d.destination.start
        and t.start not in listed
        and (
            # a fronted phrase: the place ends the sentence's first clause (the comma after a
            # country the place lies in counts for none: "stoppés en Guinée-Bissau, dans
            # l'archipel des Bijagos, alors qu'ils s'apprêtaient à naviguer vers les Canaries")
            (
                other_place(t, d.destination)
                and "," not in sentence[opening : _placed_start(t, items, sentence, s) - s]
                and "," in text[t.end : d.destination.start]
            )
            or _left_again(t, d, items, text, lang)
        )
        # not where a network works or has accomplices ("accomplices in Ghana and Lebanon")
        and not works_there(t, sentence, lang, s)
    ]


def _left_again(t: Tagged, d: FlowDraft, items: list[Tagged], text: str, lang: str) -> bool:
    """The goods were held at ``t`` and sent on from there to ``d``'s destination: "took the
    drugs to a house in Udon Thani before sending them to Ayutthaya", "organisaient la venue
    de clandestins au Canada avant de les faire passer aux États-Unis" (the stop ends one
    leg and starts the next, ANNOTATION.md)."""
    dst = d.destination
    if t.place.id == dst.place.id or in_region(t.place, dst.place) or in_region(dst.place, t.place):
        return False
    cue = _MOVED_ON_BEFORE[lang].search(text, t.end, dst.start)
    return (
        cue is not None
        and cue.start() - t.end <= _LEFT_AGAIN_REACH
        and not any(t.end <= u.start < cue.start() for u in items if u is not t)
    )
