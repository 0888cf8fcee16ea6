"""Half-flows read against the whole document: the end a half-flow lacks, taken from the
title, the flows the document shares, the place it is about or the country whose
authorities the story names (:func:`complete_from_document`)."""

from __future__ import annotations

import re
from collections import Counter

from flows.extract.candidate import Candidate, continent_wide, in_region
from flows.extract.direction import DEST, ORIGIN, Tagged, coordinated
from flows.extract.discourse import PEOPLE_CATEGORIES, other_place, told_as_new_event
from flows.extract.lexicon import ByLang
from flows.extract.place_senses import IN_DIVISION_KM
from geodata.index_build import sphere_distance_km

# "22 304 migrants sont arrivés aux Canaries depuis janvier": a statistic, no network's movement
_PEOPLE_TALLY = ByLang("people_tally")
# "le montant variait en fonction du lieu de destination": a price list of one network's
# destinations
_PRICE_BY_DESTINATION = ByLang("price_by_destination")


def tally(c: Candidate) -> bool:
    """``c`` is a destination-only flow told by a count of thousands of people (a number of
    1,000 or more, "des milliers", "the number of migrants": "En tout, 15 000 migrants ont
    rejoint l'Espagne par la mer depuis janvier", "More than 170,000 migrants crossed the
    Mediterranean to Italy last year"): a general statistic, not one of the movements the
    story tells."""
    if c.origin is not None or c.destination is None:
        return False
    return _PEOPLE_TALLY["fr" if c.lang == "fr" else "en"].search(c.evidence) is not None


def spread(c: Candidate, cands: list[Candidate]) -> bool:
    """``c`` is a destination-only flow of migrants told in a sentence that sends them to
    other places too ("L'organisation est soupçonnée d'avoir fait entrer plus de 560 migrants
    sur le territoire allemand et plus de 300 en Roumanie", "transported to various
    destinations in the United States, including Los Angeles and Phoenix"): the reach of a
    network, whose origin annotators leave empty; the origin the document's flows share is
    another group's. Flows of the same sentence that name their origin do not count ("from
    Turkey to Greece, then on to Western Europe"). Round 36: 8 flows right on the read part,
    2 lost (a price list: "2400 francs pour l'Italie, 3500 pour la Suisse"), now kept apart:
    a price by destination lists where the story's network takes people (round 50)."""
    if c.category != "migrant_smuggling" or c.origin is not None or c.destination is None:
        return False
    if _PRICE_BY_DESTINATION["fr" if c.lang == "fr" else "en"].search(c.evidence):
        return False  # "le montant variait en fonction du lieu de destination : ..."
    here = c.destination.place.id
    return any(
        o.category == c.category
        and o.evidence_start == c.evidence_start
        and o.origin is None
        and o.destination is not None
        and o.destination.place.id != here
        for o in cands
    )


def complete_from_document(
    cands: list[Candidate],
    mentions,
    title_end: int = 0,
    nationals: list[Tagged] = (),
    dateline: Tagged | None = None,
    acting: Tagged | None = None,
    story: Tagged | None = None,
    rescues: set[int] = frozenset(),
    network: Tagged | None = None,
    text: str | None = None,
) -> list[Candidate]:
    """Half-flows read against the whole document (one movement, one flow).

    - A half-flow whose known end is the same end of a whole flow of the same category
      elsewhere in the document tells the same movement: it is dropped.
    - Else a half-flow takes its missing end, in this order: for an origin-only flow, the
      destination of a whole flow of the same category in the title (the text up to
      ``title_end``): "Smuggling People from Turkey to Germany" gives Germany to "migrants
      originating from Egypt"; then the end that most whole flows of the same category in
      the document share (the first named on a tie): "Arms from Russia are smuggled to
      Italy ... In Sicily, shipments arrive at ports such as Syracuse" gives Russia to
      Syracuse; then, for an origin-only flow, the place the document is about: the country
      or city named most often (at least twice; else such a region). The end must lie in
      another country than the known end, and neither may hold the other. For an origin-only
      flow, the title's or the shared end gives way to the place the document is about when
      that place lies within it (see :func:`_finer_focus`: "to Europe" in a story of
      Bulgarian customs is to Bulgaria). Last, the country whose police, customs or navy the
      story names (``story``): goods or people they seized or arrested were going there ("Des
      colis en provenance d'Asie sont scannés" in a story of Swiss customs goes to
      Switzerland; the country of a seizure or an arrest is the destination), unless the
      flow's sentence tells a rescue (its evidence start in ``rescues``: "la marine
      tunisienne a secouru des migrants partis de Libye"). Round 38: 6 flows right on the
      read part, none lost; the fresh part 0.4335 -> 0.4336 (one wrong flow fewer).
    - A destination-only flow gets an origin only from the document's flows: the shared
      origin of its whole flows, else the origin most of its origin-only flows of the same
      category share ("Le trafic en provenance de la Libye a ralenti ... les armes achetées
      sont acheminées vers le Niger et le Mali": Libya to Niger and to Mali). Where there is
      neither, annotators leave the origin empty ("sommes évacuées vers la Belgique"), and
      the document's focus was wrong 8 times out of 9 as an origin on the real dev corpus
      (round 3; measured again in round 14: 3 more right flows among 46 new ones). On the
      368 development documents of round 13, the shared end raised strict F1 from 0.432 to
      0.445; in round 14, the origin-only flows' origin 0.443 -> 0.448. Last, for a flow of
      people, the one nationality ``nationals`` names for moved people in the document ("16
      Nepali women rescued from Delhi ... trafficked to Iraq"): round 15, 0.460 -> 0.464 (6
      flows right, 4 wrong that had no origin right either, none lost). Last of all, the city
      of the document's dateline in another country ("ATLANTA - Eleven defendants laundered
      drug money to Mexico"; round 21). Money with no origin, last, leaves from the place the
      document is about, where annotators place the case ("transferred their illegal profits
      to Romania" in a Dutch case; round 30: 5 flows right on the 871 development documents,
      2 lost, none changed on the 206 unread). Where no place stands out, the place whose
      police or courts act, else the country named most after the one the money goes to
      (round 37: 14 flows right on the read part, none lost; see :func:`_case_place`).
    - A destination-only flow told by a count of thousands of people ("En tout,
      15 000 migrants ont rejoint l'Espagne par la mer depuis janvier", after the story of one
      network from Senegal) is a statistic: annotators leave its origin null, so it takes
      none (round 35: 8 flows right on the read part, none lost; the document's shared origin
      was wrong 23 times and right 18 for destination-only flows of migrants before). Nor is
      it dropped as the same movement as a whole flow to the same place (round 50: 4 flows
      right on the read part, none lost). Nor is a network's reach (:func:`spread`; round 50:
      3 flows right on the read part, 1 more wrong).
    - A half-flow whose list of ends names the country of the shared end takes no shared end
      (:func:`_named_apart`; round 51).
    """
    whole = [c for c in cands if c.origin is not None and c.destination is not None]
    # (category, end, place) of the whole flows: one look-up per half-flow, no rescans
    ends = {(w.category, attr, getattr(w, attr).place.id) for w in whole
            for attr in ("origin", "destination")}  # fmt: skip
    top = _most_named(mentions)  # computed once per document
    titled = {w.category: w for w in whole if w.evidence_start < title_end}
    # the origins of the origin-only flows, before any of them is completed
    sent = [c for c in cands if c.origin is not None and c.destination is None]
    out = []
    for c in cands:
        if c.origin is not None and c.destination is not None:
            out.append(c)
            continue
        attr = "origin" if c.origin is not None else "destination"
        known = getattr(c, attr)
        counted, reach = tally(c), spread(c, cands)
        if (c.category, attr, known.place.id) in ends and not (counted or reach):
            continue  # the same movement, but a statistic or a network's reach stands apart
        if c.origin is None and _left_from_elsewhere(c, whole, known):
            continue  # "30 millions saisis dans les Bouches-du-Rhône": where it left from
        out.append(c)
        if counted:
            continue  # a statistic: the story's origins are not its own
        if c.origin is None and (told_as_new_event(c) or reach):
            continue  # another shipment, or a network's reach: the origins are not its own
        missing = "destination" if c.origin is not None else "origin"
        role = DEST if c.origin is not None else ORIGIN
        title_flow = titled.get(c.category)
        focus = None
        if title_flow is not None and c.evidence_start >= title_end and c.origin is not None:
            focus = _document_focus(title_flow.destination, known)
            if focus is not None:
                focus = _finer_focus(focus, top, known)
        if focus is None:
            # not the next leg told in the same sentence ("moved to Libya and Italy, before
            # arriving in Spain": Italy is no origin of the move to Libya)
            legs = [w for w in whole if not _next_leg_of(w, c)]
            focus = _shared_end(legs, c.category, missing, known)
            if focus is not None and _named_apart(c, known, focus, mentions, text):
                focus = None  # its list names that end's country: a network's reach
            if focus is not None and c.origin is not None:
                focus = _finer_focus(focus, top, known)
        if focus is not None and listed_together(known, focus, mentions, text):
            focus = None  # "en provenance de Tunisie ou de Libye": two origins, not a route
        if focus is None and c.origin is not None:
            focus = _unlisted(_document_focus(top, known), known, mentions, text)
            focus = focus or _story_end(story, c, rescues)
        if focus is None and c.origin is None:
            focus = _shared_end(sent, c.category, "origin", known)
        if focus is None and c.origin is None:
            focus = _people_home(c, nationals, network, known)
        if (
            focus is None
            and c.origin is None
            and dateline is not None
            and dateline.place.country_code != known.place.country_code
        ):
            focus = dateline  # "ATLANTA - ... laundering drug money to Mexico"
        if focus is None and c.origin is None:
            focus = _case_place(top, c, cands, mentions, acting, whole)
        focus = _kept_end(focus, c, known, whole, mentions, text)
        if focus is not None:
            setattr(c, missing, Tagged(focus.start, focus.end, focus.surface, focus.place, role,
                                       inferred=True))  # fmt: skip
            c.confidence = round(max(0.05, c.confidence - 0.1), 2)
    return out


def _people_home(
    c: Candidate, nationals: list[Tagged], network: Tagged | None, known: Tagged
) -> Tagged | None:
    """Where the people of the destination-only flow ``c`` (to ``known``) come from: the one
    nationality the document names for moved people (``nationals``), else, for human
    trafficking, the one nationality it gives its network (``network``: "un réseau de
    proxénétisme roumain ... s'est implanté à Besançon"; round 40: 5 flows right on the read
    part, none lost; the fresh part unchanged); None when neither is another place."""
    if c.category not in PEOPLE_CATEGORIES:
        return None
    told = {t.place.id: t for t in nationals}
    only = next(iter(told.values())) if len(told) == 1 else None
    if only is None and c.category == "human_trafficking":
        only = network
    if only is not None and other_place(only, known) and not in_region(known.place, only.place):
        return only
    return None


def _story_end(story: Tagged | None, c: Candidate, rescues: set[int]) -> Tagged | None:
    """The country whose police, customs or navy the story names (``story``), as the end of
    the origin-only flow ``c`` when it lies in another country, unless the sentence of ``c``
    tells a rescue at sea (its evidence start in ``rescues``)."""
    if c.evidence_start in rescues:
        return None
    return _document_focus(story, c.origin)


def _left_from_elsewhere(c: Candidate, whole: list[Candidate], known: Tagged) -> bool:
    """A destination-only flow to a place the document's whole flows of its category leave
    from, said in no sentence right before them ("30 millions d'euros saisis dans les
    Bouches-du-Rhône" ... "expédiés depuis les Bouches-du-Rhône vers le Kosovo"): the place
    is where the goods left from. A leg that goes on in its own or the next sentence ("fly
    migrants to Benghazi. From there, they are taken to Malta") is a first leg, kept."""
    same = [w for w in whole if w.category == c.category]
    # a country holds the place the flows leave from, and none of the places they go to
    # ("en France" ... "de Paris au Maroc"; not "from Marseille to Lyon ... sent to France")
    held = not any(_holds(known.place, w.destination.place) for w in same)
    leaving = [
        w
        for w in same
        if w.origin.place.id == known.place.id or (held and _holds(known.place, w.origin.place))
    ]
    return bool(leaving) and not any(
        c.evidence_start <= w.evidence_start <= c.evidence_end + 3 for w in leaving
    )


def _holds(country, place) -> bool:
    """``country`` is a country and ``place`` lies in it ("en France" holds Paris)."""
    return (
        country.kind == "country"
        and bool(country.country_code)
        and place.country_code == country.country_code
    )


def _next_leg_of(w: Candidate, c: Candidate) -> bool:
    """``w`` is a leg of the sentence of ``c`` that starts where an end the sentence names
    (its origin inferred from a place of the sentence, not a cue)."""
    return (
        w.evidence_start == c.evidence_start
        and w.origin.inferred
        and c.evidence_start <= w.origin.start < c.evidence_end
    )


def _shared_end(whole: list[Candidate], category: str, attr: str, known: Tagged):
    """The ``attr`` end ("origin" or "destination") that most of the ``whole`` flows of
    ``category`` share (the first of them on a tie), if it lies in another country than
    ``known`` and neither place lies in the other; else None."""
    counts = Counter(getattr(w, attr).place.id for w in whole if w.category == category)
    if not counts:
        return None
    best = counts.most_common(1)[0][0]
    end = next(getattr(w, attr) for w in whole if getattr(w, attr).place.id == best)
    if not other_place(end, known):
        return None
    if in_region(known.place, end.place) or in_region(end.place, known.place):
        return None  # "Balkans" for a flow from Serbia: no movement between them
    return end


def _named_apart(c: Candidate, known: Tagged, end: Tagged, mentions, text: str | None) -> bool:
    """The list of ends of the half-flow ``c`` (its known end ``known``) names the country that
    holds the document's shared ``end`` ("supplied firearms to criminal groups in the
    Netherlands, Austria and Denmark" after weapons shipped from Hook of Holland): the list
    tells parallel ends of a network's reach, that country among them, and annotators leave the
    other end of its flows null (round 51: 7 flows right on the read part in 2 documents, none
    lost; the fresh part unchanged)."""
    code = end.place.country_code
    if not code:
        return False
    return any(
        c.evidence_start <= m.start < c.evidence_end
        and m.start != known.start
        and m.place.kind == "country"
        and m.place.id != end.place.id
        and m.place.country_code == code
        and listed_together(known, m, mentions, text)
        for m in mentions
    )


def _finer_focus(end: Tagged, top, known: Tagged) -> Tagged:
    """``end``, or the document's most named place (``top``, see :func:`_most_named`) when
    ``top`` is a more specific place within ``end``: the most specific place is the endpoint
    (ANNOTATION.md), and the place the document is about is the one its flows reach.

    - ``end`` a continent or a bloc as wide (20 countries or more: Europe, the European
      Union) and ``top`` a country or a town of it: "heroin from Iran ... a major trafficking
      route between the Middle East and Europe", in a story of Bulgarian customs, goes to
      Bulgaria (round 36: 4 flows right on the read part, none lost).
    - ``end`` a country, or a part of one country (Sicily, Brittany), and ``top`` a town of
      it (near the part's point): "parti du port de Paranaguá ... saisies par les autorités
      françaises" in a story told from Lorient goes to Lorient; "arrived in Sicily" in a
      story on Lampedusa goes to Lampedusa (round 36: 12 flows right, 11 of them in one
      story, none lost).
    """
    if top is None or _document_focus(top, known) is None:
        return end
    place, at = end.place, top.place
    if continent_wide(place):
        return top if in_region(at, place) else end
    if at.kind not in ("city", "other") or not place.country_code:
        return end
    if at.country_code != place.country_code or place.kind not in ("country", "region"):
        return end
    if place.kind == "region" and (
        len(place.members or ()) > 1
        or sphere_distance_km(at.lon, at.lat, place.lon, place.lat) > IN_DIVISION_KM
    ):
        return end  # a bloc of a few countries, or a town far from this part of the country
    return top


def _most_named(mentions):
    """The first mention of the most named country or city of the document (named twice or
    more, and more often than any other; a town named as often as its own country is the more
    specific of the two), else of the most named region, else None."""
    # a country or city first; a region ("Europe") only when no country or city stands out
    for kinds in (("country", "city"), ("region",)):
        top = _most_named_of(mentions, kinds)
        if top is not None:
            return top
    return None


def _most_named_of(mentions, kinds: tuple[str, ...]):
    counts = Counter(m.place.id for m in mentions if m.place.kind in kinds and not m.demonym)
    if not counts:
        return None
    top = counts.most_common(3)
    n = top[0][1]
    tied = [next(m for m in mentions if m.place.id == pid) for pid, k in top if k == n]
    if n < 2:
        return None  # not named twice: no clear focus
    if len(tied) == 2:
        # a country and a town of it named as often: the town is the more specific place
        city = [m for m in tied if m.place.kind == "city"]
        land = [m for m in tied if m.place.kind == "country"]
        if city and land and city[0].place.country_code == land[0].place.country_code:
            return city[0]
    if len(tied) > 1:
        return None  # two places as often: no clear focus
    return tied[0]


def _document_focus(first, known: Tagged):
    """The document's most named place (``first``, see :func:`_most_named`) if it lies in
    another country than ``known``."""
    if first is None:
        return None
    code = known.place.country_code
    if first.place.id == known.place.id or (code and first.place.country_code == code):
        return None
    if code and code in getattr(first.place, "members", ()):
        return None  # "Europe" is no other end for a flow that starts or ends in France
    return first


def _unlisted(focus: Tagged | None, known: Tagged, mentions, text: str | None) -> Tagged | None:
    """``focus``, unless it stands in one list with ``known`` (:func:`listed_together`)."""
    if focus is None or listed_together(known, focus, mentions, text):
        return None
    return focus


def _kept_end(
    focus: Tagged | None,
    c: Candidate,
    known: Tagged,
    whole: list[Candidate],
    mentions,
    text: str | None,
) -> Tagged | None:
    """``focus`` as the missing end of the half-flow ``c`` (its known end ``known``), or None
    when the document gives it another role: listed with ``known`` ("en provenance de Tunisie ou
    de Libye": two origins, not a route), only reached by the document's whole flows for an
    origin ("blanchiment vers l'Algérie ... acheminées à Marseille": not from there), or a
    transit place of ``c`` ("arrivés en Italie ont transité par la Libye")."""
    focus = _unlisted(focus, known, mentions, text)
    if focus is not None and c.origin is None and _only_reached(focus, whole, c.category):
        return None
    if focus is not None and any(v.place.id == focus.place.id for v in c.via):
        return None
    return focus


def listed_together(known: Tagged, other: Tagged, mentions, text: str | None) -> bool:
    """``other`` stands in one list with ``known`` in ``text`` ("en provenance de Tunisie ou de
    Libye", "from Colombia, Venezuela and Brazil"): the same end of parallel flows (ANNOTATION.md:
    several origins, several flows), never the other end of the flow from ``known``. The
    places named between them (``mentions``) must all be joined by list words; "then" and
    "puis" tell legs, not a list."""
    if text is None or other.start == known.start:
        return False
    a, b = (known, other) if known.start < other.start else (other, known)
    if b.start - a.end > 200:
        return False
    stops = sorted(
        {m.start: m for m in mentions if a.end <= m.start and m.end <= b.start}.values(),
        key=lambda m: m.start,
    )
    cut = a.end
    for m in [*stops, b]:
        gap = text[cut : m.start]
        if not coordinated(gap) or _LEGS.search(gap):
            return False
        cut = max(cut, m.end)
    return True


_LEGS = re.compile(r"\b(?:then|puis|ensuite|before|avant)\b", re.IGNORECASE)


def _only_reached(place: Tagged, whole: list[Candidate], category: str) -> bool:
    """The document's whole flows of ``category`` go to ``place`` and none leaves from it: the
    place is where the goods, people or money end up, no origin for another of its flows ("un
    réseau de blanchiment d'argent vers l'Algérie ... Les sommes collectées sont acheminées à
    Marseille" does not leave from Algeria)."""
    same = [w for w in whole if w.category == category]
    pid = place.place.id
    return any(w.destination.place.id == pid for w in same) and not any(
        w.origin.place.id == pid for w in same
    )


def _case_place(
    top,
    c: Candidate,
    cands: list[Candidate],
    mentions,
    acting: Tagged | None = None,
    whole: list[Candidate] = (),
):
    """The place the document is about, as the origin of money that ``c`` sends, unless the
    same sentence sends money there too ("dirigés vers la Turquie et la Syrie": Turkey is
    one more destination, not where the case is).

    When no such place stands out, or it is where the money goes, the place whose police,
    prosecutors or courts act (``acting``, see ``references.acting_place``: "Soupçonnés
    d'avoir transféré plus de 36 millions d'euros vers la Chine ... a précisé le parquet de
    Bobigny" leaves from Bobigny), else the country the document names most after the one the
    money goes to (:func:`_case_country`).

    Trafficked people with no origin come from where the police act ("trafficked into the UK
    ... Romanian police arrested the gang leader"; round 37: 2 flows right on the read part,
    none lost). Smuggled migrants and goods are not: annotators often leave their origin
    empty (for them, the place whose police act was right 2 times on the read part, wrong or
    set where annotators gave none 13 times)."""
    if c.category == "human_trafficking":
        return _document_focus(acting, c.destination)
    if c.category != "illicit_finance":
        return None
    for place in (top, acting, _case_country(mentions, c)):
        if place is None or any(
            o.category == c.category
            and o.evidence_start == c.evidence_start
            and o.destination is not None
            and o.destination.place.id == place.place.id
            for o in cands
        ):
            continue
        if _only_reached(place, list(whole), c.category):
            continue  # where the document's money goes, not where the case is
        end = _document_focus(place, c.destination)  # the money leaves from where the case is
        if end is not None:
            return end
    return None


def _case_country(mentions, c: Candidate):
    """The country named most often (its towns and itself, twice or more, more often than any
    other, and not only in the sentence of ``c``) other than that of the money's destination:
    at its own first mention, else at its most named town. In a case of money sent abroad the
    text names two lands, the one the money reaches and the one where the case happens ("Le
    troisième prévenu transportait l'argent chaque semaine en Roumanie", in a Belgian trial
    of Romanian pimps told from Bruges, leaves from Belgium)."""
    code = c.destination.place.country_code
    here = [
        m
        for m in mentions
        if m.place.kind in ("country", "city")
        and not m.demonym
        and m.place.country_code
        and m.place.country_code != code
        and code not in (getattr(m.place, "members", None) or ())
    ]
    top = Counter(m.place.country_code for m in here).most_common(2)
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None  # no land stands out
    mine = [m for m in here if m.place.country_code == top[0][0]]
    if all(c.evidence_start <= m.start < c.evidence_end for m in mine):
        # named only in the flow's own sentence, which did not make it the origin ("Beatrice
        # Auty, 26, from London ... smuggled cash to Dubai": her home, not where it left)
        return None
    land = [m for m in mine if m.place.kind == "country"]
    if land:
        return land[0]
    best = Counter(m.place.id for m in mine).most_common(1)[0][0]
    return next(m for m in mine if m.place.id == best)
