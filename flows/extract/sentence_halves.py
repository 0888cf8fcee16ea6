"""The halves of one movement told in two sentences, joined; half-flows a neighbouring
sentence completes, dropped (:func:`join_sentences`)."""

from __future__ import annotations

from dataclasses import replace

from flows.extract.candidate import Candidate
from flows.extract.direction import DEST, ORIGIN, Tagged
from flows.extract.discourse import inferred, other_place, told_as_new_event
from flows.extract.lexicon import ByLang

# "the profits were sent back to Colombia": money returning to where the goods came from
_MONEY_BACK = ByLang("money_back")


def _two_cities_or_others(a: Tagged, b: Tagged) -> bool:
    """Two ends of one movement told in two sentences: places of two countries, or two towns
    ("departed from Ponta Porã ... Its destination was Palhoça": a trip within Brazil)."""
    if other_place(a, b):
        return True
    return a.place.id != b.place.id and a.place.kind == b.place.kind == "city"


def join_sentences(cands: list[Candidate], idxs: list[int]) -> list[Candidate]:
    """Join the halves of one movement told in two sentences, and drop the half-flows that a
    neighbouring sentence completes.

    - "Heroin reached Germany. It was smuggled from Afghanistan": the origin-only flow takes
      the destination of the flow just before that has none of its own (which is dropped);
      people named by nationality ("Syrian nationals made up half of the arrivals") take the
      destination of the arrivals just before, whatever their origin.
    - "The boat came from Chile. [...] Its final destination was Le Havre": an origin-only
      flow takes the destination-only flow of the next two sentences (which is dropped).
    - "The rifles came from Serbia. They were ... driven to Sweden": a half-flow is dropped
      when a flow within two sentences has the same category, the same known end and the
      other end too.
    - "Cocaine went from Colombia to Spain. The profits were sent back to Colombia": money
      sent back leaves from where the goods just told went.
    """
    drop: set[int] = set()
    _take_origin_of_money_back(cands, idxs)
    _take_destination_before(cands, idxs, drop)
    listed = _take_destination_after(cands, idxs, drop)
    _drop_completed_halves(cands, idxs, drop)
    extra: dict[int, list[Candidate]] = {}
    for j, c in listed:
        extra.setdefault(j, []).append(c)
    return [x for j, c in enumerate(cands) if j not in drop for x in (c, *extra.get(j, ()))]


def _take_origin_of_money_back(cands: list[Candidate], idxs: list[int]) -> None:
    """Money sent back to a place, with no origin of its own, leaves from where goods told
    within two sentences before went from that place ("cocaine from Colombia to Spain ...
    the profits were sent back to Colombia": Spain to Colombia)."""
    for j, c in enumerate(cands):
        if c.category != "illicit_finance" or c.origin is not None or c.destination is None:
            continue
        if not _MONEY_BACK["fr" if c.lang == "fr" else "en"].search(c.evidence):
            continue
        home = c.destination.place
        for i in range(j - 1, -1, -1):
            if idxs[j] - idxs[i] > 2:
                break
            p = cands[i]
            if p.category == "illicit_finance" or p.origin is None or p.destination is None:
                continue
            if p.origin.place.id == home.id and other_place(p.destination, c.destination):
                c.origin = inferred(p.destination, ORIGIN)
                break


def _take_destination_before(cands: list[Candidate], idxs: list[int], drop: set[int]) -> None:
    """An origin-only flow takes the destination of the flow just before ("Heroin reached
    Germany. It was smuggled from Afghanistan"), which is dropped when it had no origin."""
    for j, c in enumerate(cands):
        if c.origin is None or c.destination is not None:
            continue
        for i in range(j - 1, -1, -1):
            if idxs[i] == idxs[j]:
                continue
            if idxs[j] - idxs[i] > 1:
                break
            p = cands[i]
            if p.category != c.category or p.destination is None:
                continue
            if p.origin is not None and not c.origin.inferred:
                continue
            if not other_place(p.destination, c.origin):
                continue
            c.destination = inferred(p.destination, DEST)
            if p.origin is None:
                drop.add(i)
            break


def _take_destination_after(
    cands: list[Candidate], idxs: list[int], drop: set[int]
) -> list[tuple[int, Candidate]]:
    """An origin-only flow takes the destination-only flow told just after it, and each of
    its list; the copies for a list's other places, each after the candidate it copies."""
    listed: list[tuple[int, Candidate]] = []  # (after candidate j) copies for a list's others
    for j, c in enumerate(cands):
        # "Le bateau venait du Chili. [...] Sa destination finale était le Havre.": an
        # origin-only flow takes the destination-only flow told just after it, and each of
        # its list ("un pays de départ des flux. [...] à destination de l'Afrique du Nord, la
        # Turquie, les Comores": one flow each)
        if j in drop or c.origin is None or c.destination is not None:
            continue
        for i in range(j + 1, len(cands)):
            if idxs[i] - idxs[j] > 2:
                break
            p = cands[i]
            if i in drop or idxs[i] == idxs[j] or p.category != c.category:
                continue
            if (
                p.origin is None
                and p.destination is not None
                and _two_cities_or_others(c.origin, p.destination)
                and not told_as_new_event(p)
            ):
                c.destination = inferred(p.destination, DEST)
                drop.add(i)
                for k in range(i + 1, len(cands)):
                    q = cands[k]
                    if idxs[k] != idxs[i] or k in drop:
                        continue
                    if q.category == c.category and q.origin is None and q.destination is not None:
                        if other_place(c.origin, q.destination):
                            end = inferred(q.destination, DEST)
                            listed.append((j, replace(c, destination=end, via=list(c.via))))
                            drop.add(k)
                break
    return listed


def _drop_completed_halves(cands: list[Candidate], idxs: list[int], drop: set[int]) -> None:
    """A half-flow goes when a flow within two sentences has the same category, the same
    known end and the other end too."""
    for j, c in enumerate(cands):
        if j in drop or (c.origin is None) == (c.destination is None):
            continue
        if c.origin is not None:
            known, attr, other = c.origin, "origin", "destination"
        else:
            known, attr, other = c.destination, "destination", "origin"
        for i, p in enumerate(cands):
            if i == j or i in drop or abs(idxs[i] - idxs[j]) > 2 or p.category != c.category:
                continue
            pk = getattr(p, attr)
            if pk is not None and getattr(p, other) is not None and _same_end(pk, known):
                drop.add(j)
                break


def _same_end(a: Tagged, b: Tagged) -> bool:
    """``a`` and ``b`` name one end: the same place, or a country and a part of it read from
    another mention ("Northern Chile" beside "Chile")."""
    if a.place.id == b.place.id:
        return True
    ids = (a.place.id, b.place.id)
    kinds = {a.place.kind, b.place.kind}
    return (
        a.place.country_code == b.place.country_code
        and any(i.startswith("part:") for i in ids)
        and "country" in kinds
    )
