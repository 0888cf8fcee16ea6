"""Memory across sentences: what earlier sentences said about where things come from, where
they were seized, and the halves of one movement told in two sentences.
"""

from __future__ import annotations

from flows.extract.candidate import Candidate, in_region
from flows.extract.direction import DEST, LOCATION, ORIGIN, SUBJECT, FlowDraft, Tagged, listed_with
from flows.extract.lexicon import ByLang
from flows.extract.seizure_ends import valued_there

PEOPLE_CATEGORIES = ("human_trafficking", "migrant_smuggling")

# Places of production and of seizure, remembered for the sentences that follow.
_PRODUCED = ByLang("produced")
_SEIZED_HERE = ByLang("seized_here")
_ARRESTED = ByLang("arrested")
# "D'autres armes ont été acheminées du Liberia": more of the goods of the flow just told.
_OTHERS = ByLang("others")
# "Ces armes servent maintenant à...": the goods of the flow just told move on.
_THESE = ByLang("these")
# "Les migrants étaient originaires du Mali": the people of the movement just told.
_CAME_FROM = ByLang("came_from")
# "La dernière prise ...", "In a separate case ...": another shipment
_NEW_EVENT = ByLang("new_event")


def remember_places(items, sentence, offset, lang, idx, dom, sources, seized) -> None:
    """Keep production places ("produite en Afghanistan") and seizure places ("saisies
    à Anvers") for the sentences that follow."""
    # "worth $550 million if it had reached the streets of Europe": a value there, no seizure
    located = [
        t
        for t in items
        if t.role == LOCATION and not t.negated and not valued_there(sentence, t, lang, offset)
    ]
    if _PRODUCED[lang].search(sentence):
        # "Le Maroc reste le premier producteur de haschich": the producer is a source too
        producers = [t for t in items if t.role == SUBJECT and not t.negated]
        for t in sorted(located + producers, key=lambda t: t.start):
            sources.append((idx, dom.category if dom else None, t))
    if not located:
        return
    if _SEIZED_HERE[lang].search(sentence):
        for t in located:
            seized.append((idx, None, t))


def arrests_only(sentence: str, lang: str) -> bool:
    """Every seizure cue of ``sentence`` tells an arrest ("Treize personnes ont été arrêtées
    simultanément en Espagne, en Italie, en Roumanie et en France"): where members of a
    network were arrested, not where goods or people were seized or found."""
    cues = [m.group() for m in _SEIZED_HERE[lang].finditer(sentence)]
    return bool(cues) and all(_ARRESTED[lang].fullmatch(c) for c in cues)


def focus(d: FlowDraft, s: int, e: int) -> tuple[int, int] | None:
    """Where the flow's places named in this sentence lie, as offsets in the sentence."""
    here = [p for p in d.places if s <= p.start and p.end <= e]
    if not here:
        return None
    return min(p.start for p in here) - s, max(p.end for p in here) - s


def other_place(a: Tagged, b: Tagged) -> bool:
    ca, cb = a.place.country_code, b.place.country_code
    return a.place.id != b.place.id and not (ca and cb and ca == cb)


def starts_new_event(sentence: str, lang: str | None) -> bool:
    """``sentence`` tells of another shipment or case ("La dernière prise ...", "In a
    separate case ..."): the origins said before it are not its own."""
    return _NEW_EVENT["fr" if lang == "fr" else "en"].match(sentence) is not None


def told_as_new_event(c: Candidate) -> bool:
    """``c`` is told in a sentence on another shipment or case."""
    return starts_new_event(c.evidence, c.lang)


def inferred(t: Tagged, role: str) -> Tagged:
    return Tagged(t.start, t.end, t.surface, t.place, role, inferred=True)


def latest(found, idx: int, back: int, category: str | None, d: FlowDraft) -> Tagged | None:
    """The latest remembered place from the ``back`` sentences before ``idx`` that fits the
    flow: same category (when both are known) and another country than the flow's places."""
    taken = {p.place.country_code or p.place.id for p in d.places}
    own = {id(p) for p in d.places}
    for i, cat_, t in reversed(found):
        if i < idx - back:
            break  # ``found`` is in sentence order: the rest is older (no rescans)
        if i > idx or id(t) in own:
            continue
        if category and cat_ and cat_ != category:
            continue
        if (t.place.country_code or t.place.id) in taken:
            continue
        return t
    return None


def finest(found, t: Tagged, idx: int, back: int) -> Tagged:
    """``t``, or the latest place remembered in the same window that lies in ``t``'s country
    when ``t`` is a country: the most specific place is the endpoint (ANNOTATION.md), so
    "saisie dans le port du Havre ... en France" makes Le Havre the place of seizure. Only a
    city or a site (a port, a border post) is finer: a state or a province named nearby in a
    text about a country ("Texas" beside "the United States") is not where the goods were.
    ``found`` holds (sentence index, category, place) in sentence order."""
    if t.place.kind != "country" or not t.place.country_code:
        return t
    for i, _, u in reversed(found):
        if i < idx - back:
            break
        if (
            i <= idx
            and u.place.kind in ("city", "other")
            and u.place.country_code == t.place.country_code
        ):
            return u
    return t


def siblings(found, src: Tagged, category: str, text: str) -> list[Tagged]:
    """The places remembered with ``src`` (same sentence, same category) that form one list
    with it in ``text`` ("produced in Afghanistan and Myanmar", "sourced from Cameroon, Gabon
    and the DRC"), in order, without ``src``.

    ``found`` is in sentence order and ``src`` is recent: look from the end, and only at the
    entries of its sentence. Other places of the sentence are not siblings: copies of a flow
    from every place remembered were wrong on the real dev corpus (round 3)."""
    pos = next((k for k in range(len(found) - 1, -1, -1) if found[k][2] is src), None)
    if pos is None:
        return []
    idx = found[pos][0]
    # one entry per place (a place may be remembered twice: produced there, and the origin
    # of a flow of the sentence)
    by_place = {t.place.id: t for i, c, t in found if i == idx and c == category}
    by_place[src.place.id] = src
    return listed_with(src, list(by_place.values()), text)


def fan_out(d: FlowDraft, origins: list[Tagged]) -> list[FlowDraft]:
    """Copies of ``d`` from each of ``origins`` (other places than its destination)."""
    out = []
    for t in origins:
        if d.destination is None or other_place(t, d.destination):
            out.append(FlowDraft(inferred(t, ORIGIN), d.destination, list(d.via), d.start))
    return out


def moved_on(d: FlowDraft, sentence: str, lang: str, told, idx: int, items) -> None:
    """ "Ces armes servent maintenant à des groupes ... du Golfe de Guinée": the goods of the
    flow told just before (``told``: sentence index and destination of the last flow of the
    category) move on from where it ended. Not when that place is named again in the sentence
    ("Ces fonds ... vers la Turquie et la Syrie": a list of destinations)."""
    if d.origin is not None or d.destination is None or told is None:
        return
    if not _THESE[lang].match(sentence) or told[0] < idx - 2:
        return
    if any(t.place.id == told[1].place.id for t in items):
        return
    if other_place(told[1], d.destination):
        d.origin = inferred(told[1], ORIGIN)


def money_found_out(d: FlowDraft, seized, idx: int) -> None:
    """Money sent abroad leaves from where the network was found out ("découverte en France
    ... un réseau de blanchiment permettant l'évacuation de sommes vers la Belgique"): goods
    seized somewhere arrived there, money collected there left. ``seized``: (sentence index, None,
    place) of seizures, raids and arrests, in sentence order."""
    if d.origin is not None or d.destination is None:
        return
    src = latest(seized, idx, 2, None, d)
    if src is not None and not in_region(src.place, d.destination.place):
        d.origin = inferred(src, ORIGIN)


def bound_from_seizure(d: FlowDraft, sentence: str, lang: str, seized, idx: int) -> None:
    """ "Police seized 500 kg of cocaine in Rotterdam. It was bound for Australia": the goods
    seized (a pronoun or "the shipment" opening the sentence) go on from where they were
    seized in the sentence just before. ``seized``: (sentence index, None, place), in order."""
    if d.origin is not None or d.destination is None or not _THESE[lang].match(sentence):
        return
    src = latest(seized, idx, 1, None, d)
    # "saisie réalisée en France. La drogue était destinée au marché européen": no movement
    # from France to the region it lies in
    if (
        src is not None
        and other_place(src, d.destination)
        and not in_region(src.place, d.destination.place)
    ):
        d.origin = inferred(src, ORIGIN)


def more_of_the_same(d: FlowDraft, sentence: str, lang: str, told, idx: int) -> None:
    """ "Other weapons were brought from Liberia": more of the goods of the flow told just
    before (``told``, as in :func:`moved_on`) went where it went."""
    if d.destination is not None or d.origin is None or told is None:
        return
    if _OTHERS[lang].match(sentence) and told[0] >= idx - 2 and other_place(d.origin, told[1]):
        d.destination = inferred(told[1], DEST)


def people_came_from(d: FlowDraft, sentence: str, lang: str, told, idx: int) -> None:
    """ "196 migrants sont arrivés au port de La Restinga ... Les migrants étaient originaires
    du Mali, de la Mauritanie et du Sénégal": the people of the movement told just before
    (``told``, as in :func:`moved_on`), said by where they come from, went where it went (one
    movement, one flow: ANNOTATION.md); one flow from each place of the list."""
    if d.destination is not None or d.origin is None or told is None or told[0] < idx - 2:
        return
    dst = told[1]
    if not _CAME_FROM[lang].match(sentence) or not other_place(d.origin, dst):
        return
    if in_region(d.origin.place, dst.place) or in_region(dst.place, d.origin.place):
        return
    d.destination = inferred(dst, DEST)
