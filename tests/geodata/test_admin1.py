"""The curated tables beside admin1.csv: divisions named alone, and the abbreviations written
after a town. Bad files give errors that name the file and the entry."""

from __future__ import annotations

import pytest

from geodata.admin1 import (
    abbreviated_division,
    admin1_abbreviations,
    load_admin1,
    load_named_alone,
    load_renamed,
)


def test_every_curated_division_is_a_row_of_admin1():
    rows = {(r.country_code, r.name) for r in load_admin1()}
    assert load_named_alone() <= rows
    assert set(admin1_abbreviations().values()) <= rows


def test_every_renamed_division_is_a_row_of_admin1_csv():
    import csv

    from geodata.admin1 import ADMIN1_PATH

    text = ADMIN1_PATH.read_text(encoding="utf-8").splitlines()
    lines = [ln for ln in text if not ln.startswith("#")]
    rows = {(r["country_code"], r["name"]) for r in csv.DictReader(lines)}
    assert set(load_renamed()) <= rows
    # and the new names are what the gazetteer's divisions are called
    names = {(r.country_code, r.name) for r in load_admin1()}
    assert {(code, new) for (code, _), new in load_renamed().items()} <= names


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
    ("loader", "text", "message"),
    [
        (load_named_alone, "- [MM]\n", r"entry 0: expected \[country code, admin1 name\]"),
        (load_named_alone, "- Shan\n", r"entry 0: expected \[country code, admin1 name\]"),
        (load_named_alone, "[unclosed\n", "not readable as YAML"),
        (load_renamed, "- [CN, Zhejiang Sheng]\n", r"entry 0: expected \[country code, admin1"),
        (admin1_abbreviations, "US: [Ariz.]\n", "'US': expected a country code and a table"),
        (
            admin1_abbreviations,
            "US:\n  Ariz.: [Arizona]\n",
            r"US\.'Ariz\.': expected one name, once",
        ),
        (
            admin1_abbreviations,
            "US:\n  Ga.: Georgia\nCA:\n  Ga.: Georgia\n",
            r"CA\.'Ga\.': expected one name, once",
        ),
    ],
)
def test_a_bad_table_names_the_file_and_the_entry(tmp_path, loader, text, message):
    path = tmp_path / "table.yaml"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(ValueError, match=message) as err:
        loader(path)
    assert str(path) in str(err.value)


@pytest.mark.parametrize(
    ("name", "context", "expected"),
    [
        # a division whose name carries its kind is found by that name (round 33: these 47
        # divisions were only found under "Eastern Province province" and the like)
        ("Eastern Province", ("SA",), "admin1:SA:eastern-province"),
        ("Western Province", ("PG",), "admin1:PG:western-province"),
        ("Tibet Autonomous Region", (), "admin1:CN:tibet-autonomous-region"),
        ("Basra Governorate", (), "admin1:IQ:basra-governorate"),
        # the others keep their names with a kind ("Enga Province")
        ("Enga Province", (), "admin1:PG:enga"),
        ("Helmand province", (), "admin1:AF:helmand"),
        # GeoNames's "Zhejiang Sheng", "Savannahkhet", "Muhafazat Shamal Sina'": found under
        # the names news uses (round 35: none of them was found)
        ("Zhejiang", (), "admin1:CN:zhejiang"),
        ("Xinjiang", (), "admin1:CN:xinjiang"),
        ("Henan", (), "admin1:CN:henan"),  # not Hengyang, a city GeoNames also calls Henan
        ("Tibet", (), "admin1:CN:tibet-autonomous-region"),
        ("Savannakhet Province", (), "admin1:LA:savannakhet"),
        ("Phang Nga", (), "admin1:TH:phang-nga"),
        ("North Sinai", (), "admin1:EG:north-sinai"),
        ("Hadramawt", (), "admin1:YE:hadramawt"),
        ("province du Zhejiang", (), "admin1:CN:zhejiang"),
    ],
)
def test_a_division_is_found_by_its_name_with_its_kind(name, context, expected):
    from geodata.gazetteer import ResolveContext, load_gazetteer

    place = load_gazetteer().resolve(name, context=ResolveContext(context)).place
    assert place is not None and place.id == expected
