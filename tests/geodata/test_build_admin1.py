"""Which first-level divisions are looked up by their bare name (geodata/tools/build_admin1)."""

from __future__ import annotations

import pytest

from geodata.tools.build_admin1 import divisions


def _rows(name: str, cc: str, n: int) -> list[dict]:
    return [{"lat": str(10 + k / 100), "lon": "20", "admin1": name, "cc": cc} for k in range(n)]


@pytest.mark.parametrize(
    ("rows", "expected"),
    [
        # a compass word beside a proper word is a name news gives alone
        (_rows("North Carolina", "US", 5), {("North Carolina", "US"): 1}),
        (_rows("New South Wales", "AU", 5), {("New South Wales", "AU"): 1}),
        (_rows("East Macedonia and Thrace", "GR", 5), {("East Macedonia and Thrace", "GR"): 1}),
        # compass words alone, or with a generic word, are not
        (_rows("Central", "GH", 5), {("Central", "GH"): 0}),
        (_rows("North West", "BW", 5), {("North West", "BW"): 0}),
        (_rows("Eastern Province", "SA", 5), {("Eastern Province", "SA"): 0}),
        (_rows("Sud-Est", "HT", 6), {("Sud-Est", "HT"): 0}),
        (_rows("Southwest", "BF", 6), {("Southwest", "BF"): 0}),
        # a municipality (few places) is not
        (_rows("Lower Saxony", "DE", 2), {("Lower Saxony", "DE"): 0}),
        # a name two large divisions share is bare in both; two small ones are not
        (
            _rows("Punjab", "IN", 60) + _rows("Punjab", "PK", 60),
            {("Punjab", "IN"): 1, ("Punjab", "PK"): 1},
        ),
        (
            _rows("Misiones", "AR", 60) + _rows("Misiones", "PY", 8),
            {("Misiones", "AR"): 0, ("Misiones", "PY"): 0},
        ),
    ],
)
def test_bare_names(rows, expected):
    got = {(d["name"], d["country_code"]): d["bare"] for d in divisions(rows)}
    assert got == expected


def test_bundled_table_has_the_divisions_news_names_alone():
    from geodata.admin1 import load_admin1

    bare = {(r.name, r.country_code) for r in load_admin1() if r.bare}
    for key in [
        ("North Carolina", "US"),
        ("West Bengal", "IN"),
        ("Punjab", "PK"),
        ("Punjab", "IN"),
    ]:
        assert key in bare
