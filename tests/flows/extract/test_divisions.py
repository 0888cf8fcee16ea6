"""Provinces and states (geodata/data/admin1.csv) as places: sentence -> expected mentions.

A division named alone counts where the words around it make it a place; names that mean a
city, a country or a curated region keep that meaning.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from flows.extract.toponyms import ToponymScanner
from geodata.admin1 import load_admin1


@pytest.fixture(scope="module")
def scanner() -> ToponymScanner:
    return ToponymScanner()


def _found(scanner, text, lang):
    return [(m.surface, m.place.kind, m.place.country_code) for m in scanner.scan(text, lang)]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "The heroin came from Badakhshan to Turkey.",
            "en",
            [("Badakhshan", "region", "AF"), ("Turkey", "country", "TR")],
        ),
        (
            "Opium grown in Helmand, Badakhshan and Nangarhar.",
            "en",
            [
                ("Helmand", "region", "AF"),
                ("Badakhshan", "region", "AF"),
                ("Nangarhar", "region", "AF"),
            ],
        ),
        ("Police seized rifles in Bavaria.", "en", [("Bavaria", "region", "DE")]),
        ("L'héroïne produite dans le Helmand.", "fr", [("Helmand", "region", "AF")]),
        ("Troops patrolled Helmand province.", "en", [("Helmand province", "region", "AF")]),
        # a division's name alone, with no place word before it: a person or a firm
        ("Guerrero said the cartel had split.", "en", []),
        ("Gunmen in Guerrero killed two.", "en", [("Guerrero", "region", "MX")]),
        ("Cortes voted the law.", "en", []),
        # a name that is a city or a country stays one
        ("Arms reached Kandahar.", "en", [("Kandahar", "city", "AF")]),
        ("Weapons smuggled into Georgia.", "en", [("Georgia", "country", "GE")]),
    ],
)
def test_divisions_in_text(scanner, text, lang, expected):
    assert _found(scanner, text, lang) == expected


def test_admin1_rows_are_valid_and_provinces_are_bare():
    rows = load_admin1()
    assert len(rows) > 3000
    by_name = {(r.name, r.country_code): r for r in rows}
    assert by_name[("Badakhshan", "AF")].bare and by_name[("Bavaria", "DE")].bare
    assert not by_name[("Meta", "CO")].bare  # four letters: also a word
    assert all(not r.bare for r in rows if r.name in ("Central", "Western", "Eastern Province"))


def test_a_bad_admin1_row_names_file_row_and_fields(tmp_path: Path):
    bad = tmp_path / "admin1.csv"
    bad.write_text(
        "# comment\nname,country_code,lon,lat,places,bare\n"
        "Helmand,AF,64.2,31.6,10,1\nNowhere,XX,500,0,1,1\n",
        encoding="utf-8",
    )
    with pytest.raises(ValueError, match=r"admin1.csv: row 2 \(Nowhere\): fields .*lon, lat"):
        load_admin1(bad)
