"""Direction of movement: which place of a sentence is the origin, a transit or the destination.

Roles come from the words just before a place ("depuis", "en provenance de", "vers",
"à destination de", "via", "en passant par", "from", "into", "routed through"...), from
coordination ("vers l'Italie et l'Espagne": both destinations), from a sending subject
("Moscou transfère...", "the cartels ship...") and from demonyms next to a commodity
("héroïne afghane", "Nigerian women"). A negated movement ("n'a pas transité par") gives no
role. Roles are then grouped into flows (``flow_groups``: origin -> via... -> destination, several
per sentence, new legs after "puis transportée jusqu'à", "and then trucked to"), and a place of
seizure or arrival completes a flow's open end (``seizure_ends``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from flows.extract.demonyms import demonym_country, demonym_region
from flows.extract.lexicon import ByLang, lexicon

ORIGIN, VIA, DEST, LOCATION, WEAK_ORIGIN, SUBJECT, BETWEEN = (
    "origin", "via", "destination", "location", "weak_origin", "subject", "between",
)  # fmt: skip

# Where a network is run from, or where the officers who seized are posted, is a location, not
# the origin of a movement ("dirigé depuis Constanța", "run from Germany", "les douaniers du
# Havre"); who receives is a destination ("fourni des pistolets à des trafiquants de Lyon").
# Both are cues of the lexicon (flows/extract/data/lexicon_*.yaml), tried in its order.


@lru_cache(maxsize=4)
def _compiled_cues(lang: str) -> list[tuple[str, re.Pattern]]:
    lex = lexicon(lang if lang == "fr" else "en")
    filler = lex.text("filler")
    return [
        (role, re.compile(r"(?<![\w])" + pat + filler, re.IGNORECASE)) for role, pat in lex.cues()
    ]


_COORD = lexicon("en").regex("coord")
# The country or state named after a town of a list, which the list goes on after ("working
# in Dubai, United Arab Emirates, Oman and Qatar"): capitalised words only
_AREA_IN_LIST = re.compile(
    r"\s*,\s*(?:the\s+)?[A-ZÀ-ÖØ-Þ][\w'’.-]*(?:\s+(?:[A-ZÀ-ÖØ-Þ][\w'’.-]*|of|and))"
    r"{0,3}(?=\s*,|\s+(?:and|et|or|ou|then|puis)\b)"
)
# ... then a bare joint (after "Miami, Florida, to" the place is the other end, no list)
_BARE_JOINT = re.compile(r"\s*(?:,|,?\s*\b(?:and|et|or|ou)\b)\s*(?:(?:the|le|la|les)\s+|l['’])?")


def coordinated(gap: str) -> bool:
    """The text ``gap`` between two places joins them in one list ("A, B and C"), an area
    apposed to the first place included.

    >>> coordinated(", "), coordinated(", United Arab Emirates, "), coordinated(" to ")
    (True, True, False)
    >>> coordinated(", Florida, and "), coordinated(", Florida, to ")
    (True, False)
    """
    if _COORD.match(gap):
        return True
    area = _AREA_IN_LIST.match(gap)
    return area is not None and _BARE_JOINT.fullmatch(gap, area.end()) is not None


def listed_with(first: Tagged, places: list[Tagged], text: str, offset: int = 0) -> list[Tagged]:
    """The places of ``places`` that form one list with ``first`` in ``text`` ("in A, B and
    C"), in order, without ``first``. ``offset`` is where ``text`` starts in the document the
    places' offsets point into (0 for the document, a sentence's start for a sentence).

    >>> t = "from Libya to Chad, Niger and Mali"
    >>> at = lambda name: Tagged(t.index(name), t.index(name) + len(name), name, None, DEST)
    >>> [p.surface for p in listed_with(at("Niger"), [at("Chad"), at("Mali"), at("Libya")], t)]
    ['Chad', 'Mali']
    """
    # one entry per position: a copy of a place (its role changed) is that same place
    same = sorted({t.start: t for t in [*places, first]}.values(), key=lambda t: t.start)
    k = same.index(first)

    def joined(a: Tagged, b: Tagged) -> bool:
        return coordinated(text[a.end - offset : b.start - offset])

    lo, hi = k, k
    while lo > 0 and joined(same[lo - 1], same[lo]):
        lo -= 1
    while hi + 1 < len(same) and joined(same[hi], same[hi + 1]):
        hi += 1
    return [t for t in same[lo : hi + 1] if t is not first]


# "a vessel registered in Liberia", "battant pavillon du Libéria": a ship's flag
_FLAG_OF = ByLang("flag_of")
# "en provenance du Venezuela, à l'aéroport de Bissau": the list of origins ends there
_ORIGIN_LIST_LEFT = ByLang("origin_list_left")
# another number sent somewhere else after a destination ("et plus de 300 en Roumanie"), and
# the gap between two bare "de" places of one list (", de ", " et des ")
_COUNTED_LIST = lexicon("en").regex("counted_list")
_COUNTED_NEXT = lexicon("en").regex("counted_next")
_ONCE_THERE = lexicon("en").regex("once_there")
_NEAR_BEFORE = lexicon("en").regex("near_before")
_BORDERING_BEFORE = lexicon("en").regex("bordering_before")
# the officers a place names, right after it ("handed over to the Lagos police")
_OFFICERS_AFTER = lexicon("en").regex("officers_after")
_BASED = lexicon("en").regex("based_after", "[-‑]", r"\b")
# "a Malta-flagged ship rescued them": a ship's registry (lexicon)
_FLAGGED = lexicon("en").regex("flagged_after", "[-‑]", r"\b")
_COUNTED_FROM = lexicon("en").regex("counted_from")
_APPOSITION = lexicon("en").regex("apposition")
# Names the gazetteer does not know, listed right before a place ("provenaient de Tajoura,
# Zuwarah et Garabulli"): the cue before them is the cue of the whole list.
_LIST_SEP = r"(?:,|\bet\b|\band\b|\bou\b|\bor\b)"
_UNKNOWN_LISTED = re.compile(rf"(?:\b[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*{_LIST_SEP}\s*)+$")
_NEXT_LISTED = re.compile(rf"\s*{_LIST_SEP}")
_JOINED = lexicon("en").regex("list_joined", r"\b", r"\b", flags=0)
# The second side of "between", after the kind of place it is: "et l'aéroport d'", "et la
# région sicilienne de", "and the port city of"
_BETWEEN_KIND = lexicon("en").regex("between_kind")


def _resident(lang: str, sentence: str, rel: int, end: int) -> bool:
    """The place between ``rel`` and ``end`` is a person's home in an aside before what was
    done to the person ("Aleksandar Kuzmanovic, 27, from Austria, was stopped at Dover")."""
    # case matters: a person's name ends right before the aside
    lex = lexicon(lang)
    if not lex.regex("resident_before", flags=0).search(sentence[max(0, rel - 60) : rel]):
        return False
    # what was done to the person, after the aside or before it ("were found guilty: Beatrice
    # Auty, 26, from London")
    if lex.regex("resident_after").search(sentence[end:]):
        return True
    return bool(lex.regex("resident_tried").search(sentence[:rel]))


_PREPOSITION = lexicon("en").regex("move_prepositions", r"\b", r"\b")
# "to cities across the United States, including Los Angeles": the examples take their own cue
_EXAMPLES = lexicon("en").regex("examples")
_SEQUENCE = lexicon("en").regex("sequence")
_GENERAL_EXAMPLES = ByLang("general_examples")
# "to three countries: Spain, ...", "des villes suivantes : ...": a counted or announced noun
_GENERAL_ANNOUNCED = ByLang("general_announced")
_LISTED_EXAMPLES = ByLang("listed_examples")
# A verb of movement after "puis"/"then" starts a new leg ("then trucked to", "puis revendue").
_MOVE_AFTER = ByLang("move_after")
# "puis par la route", "then by boat": a change of mode after "then" also starts a new leg.
_MODE = ByLang("mode")
# "and" (and an auxiliary) right after a destination, before another verb of movement
_AND_MOVED = ByLang("and_moved")
# "après leur arrivée en Roumanie", "once landed in Spain": the goods arrived there, and what
# moves next leaves from there
_ARRIVED_AT = ByLang("arrived_at")
# "returned from China", "renvoyés de force vers la Serbie": a place on the way back
_RETURNED = ByLang("returned")
# "the profits were laundered in Dubai and sent back to Colombia": money on its way back moves
_MONEY_SENT = ByLang("money_sent_back")
# "before wiring some of the funds to", "avant de les envoyer vers": the goods go on from the
# destination just named
_MOVED_ON_BEFORE = ByLang("moved_on_before")
# "laundered through exchanges in Lebanon, then wired to...": a stop where goods change hands
# or form is where one flow ends and the next starts (ANNOTATION.md)
_PROCESSED = ByLang("processed")


# "onwards", "for further smuggling": on from there (lexicon)
_ONWARD = lexicon("en").regex("onward_words")


def new_leg(gap: str, lang: str) -> bool:
    """ "puis transportée", "and then trucked", "puis par la route": after a destination, a
    sequence word followed by a verb of movement or a mode of transport starts a new leg."""
    if _MOVED_ON_BEFORE[lang].search(gap):
        return True  # "to Kenya before wiring some of the funds to Europe": on from there
    seq = _SEQUENCE.search(gap)
    if seq is None:
        # "driven to Athens and flown to Germany": another verb of movement, joined by "and"
        # right after the destination, moves the goods or people on from there
        verb = _AND_MOVED[lang].match(gap)
        return verb is not None and _MOVE_AFTER[lang].match(gap, verb.end()) is not None
    if _ONWARD.fullmatch(seq.group()):
        return True  # "to east Africa ... and onwards to Europe": the word says it moves on
    rest = gap[seq.end() :]
    # "to Mexico, where cartels turn them into pills destined for the US": the goods change
    # form at the stop, which ends one flow and starts the next (ANNOTATION.md)
    return bool(
        _MOVE_AFTER[lang].search(rest) or _MODE[lang].search(rest) or _PROCESSED[lang].search(rest)
    )


_CONTRAST = lexicon("en").regex("contrast")
_NEG = ByLang("neg")
# A sending subject: "Moscou transfère...", "the cartels ship...".
_SEND = ByLang("send")
# A verb of sending in the passive, and an origin named right after it: the place before the
# verb is not who sends ("seized in Antwerp had been shipped from Ecuador").
_PASSIVE = ByLang("passive_end")
_FROM_NEXT = ByLang("from_next")
# A receiving subject: "l'Europe est confrontée à des flux migratoires", "Europe faces...".
_RECEIVE = ByLang("receive")
# A place on the way: "Bosnia is part of the so-called Balkans route", "un pays de transit".
_ON_ROUTE = ByLang("on_route")
# A hub for goods from the place named next, where they arrive: "a hub for girls from Uganda".
_HUB_FROM = ByLang("hub_from")
_BOUND = re.compile(r"^[-‐‑]bound\b", re.IGNORECASE)


@dataclass
class Tagged:
    """A place mention (or demonym, or back-reference) with its role in a sentence."""

    start: int  # offsets in the document
    end: int
    surface: str
    place: object  # geodata Place
    role: str | None
    negated: bool = False
    inferred: bool = False  # from a demonym, a subject or a back-reference: weaker evidence
    between: bool = False  # one of the two places of "entre X et Y", "between X and Y"
    fixed: bool = False  # the role was read around a demonym ("la police espagnole"): cues keep it
    cued: bool = False  # inferred, but a cue word gave its role ("depuis les côtes libyennes")


@dataclass
class FlowDraft:
    origin: Tagged | None = None
    destination: Tagged | None = None
    via: list[Tagged] = field(default_factory=list)
    start: int = 0  # offset of the first place of the flow (document offsets)
    crossing: bool = False  # shore to shore of a sea said crossed (sea_crossings.crossing_drafts)

    @property
    def places(self) -> list[Tagged]:
        return [p for p in (self.origin, *self.via, self.destination) if p is not None]


def nationality(t: Tagged, lang: str) -> bool:
    """``t`` is a nationality word ("Sudanese", "afghans", "West African"), not a place."""
    word = t.surface.split()[-1] if t.surface else ""
    return bool(demonym_country(word, lang) or demonym_region(word))


def nationality_overridden(live: list[Tagged], k: int, lang: str) -> bool:
    """``live[k]`` is a nationality taken as origin, and the sentence states an origin in the
    same country, or the next two ends named after it are an origin the sentence states ("from
    X", "depuis les côtes libyennes", or "de X" right before a destination) and a
    destination, in either order."""
    t = live[k]
    if t.role != ORIGIN or not t.inferred or not nationality(t, lang):
        return False
    code = t.place.country_code
    if code and any(
        u.role == ORIGIN and not u.inferred and u.place.country_code == code for u in live
    ):
        return True  # "the Dutch-registered lorry ... from the Hook of Holland"
    rest = [  # the other nationalities of a list ("afghans et irakiens") are no stated origin
        u
        for u in live[k + 1 :]
        if u.role in (ORIGIN, DEST, WEAK_ORIGIN)
        and not (u.inferred and not u.cued and nationality(u, lang))
    ]
    if len(rest) == 1 and rest[0].role == ORIGIN and not rest[0].inferred:
        # "Britain received 45,000 arrivals, mostly Albanians, who crossed from France": the
        # destination came first
        dest = next((u for u in live[:k] if u.role == DEST), None)
        rest = [rest[0], dest] if dest is not None else rest
    if len(rest) < 2:
        return False
    first, second = rest[0], rest[1]
    if first.role == ORIGIN and second.role == ORIGIN:
        # a list of stated origins ("partaient de Turin, Bologne, Milan pour rejoindre
        # l'Essonne"): the destination after the list
        second = next((u for u in rest[2:] if u.role != ORIGIN), second)
    if first.role == DEST and second.role == ORIGIN:
        first, second = second, first  # "rejoindre l'Europe depuis les côtes libyennes"
    if (first.inferred and not first.cued) or second.role != DEST:
        return False
    # "des migrants afghans de Calais vers l'Angleterre": a bare "de" right before a
    # destination states the origin as well as "from" does
    return first.role == ORIGIN or (
        first.role == WEAK_ORIGIN and 0 < second.start - first.end <= 30
    )


def listed_before(
    flows: list[FlowDraft], cur: FlowDraft, sentence: str, offset: int
) -> list[Tagged]:
    """The destinations listed right before ``cur``'s, with the same origin ("l'Essonne et le
    Val-d'Oise"), without ``cur``'s own."""
    out: list[Tagged] = []
    last = cur.destination
    for f in reversed(flows):
        if f is cur:
            continue
        d = f.destination
        if d is None or f.origin is not cur.origin or d.end > last.start:
            break
        if not _COORD.match(sentence[d.end - offset : last.start - offset]):
            break
        out.append(d)
        last = d
    return out


def arrived_then_moved(
    stops: list[Tagged], gap: str, sentence: str, offset: int, lang: str
) -> bool:
    """The goods arrived at ``stops`` (a list, first named first) and then moved on: "après
    leur arrivée en Roumanie ou en Estonie, les pilules étaient transportées vers", "once
    landed in Spain, the hashish was driven to". ``gap``: the words after the last stop."""
    first = min(stops, key=lambda t: t.start)
    before = sentence[max(0, first.start - offset - 50) : first.start - offset]
    return bool(_ARRIVED_AT[lang].search(before) and _MOVE_AFTER[lang].search(gap))


def _negated(before: str, lang: str) -> bool:
    """A negation in the clause right before a place ("n'a pas transité par")."""
    cut = 0
    for m in _CONTRAST.finditer(before):
        cut = m.end()
    return bool(_NEG["fr" if lang == "fr" else "en"].search(before[cut:]))


def cue_role(before: str, lang: str) -> str | None:
    """Role given by the words right before a place; ``before`` ends where the place starts."""
    # a hashtag's sign is no word ("envoyés en #Autriche", quoted from a post)
    tail = before[-90:].removesuffix("#")
    return _first_cue(tail, lang) or _cue_before_examples(before, lang)


def _first_cue(tail: str, lang: str) -> str | None:
    for role, pattern in _compiled_cues(lang):
        if pattern.search(tail):
            return role
    return None


def _cue_before_examples(before: str, lang: str) -> str | None:
    """The cue before a general noun that the place's list gives examples of ("operate in
    several Southeast Asian countries like", "vers des pays tels que"): the noun is no place
    and the places take its cue.

    >>> _cue_before_examples("smuggled them to several countries like ", "en")
    'destination'
    >>> _cue_before_examples("smuggled them to Spain like ", "en") is None
    True
    """
    window = before[-160:]
    found = _GENERAL_EXAMPLES[lang].search(window) or _announced(window, lang)
    if found is None or found.start() == 0:
        return None
    return _first_cue(window[: found.start()][-90:], lang)


def _announced(window: str, lang: str) -> re.Match | None:
    """A counted or announced general noun right before the place, ended by a colon, a dash
    or a comma ("smuggled to three countries: ", "à partir des villes frontalières suivantes
    : "): the list that follows names its places, which take the cue before the noun.

    >>> _cue_before_examples("cocaine smuggled to three countries: ", "en")
    'destination'
    >>> _cue_before_examples("vers les villes suivantes : ", "fr")
    'destination'
    >>> _announced("cocaine smuggled to countries: ", "en") is None
    True
    """
    if ":" not in window and "," not in window and "–" not in window and "—" not in window:
        return None
    return _GENERAL_ANNOUNCED[lang].search(window)


def _lies_in(inner, outer, lang: str) -> bool:
    """``outer`` says where ``inner``, named right before it, lies: a city in its country or
    region ("Agadez, au Niger"), a country in a region of several ("from Ecuador in South
    America", "depuis la Colombie, en Amérique du Sud"); in English also a province in its
    country ("from Savannakhet Province, Laos"; in French, "la région du Sine Saloum, au
    Sénégal" lost a flow: round 37)."""
    kind, outer_kind = getattr(inner, "kind", None), getattr(outer, "kind", None)
    code = getattr(inner, "country_code", None)
    members = getattr(outer, "members", ()) or ()
    if kind == "city":
        return outer_kind in ("country", "region") and (
            code == outer.country_code or code in members
        )
    if kind == "region" and code and lang == "en":
        return outer_kind == "country" and code == outer.country_code
    # a region of several countries: "Britain, Scotland and Germany" lists a part of Britain
    return (
        kind == "country"
        and outer_kind == "region"
        and getattr(outer, "country_code", None) is None
        and len(members) > 1
        and code in members
    )


def assign_roles(sentence: str, offset: int, items: list[Tagged], lang: str) -> list[Tagged]:
    """Set ``role`` and ``negated`` of each item (sorted by position) of one sentence."""
    lang = "fr" if lang == "fr" else "en"
    prev: Tagged | None = None
    aside: Tagged | None = None  # the country of the place before: "Agadez, au Niger"
    for item in items:
        if item.fixed:
            prev = item
            continue
        rel = item.start - offset
        window_start = (prev.end - offset) if prev is not None else 0
        before = sentence[window_start:rel]
        role = item.role
        if (
            role is None
            and prev is not None
            and _APPOSITION.match(before)
            and _lies_in(prev.place, item.place, lang)
        ):
            # "Agadez, au Niger", "Haiphong in Vietnam", "from Ecuador in South America": where
            # the place before is, not another place.
            item.role = None
            item.negated = True
            aside = item
            continue
        # "de Zuwarah en Libye, ainsi que de Zarzis": the list goes on past the country its
        # member lies in
        listed_on = before
        if aside is not None and _JOINED.search(sentence[aside.end - offset : rel]):
            # not "en Floride, à Cap-Haïtien"; "Anvers (Belgique) et Rotterdam": past the bracket
            listed_on = sentence[aside.end - offset : rel].lstrip(") ")
        aside = None
        if role is None:
            if (
                prev is not None
                and prev.role in (ORIGIN, DEST, VIA)
                and _more_precise(prev, item, before)
            ):
                # "the South Caucasus states of Armenia", "the US city of Chicago", "a Gulf
                # nation, most likely Saudi Arabia": the place named next is the end (the most
                # specific, ANNOTATION.md); the one before says where it lies
                role, item.negated = prev.role, prev.negated
                prev.role, prev.negated = None, True
            elif (
                prev is not None
                and prev.role
                and coordinated(listed_on)
                and not _left_origin_list(prev, listed_on, lang)
            ):
                role = _role_in_list(prev, item, sentence, rel, before, lang)
            elif (
                prev is not None
                and prev.role in (BETWEEN, ORIGIN, DEST, VIA)
                and _BETWEEN_KIND.match(before)
            ):
                # "entre la Guyane et l'aéroport d'Orly", "between Tunisia and the port of
                # Trapani": the second side of "between", named with its kind of place; "from
                # the capital of Port-au-Prince and the northern city of Cap-Haitien": the
                # next place of a list, named with its kind
                role = _role_in_list(prev, item, sentence, rel, before, lang)
            elif (
                prev is not None
                and prev.role == ORIGIN
                and item.inferred
                and _COUNTED_NEXT.match(before)
            ):
                # "46 passagers originaires du Bangladesh, 29 Soudanais, 22 Érythréens": more
                # people counted by where they come from
                role = ORIGIN
            else:
                role = _listed_or_cued(items, item, sentence, offset, window_start, lang)
        # "arrests in Latvia, Germany and Malta against a firm involved in laundering": the
        # last of a list of where things happened is one of them, not who sends
        listed_where = (
            role == LOCATION
            and prev is not None
            and prev.role == LOCATION
            and _JOINED.search(before) is not None
        )
        if role == DEST and _BASED.match(sentence, item.end - offset):
            # "paid Libya-based smugglers" says where the smugglers are, not where anything
            # goes ("a loan from the Moscow-based bank" still comes from Moscow)
            role = LOCATION
        if role == DEST and lang == "en" and _OFFICERS_AFTER.match(sentence, item.end - offset):
            role = LOCATION  # "known to the New York prosecutors": whose officers, no end
        if role in (DEST, ORIGIN) and _setting(sentence, rel, lang):
            role = LOCATION  # "UNODC brought together in Dubai ...": where it happens, no end
        if (
            _FLAG_OF[lang].search(sentence, max(0, rel - 120), rel)
            or _FLAGGED.match(sentence, item.end - offset)
            or _BORDERING_BEFORE.search(sentence, max(0, rel - 60), rel)
        ):
            # "un navire immatriculé au Libéria": a registry, no end and no place of seizure;
            # "Ganta, qui borde la Guinée": where Ganta lies
            item.role, item.negated = None, True
            prev = item
            continue
        if role in (None, LOCATION) and prev is not None and prev.role == DEST:
            if _COUNTED_LIST.match(before):
                role = DEST  # "560 migrants sur le territoire allemand et plus de 300 en Roumanie"
        if role in (None, LOCATION, WEAK_ORIGIN) and prev is not None and prev.role == ORIGIN:
            if _COUNTED_FROM.match(before):
                role = ORIGIN  # "24 ressortissants de Côte d'Ivoire, 7 du Mali, 3 de Guinée"
        if role in (None, LOCATION, WEAK_ORIGIN) and not listed_where:
            role = _role_from_what_follows(item, items, sentence, offset, lang) or role
        if item.inferred and role == DEST and _negated(sentence[max(0, rel - 120) : rel], lang):
            item.negated = True  # "n'était pas destinée au marché montréalais"
        item.role = role
        prev = item
    _parenthesised_parts(sentence, offset, items)
    _bracketed_country(sentence, offset, items)
    _possessive_parts(sentence, offset, items)
    _placed_parts(sentence, offset, items)
    _qualified_places(sentence, offset, items)
    _named_parts(sentence, offset, items)
    _compound_routes(sentence, offset, items, lang)
    _once_there_then_on(sentence, offset, items)
    _listed_senders(sentence, offset, items)
    return items


# places listed before a sender that send with it (three senders in all, at most)
_SENDERS_LISTED = 2


def _listed_senders(sentence: str, offset: int, items: list[Tagged]) -> None:
    """The places listed right before one that sends ("la Mauritanie ou le Maroc constituent
    des points de départ", "Mauritania and Morocco send migrants") send too: one flow each
    (ANNOTATION.md, several origins)."""
    for k, item in enumerate(items):
        if item.role != SUBJECT:
            continue
        listed: list[Tagged] = []
        for t in reversed(items[:k]):
            gap = sentence[t.end - offset : (listed[-1] if listed else item).start - offset]
            if t.role is not None or t.negated or t.inferred or not coordinated(gap):
                break
            listed.append(t)
        # a long list is where things happened or who reports ("Fiji, Guam, ..., Tonga
        # reported"), not who sends
        if len(listed) <= _SENDERS_LISTED:
            for t in listed:
                t.role = SUBJECT


def _once_there_then_on(sentence: str, offset: int, items: list[Tagged]) -> None:
    """ "Once in Bosnia, migrants try to cross into Croatia": the place the sentence opens on
    was reached before; with a destination elsewhere after it, it is where this leg starts
    ("Once in Italy, they were exploited in Turin" stays in Italy)."""
    if not items or items[0].role != DEST:
        return
    first = items[0]
    if not _ONCE_THERE.match(sentence[: first.start - offset]):
        return
    code = getattr(first.place, "country_code", None)
    for t in items[1:]:
        gap = sentence[first.end - offset : t.start - offset]
        if t.role == DEST and not _JOINED.search(gap) and t.place.country_code != code:
            first.role = ORIGIN
            return


def _listed_examples(
    items: list[Tagged], item: Tagged, sentence: str, offset: int, lang: str
) -> Tagged | None:
    """The place whose list ``item`` goes on through a general noun and an example marker
    ("in Delhi, and its satellite towns such as Noida"), nationalities in the noun skipped
    ("and several Libyan coastal towns such as Zawia"); None when there is none."""
    for t in reversed(items[: items.index(item)]):
        if t.role in (ORIGIN, DEST, VIA):
            gap = sentence[t.end - offset : item.start - offset]
            return t if _LISTED_EXAMPLES[lang].match(gap) else None
        if not t.inferred:
            return None
    return None


def _listed_or_cued(
    items: list[Tagged], item: Tagged, sentence: str, offset: int, window_start: int, lang: str
) -> str | None:
    """The role of the place before whose list ``item`` goes on through a general noun and
    an example marker (``_listed_examples``), else the role its own cue words give."""
    listed = _listed_examples(items, item, sentence, offset, lang)
    if listed is not None:
        item.negated = listed.negated
        return listed.role
    first = items.index(item) == 0
    return _cued_role(item, sentence, offset, window_start, first, lang)


def _left_origin_list(prev: Tagged, gap: str, lang: str) -> bool:
    """The place after ``prev``, an origin, is where the goods were rather than another origin:
    a comma, then a preposition of place ("en provenance du Venezuela, à l'aéroport de
    Bissau", "from Venezuela, at Bissau airport").

    >>> t = Tagged(0, 1, "Venezuela", None, ORIGIN)
    >>> _left_origin_list(t, ", à l'", "fr"), _left_origin_list(t, ", de ", "fr")
    (True, False)
    """
    return prev.role == ORIGIN and _ORIGIN_LIST_LEFT[lang].match(gap) is not None


def _role_in_list(
    prev: Tagged, item: Tagged, sentence: str, rel: int, before: str, lang: str
) -> str | None:
    """The role of a place that continues the list of ``prev``: the same, unless a
    preposition of another direction ends the list ("from the Middle East, mainly Syria, to
    Germany"); "entre X et Y" makes X the origin and Y the destination."""
    role = prev.role
    cued = _PREPOSITION.search(before) or _EXAMPLES.search(before)
    own = cue_role(sentence[:rel], lang) if cued else None
    if own in (ORIGIN, DEST, VIA) and role in (ORIGIN, DEST, VIA) and own != role:
        role = own
    if role == BETWEEN:  # "la frontière entre la Biélorussie et la Pologne"
        prev.role, role = ORIGIN, DEST
        prev.between = item.between = True
    elif prev.between and role == DEST:
        item.between = True  # "entre la France, la Belgique, l'Inde et Dubaï"
    item.negated = prev.negated
    return role


def _cued_role(
    item: Tagged, sentence: str, offset: int, window_start: int, first: bool, lang: str
) -> str | None:
    """The role the words before a place give it (the cue before a list of unknown names
    counts for the list); sets whether the place is negated or was cued."""
    rel = item.start - offset
    before = sentence[window_start:rel]
    role = cue_role(sentence[:rel], lang) if window_start < rel or first else None
    listed = _UNKNOWN_LISTED.search(before) if role is None else None
    if listed is not None and not _in_list(listed.group(), sentence, item, offset):
        listed = None  # "according to Jeremy Douglas, Southeast Asia regional"
    if listed is not None:
        role = cue_role(sentence[: window_start + listed.start()], lang)
        # "entre Al-Haouaria, Dar Allouche et Korba et les provinces de ...": one side of a
        # "between" too
        role = role if role in (ORIGIN, DEST, VIA, BETWEEN) else None
    if role in (None, WEAK_ORIGIN) and lang == "fr" and listed is None:
        role = _cue_past_items(sentence[:rel], window_start, lang) or role
    if role == LOCATION:
        role = _past_aside(sentence[:rel], lang) or role
    if (
        role == VIA
        and getattr(item.place, "kind", None) in ("country", "city")
        and lang == "fr"
        and _CROSSING_OF.search(before)
        and _TOWARDS.match(sentence, item.end - offset)
    ):
        role = ORIGIN  # "la traversée de la Libye vers l'Italie": from Libya, not across it
    if role == WEAK_ORIGIN and lang == "fr" and _TOWARDS.match(sentence, item.end - offset):
        role = ORIGIN  # "les transferts d'argent de la Guinée vers le Hezbollah"
    if role in (ORIGIN, WEAK_ORIGIN) and _resident(lang, sentence, rel, item.end - offset):
        role = None
    if role in (DEST, LOCATION) and _FETCH_AFTER[lang].match(sentence, item.end - offset):
        role = ORIGIN  # "travelled to Castellón to pick up the heroin": where goods leave
    item.cued = item.inferred and role in (ORIGIN, DEST, VIA)
    item.negated = (
        _negated(sentence[max(0, rel - 120) : rel], lang)
        or bool(
            _RETURNED[lang].search(sentence[max(0, rel - 90) : rel])
            # money sent back is laundered money moving, not people returned
            and not _MONEY_SENT[lang].search(sentence[max(0, rel - 150) : rel])
        )
    )
    return role


# A list after a cue opens on things that are no places: "à destination du marché local, des
# pays voisins, du Moyen-Orient", "en provenance de sociétés écrans, de banques et du Belize".
# The joint before the place ("," "et" "ou", then the article) ...
_ITEM_JOINT = re.compile(
    r"\s*(?:,|\bet\b|\bou\b)\s*(?:(?:notamment|surtout|principalement|mais\s+aussi)\s+)?"
    r"(?:du\s+|de\s+la\s+|des\s+|de\s+|d['’]\s*|de\s+l['’]\s*)$",
    re.IGNORECASE,
)
# ... and the item before it, from its article: "du marché local", "des pays voisins"
_ITEM = re.compile(
    r"\b(?:(?:du|des|de\s+la|de)\s+|(?:d|de\s+l)['’]\s*)[^\W\d_][\w'’-]*(?:\s+[\w'’-]+){0,3}$",
    re.IGNORECASE,
)
# ... whose article the cue ends on ("à destination du")
_ITEM_ARTICLE = re.compile(r"(?:de\s+la|de\s+l['’]|du|des|de|d['’])\s*", re.IGNORECASE)
# how many such items a list may open on
_ITEMS_BEFORE = 3


def _cue_past_items(head: str, window_start: int, lang: str) -> str | None:
    """The role a cue gives a place listed after items that are no places ("à destination du
    marché local, des pays voisins, du Moyen-Orient et de l'Europe"): the cue before the
    list's first item, when it says where from or where to; None otherwise."""
    for _ in range(_ITEMS_BEFORE):
        joint = _ITEM_JOINT.search(head)
        if joint is None:
            return None
        item = _ITEM.search(head, window_start, joint.start())
        if item is None:
            return None
        article = _ITEM_ARTICLE.match(item.group())
        head = head[: item.start() + (article.end() if article else 0)]
        role = cue_role(head, lang)
        if role in (ORIGIN, DEST):
            return role
    return None


def _role_from_what_follows(
    item: Tagged, items: list[Tagged], sentence: str, offset: int, lang: str
) -> str | None:
    """What the place does, up to the next place ("Moscou s'est arrangé pour transférer",
    "l'Europe est confrontée à des flux migratoires", "Europe-bound heroin"), or None."""
    nxt = next((t.start for t in items if t.start >= item.end), offset + len(sentence))
    after = sentence[item.end - offset : nxt - offset]
    if _BOUND.match(after):
        return DEST
    if re.match(r"^\s*[,;]?\s*(?:qui|which|who)", after):
        return None
    if _HUB_FROM[lang].match(after) and not _hub_on_the_way(item, items, sentence, offset):
        return DEST
    if _ON_ROUTE[lang].match(after):
        return VIA
    sent = _SEND[lang].match(after)
    if (
        sent
        # "arrêté en Autriche pour avoir fait passer 20 Afghans": where someone was seized
        # or arrested is no sender
        and not _SEIZED[lang].search(
            sentence[max(0, item.start - offset - 30) : item.start - offset]
        )
        and not _actors_of(after, lang)
        and not _ACTORS_IN[lang].search(
            sentence[max(0, item.start - offset - 40) : item.start - offset]
        )
        and not _NEAR_BEFORE.search(sentence, max(0, item.start - offset - 40), item.start - offset)
        and not (
            (_PASSIVE[lang].search(sent.group()) or _SEIZED[lang].search(sent.group()))
            and _FROM_NEXT[lang].match(after, sent.end())
        )
    ):
        # ... but not a place whose officers act ("Bangladesh police rescued refugees being
        # smuggled to Malaysia"), and where the next place says where from, the place before
        # a passive verb or a seizure is where the goods were, not who sent them: "seized in
        # Antwerp had been shipped from Ecuador", "police in Spain seized cocaine shipped
        # from Colombia"
        return SUBJECT
    if _RECEIVE[lang].match(after):
        return DEST
    return None


def _hub_on_the_way(item: Tagged, items: list[Tagged], sentence: str, offset: int) -> bool:
    """A place is named after the one the goods come from, in the same clause ("a hub for
    cocaine from Colombia to Europe", "a transit point for migrants from East Africa seeking
    work in Saudi Arabia"): the hub ``item`` is on their way, not where they end (not past a
    comma: "en provenance d'Afghanistan, premier producteur ..., via le Pakistan")."""
    later = [t for t in items if t.start >= item.end]
    if len(later) < 2:
        return False
    gap = sentence[later[0].end - offset : later[1].start - offset]
    return not re.search(r"[,;:()]", gap)


_ACTORS = ByLang("actors", words=True)
# "Police in Finland said that weapons sent...": the officers of the place act, it sends nothing
_ACTORS_IN = ByLang("actors_in")
_FIRST_WORDS = re.compile(r"[\w'’-]+")


def _actors_of(after: str, lang: str) -> bool:
    """The words after a place name its state's actors ("Bangladesh police rescued Rohingya
    being trafficked to Malaysia", "Spanish customs"): where they act, not who sends."""
    words = [w.lower() for w in _FIRST_WORDS.findall(after[:40])[:2]]
    return any(w in _ACTORS[lang] for w in words)


# "la traversée de la Libye vers l'Italie": a crossing "of" a country, then where to
_CROSSING_OF = lexicon("fr").regex("crossing_of")
_FETCH_AFTER = ByLang("fetch_after")
_TOWARDS = lexicon("fr").regex("towards")


# An aside between two commas right before a short preposition phrase: "fait entrer 1 000
# migrants, principalement originaires de Syrie, dans l'Union européenne"
_ASIDE = re.compile(r",[^,;:()]{1,120},\s*((?:[\w'’-]+\s*){1,3})$")


def _in_list(names: str, sentence: str, item: Tagged, offset: int) -> bool:
    """``names`` (unknown names right before ``item``) and ``item`` make a list: a
    conjunction joins them or another member follows ``item``."""
    if _JOINED.search(names):
        return True
    return bool(_NEXT_LISTED.match(sentence, item.end - offset))


def _past_aside(head: str, lang: str) -> str | None:
    """DEST when the words before a place, read without the aside between commas just
    before them, are a destination cue (the verb of movement comes before the aside).

    >>> _past_aside("Ils ont fait entrer des migrants, originaires de Syrie, dans l'", "fr")
    'destination'
    >>> _past_aside("Les migrants, originaires de Syrie, vivent dans l'", "fr") is None
    True
    """
    m = _ASIDE.search(head)
    if m is None:
        return None
    role = cue_role(head[: m.start()].rstrip() + " " + m.group(1), lang)
    return DEST if role == DEST else None


_IN_BRACKETS = re.compile(r"^\s*\(\s*$")
# The words between two places that make the second the end the first only placed: a region's
# members ("the South Caucasus states of"), a kind of place ("the US city of", "the Libyan port
# city of"), a closer guess ("a Gulf nation, most likely")
_MEMBERS_OF = lexicon("en").regex("members_of")
_KIND_OF = lexicon("en").regex("kind_of")
_REFINED = lexicon("en").regex("refined")


def _more_precise(prev: Tagged, item: Tagged, before: str) -> bool:
    """``item`` names the end ``prev`` stood for more precisely (``before``: the words between)."""
    if prev.place is None or item.place is None:
        return False
    kind = getattr(prev.place, "kind", None)
    if kind == "region" and _MEMBERS_OF.match(before):
        return True
    if kind in ("country", "region") and _KIND_OF.match(before):
        return within(item.place, prev.place)
    return bool(_REFINED.match(before))


def _bracketed_country(sentence: str, offset: int, items: list[Tagged]) -> None:
    """ "Anvers (Belgique)", "the Canary Islands (Spain)": the country in brackets says where
    the place before it lies; it is no end of its own."""
    for prev, t in zip(items, items[1:], strict=False):
        if getattr(t.place, "kind", None) != "country" or t.inferred:
            continue
        if not _IN_BRACKETS.match(sentence[prev.end - offset : t.start - offset]):
            continue
        if not sentence[t.end - offset :].lstrip().startswith(")"):
            continue
        if within(prev.place, t.place) or t.place.country_code in (
            getattr(prev.place, "members", ()) or ()
        ):
            t.role, t.negated = None, True


# "Myanmar's northern Shan state", "Mexico's Sinaloa state": a country's possessive before a
# finer place of it, two lower-case words apart at most (English only)
_POSSESSIVE = re.compile(r"^['’]s\s+(?:[a-z-]+\s+){0,2}$")


def _possessive_parts(sentence: str, offset: int, items: list[Tagged]) -> None:
    """A country with an end role whose possessive names a finer place of it ("produced in
    Myanmar's northern Shan state"): the finer place is the end (the most specific place,
    ANNOTATION.md) and the country only where it lies."""
    for prev, t in zip(items, items[1:], strict=False):
        if prev.role not in (ORIGIN, DEST, VIA) or prev.inferred or t.inferred:
            continue
        if getattr(prev.place, "kind", None) != "country" or t.role not in (None, LOCATION):
            continue
        if not _POSSESSIVE.match(sentence[prev.end - offset : t.start - offset]):
            continue
        if within(t.place, prev.place):
            t.role, t.negated = prev.role, prev.negated
            prev.role, prev.negated = None, True


_PLACED_IN = lexicon("en").regex("placed_in")


def placed_in(country: Tagged, t: Tagged, sentence: str, offset: int) -> bool:
    """``t`` is a finer place of ``country``, named right after it and a comma ("en
    Guinée-Bissau, dans l'archipel des Bijagos")."""
    gap = sentence[country.end - offset : t.start - offset]
    return (
        getattr(country.place, "kind", None) == "country"
        and _PLACED_IN.match(gap) is not None
        and within(t.place, country.place)
    )


def _placed_parts(sentence: str, offset: int, items: list[Tagged]) -> None:
    """A country with an end role (or the place where things happened), then a comma and a
    finer place of it ("jusqu'en Libye, dans la zone côtière à proximité de Tripoli", "en
    Guinée-Bissau, dans l'archipel des Bijagos"): the finer place is the end (the most specific
    place, ANNOTATION.md), the country only where it lies."""
    for prev, t in zip(items, items[1:], strict=False):
        if prev.role not in (ORIGIN, DEST, VIA, LOCATION) or prev.inferred or t.inferred:
            continue
        if getattr(prev.place, "kind", None) != "country" or t.negated:
            continue
        if not placed_in(prev, t, sentence, offset):
            continue
        # (a place of seizure's finer place is where they were, even when the words before
        # it read as a weak origin: "stoppés en Guinée-Bissau, dans l'archipel des Bijagos")
        if t.role not in (None, LOCATION) and (t.role != WEAK_ORIGIN or prev.role != LOCATION):
            continue
        t.role = prev.role
        prev.role, prev.negated = None, True


# "the Black Sea port of Varna", "the Adriatic resort town of Budva": a sea or region that
# qualifies a place named right after it
_QUALIFIED_PLACE = re.compile(
    r"^\s+(?:[a-z-]+\s+)?(?:port|city|town|harbou?r|resort|island|enclave|village)\s+of\s+$"
)


def _qualified_places(sentence: str, offset: int, items: list[Tagged]) -> None:
    """A sea or region with an end role that qualifies the place named after it ("arrived at
    the Black Sea port of Varna"): the place is the end, the sea only where it lies."""
    for prev, t in zip(items, items[1:], strict=False):
        if prev.role not in (ORIGIN, DEST, VIA) or prev.inferred or t.inferred:
            continue
        if getattr(prev.place, "kind", None) not in ("sea", "region") or t.role not in (
            None,
            LOCATION,
        ):
            continue
        if _QUALIFIED_PLACE.match(sentence[prev.end - offset : t.start - offset]):
            t.role, t.negated = prev.role, prev.negated
            prev.role, prev.negated = None, True


# "from the Middle East, mainly Egypt, Syria and Turkey", "d'Afrique subsaharienne, en
# particulier du Nigeria": the places named after the particle are the ends (the most specific
# place, ANNOTATION.md); the wider one is where they lie
_NAMELY = re.compile(
    # "from Libya, from places such as Zuara": the places a second "from" lists lie inside
    r"^\s*,?\s*(?:(?:from|de|depuis|d['’])\s*(?:[\w'’-]+\s+){0,3}?(?:places|towns|cities|ports|"
    r"areas|localities|villages|lieux|villes|localités|communes)\s+)?"
    r"(?:mainly|mostly|notably|including|especially|in\s+particular|particularly|"
    r"such\s+as|chiefly|primarily|notamment|en\s+particulier|surtout|principalement|dont|"
    r"comme|tels|telles|essentiellement|particulièrement)\b",
    re.IGNORECASE,
)


def _named_parts(sentence: str, offset: int, items: list[Tagged]) -> None:
    """A country or region with an end role, followed by a particle ("mainly", "en
    particulier") and places inside it with the same role: it becomes where they lie."""
    for outer, nxt in zip(items, items[1:], strict=False):
        if outer.role not in (ORIGIN, DEST) or outer.inferred or nxt.role != outer.role:
            continue
        if getattr(outer.place, "kind", None) not in ("country", "region"):
            continue
        if not _NAMELY.match(sentence[outer.end - offset : nxt.start - offset]):
            continue
        if within(nxt.place, outer.place):
            outer.role, outer.negated = None, True


# "acheminés sur le Nord de la France (Calais, Dunkerque)", "from the coasts of Senegal (north
# of St-Louis, Mbour)": the places in the brackets, a few words in at most, are the ends
_OPEN_BRACKET = re.compile(r"\s*\(")


def within(inner, outer) -> bool:
    """``inner`` is a finer place of the country or region ``outer``."""
    if inner.id == outer.id:
        return False
    if outer.kind == "country":
        return inner.kind != "country" and inner.country_code == outer.country_code
    members = tuple(getattr(outer, "members", ()) or ())
    if inner.kind == "country" and members == (inner.country_code,):
        return False  # "the Canary Islands (Spain)": the region lies in the country
    return inner.kind == "region" or (inner.country_code or "") in members


def _parenthesised_parts(sentence: str, offset: int, items: list[Tagged]) -> None:
    """A country or region with an end role, followed by finer places of it in brackets: the
    finer places take its role (the most specific place is the end, ANNOTATION.md) and it
    becomes where they are."""
    for k, outer in enumerate(items):
        if outer.role not in (ORIGIN, DEST, VIA) or outer.inferred:
            continue
        if getattr(outer.place, "kind", None) not in ("country", "region"):
            continue
        m = _OPEN_BRACKET.match(sentence, outer.end - offset)
        if m is None:
            continue
        close = sentence.find(")", m.end())
        if close < 0:
            continue
        lo, hi = offset + m.end(), offset + close
        inner = [t for t in items[k + 1 :] if lo <= t.start and t.end <= hi]
        if not inner or inner[0].start - lo > 20:
            continue
        if all(within(t.place, outer.place) for t in inner):
            for t in inner:
                t.role, t.negated = outer.role, outer.negated
            _listed_past_brackets(sentence, offset, items, inner[-1], outer)
            outer.role, outer.negated = None, True


# the bracket that closes a list of finer places, then the list goes on: "d'Europe de l'Est
# (de Roumanie, Hongrie, Bulgarie), de Thaïlande", "from Asia (China, Vietnam), and Nigeria"
_CLOSED_LIST = re.compile(r"\s*[)\]]")


def _listed_past_brackets(
    sentence: str, offset: int, items: list[Tagged], last: Tagged, outer: Tagged
) -> None:
    """The places listed after the bracket that closes ``outer``'s finer places (``last`` the
    last of them) continue ``outer``'s list: they take its role, as a weak cue ("de
    Thaïlande") or none gave them no end of their own."""
    gap = sentence[last.end - offset :]
    closed = _CLOSED_LIST.match(gap)
    if closed is None:
        return
    prev_end = last.end - offset + closed.end()
    for t in items:
        if t.start - offset < prev_end:
            continue
        if t.inferred or t.negated or not _COORD.match(sentence[prev_end : t.start - offset]):
            return
        if t.role not in (None, WEAK_ORIGIN, LOCATION, outer.role):
            return
        t.role, prev_end = outer.role, t.end - offset


# "London to Dubai laundering routes", "the Niger-Libya corridor", "Hanoï-Londres": two places
# joined by "to" or a dash before a word of movement are the two ends.
_ROUTE_JOIN = re.compile(r"^\s*(?:to|à|[-‐‑–—])\s*$", re.IGNORECASE)


def _compound_routes(sentence: str, offset: int, items: list[Tagged], lang: str) -> None:
    """Places joined by "to" or dashes ("the Niger-Libya corridor", "la filière
    Maroc-Espagne-France"), with a route word after or before them or a destination last:
    the first is the origin, the last the destination, the others transits."""
    k = 0
    while k < len(items) - 1:
        j = k
        while j + 1 < len(items) and _ROUTE_JOIN.match(
            sentence[items[j].end - offset : items[j + 1].start - offset]
        ):
            j += 1
        chain, k = items[k : j + 1], max(j, k + 1)
        if len(chain) < 2 or any(t.inferred for t in chain):
            continue
        if chain[0].role not in (None, LOCATION):
            continue
        after = sentence[chain[-1].end - offset : chain[-1].end - offset + 40]
        before = sentence[max(0, chain[0].start - offset - 30) : chain[0].start - offset]
        if (
            chain[-1].role == DEST
            or _ROUTE_NOUN[lang].match(after)
            or _ROUTE_BEFORE[lang].search(before)
        ):
            chain[0].role, chain[-1].role = ORIGIN, DEST
            for t in chain[1:-1]:
                t.role = VIA


_ROUTE_NOUN = ByLang("route_noun")
_ROUTE_BEFORE = ByLang("route_before")
# "de X à Y": nothing but "à" (or "au", "aux") between the two places
TO_ARTICLE = r"\s*(?:la\s+|l['’]\s*)?$"


def has_movement(sentence: str, lang: str) -> bool:
    """Words of movement in the sentence (verbs and nouns: "acheminés", "cargaisons")."""
    return lexicon("fr" if lang == "fr" else "en").regex("movement").search(sentence) is not None


# A place of seizure or arrival completes a flow with one open end.
_SEIZED = ByLang("seized")


# "UNODC brought together in Dubai", "Cette histoire se passe en France", "his trial in Miami"
_SETTING = ByLang("setting_before")


def _setting(sentence: str, rel: int, lang: str) -> bool:
    """The place at ``rel`` (its start in ``sentence``) is named as where a meeting, a
    hearing, a trial or a publication happens, or where the story is set: the setting of
    the sentence, not an end of a movement (round 42)."""
    m = _SETTING[lang].search(sentence, max(0, rel - 90), rel)
    if m is None:
        return False
    # "a publié un communiqué sur les migrants arrivés en Italie": a movement said in between
    gap = sentence[m.end("cue") : rel]
    return not has_movement(gap, lang) and _SEIZED[lang].search(gap) is None
