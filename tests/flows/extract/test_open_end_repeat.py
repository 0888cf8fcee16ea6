"""A flow with one end only is left out when another flow of the same category has that end and
a place at the other (``candidate.no_open_end_repeat``): a title's "trafficked Chinese teens"
(China -> null) beside the body's "Chinese teens trafficked to Sihanoukville" is one movement
(ANNOTATION.md: one movement, one flow). Written as a table of (category, origin, destination)
in, what is kept out.
"""

from __future__ import annotations

import pytest

from flows.extract.candidate import Candidate, no_open_end_repeat
from flows.extract.direction import Tagged
from flows.extract.readers import Document
from geodata.place import Place

PLACES = {
    "CN": Place("country:CN", "China", "country", 104.2, 35.9, "CN"),
    "KH": Place("country:KH", "Cambodia", "country", 104.9, 12.6, "KH"),
    "RU": Place("country:RU", "Russia", "country", 105.3, 61.5, "RU"),
    "CH": Place("country:CH", "Switzerland", "country", 8.2, 46.8, "CH"),
    "Sihanoukville": Place("geonames:1831142", "Sihanoukville", "city", 103.5, 10.6, "KH"),
}
DOC = Document(id="d", text="x" * 50)


def _cand(category: str, origin: str | None, destination: str | None) -> Candidate:
    def end(key: str | None) -> Tagged | None:
        return None if key is None else Tagged(0, 1, key, PLACES[key], None)

    return Candidate(DOC, category, None, end(origin), end(destination), [], None, None,
                     "x", 0, 1, 0.5)  # fmt: skip


def _ends(c: Candidate) -> tuple:
    def key(t: Tagged | None) -> str | None:
        return None if t is None else next(k for k, p in PLACES.items() if p is t.place)

    return (c.category, key(c.origin), key(c.destination))


HT, MONEY = "human_trafficking", "illicit_finance"


@pytest.mark.parametrize(
    ("flows", "kept"),
    [
        # the open origin-only flow repeats the closed one
        ([(HT, "CN", None), (HT, "CN", "Sihanoukville")], [(HT, "CN", "Sihanoukville")]),
        # ... in either order, and for a destination-only flow too
        ([(MONEY, "RU", "CH"), (MONEY, None, "CH")], [(MONEY, "RU", "CH")]),
        # guard: another category is another movement
        ([(MONEY, "CN", None), (HT, "CN", "KH")], [(MONEY, "CN", None), (HT, "CN", "KH")]),
        # guard: the open end's place at the other end of the closed flow is not the same end
        ([(HT, None, "CN"), (HT, "CN", "KH")], [(HT, None, "CN"), (HT, "CN", "KH")]),
        # guard: two open flows stay (nothing closes them)
        ([(HT, "CN", None), (HT, None, "KH")], [(HT, "CN", None), (HT, None, "KH")]),
        # guard: a country is not its own city (only the same place repeats)
        (
            [(HT, None, "KH"), (HT, "CN", "Sihanoukville")],
            [(HT, None, "KH"), (HT, "CN", "Sihanoukville")],
        ),
    ],
)
def test_open_end_repeat(flows: list[tuple], kept: list[tuple]) -> None:
    got = no_open_end_repeat([_cand(*f) for f in flows])
    assert [_ends(c) for c in got] == kept
