"""The curated tables beside admin1.csv: divisions named alone, and the abbreviations written
after a town. Bad files give errors that name the file and the entry."""

from __future__ import annotations

import pytest

from geodata.admin1 import (
    abbreviated_division,
    admin1_abbreviations,
    load_admin1,
    load_named_alone,
)


def test_every_curated_division_is_a_row_of_admin1():
    rows = {(r.country_code, r.name) for r in load_admin1()}
    assert load_named_alone() <= rows
    assert set(admin1_abbreviations().values()) <= rows


def test_a_division_named_alone_is_bare():
    bare = {(r.country_code, r.name): r.bare for r in load_admin1()}
    assert all(bare[key] for key in load_named_alone())


@pytest.mark.parametrize(
    ("abbr", "expected"),
    [
        ("Ariz.", "admin1:US:arizona"),
        ("N.J.", "admin1:US:new-jersey"),
        ("B.C.", "admin1:CA:british-columbia"),
        ("NSW", "admin1:AU:new-south-wales"),
        ("Ariz", None),  # the full stop is part of the abbreviation
        ("Paris", None),
    ],
)
def test_abbreviated_division(abbr, expected):
    place = abbreviated_division(abbr)
    assert (place.id if place else None) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- [MM]\n", r"entry 0: expected \[country code, admin1 name\]"),
        ("- Shan\n", r"entry 0: expected \[country code, admin1 name\]"),
        ("[unclosed\n", "not readable as YAML"),
    ],
)
def test_a_bad_named_alone_file_names_the_entry(tmp_path, text, message):
    path = tmp_path / "admin1_named_alone.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        load_named_alone(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("US: [Ariz.]\n", "'US': expected a country code and a table"),
        ("US:\n  Ariz.: [Arizona]\n", r"US\.'Ariz\.': expected one name, once"),
        ("US:\n  Ga.: Georgia\nCA:\n  Ga.: Georgia\n", r"CA\.'Ga\.': expected one name, once"),
    ],
)
def test_a_bad_abbreviation_file_names_the_entry(tmp_path, text, message):
    path = tmp_path / "admin1_abbreviations.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        admin1_abbreviations(path)
    assert str(path) in str(err.value)
