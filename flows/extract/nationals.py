"""People and networks named by nationality: the country of a trafficking network's one
nationality, the home of people stopped on their way, of people moved to a destination and of
people sent on from a transit country, and the nationalities of who commits the crime."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace

from flows.extract import categories as cat
from flows.extract.demonym_hints import people_noun
from flows.extract.demonyms import demonym_country
from flows.extract.direction import LOCATION, ORIGIN, VIA, FlowDraft, Tagged, nationality
from flows.extract.discourse import inferred
from flows.extract.lexicon import ByLang, lexicon

# "un réseau de proxénétisme roumain", "a Romanian pimping network": the network's nationality
_NETWORK_DEMONYM = ByLang("network_demonym")
# "deux ressortissants algériens en fuite, à la tête du réseau": who commits the crime
_PERPETRATORS = ByLang("perpetrators_after")
_MOVED_AFTER = ByLang("moved_after")
# "arrested a Bangladeshi national": who is arrested, not who moves
_ARRESTED_BEFORE = ByLang("arrested_before")
# "a Bulgarian woman", "sa mère somalienne": one person named by nationality
_ONE_PERSON_MOVED = lexicon("en").regex("one_person_moved")
# "three Lebanese crew", "des passeurs albanais": who moves the people, by nationality
_CREW = ByLang("perpetrators", words=True)
# "an Indian woman who sheltered the victims before they were trafficked to Dubai": the people
# moved are named apart from the nationality
_MOVED_PEOPLE_WORDS = ByLang("movers", words=True)
# ... but not the people trafficked ("the sex-trafficking of Latin American women led to
# arrests"), nor the goods ("Colombian cocaine ... suspects were arrested")
_TRAFFICKING_OF = lexicon("en").regex("trafficking_of")
_PERSONS = lexicon("en").regex("persons")
# "envoyées en Europe depuis la Libye", "to Europe from Turkey": the country people set off
# from, right before it (not "one from Turkmenistan", a nationality in a list)
_TRANSIT_DEPARTURE = ByLang("transit_departure")
_CROSSED_LEG = ByLang("crossed_leg")
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


def perpetrators(hint: Tagged, end: int, text: str, lang: str) -> bool:
    """The people a nationality names are then arrested, suspected or at a network's
    head, and nothing says they were moved (the sentence ends at ``end``): who commits the
    crime."""
    near = text[max(0, hint.start - 25) : hint.end + 25]
    if not (people_noun(hint.surface, lang) or _PERSONS.search(near)):
        return False  # "Colombian cocaine": the goods' origin stays
    after = text[hint.end : end]
    if _TRAFFICKING_OF.search(text, max(0, hint.start - 40), hint.start):
        return False  # "the sex-trafficking of Latin American women led to arrests"
    return bool(_PERPETRATORS[lang].match(after)) and not _MOVED_AFTER[lang].match(after)


def arrested(hint: Tagged, end: int, text: str, lang: str) -> bool:
    """The people a nationality names are arrested or charged, just before it ("arrested
    a Bangladeshi national on charges of smuggling") or after ("Egyptian man arrested"),
    and nothing after says they were moved: who commits the crime."""
    after = text[hint.end : end]
    found = _ARRESTED_BEFORE[lang].search(text, max(0, hint.start - 40), hint.start)
    # "Egyptian man arrested for smuggling migrants": arrested right after
    found = found or _PERPETRATORS[lang].match(after)
    return bool(found) and not _MOVED_AFTER[lang].match(after)


def own_nationality(
    items: list[Tagged], dst: Tagged, end: int, text: str, lang: str
) -> Tagged | None:
    """The one nationality a sentence (ending at ``end``, its places ``items``) gives the
    people it moves, named before their destination ``dst`` ("a Romanian national trafficked
    to Scotland", "Ethiopians brave deserts on the way to Saudi Arabia", "sa mère somalienne
    ... vers la Libye"): their country is the origin (ANNOTATION.md: "Nigerian women brought
    to Italy has origin Nigeria"), before any place the sentences before give (round 46, read
    part: in the 4 sentences where the origin came from elsewhere, the gold took the
    nationality's country in all 4; the rule fires in 14 read documents). None for several
    nationalities."""
    found: dict[str, Tagged] = {}
    for h in items:
        if names_moved_people(h, dst, end, text, lang):
            found.setdefault(h.place.country_code, h)
    return next(iter(found.values())) if len(found) == 1 else None


def names_moved_people(h: Tagged, dst: Tagged, end: int, text: str, lang: str) -> bool:
    """``h`` is a nationality (a demonym hint with no role) of people named before ``dst``
    who are moved there: not who acts, reports, is arrested or moves them (the sentence
    ends at ``end``), not the destination's own, nor one set apart from the people moved
    ("an Indian woman who sheltered the victims before they were trafficked to Dubai")."""
    if (
        not h.inferred
        or h.fixed
        or h.role is not None
        or h.negated
        or h.start >= dst.start
        or not nationality(h, lang)
        or getattr(h.place, "kind", None) != "country"
        or not h.place.country_code
        or h.place.country_code == dst.place.country_code
        or perpetrators(h, end, text, lang)
        or arrested(h, end, text, lang)
    ):
        return False
    near = text[h.end : h.end + 20] if lang != "fr" else text[max(0, h.start - 20) : h.end]
    noun = near.split()[:1] if lang != "fr" else near.split()[-2:-1]
    if noun and noun[0].lower().strip(",;:") in _CREW[lang]:
        return False  # "three Lebanese crew and migrants", "des passeurs albanais"
    between = re.findall(r"[\w'’-]+", text[h.end : dst.start].lower())
    if not _MOVED_PEOPLE_WORDS[lang].isdisjoint(between):
        return False
    return bool(
        people_noun(h.surface, lang)
        or _PERSONS.search(near)
        or _ONE_PERSON_MOVED.search(near)
        or cat.names_people(near)
    )


def nationals_through(
    d: FlowDraft, category: str, items: list[Tagged], queue: list[FlowDraft], text: str, lang: str
) -> list[FlowDraft]:
    """People named by nationality, sent "depuis" or "from" a country that is not theirs
    ("des femmes nigérianes, envoyées en Europe depuis la Libye", "to smuggle Syrian and
    Iranian migrants to Europe from Turkey"): the nationality's country is where they come
    from, the country they set off from a transit (ANNOTATION.md: "Nigerian women brought
    to Italy has origin Nigeria"; "via lists transit places"). Victims of trafficking come
    from their own country only (round 37 hAA, read part: 3 of 3 such sentences; the
    transit country was the origin in none), so ``d`` goes through the stated country;
    smuggled migrants make both flows, the leg as told and the nationality through it (3
    of 3 with a stated country, 0 with the nationality alone). The drafts to add to
    ``queue`` (the sentence's drafts); ``items`` are the sentence's places."""
    o, dst = d.origin, d.destination
    if (
        o is None
        or o.inferred
        or o.role != ORIGIN
        or dst is None
        or getattr(o.place, "kind", None) != "country"
        or not _TRANSIT_DEPARTURE[lang].search(text, max(0, o.start - 30), o.start)
    ):
        return []
    ends = [q for q in queue if q.origin is not None and q.destination is not None]
    # a nationality already starting a flow to the same end
    taken = {q.origin.start for q in ends if q.destination.start == dst.start}
    codes = {o.place.country_code, dst.place.country_code}
    people = [
        h
        for h in items
        if h.role == ORIGIN
        and h.inferred
        and not h.negated
        and h.start < o.start
        and h.start not in taken
        and nationality(h, lang)
        and h.place.country_code
        and h.place.country_code not in codes
        and not _CROSSED_LEG[lang].search(text, h.end, o.start)
        and (
            people_noun(h.surface, lang)
            or _PERSONS.search(text, max(0, h.start - 25), h.end + 30)
            or cat.names_people(text[max(0, h.start - 25) : h.end + 30])
        )
    ]
    people = list({h.place.country_code: h for h in reversed(people)}.values())[::-1]
    if not people:
        return []
    via = [replace(o, role=VIA), *d.via]
    through = [FlowDraft(inferred(h, ORIGIN), dst, list(via), d.start) for h in people]
    if category != "human_trafficking":
        return through
    d.origin, d.via = through[0].origin, via
    return through[1:]
