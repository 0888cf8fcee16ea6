"""The path every command and the page read records through (``flows.table.load``) keeps the
loaders' guarantees: hostile CSV, XLSX and Parquet rows get the schema's located error, files
that are not files are named, temporary files are skipped, one bad file hides nothing."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from flows.table.load import load_files, read_file

DATA = Path(__file__).parents[2] / "data"
HEADER = "id,category,origin,destination,via,source_title,source_publisher,{extra}\n"


def _texts(values) -> list:
    return values.to_pylist() if hasattr(values, "to_pylist") else list(values)


def _ids(records) -> list[str]:
    return [] if records is None else [str(v) for v in _texts(records.columns.id)]


def _csv(tmp_path, extra: str, values: list[str], name: str = "r.csv") -> Path:
    path = tmp_path / name
    rows = "".join(
        f"r{i},drugs,Peru,Belgium,,T,P,{v}\n" for i, v in enumerate(values)
    )  # one record per value, the value in the extra column
    path.write_text(HEADER.format(extra=extra) + rows, encoding="utf-8")
    return path


@pytest.mark.parametrize(
    ("extra", "value", "reason"),
    [
        ("quantity_value", "nan", "not a"),
        ("quantity_value", "inf", "not a finite"),
        ("quantity_value", "1e400", "not a finite"),
        ("quantity_value", "-4", "out of range"),
        ("quantity_value", "1e300", "out of range"),
        ("confidence", "nan", "not a finite"),
        ("confidence", "1e400", "not a finite"),
        ("period_start", "٢٠٢٣", "digits other than 0-9"),
        ("period_start", "２０２３", "digits other than 0-9"),
        ("commodity", "\u200b", "invisible"),
        ("notes", "\u200b\u200d", "invisible"),
        ("summary", "\u2060", "invisible"),
        ("actors", "Mafia; \u200b", "invisible"),
    ],
)
def test_csv_values_no_source_could_write_are_errors(tmp_path, extra, value, reason):
    cells = {"quantity_value": ("quantity_value,quantity_unit,quantity_what", f"{value},kg,x")}
    header, cell = cells.get(extra, (extra, value))
    path = tmp_path / "r.csv"
    path.write_text(
        HEADER.format(extra=header) + f"bad,drugs,Peru,Belgium,,T,P,{cell}\n"
        "good,drugs,Peru,Belgium,,T,P," + ",".join([""] * len(header.split(","))) + "\n",
        encoding="utf-8",
    )
    records, issues = read_file(path)
    assert _ids(records) == ["good"]
    errors = [i for i in issues if i.is_error]
    assert any(i.record == "bad" and i.line == 2 and reason in i.reason for i in errors), [
        str(i) for i in errors
    ]


def test_csv_via_is_a_list_of_places(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        HEADER.format(extra="notes")
        + "r1,migrant_smuggling,Dakar,Madrid,Nouadhibou; Laayoune,T,P,\n",
        encoding="utf-8",
    )
    records, issues = read_file(path)
    assert not issues, [str(i) for i in issues]
    assert [str(v) for v in _texts(records.columns.via_names)] == ["Nouadhibou", "Laayoune"]
    assert not load_files([path], use_cache=False).table.issues


def test_csv_repeated_columns_that_disagree(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "id,category,origin,origin,source_title,source_publisher\n"
        "same,drugs,Peru,Peru,T,P\ndiffer,drugs,Peru,Bolivia,T,P\n",
        encoding="utf-8",
    )
    records, issues = read_file(path)
    assert _ids(records) == ["same"]
    (error,) = [i for i in issues if i.is_error]
    assert (error.line, error.field) == (3, "origin") and "disagree" in error.reason


def test_every_sheet_of_a_workbook_and_formulas_without_values(tmp_path):
    book = Workbook()
    book.remove(book.active)
    header = ["id", "category", "origin", "quantity_value", "quantity_unit", "quantity_what",
              "source_title", "source_publisher"]  # fmt: skip
    first = book.create_sheet("Weapons")
    first.append(header)
    first.append(["w1", "weapons", "Ukraine", None, None, None, "T", "P"])
    second = book.create_sheet("Drugs")
    second.append(header)
    second.append(["d1", "drugs", "Peru", "=2*600", "kg", "seized", "T", "P"])
    second.append(["d2", "drugs", "Peru", 12, "kg", "seized", "T", "P"])
    notes = book.create_sheet("Notes")
    notes.append(["Compiled by hand"])
    path = tmp_path / "book.xlsx"
    book.save(path)
    loaded = load_files([path], use_cache=False)
    assert list(loaded.table.records["id"]) == ["w1", "d2"]
    messages = [str(i) for i in loaded.issues]
    assert any("book.xlsx[Drugs]:2" in m and "cell D2 holds a formula" in m for m in messages)
    assert any("sheet 'Notes' is not read" in m for m in messages)
    assert loaded.where(1)[0].endswith("book.xlsx[Drugs]")


def test_files_that_are_not_files_are_named_and_the_rest_loads(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", folder / "good.yaml")
    (folder / "loop.csv").symlink_to("loop.csv")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    (folder / "gone.xlsx").symlink_to("nothing.xlsx")
    os.mkfifo(folder / "pipe.csv")
    (folder / "deep.yaml").write_text("- " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    (folder / ".~flows-1-ab.reviewed.yaml").write_text("- {id: stale}\n", encoding="utf-8")
    (folder / ".old.part.yaml").write_text("- {id: stale}\n", encoding="utf-8")
    loaded = load_files([folder], use_cache=False)
    assert list(loaded.table.records["id"]) == ["012"]
    reasons = {Path(i.file).name: i.reason for i in loaded.issues if i.is_error}
    assert "symbolic links" in reasons["loop.csv"]
    assert "not a regular file" in reasons["zero.yaml"]
    assert "not a regular file" in reasons["pipe.csv"]
    assert "does not exist" in reasons["gone.xlsx"]
    assert "nested deeper" in reasons["deep.yaml"]
    assert not any("stale" in str(i) or ".part" in i.file for i in loaded.issues)


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le"])
def test_utf16_csv_loads(tmp_path, codec):
    text = (DATA / "traps" / "csv_traps.csv").read_text(encoding="utf-8")
    path = tmp_path / "r.csv"
    path.write_bytes(text.encode(codec))
    records, issues = read_file(path)
    assert not [i for i in issues if i.is_error], [str(i) for i in issues]
    assert _ids(records) == ["007"]


def test_size_limits_are_named(tmp_path, monkeypatch):
    path = _csv(tmp_path, "notes", ["x"] * 2000)
    monkeypatch.setenv("FLOWS_MAX_RECORD_FILE_MB", "0.01")
    records, (issue,) = read_file(path)
    assert records is None and "0.01 MB limit for record files" in issue.reason


def test_a_ragged_csv_with_an_unknown_column_keeps_its_rows(tmp_path):
    """Found by the fuzz suite: the columnar reader gave up on ragged rows and, because the
    header had an unknown column (a warning), the rows were dropped without an error."""
    path = tmp_path / "r.csv"
    path.write_text(
        "id,category,origin,source_title,source_publisher,Remarks\n"
        "a,drugs,Peru,T,P,x,extra cell\n"
        "b,drugs,Peru,T,P\n",
        encoding="utf-8",
    )
    records, issues = read_file(path)
    assert _ids(records) == ["a", "b"]
    # the unknown column, said once, and the cell beyond the header, said at its line
    assert [(i.severity, i.line) for i in issues] == [("warning", 1), ("warning", 2)]
    assert "'extra cell' not read" in issues[1].reason


@pytest.mark.parametrize("value", ["maybe", "quantity_estimate", "TRUE"])
def test_an_estimate_flag_without_a_quantity_is_an_error_not_a_traceback(tmp_path, value):
    # found by the fuzz suite: a CSV whose header line was repeated as data
    path = _csv(tmp_path, "quantity_estimate", [value])
    records, issues = read_file(path)
    assert _ids(records) == []
    assert any(
        i.record == "r0" and i.line == 2 and "quantity" in (i.field or "") for i in issues
    ), [str(i) for i in issues]
