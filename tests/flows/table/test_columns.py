"""Spreadsheets and Parquet are checked column by column, with the record schema's messages."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from flows.load import load_file
from flows.table.frame import records_frame
from flows.table.load import load_files, load_map_table, read_file, validate_files

DATA = Path(__file__).parents[2] / "data"
HEADER = (
    "id,category,origin,origin_country,destination,via,period_start,period_end,confidence,"
    "quantity_value,quantity_unit,quantity_what,quantity_estimate,source_title,"
    "source_publisher,source_url,source_published,source2_title,source2_publisher\n"
)
ROWS = [
    # good rows
    "ok-1,drugs,Colombia,,Spain,,2015,2016,0.8,,,,,WDR,UNODC,https://u.org,2016,,\n",
    "ok-2,weapons,Kyiv,UA,Warsaw,,2016-03,,0.95,12,items,rifles,yes,T,P,,2017-01-02,T2,P2\n",
    "ok-3,weapons,Belgrade,,Vienna,,,,,,,,,T,P,,,,\n",
    # each breaks one rule
    "Bad Id,drugs,Colombia,,Spain,,,,,,,,,T,P,,,,\n",
    "bad-cat,drug,Colombia,,Spain,,,,,,,,,T,P,,,,\n",
    "bad-date,drugs,Colombia,,Spain,,2015-02-30,,,,,,,T,P,,,,\n",
    "bad-order,drugs,Colombia,,Spain,,2019,2016,,,,,,T,P,,,,\n",
    "bad-conf,drugs,Colombia,,Spain,,,,80%,,,,,T,P,,,,\n",
    "bad-range,drugs,Colombia,,Spain,,,,1.5,,,,,T,P,,,,\n",
    "no-unit,drugs,Colombia,,Spain,,,,,12,,seized,,T,P,,,,\n",
    "bad-url,drugs,Colombia,,Spain,,,,,,,,,T,P,ftp://x,,,\n",
    "no-source,drugs,Colombia,,Spain,,,,,,,,,,,,,,\n",
    "half-source,drugs,Colombia,,Spain,,,,,,,,,T,,,,,\n",
    "bad-hint,drugs,Colombia,Colombia,Spain,,,,,,,,,T,P,,,,\n",
    ",drugs,Colombia,,Spain,,,,,,,,,T,P,,,,\n",
]


@pytest.fixture(scope="module")
def sheet(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("csv") / "records.csv"
    path.write_text(HEADER + "".join(ROWS), encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def sheet_with_via(tmp_path_factory) -> Path:
    # (the row-by-row schema path has its own handling of "via" cells; not compared here)
    path = tmp_path_factory.mktemp("csv") / "via.csv"
    rows = [r.replace("Warsaw,,", "Warsaw,Lviv,").replace("Vienna,,", "Vienna,Budapest; Gyor,")
            for r in ROWS[:3]]  # fmt: skip
    path.write_text(HEADER + "".join(rows), encoding="utf-8")
    return path


def _schema_path(path: Path):
    """What the record schema says row by row (the reference)."""
    result = load_file(path)
    return {r.id for r in result.records}, {(i.line, i.field, i.reason) for i in result.issues}


def test_column_checks_report_what_the_schema_reports(sheet):
    records, issues = read_file(sheet)
    ids, expected = _schema_path(sheet)
    got_ids = set(records.columns.id.to_pylist())
    assert got_ids == ids == {"ok-1", "ok-2", "ok-3"}
    assert {(i.line, i.field, i.reason) for i in issues} == expected
    assert len(expected) >= 12  # every broken row is named


@pytest.mark.parametrize(
    "name", ["broken/bad_rows.csv", "traps/csv_traps.csv"], ids=lambda n: n.split("/")[-1]
)
def test_bundled_fixtures_agree_with_the_schema(name):
    records, issues = read_file(DATA / name)
    ids, expected = _schema_path(DATA / name)
    assert set(records.columns.id.to_pylist()) == ids
    assert {(i.line, i.field, i.reason) for i in issues} == expected


def test_the_table_keeps_what_the_cells_say(sheet_with_via):
    table = load_files([sheet_with_via], use_cache=False).table
    frame = records_frame(table).set_index("id")
    ok2 = frame.loc["ok-2"]
    assert ok2["origin_country"] == "UA" and ok2["via_names"] == ["Lviv"]
    assert ok2["period_start"] == "2016-03" and ok2["quantity_value"] == 12
    assert bool(ok2["quantity_estimate"]) is True and ok2["n_sources"] == 2
    assert frame.loc["ok-3", "via_names"] == ["Budapest", "Győr"]
    assert frame.loc["ok-1", "confidence"] == 0.8 and frame.loc["ok-3", "confidence"] == 0.8


def test_parquet_written_by_build_loads_back(tmp_path):
    from flows.cli import main

    data = DATA.parents[1] / "flows" / "data"
    assert main(["build", str(data), "--out", str(tmp_path / "out")]) == 0
    bundled = records_frame(load_map_table([data]))
    again = records_frame(load_map_table([tmp_path / "out"]))  # places and routes are skipped
    assert sorted(again["id"]) == sorted(bundled["id"])
    a, b = bundled.set_index("id"), again.set_index("id").loc[bundled["id"]]
    for column in ("category", "origin_id", "dest_id", "via_ids", "t_start", "t_end", "actors"):
        left, right = (x[column].map(_plain).tolist() for x in (a, b))
        assert left == right, column


def _plain(value) -> str:
    missing = value is None or (isinstance(value, float) and value != value)
    return "" if missing else str(value)


def test_a_folder_of_parquet_parts_and_a_non_record_file(tmp_path):
    import pyarrow as pa
    import pyarrow.parquet as pq

    from flows.synthetic import synthetic_records
    from flows.table.build import places_frame
    from tests.flows.export.conftest import PLACES

    places = places_frame(list(PLACES.values()))
    places["population"] = 1_000
    data = synthetic_records(places, 300, seed=2)
    dataset = tmp_path / "records.parquet"
    dataset.mkdir()
    pq.write_table(data.slice(0, 100), dataset / "part-0.parquet")
    pq.write_table(data.slice(100), dataset / "part-1.parquet")
    pq.write_table(pa.table({"x": [1]}), tmp_path / "other.parquet")
    loaded = validate_files([tmp_path])
    assert len(loaded.table) == 300
    assert any(
        "not a table of flow records" in str(i) and "other.parquet" in str(i) for i in loaded.issues
    )


def test_a_restart_reads_the_table_from_the_disk_cache(tmp_path, monkeypatch, sheet):
    import flows.table.load as load

    monkeypatch.setenv("FLOWS_TABLE_CACHE_DIR", str(tmp_path / "cache"))
    first = load_map_table([sheet])

    def no_reading(path):
        raise AssertionError(f"{path} was read again")

    monkeypatch.setattr(load, "read_file", no_reading)
    again = load_map_table([sheet])
    assert list(again.records["id"]) == list(first.records["id"])
    assert again.issues == first.issues
    # a changed file is read again
    sheet2 = tmp_path / "changed.csv"
    shutil.copy(sheet, sheet2)
    with pytest.raises(AssertionError, match="read again"):
        load_map_table([sheet2])


def test_every_error_keeps_its_line_in_a_big_file(tmp_path):
    """Errors planted in a synthetic file are all reported, each at its own line."""
    from flows.synthetic import synthetic_records, write_synthetic
    from flows.table.build import places_frame
    from tests.flows.export.conftest import PLACES

    places = places_frame(list(PLACES.values()))
    places["population"] = 1_000
    path = write_synthetic(tmp_path / "big.csv", 3000, seed=5, errors=40, places=places)
    loaded = validate_files([path])
    lines = [i.line for i in loaded.errors]
    assert len(loaded.errors) >= 40 and None not in lines
    text = path.read_text(encoding="utf-8").splitlines()
    for issue in loaded.errors:
        assert issue.record in text[issue.line - 1]  # the line holds that record
    assert synthetic_records(places, 10, seed=5).num_rows == 10
    assert np.all(np.diff(lines) >= 0)


@pytest.mark.parametrize(
    ("via", "expected"),
    [
        ("Agadez Region", "admin1:NE:agadez"),  # a division named like its capital
        ("Agadez", "geonames:2448085"),  # the city itself
        ("Western Balkans", "region:western-balkans"),
        # a name several places bear keeps its country hint, in the YAML and after the build
        ("{name: Córdoba, country: ES}", "geonames:2519240"),
        ("{name: San José, country: CR}", "geonames:3621849"),
        ("San José", "geonames:5392171"),  # no hint: the biggest
    ],
)
def test_transit_places_read_back_as_themselves_after_build(tmp_path, via, expected):
    from flows.cli import main

    src = tmp_path / "src"
    src.mkdir()
    (src / "r.yaml").write_text(
        "- id: r-1\n  category: weapons\n  origin: Libya\n  destination: Mali\n"
        f"  via: [{via}]\n  sources: [{{title: T, publisher: P, url: 'https://x.org'}}]\n",
        encoding="utf-8",
    )
    assert main(["build", str(src), "--out", str(tmp_path / "out")]) == 0
    for folder in (src, tmp_path / "out"):
        table = load_map_table([folder])
        (row,) = records_frame(table)["via_ids"]
        assert list(row) == [expected], folder.name


def test_a_spreadsheet_gives_transit_places_their_countries(tmp_path):
    """``via_country`` pairs with ``via`` item by item; lists of other lengths are ignored."""
    sheet = tmp_path / "r.csv"
    sheet.write_text(
        "id,category,origin,destination,via,via_country,source_title,source_publisher\n"
        "r-1,drugs,Bolivia,Spain,Córdoba; San José,AR; CR,T,P\n"
        "r-2,drugs,Bolivia,Spain,Córdoba; San José,ES,T,P\n",
        encoding="utf-8",
    )
    rows = records_frame(load_map_table([sheet]))["via_ids"]
    assert [list(r) for r in rows] == [
        ["geonames:3860259", "geonames:3621849"],
        ["geonames:3860259", "geonames:5392171"],
    ]
