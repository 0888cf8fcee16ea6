"""Roles grouped into flows: origin -> via... -> destination, several per sentence.

A sentence's tagged places (``direction.assign_roles``) are walked in order; "puis transportée
jusqu'à", "and then trucked to", "avant d'être redistribuée vers" start a new leg where the
previous one stopped; a list of destinations shares its origin; "between" and weak roles are
settled first.
"""

from __future__ import annotations

import re
from dataclasses import replace

from flows.extract.direction import (
    BETWEEN,
    DEST,
    LOCATION,
    ORIGIN,
    SUBJECT,
    TO_ARTICLE,
    VIA,
    WEAK_ORIGIN,
    FlowDraft,
    Tagged,
    arrived_then_moved,
    coordinated,
    listed_before,
    nationality_overridden,
    new_leg,
    within,
)
from flows.extract.lexicon import ByLang, lexicon
from flows.extract.seizure_ends import complete_at_seizure, delivered_to

_BETWEEN_KIND = lexicon("en").regex("between_kind")
_COORD = lexicon("en").regex("coord")
_ONCE_THERE = lexicon("en").regex("once_there")
_PROCESSED = ByLang("processed")
_SEQUENCE = lexicon("en").regex("sequence")

_WEAK_LISTED = lexicon("en").regex("weak_listed")

# "destined for Libya, the weapons ended up in Mali": a new leg from the first destination.
_DIVERTED = ByLang("diverted")

# "promised jobs in Dubai": a destination that was only promised
_PROMISED = ByLang("promised")

# "avant d'être redistribuée", "before being wired": goods stop, then leave again.
_REDISPATCH = ByLang("redispatch")

# "into Kazakhstan, ending up in Russia", "en Algérie en direction du Niger": the first
# destination is a stop on the way to the second
_FINAL_LEG = ByLang("final_leg")

_STAYED_THERE = re.compile(r"\b(?:where|où)\b", re.IGNORECASE)

_CLAUSE_BREAK = re.compile(r"\s[—–-]\s|;")

_FROM_TO = re.compile(r"^\s*(?:à|au|aux)" + TO_ARTICLE, re.IGNORECASE)

# ... and after an explicit origin, "en" too: "importé de l'héroïne du Pakistan en
# Grande-Bretagne" (a bare "de X en Y" is often no move: "l'ambassadeur de France en Italie")
_FROM_ORIGIN_TO = re.compile(r"^\s*(?:à|au|aux|en)" + TO_ARTICLE, re.IGNORECASE)

_ASIDE_PLACE = re.compile(r"^\s*,[^,]{1,40},")

_EXTENT = re.compile(
    r"(?:s['’]étend\w*|stretch\w*|extend\w*)\s+(?:[\w'’-]+\s+){0,3}?(?:de|d['’]|from)\s*"
    r"(?:la\s+|le\s+|les\s+|l['’]|the\s+)?$",
    re.IGNORECASE,
)

# "à la frontière entre", "sur la route entre", "at the border between", "on the road between",
# and any "border between" ("the porous border between Haiti and the Dominican Republic"):
# where something happened, not which way it went
_AT_BETWEEN = re.compile(
    r"(?:(?P<at>\b(?:à|sur|at|on)\s+(?:la|l['’]|the)\s*(?:frontière|route|axe|autoroute|border|"
    r"road|highway|motorway)s?)|\b(?:borders?|frontières?|zone\s+frontali\w+))"
    r"\s+(?:[\w'’-]+\s+){0,2}?(?:entre|between)\s+(?:(?:la|le|les|l['’]|the)\s*)?$",
    re.IGNORECASE,
)

_CROSSED = lexicon("en").regex("crossed_before")  # "ont franchi la", "crossed the"


def _at_between(t: Tagged, items: list[Tagged], sentence: str, offset: int) -> bool:
    """``t`` is one side of a "between" named after a locative ("à la frontière entre") or
    of a border not crossed ("the border between Texas and Mexico"; "ont franchi la frontière
    entre la Biélorussie et la Pologne" goes from the first to the second)."""
    first = next((u for u in items if getattr(u, "between", False)), t)
    m = _AT_BETWEEN.search(sentence[: first.start - offset])
    if m is None:
        return False
    return bool(m.group("at")) or not _CROSSED.search(sentence, max(0, m.start() - 40), m.start())


def _listed_on(live: list[Tagged], k: int, sentence: str, offset: int) -> None:
    """The places listed after ``live[k]``, a destination that was a location ("de la Grèce
    à la Hongrie ou à la Croatie"), are destinations too."""
    last = live[k]
    for u in live[k + 1 :]:
        if u.role != LOCATION or not _COORD.match(sentence[last.end - offset : u.start - offset]):
            break
        u.role, last = DEST, u


def group_flows(items: list[Tagged], sentence: str, lang: str, offset: int = 0) -> list[FlowDraft]:
    """Group role-tagged places into flows (origin -> via... -> destination).

    ``offset`` is the document offset of ``sentence`` (items carry document offsets).
    """
    lang = "fr" if lang == "fr" else "en"
    _settle_between(items, sentence, offset)
    live = [t for t in items if not t.negated and t.role is not None]
    # "Sudanese migrants crossed from France to the UK": the leg the sentence states is the
    # flow, not the nationality of who moves (a nationality right before a stated origin)
    live = [t for k, t in enumerate(live) if not nationality_overridden(live, k, lang)]
    live = _settle_weak_roles(live, items, sentence, offset)
    flows, leg_lists = _Walk(live, sentence, lang, offset).run()
    _leave_from_each_of_list(flows, leg_lists)
    _share_destinations(flows)
    complete_at_seizure(flows, live, sentence, lang, offset)
    _diverted_after_delivery(flows, sentence, lang, offset)
    return [f for f in flows if f.origin is not None or f.destination is not None]


def _diverted_after_delivery(flows: list[FlowDraft], sentence: str, lang: str, offset: int) -> None:
    """Goods delivered to a place that then "end up on the black market", with no place named
    after: the delivery is lawful, the diversion leaves from there ("weapons sent to Kyiv could
    end up on the black market": Kyiv -> unknown)."""
    for f in flows:
        dest = f.destination
        if f.origin is not None or dest is None:
            continue
        after = sentence[dest.end - offset :]
        if (
            delivered_to(dest, sentence, lang, offset)
            and _DIVERTED[lang].search(after)
            and not any(g.start > dest.start for h in flows for g in h.places if g is not dest)
        ):
            f.origin, f.destination = replace(dest, role=ORIGIN, inferred=True), None


def _settle_between(items: list[Tagged], sentence: str, offset: int) -> None:
    """Places "between" two others that are where something happens, not a route, become
    locations."""
    explicit = any(t.role in (DEST, ORIGIN) and not t.inferred and not t.between for t in items)
    # "blanchiment entre la France, la Belgique, l'Inde et Dubaï": more than two places
    # "between" are where a network works, not one way; but not two sides, the second named
    # with its kind of place ("entre Korba et les provinces de Trapani et Agrigente")
    sides = [t for t in items if getattr(t, "between", False)]
    several = len(sides) > 2 and not _two_sides(sides, sentence, offset)
    if several and _countries_then_area(sides):
        # "opèrent entre la Côte d'Ivoire, le Bénin, le Togo et l'Europe": countries listed
        # before the wider area that closes the list each send to it
        for t in sides[:-1]:
            t.role = ORIGIN
        sides[-1].role = DEST
        several = False
    for t in items:
        if (
            t.role == BETWEEN
            or (several and getattr(t, "between", False))
            or (
                getattr(t, "between", False)
                and (explicit or _at_between(t, items, sentence, offset))
            )
        ):
            # "entre X" without a second place, or "saisies à la frontière entre la Bosnie
            # et la Croatie" in a sentence that names where the goods go: where, not a route;
            # "seized on the road between Ouagadougou and Bobo-Dioulasso": where, too
            t.role = LOCATION


def _countries_then_area(sides: list[Tagged]) -> bool:
    """The places "between" are countries, then a wider area last ("la Côte d'Ivoire, le
    Bénin, le Nigeria et l'Europe")."""
    *first, last = sides
    return getattr(last.place, "kind", None) == "region" and all(
        getattr(t.place, "kind", None) == "country" for t in first
    )


def _two_sides(sides: list[Tagged], sentence: str, offset: int) -> bool:
    """The places "between" are two groups, the second opened by its kind of place: "entre
    Korba et les provinces de Caltanissetta, Trapani et Agrigente"."""
    return any(
        _BETWEEN_KIND.match(sentence[a.end - offset : b.start - offset])
        for a, b in zip(sides, sides[1:], strict=False)
    )


def _settle_weak_roles(
    live: list[Tagged], items: list[Tagged], sentence: str, offset: int
) -> list[Tagged]:
    """A bare "de X" is an origin only right before a destination; "de X à Y" makes Y a
    destination; a sending subject is the origin unless the sentence states one. The places
    left with a role, in order."""
    has_origin = any(t.role == ORIGIN for t in live)
    weak = [t.role == WEAK_ORIGIN for t in live]
    for k, t in enumerate(live):
        if t.role == WEAK_ORIGIN:
            # "de X à Y", "de X vers Y": a bare "de" is an origin only right before a destination.
            nxt = live[k + 1] if k + 1 < len(live) else None
            near = nxt is not None and nxt.start - t.end <= 30  # "de X à Y", not "X de Paris ..."
            gap = sentence[t.end - offset : nxt.start - offset] if nxt is not None else ""
            aside = nxt is not None and any(
                u.negated and t.end <= u.start and u.end <= nxt.start for u in items
            )
            if aside:
                # "de Fort Lauderdale, en Floride, à Cap-Haïtien": where X lies is an aside
                gap = _ASIDE_PLACE.sub("", gap, count=1)
            if _EXTENT.search(sentence[: t.start - offset]):
                nxt = None  # "les côtes qui s'étendent de Dieppe à Gravelines": land, no move
                near = False
            elif (near or aside) and nxt.role == LOCATION and _FROM_TO.match(gap):
                near = True
                nxt.role = DEST  # "De Hanoï à Londres via Moscou": "à" right after "de X"
                _listed_on(live, k + 1, sentence, offset)
            t.role = ORIGIN if near and nxt.role in (DEST, VIA) and not has_origin else None
        elif t.role == ORIGIN and k + 1 < len(live) and live[k + 1].role == LOCATION:
            nxt = live[k + 1]
            if 0 < nxt.start - t.end <= 30 and _FROM_ORIGIN_TO.match(
                sentence[t.end - offset : nxt.start - offset]
            ):
                nxt.role = DEST  # "les migrants de la Grèce à la Hongrie"
                _listed_on(live, k + 1, sentence, offset)
        elif t.role == SUBJECT and has_origin:
            t.role = None  # an explicit origin beats the sending subject
        elif t.role == SUBJECT:
            t.role = ORIGIN
            t.inferred = True
    # "depuis les ports des Hauts-de-France, de Belgique et des Pays-Bas jusqu'à Hull": the
    # bare "de" places listed before the one right before the destination are origins too
    for k in range(len(live) - 1, 0, -1):
        t, before = live[k], live[k - 1]
        if weak[k] and weak[k - 1] and t.role == ORIGIN and before.role is None:
            if _WEAK_LISTED.fullmatch(sentence[before.end - offset : t.start - offset]):
                before.role = ORIGIN
    return [t for t in live if t.role is not None]


class _Walk:
    """The flows the places of a sentence state, read in the order they are named: each origin,
    transit and destination extends the flow being read or starts the next one."""

    def __init__(self, live: list[Tagged], sentence: str, lang: str, offset: int) -> None:
        self.live, self.sentence, self.lang, self.offset = live, sentence, lang, offset
        self.flows: list[FlowDraft] = []
        self.cur = FlowDraft()
        # "arrived in Italy ... from Libya and Tunisia": the destinations a trailing origin took
        self.trailing_dests: list[Tagged] = []
        # a new leg's origin (by id) -> the other ends of its list
        self.leg_lists: dict[int, list[Tagged]] = {}

    def run(self) -> tuple[list[FlowDraft], dict[int, list[Tagged]]]:
        """The flows, and for each new leg's origin (by id) the other places of its list."""
        handlers = {ORIGIN: self.origin, VIA: self.via, DEST: self.destination}
        for k, t in enumerate(self.live):
            if t.role in handlers:
                handlers[t.role](k, t)
        self.flows.append(self.cur)
        return self.flows, self.leg_lists

    def next_role(self, k: int) -> str | None:
        """Role of the next end in the same clause (a dash or a semicolon ends the clause:
        "arrived on the Canaries from Africa — one in 35 who try to reach Europe dies")."""
        here = self.live[k]
        for t in self.live[k + 1 :]:
            if _CLAUSE_BREAK.search(self.sentence, here.end - self.offset, t.start - self.offset):
                return None
            if t.role in (ORIGIN, DEST):
                return t.role
        return None

    def origin(self, k: int, t: Tagged) -> None:
        flows = self.flows
        if self.trailing_dests and self.cur.origin is None and self.next_role(k) != DEST:
            # the next origins of a trailing list share the destinations named before them
            # ("fournissait l'Angleterre et la Suisse depuis l'Argentine et le Brésil")
            for dest in self.trailing_dests:
                flows.append(FlowDraft(origin=t, destination=dest, start=t.start))
            return
        if self.cur.destination is not None and self.next_role(k) != DEST:
            # a trailing origin: "ont rejoint la Grèce depuis la Turquie", shared by the
            # destinations listed before it ("arrivées à Lesbos et à Chios depuis...")
            flows.append(self.cur)
            for f in flows:
                if f.origin is None and f.destination is not None:
                    f.origin = t
            self.trailing_dests = [f.destination for f in flows if f.origin is t] or [
                self.cur.destination
            ]
            if self.cur.origin is not None and self.cur.origin is not t:
                flows.append(FlowDraft(origin=t, destination=self.cur.destination, start=t.start))
            self.cur = FlowDraft()
            return
        if self.cur.origin is not None and self.cur.destination is None and not self.cur.via:
            flows.append(self.cur)  # coordinated origins: "d'Afghanistan et du Pakistan vers..."
            self.cur = FlowDraft(origin=t, start=t.start)
        else:
            if self.cur.origin is not None or self.cur.destination is not None:
                flows.append(self.cur)
                self.cur = FlowDraft()
            self.cur.origin, self.cur.start = t, self.cur.start or t.start

    def via(self, k: int, t: Tagged) -> None:
        sentence, lang, offset, flows = self.sentence, self.lang, self.offset, self.flows
        if self.cur.destination is not None:
            if self.next_role(k) is None:
                # trailing transit: "... vers le Mali et le Niger, en passant par l'Algérie"
                for f in [*flows, self.cur]:
                    if f.destination is not None and f.origin is self.cur.origin:
                        f.via.append(t)
                return
            if self.next_role(k) == ORIGIN and self.cur.origin is None:
                # "arrived in Britain, who crossed the Channel from France": a transit
                # before the trailing origin belongs to the same movement
                self.cur.via.append(t)
                return
            flows.append(self.cur)
            if new_leg(sentence[self.cur.destination.end - offset : t.start - offset], lang):
                # "jusqu'en Russie, puis par la route à travers l'Europe de l'Est jusqu'en
                # France": the next leg starts where the first one ended
                self.cur = FlowDraft(
                    origin=replace(self.cur.destination, role=ORIGIN, inferred=True)
                )
            else:
                self.cur = FlowDraft(origin=self.cur.origin)
        self.cur.via.append(t)

    def destination(self, k: int, t: Tagged) -> None:
        sentence, lang, offset, flows = self.sentence, self.lang, self.offset, self.flows
        leg_lists = self.leg_lists
        self.trailing_dests = []
        if len(self.cur.via) == 1 and self.cur.destination is None:
            # one stop (not a list of transit countries, not a sea crossed)
            stop = self.cur.via[-1]
            crossed = getattr(stop.place, "kind", None) in ("sea", "route")
            hop = sentence[stop.end - offset : t.start - offset]
            lead = sentence[max(0, stop.start - offset - 60) : stop.start - offset]
            processed = _PROCESSED[lang].search(lead) and new_leg(hop, lang)
            if not crossed and (_REDISPATCH[lang].search(hop) or processed):
                # "transite par Rotterdam avant d'être redistribuée vers la France",
                # "moved through Tallinn before being wired to London": the transit is
                # a stop where a new leg starts
                if self.cur.origin is not None:
                    flows.append(
                        FlowDraft(
                            self.cur.origin,
                            replace(stop, role=DEST),
                            self.cur.via[:-1],
                            self.cur.start,
                        )
                    )
                self.cur = FlowDraft(replace(stop, role=ORIGIN, inferred=True), t, [], t.start)
                return
        gap = (
            sentence[self.cur.destination.end - offset : t.start - offset]
            if self.cur.destination
            else ""
        )
        if self._refines(t, gap):
            return
        diverted = _DIVERTED[lang].search(gap) is not None
        listed = listed_before(flows, self.cur, sentence, offset) if self.cur.destination else []
        arrived = self.cur.destination is not None and arrived_then_moved(
            [*listed, self.cur.destination], gap, sentence, offset, lang
        )
        if (
            self.cur.destination is not None
            and _FINAL_LEG[lang].search(gap)
            and not _STAYED_THERE.search(gap)
        ):
            # "smuggled into Kyrgyzstan, Uzbekistan and Kazakhstan, ending up in Russia",
            # "boarded a boat to Yemen, and finally arrived in Saudi Arabia": the places named
            # first are stops on the way, the journey ends at the last (one flow, via them);
            # not a place where they stayed or were taken over ("l'Essonne, où ils étaient
            # hébergés avant de rejoindre la Grande-Bretagne": a hub, two flows)
            stops = [*reversed(listed), self.cur.destination]
            flows[:] = [f for f in flows if not any(f.destination is x for x in listed)]
            self.cur.via += stops
            self.cur.destination = t
            return
        if diverted and _PROMISED[lang].search(
            sentence[
                max(0, self.cur.destination.start - offset - 60) : self.cur.destination.start
                - offset
            ]
        ):
            # "promised jobs in Dubai but ended up in brothels in Oman": the promise was never
            # kept, the movement ends where they ended up
            self.cur.destination = t
            return
        if self.cur.destination is not None and (new_leg(gap, lang) or diverted or arrived):
            # "shipped to Hamburg and then trucked to Berlin", "vers Anvers, puis
            # transportée jusqu'à Lille": a new leg starts where the first one ended;
            # "weapons intended for Ukraine appeared in Sweden": the intended delivery
            # (no origin said) is not the movement the text reports; nor is the arrival
            # that only says where the next leg starts ("après leur arrivée en Roumanie,
            # les pilules étaient transportées vers...")
            if (diverted or arrived) and self.cur.origin is None:
                flows[:] = [f for f in flows if f.origin is not None or f.destination
                            not in listed]  # fmt: skip
            else:
                flows.append(self.cur)
            leg_from = replace(self.cur.destination, role=ORIGIN, inferred=True)
            # "rejoindre l'Essonne et le Val-d'Oise, où ils étaient hébergés avant de
            # rejoindre la Grande-Bretagne": the next leg leaves from each of the list
            leg_lists[id(leg_from)] = listed
            self.cur = FlowDraft(origin=leg_from, destination=t, start=t.start)
            return
        if self.cur.destination is not None and _SEQUENCE.search(gap):
            # "jusqu'à Agadez, puis ... jusqu'en Libye": the earlier stop is a transit
            self.cur.via.append(self.cur.destination)
            self.cur.destination = t
            return
        if self.cur.destination is not None:
            # several destinations: same origin and route, one flow each
            flows.append(self.cur)
            self.cur = FlowDraft(origin=self.cur.origin, via=list(self.cur.via))
        self.cur.destination = t
        self.cur.start = self.cur.start or t.start

    def _refines(self, t: Tagged, gap: str) -> bool:
        """``t``, a destination inside the country the flow was going to, named after it
        and not in a list with it ("took the girl to Norway, where she was put to work in
        Oslo", "enter Turkey before heading west to Istanbul"), is where that movement ended:
        the most specific place (ANNOTATION.md) replaces the country in every flow that
        ended there."""
        country = self.cur.destination
        if (
            country is not None
            and t.inferred
            and not country.inferred
            and getattr(t.place, "kind", None) == "country"
            and within(country.place, t.place)
        ):
            # "sent them to Kunming, in China's Yunnan Province, where they were forced to
            # marry Chinese men": a nationality of the country the place lies in names no
            # further end
            return True
        if country is None or country.inferred or t.inferred or coordinated(gap):
            return False
        if getattr(country.place, "kind", None) != "country" or not within(t.place, country.place):
            return False
        if _ONCE_THERE.match(self.sentence[: country.start - self.offset]):
            return False  # "Once in Italy, they were exploited in Milan": both are told
        for f in [*self.flows, self.cur]:
            if f.destination is country:
                f.destination = t
        return True


def _leave_from_each_of_list(flows: list[FlowDraft], leg_lists: dict[int, list[Tagged]]) -> None:
    """A leg that starts from a list of places starts from each of them."""
    for f in list(flows):
        for other in leg_lists.get(id(f.origin), ()) if f.origin is not None else ():
            if f.destination is None or other.place.id != f.destination.place.id:
                flows.append(FlowDraft(replace(other, role=ORIGIN, inferred=True),
                                       f.destination, list(f.via), f.start))  # fmt: skip


def _share_destinations(flows: list[FlowDraft]) -> None:
    """Coordinated origins waiting for a destination share the next flow's destination, and
    each of its list ("from Colombia and Peru to Antwerp and Rotterdam": four flows)."""
    shared: list[FlowDraft] = []
    for i, f in enumerate(flows):
        if f.destination is None and f.origin is not None and not f.via:
            nxt = next((g for g in flows[i + 1 :] if g.destination is not None), None)
            if nxt is not None and nxt.origin is not None and nxt.origin.role == ORIGIN:
                f.destination, f.via = nxt.destination, list(nxt.via)
                shared += [
                    FlowDraft(f.origin, g.destination, list(g.via), f.start)
                    for g in flows[i + 1 :]
                    if g is not nxt and g.origin is nxt.origin and g.destination is not None
                ]
    flows += shared
