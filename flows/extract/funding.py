"""Covert political funding: who pays and where those paid are (ANNOTATION.md: covert or
foreign political funding is ``illicit_finance``).

"Moscow secretly financed far-right parties in France and Italy" says where the money goes
with a place of location ("parties in France"), not a destination cue, and who pays as the
subject. In a sentence with a word of funding (``funding`` in the lexicon) and a money
category, the place just before that word (a subject, or a place without a role) is the
origin and the places of location after it are destinations.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from flows.extract.direction import DEST, LOCATION, ORIGIN, SUBJECT, Tagged
from flows.extract.lexicon import ByLang, lexicon

_FUNDING = ByLang("funding")
_MONEY_AMOUNT = ByLang("money_amount")
_INFLUENCE = ByLang("influence")
# "busted with $40,000 hidden in their stomachs": cash carried in secret is what moves
_MONEY_CARRIED = ByLang("money_carried")
# "paid 5,000 euros to enter the country": a smugglers' fare, no money flow
_FARE_PAID = ByLang("fare_paid")
# who sanctions or blacklists the funders is no payer
_SANCTIONS = ByLang("sanctions")
_RECEIVERS = ByLang("receivers", words=True)
_LOANS = ByLang("loans", words=True)
_FUNDS_RECEIVED = ByLang("funds_received")
_BETWEEN = re.compile(r"\b(?:between|entre)\s+(?:the\s+|le\s+|la\s+|l['’])?$", re.IGNORECASE)
_PAYER_ROLES = (None, SUBJECT)
_PAID_ROLES = (None, LOCATION)


def funding_roles(items: list[Tagged], sentence: str, offset: int, lang: str) -> bool:
    """Give the payer and the places of the paid their roles, in place; True when changed.

    ``items`` are the sentence's places in text order (document offsets); ``offset`` is
    where the sentence starts in the document. Nothing changes when the sentence already
    names an origin with cue words, or a destination with cue words unless the money is spent
    to sway ("spent $300 million to influence politicians in Europe"; a nationality, "des
    fonds russes", "à des partis européens", is no such cue: it may be the payer or the
    paid), or when no place comes before the word of funding."""
    m = _FUNDING[lang].search(sentence)
    if m is None or any(t.role == ORIGIN and not t.inferred for t in items):
        return False
    cue = m.start() + offset
    # "spent $300 million to influence politicians in Europe": spending to sway, a place the
    # cue already makes a destination is paid too; otherwise a destination cue tells another
    # movement than the funding
    swayed = _INFLUENCE[lang].search(sentence, m.start()) is not None
    if not swayed and any(t.role == DEST and not t.inferred for t in items):
        return False
    before = [t for t in items if t.end <= cue and not t.negated]
    after = [
        t
        for t in items
        if t.start >= cue
        and not t.negated
        and (t.role in _PAID_ROLES or (t.role == DEST and (t.inferred or swayed)))
    ]
    if not before or not after:
        return False
    if before[-1].role not in _PAYER_ROLES and not (
        before[-1].role == ORIGIN and before[-1].inferred  # "des fonds russes ont financé"
    ):
        return False
    payer = before[-1]
    if _SANCTIONS[lang].search(sentence, payer.end - offset, m.start()):
        return False  # "The U.S. announced sanctions against those who fund Hezbollah"
    if any(same_country(payer, t) for t in after):
        return False  # "French parties funded in France": no movement said
    payer.role = ORIGIN
    for t in after:
        t.role = DEST
    return True


def same_country(a: Tagged, b: Tagged) -> bool:
    ca, cb = getattr(a.place, "country_code", None), getattr(b.place, "country_code", None)
    return a.place.id == b.place.id or bool(ca and ca == cb)


def money_paid(sentence: str, lang: str) -> bool:
    """A word of funding and a sum of money in one sentence ("The Kremlin spent $300 million to
    influence politicians"): money is what moves, when no other commodity is named (the
    caller asks only then: a sum next to a drug or a weapon is its value); a fare paid for
    one's own passage is none.

    >>> money_paid("The Kremlin spent $300 million to influence politicians", "en")
    True
    >>> money_paid("He paid 5,000 euros to enter the country illegally", "en")
    False
    """
    return bool(
        _FUNDING[lang].search(sentence)
        and _MONEY_AMOUNT[lang].search(sentence)
        and not _FARE_PAID[lang].search(sentence)
    )


def names_sum(sentence: str, lang: str) -> bool:
    """A sum of money in ``sentence`` ("62.000 €", "$40,000", "2 millions d'euros").

    >>> names_sum("deux femmes arrêtées avec 62.000 euros", "fr"), names_sum("two women", "en")
    (True, False)
    """
    return _MONEY_AMOUNT[lang].search(sentence) is not None


def money_carried(sentence: str, lang: str) -> bool:
    """A sum of money and a word of hiding or carrying it in one sentence ("busted with $40,000
    hidden in their stomachs", "50 000 euros dissimulés dans une valise"): the cash is what
    moves, when no other commodity is named (the caller asks only then).

    >>> money_carried("Two men were arrested with $40,000 hidden in their stomachs", "en")
    True
    >>> money_carried("The network earned $40,000 a month", "en")
    False
    """
    return bool(_MONEY_CARRIED[lang].search(sentence) and _MONEY_AMOUNT[lang].search(sentence))


def political_funding(sentence: str, lang: str) -> bool:
    """A word of funding with political receivers after it, a few words on ("Russian money
    funded far-right parties in Europe", "a financé des partis européens"): foreign political
    funding is illicit finance whatever the law says (ANNOTATION.md); the payer and the paid
    are told apart by :func:`funding_roles`, which gives no flow inside one country.

    >>> political_funding("Russia funded far-right parties in Europe", "en")
    True
    >>> political_funding("The parties funded a study in Europe", "en")
    False
    >>> political_funding("The far-right party received money from Moscow", "en")
    True
    >>> political_funding("The migrants received money from relatives in Sweden", "en")
    False
    """
    if _parties()[0].search(sentence) and _funds_or_lends(sentence, lang):
        return True  # "Russia funded the AfD", "the AfD received a loan from a Swiss bank"
    receivers = _RECEIVERS[lang]
    for m in _FUNDING[lang].finditer(sentence):
        words = sentence[m.end() : m.end() + 80].lower().replace("’", " ").replace("'", " ")
        if any(w.strip('.,;:()"«»') in receivers for w in words.split()):
            return True
    # "the far-right party received money from Moscow", "la campagne a été financée par un
    # homme d'affaires établi en Russie": the political receivers come first
    for m in _FUNDS_RECEIVED[lang].finditer(sentence):
        words = sentence[max(0, m.start() - 60) : m.start()].lower().replace("’", " ")
        if any(w.strip(".,;:()\"«»'") in receivers for w in words.split()):
            return True
    return False


def _funds_or_lends(sentence: str, lang: str) -> bool:
    """A word of funding or of a loan in the sentence."""
    if _FUNDING[lang].search(sentence) is not None:
        return True
    words = {w.lower().strip(".,;:()\"«»'’?!") for w in sentence.split()}
    return not words.isdisjoint(_LOANS[lang])


@lru_cache(maxsize=1)
def _parties() -> tuple[re.Pattern, dict[str, str]]:
    """One pattern of the party names of the lexicon, and each name's country code."""
    code_of = {
        name: code for code, names in lexicon("en").table("parties").items() for name in names
    }
    names = sorted(code_of, key=len, reverse=True)
    return re.compile(r"(?<![\w])(?:" + "|".join(map(re.escape, names)) + r")(?![\w])"), code_of


def party_hints(
    sentence: str, offset: int, lang: str, country: Callable[[str], object]
) -> list[Tagged]:
    """The parties a sentence of funding or of a loan names, as the country the money goes
    to: "un prêt d'une banque russe au Front national" (Russia -> France), "Russia funded the
    AfD". Inferred destinations, which cue words do not override; none in a sentence without
    a word of funding or of a loan.

    >>> from geodata.gazetteer import load_gazetteer
    >>> gaz = load_gazetteer()
    >>> [(t.surface, t.place.name) for t in party_hints(
    ...     "Un prêt d'une banque russe au Front national", 0, "fr", gaz.country)]
    [('Front national', 'France')]
    >>> party_hints("Le Front national a tenu un meeting", 0, "fr", gaz.country)
    []
    """
    pattern, code_of = _parties()
    found = list(pattern.finditer(sentence))
    if not found or not _funds_or_lends(sentence, lang):
        return []
    out = []
    for m in found:
        if _BETWEEN.search(sentence, max(0, m.start() - 16), m.start()):
            continue  # "relations between the Front National and Russia": no money moved
        place = country(code_of[m.group()])
        if place is not None:
            out.append(
                Tagged(
                    m.start() + offset,
                    m.end() + offset,
                    m.group(),
                    place,
                    DEST,
                    inferred=True,
                    fixed=True,
                )
            )
    return out
