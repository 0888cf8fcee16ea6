"""Mentions the flows read that the places a document names leave out (ANNOTATION.md): a
unit's seat, part of a name, a continent named by its adjective, a region naming a route.
"""

from __future__ import annotations

from flows.extract.lexicon import lexicon
from flows.extract.mention import Mention

# How far before a place's name the name of the unit seated there may start.
_UNIT_SEAT_WINDOW = 160


def unit_seat(text: str, mention: Mention, lang: str | None) -> bool:
    """The seat in the name of a regional police or court unit, no place of the story
    (ANNOTATION.md): "la JIRS de Lille", "le SRPJ de Perpignan", "la brigade mobile de
    recherche de Coquelles"; in English a federal court's district named by its state ("U.S.
    Attorney for the Southern District of California"). The flows still read these mentions
    (a seat may be where the police act); only the places a document names leave them out."""
    if mention.demonym:
        return False
    if lang != "fr" and mention.place.kind != "region":
        return False
    before = text[max(0, mention.start - _UNIT_SEAT_WINDOW) : mention.start]
    return lexicon(lang or "en").regex("unit_seat").search(before) is not None


def adjective_area(mention: Mention, lang: str | None) -> bool:
    """A continent named by its adjective ("le continent africain"): no place of its own
    (lexicon ``adjective_area``; ANNOTATION.md: "la côte turque"). For the places only."""
    return lexicon(lang or "en").regex("adjective_area").search(mention.surface) is not None


# How far around a region's name the words of a route named after it lie.
_ROUTE_WINDOW = 40


def route_label(text: str, mention: Mention, lang: str | None) -> bool:
    """A multi-country region naming a route, as a label ("la route des Balkans", "the
    Balkan land route"; lexicon ``route_label_before`` / ``route_label_after``): no place
    (ANNOTATION.md). For the places only."""
    place = mention.place
    if mention.demonym or place.kind != "region" or place.country_code is not None:
        return False
    lex = lexicon(lang or "en")
    before = text[max(0, mention.start - _ROUTE_WINDOW) : mention.start].rstrip(' «"“')
    after = text[mention.end : mention.end + _ROUTE_WINDOW]
    return bool(
        lex.regex("route_label_before").search(before)
        or lex.regex("route_label_after").search(after)
    )


# How far around a place's name the words of a group's, a medium's or a product's name lie.
_NAME_WINDOW = 24


def in_a_name(text: str, mention: Mention) -> bool:
    """Part of a group's, a medium's, a product's or a person's name, no place (ANNOTATION.md):
    "Al-Qaeda in the Islamic Maghreb", "Jeune Afrique", "a Winchester .22-caliber rifle"
    (lexicon ``name_before`` / ``name_after``), "Israel Cortes-Morales, 31," (a surname before
    an age: ``age_after``). Like :func:`unit_seat`, for the places only."""
    if mention.demonym:
        return False
    lex = lexicon("en")  # the patterns are in the common file
    before = text[max(0, mention.start - _NAME_WINDOW) : mention.start]
    after = text[mention.end : mention.end + _NAME_WINDOW]
    if lex.regex("name_before").search(before) or lex.regex("name_after").search(after):
        return True
    # a person's age after a surname: "Israel Cortes-Morales, 31,", "Vargas Perez, 40 ans"
    return bool(
        lex.regex("age_after").search(after) and lex.regex("name_part_before").search(before)
    )


def no_place_of_its_own(text: str, mention: Mention, lang: str | None) -> bool:
    """A mention the flows read that the places a document names leave out (ANNOTATION.md):
    a demonym ("the Libyan coast"), a unit's seat (:func:`unit_seat`), part of a name
    (:func:`in_a_name`), a continent named by its adjective (:func:`adjective_area`), a region
    naming a route (:func:`route_label`)."""
    return (
        mention.demonym
        or unit_seat(text, mention, lang)
        or in_a_name(text, mention)
        or adjective_area(mention, lang)
        or route_label(text, mention, lang)
    )
