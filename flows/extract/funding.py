"""Covert political funding: who pays and where those paid are (ANNOTATION.md: covert or
foreign political funding is ``illicit_finance``).

"Moscow secretly financed far-right parties in France and Italy" says where the money goes
with a place of location ("parties in France"), not a destination cue, and who pays as the
subject. In a sentence with a word of funding (``funding`` in the lexicon) and a money
category, the place just before that word (a subject, or a place without a role) is the
origin and the places of location after it are destinations.
"""

from __future__ import annotations

from flows.extract.direction import DEST, LOCATION, ORIGIN, SUBJECT, Tagged
from flows.extract.lexicon import ByLang

_FUNDING = ByLang("funding")
_MONEY_AMOUNT = ByLang("money_amount")
_INFLUENCE = ByLang("influence")
# "busted with $40,000 hidden in their stomachs": cash carried in secret is what moves
_MONEY_CARRIED = ByLang("money_carried")
_RECEIVERS = ByLang("receivers", words=True)
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
    caller asks only then: a sum next to a drug or a weapon is its value)."""
    return bool(_FUNDING[lang].search(sentence) and _MONEY_AMOUNT[lang].search(sentence))


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
    """
    receivers = _RECEIVERS[lang]
    for m in _FUNDING[lang].finditer(sentence):
        words = sentence[m.end() : m.end() + 80].lower().replace("’", " ").replace("'", " ")
        if any(w.strip('.,;:()"«»') in receivers for w in words.split()):
            return True
    return False
