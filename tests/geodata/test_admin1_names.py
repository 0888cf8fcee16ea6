"""The names of first-level divisions in a reader's language (geodata/data/admin1_names.yaml)."""

from __future__ import annotations

import pytest

from geodata.admin1 import ADMIN1_NAMES_PATH, admin1_exonyms, admin1_place, load_admin1
from geodata.gazetteer import load_gazetteer
from geodata.names import localized_name

ROWS = [(code, name, lang, local) for (code, name), langs in admin1_exonyms().items()
        for lang, local in langs.items()]  # fmt: skip


@pytest.fixture(scope="module")
def gaz():
    return load_gazetteer()


def test_every_row_names_a_division():
    divisions = {(r.country_code, r.name) for r in load_admin1()}
    unknown = [(code, name) for code, name, _, _ in ROWS if (code, name) not in divisions]
    assert ROWS and unknown == []


@pytest.mark.parametrize(("code", "name", "lang", "local"), ROWS)
def test_the_name_finds_the_division(gaz, code, name, lang, local):
    found = gaz.candidates(local, lang)
    assert found and found[0].name == name and found[0].country_code == code


@pytest.mark.parametrize(
    ("place_id", "name", "lang", "code", "expected"),
    [
        ("admin1:DE:bavaria", "Bavaria", "fr", "DE", "Bavière"),
        ("admin1:DE:bavaria", "Bavaria", "en", "DE", "Bavaria"),
        ("admin1:CA:british-columbia", "British Columbia", "fr", "CA", "Colombie-Britannique"),
        # a division with no French name keeps its own
        ("admin1:AF:helmand", "Helmand", "fr", "AF", "Helmand"),
    ],
)
def test_shown_in_the_reader_language(place_id, name, lang, code, expected):
    assert localized_name(place_id, name, lang, code) == expected


def test_ids_match_the_places_the_gazetteer_builds(gaz):
    row = next(r for r in load_admin1() if (r.country_code, r.name) == ("BE", "Flanders"))
    assert gaz.candidates("Flandre", "fr")[0].id == admin1_place(row).id


def test_a_bad_row_names_the_file_and_row(tmp_path):
    bad = tmp_path / "admin1_names.yaml"
    bad.write_text("fr:\n  - [DE, Bavaria]\n", encoding="utf-8")
    with pytest.raises(ValueError, match=r"admin1_names\.yaml: fr\[0\]: expected"):
        admin1_exonyms(bad)
    assert ADMIN1_NAMES_PATH.name == "admin1_names.yaml"
