"""The `flows validate`, `flows build` and `flows resolve` commands, run as a user runs them."""

import json
import subprocess
import sys
from pathlib import Path

import geopandas as gpd
import pytest

ROOT = Path(__file__).parents[2]
BROKEN = ROOT / "tests" / "data" / "broken"
CATEGORIES = {"weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance"}


def flows(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=300,
    )


def test_validate_bundled_data_is_clean():
    out = flows("validate")
    assert out.returncode == 0, out.stderr
    assert "0 errors" in out.stdout


def test_validate_broken_folder_reports_every_file():
    out = flows("validate", str(BROKEN))
    assert out.returncode == 1
    lines = out.stderr.splitlines()
    for path in BROKEN.iterdir():
        assert any(path.name in line for line in lines), f"nothing reported for {path.name}"
    text = out.stderr
    assert "duplicate_id.yaml:10: record 'same-id', field 'id': duplicate id" in text
    assert (
        "unknown_place.yaml:3: record 'unknown-place', field 'origin': unknown place 'Marioupl'"
        in text
    )
    assert "did you mean 'Mari" in text  # Marioupol / Mariupol
    assert f"in {len(list(BROKEN.iterdir()))} files" in text


def test_output_cut_short_by_the_reader_is_not_a_crash():
    # More lines than a pipe buffers, so the writer meets the closed pipe.
    names = " ".join(["Paris"] * 3000)
    cmd = f"{sys.executable} -m flows.cli resolve {names} --format jsonl | head -n 1"
    out = subprocess.run(cmd, shell=True, capture_output=True, text=True, cwd=ROOT, timeout=300)
    assert len(out.stdout.splitlines()) == 1
    assert "Traceback" not in out.stderr


def test_build_writes_all_categories(tmp_path):
    out = flows("build", "--out", str(tmp_path))
    assert out.returncode == 0, out.stderr
    flows_frame = gpd.read_parquet(tmp_path / "flows.parquet")
    assert len(flows_frame) >= 80
    assert CATEGORIES <= set(flows_frame["category"])
    assert flows_frame["drawable"].sum() >= 70
    routes = gpd.read_file(tmp_path / "flows.gpkg", layer="routes")
    places = gpd.read_file(tmp_path / "flows.gpkg", layer="places")
    assert len(routes) > 10 and len(places) > 40
    assert routes.crs.to_epsg() == places.crs.to_epsg() == 4326


@pytest.mark.parametrize(
    ("name", "kind", "country"),
    [
        ("Marioupol", "city", "UA"),
        ("Kremlin", None, "RU"),
        ("libyennes", "country", "LY"),
        ("Nowhere-on-earth-xyz", None, None),
    ],
)
def test_resolve_jsonl_contract(name, kind, country):
    out = flows("resolve", name, "--lang", "fr", "--format", "jsonl")
    (line,) = out.stdout.splitlines()
    row = json.loads(line)
    assert list(row) == ["query", "name", "kind", "country_code", "lon", "lat"]
    assert row["query"] == name and row["country_code"] == country
    if kind:
        assert row["kind"] == kind
    if country is None:
        assert row["name"] is None and row["lon"] is None and out.returncode == 1
