"""French départements (geodata/data/fr_departements.csv): names, places and bad rows."""

from __future__ import annotations

from pathlib import Path

import pytest

from geodata.gazetteer import load_gazetteer
from geodata.supplement import SupplementError, load_departements

HEADER = "code,name,lon,lat,bare\n"


@pytest.mark.parametrize(
    ("query", "lang", "expected_id"),
    [
        ("Seine-Maritime", "fr", "region:seine-maritime-department"),
        ("Tarn-et-Garonne", "fr", "region:tarn-et-garonne-department"),
        ("département de la Gironde", "fr", "region:gironde-department"),
        ("département de l'Ain", "fr", "region:ain-department"),
        ("département du Lot", "fr", "region:lot-department"),
        ("Gironde department", "en", "region:gironde-department"),
        ("Loire department", "en", "region:loire-department"),
    ],
)
def test_departement_names_resolve_to_regions_of_france(
    query: str, lang: str, expected_id: str
) -> None:
    place = load_gazetteer().resolve(query, lang=lang).place
    assert place is not None, query
    assert (place.id, place.kind, place.country_code) == (expected_id, "region", "FR")


@pytest.mark.parametrize("query", ["Loire", "Lot", "Aube"])
def test_departement_names_that_are_words_or_rivers_are_not_matched_alone(query: str) -> None:
    place = load_gazetteer().resolve(query, lang="fr").place
    assert place is None or not place.id.endswith("-department")


def test_load_departements_names_and_point(tmp_path: Path) -> None:
    path = tmp_path / "d.csv"
    path.write_text("# comment\n" + HEADER + "33,Gironde,-0.6,44.85,1\n01,Ain,5.35,46.1,0\n")
    gironde, ain = load_departements(path)
    assert (gironde.id, gironde.lon, gironde.lat, gironde.country_code) == (
        "region:gironde-department", -0.6, 44.85, "FR",
    )  # fmt: skip
    assert "Gironde" in gironde.names["fr"] and "Ain" not in ain.names["fr"]
    assert "département de l'Ain" in ain.names["fr"] and "Ain department" in ain.names["en"]


@pytest.mark.parametrize(
    ("row", "message"),
    [
        ("33,Gironde,west,44.85,1", "row 1 (Gironde)"),
        ("33,Gironde,-0.6,144.85,1", "out of range"),
        ("33,,-0.6,44.85,1", "empty"),
        ("33,Gironde,-0.6,44.85", "row 1 (Gironde)"),
    ],
)
def test_bad_departement_rows_name_file_and_row(tmp_path: Path, row: str, message: str) -> None:
    path = tmp_path / "d.csv"
    path.write_text(HEADER + row + "\n")
    with pytest.raises(SupplementError) as err:
        load_departements(path)
    assert str(path) in str(err.value) and message in str(err.value)
