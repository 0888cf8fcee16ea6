"""Hostile and careless record files: bounded work, a located error, and the other records load.

Each test reproduces a finding of issue 11 on the loaders (alias bombs, deep nesting, values
a source could not have written, spreadsheets that lose data, files that are not files).
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from flows.load import load_file, load_records

DATA = Path(__file__).parents[1] / "data"
GOOD = (
    "- id: good-one\n  category: drugs\n  origin: Ecuador\n  destination: Belgium\n"
    "  sources: [{title: Report, publisher: Europol}]\n"
)


def _record(extra: str = "", rid: str = "r") -> str:
    return (
        f"- id: {rid}\n  category: drugs\n  origin: Ecuador\n{extra}"
        "  sources: [{title: Report, publisher: Europol}]\n"
    )


def _errors(result) -> list[str]:
    return [str(i) for i in result.errors]


# -- YAML: aliases and nesting are bounded ----------------------------------------------------


def _alias_bomb() -> str:
    """The 'billion laughs' file of the probe: 9 levels of 9 aliases each (~400 bytes)."""
    text = "- &r0 [lol,lol,lol,lol,lol,lol,lol,lol,lol]\n"
    for i in range(1, 9):
        text += f"- &r{i} [" + ",".join([f"*r{i - 1}"] * 9) + "]\n"
    return text


def test_alias_bomb_is_refused_with_its_line(tmp_path):
    path = tmp_path / "bomb.yaml"
    path.write_text(_alias_bomb() + GOOD, encoding="utf-8")
    result = load_file(path)
    refused = [i for i in result.errors if "aliases" in i.reason]
    assert refused, _errors(result)
    assert refused[0].line is not None and refused[0].line <= 9
    assert "FLOWS_MAX_YAML_ALIAS_NODES" in refused[0].suggestion
    assert [r.id for r in result.records] == ["good-one"]  # the rest of the file loads


def test_small_aliases_still_work(tmp_path):
    path = tmp_path / "aliases.yaml"
    path.write_text(
        "- id: a\n  category: drugs\n  origin: Ecuador\n"
        "  sources: &src [{title: Report, publisher: Europol}]\n"
        "- id: b\n  category: drugs\n  origin: Peru\n  sources: *src\n",
        encoding="utf-8",
    )
    result = load_file(path)
    assert not result.errors
    assert [r.sources[0].publisher for r in result.records] == ["Europol", "Europol"]


@pytest.mark.parametrize(
    ("text", "line", "reason"),
    [
        ("- &a [*a]\n", 1, "refers to the list or mapping that holds it"),
        ("- &a {k: *a}\n", 1, "refers to the list or mapping that holds it"),
        ("- *nowhere\n", 1, "names no anchor"),
        ("- " + "[" * 900 + "]" * 900 + "\n", 1, "nested deeper than the 20 levels limit"),
        ("- " + "{a: " * 900 + "1" + "}" * 900 + "\n", 1, "nested deeper than the 20 levels"),
        ("- " + "[" * 5000 + "]" * 5000 + "\n", 1, "nested deeper than the 20 levels limit"),
        ("- a\n---\n- b\n", 2, "second YAML document"),
        ("- ? [a, b]\n  : c\n", 1, "field name must be text"),
    ],
)
def test_hostile_yaml_gets_a_located_error(tmp_path, text, line, reason):
    path = tmp_path / "hostile.yaml"
    path.write_text(text, encoding="utf-8")
    result = load_file(path)
    matching = [i for i in result.errors if reason in i.reason]
    assert matching, _errors(result)
    assert matching[0].file.endswith("hostile.yaml") and matching[0].line == line


def test_deep_nesting_in_one_record_leaves_the_others(tmp_path):
    path = tmp_path / "mixed.yaml"
    path.write_text(
        GOOD + _record("  notes: " + "[" * 600 + "]" * 600 + "\n", "deep"), encoding="utf-8"
    )
    result = load_file(path)
    assert [r.id for r in result.records] == ["good-one"]
    (issue,) = result.errors
    assert (issue.line, issue.record) == (9, "deep")


def test_depth_limit_is_configurable(tmp_path, monkeypatch):
    path = tmp_path / "r.yaml"
    path.write_text(GOOD, encoding="utf-8")
    monkeypatch.setenv("FLOWS_MAX_YAML_DEPTH", "3")
    (issue,) = load_file(path).errors
    assert "3 levels limit" in issue.reason and "FLOWS_MAX_YAML_DEPTH" in issue.suggestion


def test_one_bad_file_never_hides_the_good_ones(tmp_path):
    (tmp_path / "a_deep.yaml").write_text("- " + "[" * 900 + "]" * 900 + "\n")
    (tmp_path / "b_bomb.yaml").write_text(_alias_bomb())
    (tmp_path / "c_recursive.yaml").write_text("- &a [*a]\n")
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", tmp_path / "d_good.yaml")
    result = load_records([tmp_path])
    assert [r.id for r in result.records] == ["012"]
    bad = {Path(i.file).name for i in result.errors}
    assert bad == {"a_deep.yaml", "b_bomb.yaml", "c_recursive.yaml"}


# -- files that are not plain files, and size limits ------------------------------------------


def test_links_devices_pipes_and_folders_are_named(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "loop.yaml").symlink_to("loop.yaml")
    (folder / "zero.yaml").symlink_to("/dev/zero")
    (folder / "dangling.csv").symlink_to("nothing.csv")
    (folder / "sub").symlink_to(".")  # a folder loop: not followed
    (folder / "dir.yaml").mkdir()
    os.mkfifo(folder / "pipe.yaml")
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", folder / "good.yaml")
    result = load_records([folder])
    assert [r.id for r in result.records] == ["012"]
    reasons = {Path(i.file).name: i.reason for i in result.errors}
    assert "symbolic links" in reasons["loop.yaml"]
    assert "not a regular file" in reasons["zero.yaml"]
    assert "not a regular file" in reasons["pipe.yaml"]
    assert "does not exist" in reasons["dangling.csv"]
    # a folder named like a file is searched, not read
    assert "dir.yaml" not in reasons


def test_size_limit_is_named_and_configurable(tmp_path, monkeypatch):
    path = tmp_path / "big.csv"
    path.write_text("id,category\n" + "x,drugs\n" * 2000, encoding="utf-8")
    monkeypatch.setenv("FLOWS_MAX_RECORD_FILE_MB", "0.01")
    (issue,) = load_file(path).errors
    assert "over the 0.01 MB limit for record files" in issue.reason
    assert "FLOWS_MAX_RECORD_FILE_MB" in issue.suggestion


def test_temporary_and_hidden_files_are_not_loaded(tmp_path):
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", tmp_path / "r.yaml")
    # what an interrupted export leaves, old and new naming
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", tmp_path / ".reviewed.k3j2.part.yaml")
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", tmp_path / ".~flows-123-ab.reviewed.yaml")
    (tmp_path / ".git").mkdir()
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", tmp_path / ".git" / "r.yaml")
    result = load_records([tmp_path])
    assert [r.id for r in result.records] == ["012"]
    assert not result.issues


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be"])
def test_utf16_files_load(tmp_path, codec):
    text = (DATA / "traps" / "csv_traps.csv").read_text(encoding="utf-8")
    path = tmp_path / "records.csv"
    path.write_bytes(text.encode(codec))
    result = load_file(path)
    assert not result.errors, _errors(result)
    assert [r.id for r in result.records] == ["007"]


def test_windows_1252_is_still_called_so(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_bytes(_record("  commodity: coca\xefne\n").encode("cp1252"))
    (issue,) = load_file(path).errors
    assert "not UTF-8" in issue.reason and "Windows-1252" in issue.suggestion


# -- values a source could not have written ---------------------------------------------------


@pytest.mark.parametrize(
    ("extra", "field", "reason"),
    [
        ("  quantity: {value: nan, unit: kg, what: seized}\n", "quantity.value", "not a finite"),
        ("  quantity: {value: .inf, unit: kg, what: seized}\n", "quantity.value", "not a"),
        ("  quantity: {value: -inf, unit: kg, what: seized}\n", "quantity.value", "not a finite"),
        ("  quantity: {value: 1e400, unit: kg, what: seized}\n", "quantity.value", "not a finite"),
        ("  quantity: {value: -4, unit: kg, what: seized}\n", "quantity.value", "out of range"),
        ("  quantity: {value: 1e300, unit: kg, what: seized}\n", "quantity.value", "out of range"),
        (
            "  quantity: {value: 1, value_max: inf, unit: kg, what: seized}\n",
            "quantity.value_max",
            "not a finite",
        ),
        ("  confidence: nan\n", "confidence", "not a finite"),
        ('  period_start: "٢٠٢٣"\n', "period_start", "digits other than 0-9"),
        ('  period_start: "２０２３"\n', "period_start", "digits other than 0-9"),
        ('  period_end: "2023-0٣"\n', "period_end", "digits other than 0-9"),
        ('  destination: "\\u200b\\u200d"\n', "destination.name", "invisible"),
        ('  commodity: "\\u2060"\n', "commodity", "invisible"),
        ('  actors: ["\\u200b"]\n', "actors[0]", "invisible"),
        ('  quantity: {value: 3, unit: "\\ufeff", what: seized}\n', "quantity.unit", "invisible"),
    ],
)
def test_impossible_values_are_errors(tmp_path, extra, field, reason):
    path = tmp_path / "r.yaml"
    path.write_text(_record(extra), encoding="utf-8")
    result = load_file(path)
    assert not result.records
    matching = [i for i in result.errors if i.field == field and reason in i.reason]
    assert matching, _errors(result)
    assert matching[0].line is not None


def test_invisible_title_is_an_error(tmp_path):
    path = tmp_path / "r.yaml"
    path.write_text(
        '- id: r\n  category: drugs\n  sources: [{title: "\\u200b", publisher: P}]\n',
        encoding="utf-8",
    )
    (issue,) = load_file(path).errors
    assert issue.field == "sources[0].title" and "invisible" in issue.reason


# -- spreadsheets that lost data --------------------------------------------------------------

_HEADER = "id,category,origin,destination,via,source_title,source_publisher\n"


def test_csv_via_is_a_list_of_places(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        _HEADER + "r1,migrant_smuggling,Dakar,Madrid,Nouadhibou; Laayoune,T,P\n"
        "r2,migrant_smuggling,Dakar,Madrid,Agadez,T,P\n",
        encoding="utf-8",
    )
    result = load_file(path)
    assert not result.errors, _errors(result)
    assert [[p.name for p in r.via] for r in result.records] == [
        ["Nouadhibou", "Laayoune"],
        ["Agadez"],
    ]


def test_csv_duplicate_header_is_said_and_disagreement_refused(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text(
        "id,category,origin,origin,source_title,source_publisher\n"
        "same,drugs,Peru,Peru,T,P\n"
        "differ,drugs,Peru,Bolivia,T,P\n",
        encoding="utf-8",
    )
    result = load_file(path)
    assert [(r.id, r.origin.name) for r in result.records] == [("same", "Peru")]
    warning = [i for i in result.issues if i.severity == "warning"]
    assert warning and "appears 2 times (columns 3, 4)" in warning[0].reason
    (error,) = result.errors
    assert (error.line, error.field) == (3, "origin")
    assert "'Bolivia' vs 'Peru'" in error.reason


def _sheet(book, title, rows):
    sheet = book.create_sheet(title)
    for row in rows:
        sheet.append(row)
    return sheet


def test_every_sheet_of_a_workbook_is_read_or_named(tmp_path):
    book = Workbook()
    book.remove(book.active)
    header = ["id", "category", "origin", "via", "source_title", "source_publisher"]
    _sheet(book, "Weapons", [header, ["w1", "weapons", "Ukraine", "Poland; Germany", "T", "P"]])
    _sheet(book, "Drugs", [header, ["d1", "drugs", "Peru", None, "T", "P"]])
    _sheet(book, "Notes", [["Read me"], ["These records were compiled..."]])
    _sheet(book, "Empty", [])
    path = tmp_path / "book.xlsx"
    book.save(path)
    result = load_file(path)
    assert [r.id for r in result.records] == ["w1", "d1"]
    assert [p.name for p in result.records[0].via] == ["Poland", "Germany"]
    assert result.where[1].file.endswith("book.xlsx[Drugs]")
    (note,) = result.issues
    assert note.severity == "warning" and "sheet 'Notes' is not read" in note.reason


def test_formula_without_saved_value_is_named(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(
        ["id", "category", "origin", "quantity_value", "quantity_unit", "quantity_what",
         "source_title", "source_publisher"]
    )  # fmt: skip
    sheet.append(["f1", "drugs", "Peru", "=2*600", "kg", "seized", "T", "P"])
    sheet.append(["f2", "drugs", "Peru", 12, "kg", "seized", "T", "P"])
    path = tmp_path / "formulas.xlsx"
    book.save(path)  # openpyxl stores the formula and no value, as a script would
    result = load_file(path)
    assert [r.id for r in result.records] == ["f2"]
    (issue,) = result.errors
    assert (issue.line, issue.record, issue.field) == (2, "f1", "quantity_value")
    assert "cell D2 holds a formula (=2*600) without a saved value" in issue.reason


def test_a_zip_bomb_workbook_is_refused(tmp_path, monkeypatch):
    book = Workbook()
    book.active.append(["id", "category", "notes"])
    for i in range(6):
        book.active.append([f"z{i}", "drugs", "x" * 30_000])
    path = tmp_path / "big.xlsx"
    book.save(path)
    monkeypatch.setenv("FLOWS_MAX_XLSX_UNPACKED_MB", "0.1")
    (issue,) = load_file(path).errors
    assert "unpacks to" in issue.reason and "FLOWS_MAX_XLSX_UNPACKED_MB" in issue.suggestion


def test_a_file_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_bytes(b"id,category\n")
    (issue,) = load_file(path).errors
    assert "not an .xlsx file" in issue.reason


def _damaged_sheet_workbook(tmp_path, fill: bytes) -> Path:
    """A workbook whose worksheet's compressed data is overwritten in the middle (the zip's
    table of contents intact): found by the fuzz suite, it raised zlib.error."""
    import zipfile

    book = Workbook()
    book.active.append(["id", "category", "origin", "source_title", "source_publisher"])
    for i in range(200):
        book.active.append([f"r{i}", "drugs", "Peru", f"title {i}", "publisher"])
    path = tmp_path / "damaged.xlsx"
    book.save(path)
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    middle = start + info.compress_size // 2
    data[middle : middle + len(fill)] = fill
    path.write_bytes(bytes(data))
    return path


@pytest.mark.parametrize("fill", [b"\xff" * 64, b"\x00" * 64, bytes(range(256))])
def test_a_workbook_damaged_inside_is_named_not_a_traceback(tmp_path, fill):
    path = _damaged_sheet_workbook(tmp_path, fill)
    result = load_file(path)
    (issue,) = result.errors
    assert Path(issue.file).name == "damaged.xlsx"
    assert issue.reason.startswith(("cannot open workbook", "cannot read workbook")), issue


@pytest.mark.parametrize(
    ("value", "refused"),
    [
        ("!!python/object:os.system", "!!python/object:os.system"),  # found by the fuzz suite
        ("!!python/object/apply:os.system [ls]", "!!python/object/apply:os.system"),
        ("!custom text", "!custom"),
        ("!!str Peru", None),  # YAML's own types are text as usual
        ("!!int 12", None),
    ],
)
def test_a_yaml_tag_is_refused_by_name_not_read_as_nothing(tmp_path, value, refused):
    path = tmp_path / "tags.yaml"
    path.write_text(_record(f"  notes: {value}\n", rid="t1") + _record(rid="t2"), "utf-8")
    result = load_file(path)
    if refused is None:
        assert _errors(result) == [] and result.records[0].notes == value.split(" ", 1)[1]
        return
    (issue,) = result.errors
    assert (issue.line, issue.record) == (4, "t1")  # the line of the tag
    assert f"YAML tag '{refused}' is not allowed" in issue.reason
    assert [r.id for r in result.records] == ["t2"]


@pytest.mark.parametrize(
    ("text", "delimiter"),
    [
        ("id,category,origin\nw1,weapons,Kyiv\n", ","),
        ("id;category;origin\nw1;weapons;Kyiv, Ukraine\n", ";"),
        ("id\tcategory\torigin\nw1\tweapons\tKyiv\n", "\t"),
        ('id,category\nw1,"a;b;c;d"\n', ","),
        ("id\nw1\n", ","),
        ("", ","),
    ],
)
def test_the_csv_delimiter_is_the_one_that_splits_the_header(text, delimiter):
    from flows.load import csv_delimiter

    assert csv_delimiter(text) == delimiter


@pytest.mark.parametrize(
    ("notes_cell", "notes"),
    [
        ("'a,b'", "'a"),  # apostrophes are text: the cell ends at the comma (and a warning)
        ("'quoted'", "'quoted'"),  # csv.Sniffer took ' for a quote and dropped them
        ('"say ""no"""', 'say "no"'),
        ("it's", "it's"),
    ],
)
def test_both_csv_readers_split_rows_the_same_way(tmp_path, notes_cell, notes):
    # found by the fuzz suite: the row reader used csv.Sniffer's guessed quote character,
    # the column reader did not, and the two loaded different records from one file
    from flows.table.load import read_file

    path = tmp_path / "quotes.csv"
    path.write_text(
        "id,category,origin,notes,source_title,source_publisher\n"
        f"q1,drugs,Peru,{notes_cell},Report,Europol\n",
        encoding="utf-8",
    )
    rows = load_file(path)
    table, _ = read_file(path)
    from_columns = [] if table is None else [str(v) for v in list(table.columns.id)]
    assert [r.id for r in rows.records] == from_columns == ["q1"]
    assert rows.records[0].notes == notes


@pytest.mark.parametrize("value", ["２０２３", "١٢", "1e400", "nan"])
def test_a_number_the_schema_refuses_is_refused_by_both_csv_readers(tmp_path, value):
    # found by the fuzz suite: the column reader took full-width digits for a number
    from flows.table.load import read_file

    path = tmp_path / "numbers.csv"
    path.write_text(
        "id,category,origin,quantity_value,quantity_unit,quantity_what,source_title,"
        f"source_publisher\nn1,drugs,Peru,{value},kg,seized,Report,Europol\n"
        "n2,drugs,Peru,12,kg,seized,Report,Europol\n",
        encoding="utf-8",
    )
    rows = load_file(path)
    table, issues = read_file(path)
    assert [r.id for r in rows.records] == ["n2"] and rows.errors
    assert [str(v) for v in list(table.columns.id)] == ["n2"]
    assert any(i.is_error and i.record == "n1" for i in issues)


@pytest.mark.parametrize(
    "raw",
    [
        b"id,category,or\rigin\nn1,drugs,Peru\n",  # a bare carriage return in the header
        b"id,categ\x00ory,origin\nn1,drugs,Peru\n",
    ],
)
def test_a_damaged_csv_header_is_named_by_both_readers(tmp_path, raw):
    # found by the fuzz suite (20x): csv.Error from the column reader's header, a traceback
    from flows.table.load import read_file

    path = tmp_path / "damaged.csv"
    path.write_bytes(raw)
    table, issues = read_file(path)
    assert table is None or len(table.columns.id) <= 1
    assert all(Path(i.file).name == "damaged.csv" and i.reason for i in issues)
    if b"\r" in raw:
        assert [i.reason.split(":")[0] for i in issues] == ["CSV syntax error"]
