"""The place a tagged mention stands for in a flow: the country of a dateline's city, the part
of a country an end names, the state a capital acts for."""

from __future__ import annotations

from collections.abc import Callable

from flows.extract.datelines import capital_dateline
from flows.extract.direction import DEST, LOCATION, ORIGIN, SUBJECT, WEAK_ORIGIN, Tagged
from flows.extract.lexicon import ByLang
from flows.extract.references import capital_state, part_of_country

# a dateline's town whose customs stop goods on their way out: where the goods leave from
_DATELINE_OUTBOUND = ByLang("dateline_outbound")


def settle_place(t: Tagged, text: str, lang: str, country: Callable[[str], object]) -> None:
    """The place a tagged mention stands for in a flow: the country of a dateline city, the
    part of a country an end names, the state a capital acts for."""
    if t.role in (None, SUBJECT) and capital_dateline(text, t.start, t.end):
        # "BERLIN — Police raided...": the country where the story happens (the city is
        # where it was written; a region in capitals, "KURDISTAN —", has no one country)
        t.role = LOCATION
        if lang == "en" and _DATELINE_OUTBOUND[lang].match(text, t.end) is not None:
            # "KARACHI: Customs foiled a bid to smuggle heroin to the UK": goods stopped on
            # their way out of the town's port or airport leave from the town
            return
        if t.place.country_code:
            t.place = country(t.place.country_code) or t.place
    if t.role in (ORIGIN, DEST, WEAK_ORIGIN) and not t.inferred:
        # "vers le nord de la France", "parfois sans leurs parents, du nord du Chili": the
        # part of the country is the endpoint
        part = part_of_country(text, t.start, t.place, lang)
        if part is not None:
            t.place = part
    if t.role == SUBJECT:
        # "Moscou transfère...", "Washington sent...": the capital acts for its state
        state = capital_state(t.place, country)
        if state is not None:
            t.place = state


def dateline_country(dateline: Tagged | None, country: Callable[[str], object]):
    """The country of the dateline's place, or None."""
    if dateline is not None and dateline.place.country_code:
        return country(dateline.place.country_code)
    return None
