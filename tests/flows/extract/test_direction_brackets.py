"""Places in brackets after a country or region, and after a country's possessive
(flows/extract/direction.py): roles in, out."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from flows.extract.direction import (
    DEST,
    LOCATION,
    ORIGIN,
    Tagged,
    _parenthesised_parts,
    _possessive_parts,
    within,
)

FR = NS(id="country:FR", kind="country", country_code="FR", members=())
CALAIS = NS(id="city:calais", kind="city", country_code="FR", members=())
ANTWERP = NS(id="city:antwerp", kind="city", country_code="BE", members=())
EAST = NS(id="region:eastern-europe", kind="region", country_code=None, members=("UA", "MD"))
UA = NS(id="country:UA", kind="country", country_code="UA", members=())
CN = NS(id="country:CN", kind="country", country_code="CN", members=())
MM = NS(id="country:MM", kind="country", country_code="MM", members=())
SHAN = NS(id="region:shan", kind="region", country_code="MM", members=())
JP = NS(id="country:JP", kind="country", country_code="JP", members=())


@pytest.mark.parametrize(
    ("inner", "outer", "expected"),
    [
        (CALAIS, FR, True),
        (ANTWERP, FR, False),
        (FR, FR, False),
        (UA, EAST, True),
        (CN, EAST, False),
    ],
)
def test_within(inner, outer, expected):
    assert within(inner, outer) is expected


def _items(sentence, places, roles):
    out, pos = [], 0
    for (surface, place), role in zip(places, roles, strict=True):
        start = sentence.index(surface, pos)
        pos = start + len(surface)
        out.append(Tagged(start, pos, surface, place, role))
    return out


@pytest.mark.parametrize(
    ("sentence", "places", "roles", "expected"),
    [
        ("vers la France (Calais, Calais)", [("France", FR), ("Calais", CALAIS)], [DEST, None],
         [None, DEST]),
        # a place of another country in the brackets: nothing moves
        ("vers la France (Antwerp)", [("France", FR), ("Antwerp", ANTWERP)], [DEST, None],
         [DEST, None]),
        # no end role on the outer place
        ("en France (Calais)", [("France", FR), ("Calais", CALAIS)], [LOCATION, None],
         [LOCATION, None]),
        # brackets that open far from the place are not its parts
        ("de l'Est (selon des sources proches, Ukraine)", [("Est", EAST), ("Ukraine", UA)],
         [ORIGIN, None], [ORIGIN, None]),
        ("de l'Est (Ukraine)", [("Est", EAST), ("Ukraine", UA)], [ORIGIN, None], [None, ORIGIN]),
    ],
)  # fmt: skip
def test_parenthesised_parts(sentence, places, roles, expected):
    items = _items(sentence, places, roles)
    _parenthesised_parts(sentence, 0, items)
    assert [t.role for t in items] == expected


@pytest.mark.parametrize(
    ("sentence", "places", "roles", "expected"),
    [
        ("produced in Myanmar's northern Shan state", [("Myanmar", MM), ("Shan", SHAN)],
         [ORIGIN, None], [None, ORIGIN]),
        ("smuggled into Myanmar’s Shan state", [("Myanmar", MM), ("Shan", SHAN)],
         [DEST, LOCATION], [None, DEST]),
        # more than two words between: not the possessive of the place
        ("from Myanmar's long and troubled history in Shan", [("Myanmar", MM), ("Shan", SHAN)],
         [ORIGIN, None], [ORIGIN, None]),
        # the place after the possessive lies in another country: nothing moves
        ("from Myanmar's ally Japan", [("Myanmar", MM), ("Japan", JP)], [ORIGIN, None],
         [ORIGIN, None]),
        # the country has no end role
        ("in Myanmar's Shan state", [("Myanmar", MM), ("Shan", SHAN)], [LOCATION, None],
         [LOCATION, None]),
        # the finer place has a role of its own
        ("from Myanmar's Shan state", [("Myanmar", MM), ("Shan", SHAN)], [ORIGIN, DEST],
         [ORIGIN, DEST]),
    ],
)  # fmt: skip
def test_possessive_parts(sentence, places, roles, expected):
    items = _items(sentence, places, roles)
    _possessive_parts(sentence, 0, items)
    assert [t.role for t in items] == expected
