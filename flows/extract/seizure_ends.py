"""The place where goods were found, seized or delivered as an end of a flow.

A place of seizure or arrival completes a flow with one open end ("sent from Rotterdam ...
seized in Antwerp"); where a network works, the value put on goods somewhere, a court's seat
or a framing place ("the UNODC said in Vienna") is no such end.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.extract.direction import (
    DEST,
    LOCATION,
    ORIGIN,
    FlowDraft,
    Tagged,
    listed_with,
)
from flows.extract.lexicon import ByLang, lexicon

_SEIZED = ByLang("seized")

_COURT_OF = lexicon("en").regex("court_of")

# "worth $550 million if it had reached the streets of Europe": a value there, no seizure
_VALUED_PLACE = ByLang("valued_place")

_RESCUED = ByLang("rescued_at_sea")

# "rescued at Kathmandu airport before they could fly to Kuwait": people stopped as they left
_LEAVING = ByLang("leaving_when_stopped")


def _elsewhere(t: Tagged, known: Tagged) -> bool:
    """Another place, not in the same country (a seizure place completing a flow)."""
    code = t.place.country_code
    return t.place is not known.place and (code is None or code != known.place.country_code)


def _left_from(t: Tagged, dest: Tagged, sentence: str, lang: str, offset: int) -> bool:
    """The words between the place of a rescue ``t`` and the destination ``dest`` say the people
    were leaving ("before they could fly to"): ``t`` is where they left from."""
    return t.end <= dest.start and bool(
        _LEAVING[lang].search(sentence, t.end - offset, dest.start - offset)
    )


def valued_there(sentence: str, t: Tagged, lang: str, offset: int) -> bool:
    """The words before ``t`` put a value on goods there ("worth $550 million if it had reached
    the streets of Europe", "d'une valeur de 30 millions d'euros sur le marché de la France"):
    ``t`` is no place of seizure. ``offset``: where ``sentence`` starts in the text."""
    rel = t.start - offset
    return (
        rel > 0
        and _VALUED_PLACE["fr" if lang == "fr" else "en"].search(sentence, 0, rel) is not None
    )


def complete_at_seizure(
    flows: list[FlowDraft], live: list[Tagged], sentence: str, lang: str, offset: int
) -> None:
    """A place of seizure or arrival completes a flow with one open end: "sent from Rotterdam
    ... seized in Sydney" (destination), "seized in Mombasa, bound for Haiphong" (origin)."""
    locations = [t for t in live if t.role == LOCATION]
    seized = _SEIZED[lang].search(sentence) is not None
    rescued = _RESCUED[lang].search(sentence) is not None
    if locations:
        for f in list(flows):
            known = f.origin or f.destination
            if known is None or (f.origin is not None and f.destination is not None):
                continue
            framed = f.destination is None and _framed(locations[0], known, sentence, lang, offset)
            if not seized and not framed:
                continue
            pool = [
                t
                for t in locations
                if _elsewhere(t, known)
                and not works_there(t, sentence, lang, offset)
                # where people are tried is no place the goods reached
                and not (f.destination is None and _COURT_OF.search(sentence, 0, t.start - offset))
                and not valued_there(sentence, t, lang, offset)
            ]
            if f.destination is not None:
                # the country of the officers who seize ends a flow, it starts none: "Bulgarian
                # customs seized heroin bound for Germany" passes through Bulgaria; where people
                # were rescued is where they ended up, never where they came from ("taken to
                # India, Kuwait and Kenya ... 200 were rescued from India alone")
                # ... unless they were stopped as they left: "rescued at Kathmandu airport before
                # they could fly to Kuwait" left from there
                pool = (
                    [
                        t
                        for t in pool
                        if not t.fixed and _left_from(t, f.destination, sentence, lang, offset)
                    ]
                    if rescued
                    else [t for t in pool if not t.fixed]
                )
                # "after a raid in Slovenia ... found in a car on its way to Sweden": where the
                # police raided starts nothing
                pool = [t for t in pool if not raided_there(t, sentence, lang, offset)]
            elif rescued:
                # "la marine tunisienne a secouru des migrants partis de Libye": a navy that
                # rescues at sea is not where the people were going
                pool = [t for t in pool if not t.fixed]
            if not pool:
                continue
            after = [t for t in pool if t.start > known.start]
            pick = after[0] if after else pool[-1]
            if (
                f.origin is None
                and after
                and _delivered_then_found(f, pick, sentence, lang, offset)
            ):
                # "weapons sent to Ukraine were found in Sweden": the delivery is lawful, the
                # movement reported leaves from where they were sent to where they turned up
                f.origin = replace(f.destination, role=ORIGIN, inferred=True)
                f.destination = None
            # "found in Sweden, Denmark and the Netherlands", "buyers arrested in Germany,
            # France and Spain": each place of the list ends (or starts) one flow
            # ... but the two sides of "the border between Bosnia and Croatia" are one place
            # of seizure, the first named
            picks = [pick] if pick.between else [pick, *listed_with(pick, pool, sentence, offset)]
            open_end_is_destination = f.destination is None
            for n, place in enumerate(picks):
                place.inferred = True
                g = f if n == 0 else FlowDraft(f.origin, f.destination, list(f.via), f.start)
                if open_end_is_destination:
                    g.destination = place
                else:
                    g.origin = place
                if n:
                    flows.append(g)


# "En France, des bandes ... des armes en provenance d'Ukraine", "In Sweden, guns from the
# Balkans ...": the sentence opens on where it happens, and goods that came from elsewhere
# ended there
_FRAMING = ByLang("framing_place")


def _framed(t: Tagged, known: Tagged, sentence: str, lang: str, offset: int) -> bool:
    """The sentence opens on the place ``t`` and a comma ("En France, ..."), before ``known``."""
    rel = t.end - offset
    return (
        t.start < known.start
        and _FRAMING[lang].fullmatch(sentence[: t.start - offset]) is not None
        and sentence[rel : rel + 1] == ","
    )


# "accomplices in Ghana and Lebanon": where a network works, no place of seizure
_WORKS_THERE = ByLang("works_there")


def _cue_before(cue: ByLang, t: Tagged, sentence: str, lang: str, offset: int, reach: int) -> bool:
    """``cue`` matches in the ``reach`` characters of ``sentence`` (starting at ``offset`` in the
    text) right before ``t``."""
    rel = t.start - offset
    return cue[lang].search(sentence, max(0, rel - reach), rel) is not None


def works_there(t: Tagged, sentence: str, lang: str, offset: int) -> bool:
    """A network works or has accomplices where ``t`` is ("des complices en Côte d'Ivoire et
    au Liban"): no place the goods or people were seized in."""
    return _cue_before(_WORKS_THERE, t, sentence, lang, offset, 100)


# "after a raid in Slovenia", "lors de raids dans plusieurs pays d'Europe": where the police acted
_RAIDED_IN = ByLang("raided_in")


def raided_there(t: Tagged, sentence: str, lang: str, offset: int) -> bool:
    """The police raided or searched where ``t`` is ("after a raid in Slovenia", "des
    perquisitions à Liège"): no place the goods or people set off from."""
    return _cue_before(_RAIDED_IN, t, sentence, lang, offset, 90)


# "weapons sent (supplied, delivered, donated) to Ukraine": goods that reached their first
# destination, and then "were found in Sweden"
_DELIVERED_TO = ByLang("delivered_to")

_FOUND_AFTER = ByLang("found_after")


def _delivered_then_found(
    f: FlowDraft, pick: Tagged, sentence: str, lang: str, offset: int
) -> bool:
    """The flow's destination was reached by a delivery, and the goods were then found at
    ``pick`` ("weapons sent to Ukraine had been found in Sweden")."""
    dest = f.destination
    gap = sentence[dest.end - offset : pick.start - offset]
    return delivered_to(dest, sentence, lang, offset) and bool(_FOUND_AFTER[lang].search(gap))


def delivered_to(dest: Tagged, sentence: str, lang: str, offset: int) -> bool:
    """``dest`` was reached by a delivery ("weapons sent to Ukraine")."""
    rel = dest.start - offset
    return _DELIVERED_TO[lang].search(sentence[max(0, rel - 40) : rel]) is not None


_FOUND = ByLang("seized_here")

# ... of which, in a sentence with no word of movement, those that say goods or people were
# found where they had been brought ("détectés en Autriche", "found in Indonesia")
_FOUND_THERE = ByLang("found_there")

# "Six arrested in Tonga, New Zealand", "were arrested in Guatemala and Texas": where a
# network's members were arrested in several countries at once is where the police worked,
# not a list of places the goods or people went to (see lexicon_en buyers_arrested) ...
_ARRESTED_CUE = ByLang("arrested")

# ... unless those arrested are the buyers the goods went to ("buyers arrested in five
# countries"), or were caught with the goods ("arrested off the coast with a consignment of
# heroin": a seizure)
_BUYERS_ARRESTED = ByLang("buyers_arrested")

_ARRESTED_WITH = ByLang("arrested_with")


def _arrest_of_sellers(found: re.Match, sentence: str, lang: str) -> bool:
    """The seizure cue ``found`` tells an arrest, not of buyers, nor with the goods."""
    return (
        _ARRESTED_CUE[lang].fullmatch(found.group()) is not None
        and not _BUYERS_ARRESTED[lang].search(sentence, 0, found.start())
        and not _ARRESTED_WITH[lang].match(sentence, found.end())
    )


def found_at(
    items: list[Tagged], sentence: str, lang: str, offset: int, moving: bool = True
) -> list[FlowDraft]:
    """Destination-only drafts for the places where a sentence says goods or people were
    seized or found ("80 % des drogues saisies en France arrivent par la mer"), one per
    place of the first such list, for a sentence that gives no other role. In a sentence
    with no word of movement (``moving`` False), only where goods or people were found or
    detected ("Ils ont été détectés en Autriche, Belgique, France"): not where the police
    arrested or searched, nor a seizure told on its own (the seizure completes the flows of
    the sentences around it, see ``discourse.remember_places``)."""
    lang = "fr" if lang == "fr" else "en"
    for found in (_FOUND if moving else _FOUND_THERE)[lang].finditer(sentence):
        pool = [
            t
            for t in items
            if t.role == LOCATION
            and not t.negated
            and not t.inferred
            and t.start - offset >= found.end()
        ]
        # the place must follow the word closely; the rest of its list may run on ("arrêtés en
        # France, en Allemagne et en Belgique")
        if not pool or pool[0].start - offset - found.end() > 20:
            return []
        picks = [pool[0], *listed_with(pool[0], pool, sentence, offset)]
        if len(picks) > 1 and _arrest_of_sellers(found, sentence, lang):
            continue
        return [FlowDraft(destination=replace(t, role=DEST), start=t.start) for t in picks]
    return []
