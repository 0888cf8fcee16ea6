"""Memory across sentences (flows/extract/discourse.py, document_ends.py): small tables of
places in, place out."""

from __future__ import annotations

from types import SimpleNamespace as NS

import pytest

from flows.extract.direction import DEST, Tagged
from flows.extract.discourse import finest
from flows.extract.document_ends import _document_focus, _most_named

FR = NS(id="country:FR", kind="country", country_code="FR", members=())
BE = NS(id="country:BE", kind="country", country_code="BE", members=())
HAVRE = NS(id="city:le-havre", kind="city", country_code="FR", members=())
ANTWERP = NS(id="city:antwerp", kind="city", country_code="BE", members=())
EUROPE = NS(id="region:europe", kind="region", country_code=None, members=("FR", "BE"))
ASIA = NS(id="region:asia", kind="region", country_code=None, members=("CN",))


def _m(place, demonym=False):
    return NS(place=place, demonym=demonym, start=0, end=1, surface=place.id)


def _t(place):
    return Tagged(0, 1, place.id, place, DEST)


@pytest.mark.parametrize(
    ("places", "expected"),
    [
        ([FR, FR, BE], "country:FR"),
        ([FR, BE], None),  # nobody named twice
        ([FR, FR, BE, BE], None),  # a tie: no focus
        ([EUROPE, EUROPE, FR], "region:europe"),  # no country stands out: the region
        ([EUROPE, EUROPE, EUROPE, FR, FR], "country:FR"),  # a country first
        ([EUROPE, EUROPE, ASIA, ASIA], None),
    ],
)
def test_most_named(places, expected):
    top = _most_named([_m(p) for p in places])
    assert (top.place.id if top else None) == expected


@pytest.mark.parametrize(
    ("focus", "known", "expected"),
    [
        (FR, BE, "country:FR"),
        (FR, HAVRE, None),  # same country
        (EUROPE, BE, None),  # the region holds the known end
        (EUROPE, NS(id="country:CN", kind="country", country_code="CN"), "region:europe"),
    ],
)
def test_document_focus(focus, known, expected):
    got = _document_focus(_m(focus), _t(known))
    assert (got.place.id if got else None) == expected


@pytest.mark.parametrize(
    ("remembered", "t", "idx", "expected"),
    [
        ([(0, None, HAVRE), (1, None, FR)], FR, 2, "city:le-havre"),  # the port, not France
        ([(0, None, ANTWERP), (1, None, FR)], FR, 2, "country:FR"),  # another country's port
        ([(0, None, HAVRE), (1, None, FR)], FR, 4, "country:FR"),  # too far back
        ([(1, None, FR)], HAVRE, 2, "city:le-havre"),  # a city stays
    ],
)
def test_finest(remembered, t, idx, expected):
    tagged = [(i, c, _t(p)) for i, c, p in remembered]
    known = next((x for _, _, x in tagged if x.place is t), _t(t))
    assert finest(tagged, known, idx, 2).place.id == expected
