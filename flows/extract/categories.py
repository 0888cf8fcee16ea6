"""Category and commodity of a sentence, and the cues that make a movement illicit or lawful.

Word lists are per language; each term maps to a category and a commodity written in English
(the record's ``commodity`` is language-neutral so filters work across sources).
"""

from __future__ import annotations

import heapq
import re
from dataclasses import dataclass
from functools import lru_cache

from flows.extract.lexicon import ByLang, lexicon

# Category terms (pattern, category, commodity), illicit and lawful cues and negations are
# tables of the lexicon (flows/extract/data/lexicon_*.yaml).


@dataclass(frozen=True)
class CategoryHit:
    category: str
    commodity: str | None
    start: int
    end: int
    term: str


@lru_cache(maxsize=4)
def _compiled(lang: str):
    lex = lexicon(lang)
    # the text is matched with its compound hyphens as spaces (find_category_terms): so are
    # the terms ("pots-de-vin", "lance-roquettes")
    terms = [
        (
            re.compile(rf"(?<![\w-])(?:{_COMPOUND_HYPHEN.sub(' ', p)})(?![\w-])", re.IGNORECASE),
            cat,
            com,
        )
        for p, cat, com in lex.categories()
    ]
    return (
        terms,
        lex.regex("illicit", r"(?<!\w)(?:", ")"),
        lex.regex("lawful", r"(?<!\w)(?:", ")"),
        lex.regex("negation"),
    )


# ... but not after "anti-", "counter-": an "anti-trafficking unit" names who fights it
_COMPOUND_HYPHEN = re.compile(
    r"(?<=[^\W\d_])(?<!\banti)(?<!\bcounter)(?<!\bcontre)-"
    r"(?=(?:smuggl|traffick|launder|running|dealing|dealer|trafic|blanchi|contreband)\w*)",
    re.IGNORECASE,
)


def find_category_terms(text: str, lang: str) -> list[CategoryHit]:
    """Every category term in ``text``, non-overlapping, earlier list entries first."""
    terms, *_ = _compiled(lang)
    hits: list[CategoryHit] = []
    # "a migrant-smuggling ring", "money-laundering charges": a compound joined by a hyphen is
    # the same term (a space of the same length keeps the offsets)
    scan = _COMPOUND_HYPHEN.sub(" ", text)
    for pattern, cat, com in terms:
        # Matches come in text order, and so do the hits kept so far: one moving pointer
        # finds the hit a match could overlap, so a long text costs no rescans.
        added: list[CategoryHit] = []
        i = 0
        for m in pattern.finditer(scan):
            while i < len(hits) and hits[i].end <= m.start():
                i += 1
            if i < len(hits) and hits[i].start < m.end():
                continue
            added.append(CategoryHit(cat, com, m.start(), m.end(), text[m.start() : m.end()]))
        if added:
            hits = list(heapq.merge(hits, added, key=lambda h: h.start))
    # every agency of ``org_names`` is an "Office": most texts skip the scan
    named = [m.span() for m in _ORG_NAMES.finditer(text)] if "ffice" in text else []
    return [
        h
        for h in hits
        if not _earned(text, h)
        and not _denied(text, h, lang)
        and not _value_of(text, h)
        and not _fare(text, h)
        and not _names_producers(text, h)
        and not any(a <= h.start and h.end <= b for a, b in named)
    ]


# "the United Nations Office on Drugs and Crime" names an agency, in stories on any crime: its
# words name no category (lexicon ``org_names``)
_ORG_NAMES = lexicon("en").regex("org_names")


# "pour gagner de l'argent", "to earn money": a motive, not money that moves.
_EARNED = lexicon("en").regex("earned")
_EARNED_TERMS = lexicon("en").regex("earned_terms")


# "une valeur marchande estimée à 30 millions d'euros", "worth $4 million": what seized goods are
# worth, not money that moves (lexicon ``valued`` before a sum of ``price_terms``)
_VALUED = lexicon("en").regex("valued")


def _value_of(text: str, hit: CategoryHit) -> bool:
    """``hit`` is the value put on goods ("d'une valeur de 30 millions d'euros")."""
    return bool(_PRICE_TERMS.match(hit.term)) and bool(
        _VALUED.search(text[max(0, hit.start - 60) : hit.start])
    )


_FARE_AFTER = lexicon("en").regex("fare_after")


def _fare(text: str, hit: CategoryHit) -> bool:
    """``hit`` is a sum paid per person: a fare, not money that moves.

    >>> text = "des sommes allant jusqu'à 20 000 euros par personne, puis des sommes placées"
    >>> [_fare(text, CategoryHit("illicit_finance", "money", k, k + 6, "sommes"))
    ...  for k in (4, 62)]
    [True, False]
    """
    return bool(_PRICE_TERMS.match(hit.term)) and bool(
        _FARE_AFTER.match(text, hit.end, min(len(text), hit.end + 80))
    )


_PRODUCERS_BEFORE = lexicon("en").regex("producers_before")
_PRODUCERS_AFTER = lexicon("en").regex("producers_after")


def _names_producers(text: str, hit: CategoryHit) -> bool:
    """``hit`` names what a country produces ("pays producteurs de cocaïne", "drug-producing
    countries"): the countries, not the goods that move."""
    return bool(_PRODUCERS_BEFORE.search(text[max(0, hit.start - 40) : hit.start])) or bool(
        _PRODUCERS_AFTER.match(text, hit.end)
    )


_DENIED_TERM = ByLang("denied_term")


def _denied(text: str, hit: CategoryHit, lang: str) -> bool:
    """``hit`` is denied right before it ("wasn't drugs", "no weapons", "pas de drogue").

    >>> _denied("It wasn't drugs but cash.", CategoryHit("drugs", None, 10, 15, "drugs"), "en")
    True
    >>> _denied("The drugs were not found.", CategoryHit("drugs", None, 4, 9, "drugs"), "en")
    False
    """
    return bool(_DENIED_TERM[lang].search(text, max(0, hit.start - 30), hit.start))


def _earned(text: str, hit: CategoryHit) -> bool:
    """``hit`` is money someone works for ("gagner de l'argent", "earn money")."""
    return bool(_EARNED_TERMS.match(hit.term)) and bool(
        _EARNED.search(text[max(0, hit.start - 40) : hit.start])
    )


# When a sentence names several categories, the more specific wins over generic words:
# "passeurs d'armes" is weapons; "argent" alone is weak.
_WEAK_TERMS = lexicon("en").regex("weak_terms")
# Money words that name the flow even beside the goods it comes from.
_FINANCE_FIRST = lexicon("en").regex("finance_first")
_MONEY_OBJECT = lexicon("en").regex("money_object")
_PRICE_TERMS = lexicon("en").regex("price_terms")
_MONEY_MOVED = lexicon("en").regex("money_moved")
_PEOPLE_TERMS = lexicon("en").regex("people_terms")


def is_weak(hit: CategoryHit) -> bool:
    """Words that say little about the category on their own ("argent", "bateaux", "victimes")."""
    return bool(_WEAK_TERMS.match(hit.term))


def document_category(text: str | list[CategoryHit], lang: str) -> CategoryHit | None:
    """The category a whole document is mostly about (strong terms only), or None.

    ``text`` may be the document's hits already found (one pass over the text is enough).
    """
    found = find_category_terms(text, lang) if isinstance(text, str) else text
    hits = [h for h in found if not is_weak(h)]
    if not hits:
        return None
    counts: dict[str, int] = {}
    for h in hits:
        counts[h.category] = counts.get(h.category, 0) + 1
    best = max(counts, key=lambda c: counts[c])
    return next(h for h in hits if h.category == best)


_COORD = lexicon("en").regex("coord")  # shared by both languages (lexicon_common.yaml)
_GOODS_MODIFIER = lexicon("en").regex("goods_modifier")
_GOODS_QUANTITY = lexicon("en").regex("goods_quantity")
_LISTED_MONEY = lexicon("en").regex("listed_money")
_GOODS_POSTMODIFIER = lexicon("en").regex("goods_postmodifier")


def _goods_joined(gap: str) -> bool:
    """Does ``gap`` join two goods of one list, the second one qualified or not ("cocaine and
    heavy weaponry")?

    >>> _goods_joined(" and heavy "), _goods_joined(" and "), _goods_joined(" were found with ")
    (True, True, False)

    The first goods may be qualified after it too ("des cigarettes de contrebande et des"):

    >>> _goods_joined(" de contrebande et des "), _goods_joined(" de Tunisie et des ")
    (True, False)

    ... and counted ("60 kg de stupéfiants, 4 armes de poing", "and five stolen"):

    >>> _goods_joined(", 4 "), _goods_joined(" and five stolen "), _goods_joined(" in 4 ")
    (True, True, False)
    """
    gap = _strip_postmodifier(gap)
    if _COORD.match(gap):
        return True
    qualified = _GOODS_MODIFIER.search(gap)
    if qualified is not None:
        gap = gap[: qualified.start()]
    counted = _GOODS_QUANTITY.search(gap)
    if counted is not None:
        gap = gap[: counted.start()]
    return (qualified is not None or counted is not None) and bool(_COORD.match(gap))


def _strip_postmodifier(gap: str) -> str:
    """``gap`` without the words that qualify the goods before it ("de contrebande",
    "illégales"), when a list goes on after them."""
    post = _GOODS_POSTMODIFIER.match(gap)
    return gap[post.end() :] if post is not None else gap


def coordinated(hits: list[CategoryHit], hit: CategoryHit, text: str) -> list[CategoryHit]:
    """Strong terms of other categories joined to ``hit`` by "and", "et" or a comma ("illegal
    arms and drugs entering Sweden", "cocaine and heavy weaponry"), and money listed with strong
    goods ("weapons and cash originating from the United States"): the same movement carries
    each of them. ``text`` is the text the hits' offsets point into."""
    ordered = sorted(hits, key=lambda h: h.start)
    if hit not in ordered:
        return []
    # the list "hit" stands in: neighbours joined to it, one gap after the other
    k = lo = hi = ordered.index(hit)
    while lo > 0 and _goods_joined(text[ordered[lo - 1].end : ordered[lo].start]):
        lo -= 1
    while hi + 1 < len(ordered) and _goods_joined(text[ordered[hi].end : ordered[hi + 1].start]):
        hi += 1
    out: list[CategoryHit] = []
    for h in ordered[lo : hi + 1]:
        if h is ordered[k] or h.category == hit.category:
            continue
        if is_weak(h) and not (_LISTED_MONEY.match(h.term) and not is_weak(hit)):
            continue
        if all(o.category != h.category for o in out):
            out.append(h)
    return out


def dominant_category(hits: list[CategoryHit]) -> CategoryHit | None:
    """The category a sentence (or clause) is about: strongest term, then first one."""
    if not hits:
        return None
    strong = [h for h in hits if not _WEAK_TERMS.match(h.term)]
    for h in strong:
        if _FINANCE_FIRST.match(h.term):
            return h  # "l'argent du trafic de drogue est blanchi": the flow is the money
    pool = strong or hits
    goods = [h for h in strong if h.category == "other"]
    people = [h for h in hits if names_people(h.term)]
    if goods and not people and pool[0].category == "migrant_smuggling":
        return goods[0]  # "les bateaux utilisés pour la traversée venaient de Chine"
    if goods and people and pool[0] is goods[0]:
        # "le transport de bateaux pneumatiques pour faire passer des migrants vers le
        # Royaume-Uni": the people are what the sentence moves
        return next((h for h in people if h.category == "migrant_smuggling"), pool[0])
    if pool[0].category == "illicit_finance" and _PRICE_TERMS.match(pool[0].term):
        for h in hits:
            if h.category in ("migrant_smuggling", "human_trafficking"):
                return h  # "the passengers paid thousands of dollars to smugglers": a fare
    if _MONEY_OBJECT.match(pool[0].term):
        # "smuggled £104 million in cash into Dubai": the money is what the verb moves
        for h in hits:
            if _MONEY_MOVED.match(h.term) and 0 <= h.start - pool[0].end <= 30:
                return h
    # Trafficking in people named explicitly beats the generic "migrants" of the same clause.
    for cat in ("human_trafficking",):
        for h in pool:
            if h.category == cat:
                return h
    return pool[0]


_GOODS_SENT = lexicon("en").regex("goods_sent")


def sent_goods(hits: list[CategoryHit], text: str, place_start: int) -> CategoryHit | None:
    """The goods the participle before a place moves, when money named earlier would take the
    flow: "l'argent issu du trafic de stupéfiants, en l'espèce de la résine
    de cannabis importée d'Espagne" moves the cannabis from Spain. ``hits`` are the terms before
    the place, in order, with offsets into ``text``.

    >>> t = "l'argent du trafic, de la résine de cannabis importée d'Espagne"
    >>> hits = [CategoryHit("illicit_finance", "money", 2, 18, "argent du trafic"),
    ...         CategoryHit("drugs", "cannabis", 26, 44, "résine de cannabis")]
    >>> sent_goods(hits, t, 56).term, sent_goods(hits, t.replace("importée", "vendue  "), 56)
    ('résine de cannabis', None)
    """
    chosen = dominant_category(hits)
    if len(hits) < 2 or chosen is None or chosen.category != "illicit_finance":
        return None
    last = hits[-1]
    if last.category == "illicit_finance" or is_weak(last):
        return None
    return last if _GOODS_SENT.match(text[last.end : place_start]) else None


def names_people(text: str) -> bool:
    """Does ``text`` name people (migrants, victims, women, children)?"""
    return _PEOPLE_TERMS.search(text) is not None


def money_first(hit: CategoryHit) -> bool:
    """Does ``hit`` name money as what moves, whatever else the sentence names ("l'argent
    tiré de l'exploitation des jeunes femmes était transféré en Roumanie")?"""
    return hit.category == "illicit_finance" and bool(_FINANCE_FIRST.match(hit.term))


def has_illicit_cue(text: str, lang: str) -> bool:
    """An illicit cue that is not negated ("has not been diverted" does not count)."""
    neg = _compiled(lang)[3]
    for m in _compiled(lang)[1].finditer(text):
        if not neg.search(text[max(0, m.start() - 25) : m.start()]):
            return True
    return False


def has_lawful_cue(text: str, lang: str) -> bool:
    return bool(_compiled(lang)[2].search(text))
