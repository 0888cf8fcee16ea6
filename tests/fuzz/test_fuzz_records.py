"""Fuzz the record loaders (YAML, CSV, XLSX): loads, or a located error; never a traceback,
a hang or a silent change.

Three classes per format:
- round trip: valid records written by a library load back exactly as the schema reads them;
- values: one field set to a hostile value (NaN, 1e400, Arabic digits, zero-width text,
  formulas, YAML 1.1 words...): the record loads with exactly that text as the schema reads
  it, or an error names the record and its line;
- garbage: the file's bytes damaged (cut, spliced, nested, aliased, re-encoded): no
  exception, every issue names the file and a reason, and what loads obeys the schema.
"""

from __future__ import annotations

import itertools
import re
from pathlib import Path

from hypothesis import assume, given
from hypothesis import strategies as st

from flows.load import load_file
from flows.table.load import read_file
from tests.fuzz.harness import bounded, fuzz_settings
from tests.fuzz.records import (
    FIELDS,
    HOSTILE_VALUE,
    byte_mutation,
    check_invariants,
    columns_view,
    csv_text,
    expected,
    record_view,
    records,
    set_value,
    xlsx_bytes,
    yaml_text,
)

_N = itertools.count()


def _path(tmp_path_factory, suffix: str) -> Path:
    return tmp_path_factory.getbasetemp() / f"fuzz-{next(_N)}{suffix}"


def _load(path: Path, kind: str):
    """Load with the row reader (the schema's records) and, for CSV, also through the
    columnar path the product uses: both must agree record for record."""
    with bounded(kind):
        result = load_file(path)
        table = read_file(path) if path.suffix == ".csv" else None
    for issue in result.issues:
        assert issue.file and issue.reason, issue
        assert Path(issue.file.split("[")[0]).name == path.name, issue
    for record in result.records:
        check_invariants(record)
    if table is not None:
        records, issues = table
        got = columns_view(records.columns) if records is not None else []
        want = [(r.id, record_view(r)) for r in result.records]
        assert got == want, (
            f"{path}: the columnar reader and the schema disagree; columnar issues: "
            f"{[str(i) for i in issues][:3]}; row issues: {[str(i) for i in result.issues][:3]}"
        )
        assert bool([i for i in issues if i.is_error]) == bool(result.errors)
    return result


def _same(result, items: list[dict]) -> None:
    """Every item loads as the schema reads its text, or is reported as an error."""
    loaded = {r.id: r for r in result.records}
    reported = {i.record for i in result.errors}
    for item in items:
        want = expected(item)
        rid = item.get("id") if isinstance(item.get("id"), str) else None
        if want is None:
            assert rid not in loaded, f"record {rid!r} loaded though the schema refuses it"
            assert result.errors, f"record {rid!r} left out without an error"
            continue
        if want.id in loaded:
            got = loaded[want.id].model_dump()
            assert got == want.model_dump(), f"silent change in {want.id}"
        else:
            assert reported & {want.id, None}, f"record {want.id!r} left out without an error"


# -- YAML ---------------------------------------------------------------------------------------


@fuzz_settings(120)
@given(items=records())
def test_yaml_round_trip(tmp_path_factory, items):
    path = _path(tmp_path_factory, ".yaml")
    path.write_text(yaml_text(items), encoding="utf-8")
    result = _load(path, "yaml round trip")
    assert not result.errors, [str(i) for i in result.errors]
    _same(result, items)


@fuzz_settings(160)
@given(items=records(), field=st.sampled_from(FIELDS), value=HOSTILE_VALUE, plain=st.booleans())
def test_yaml_hostile_values(tmp_path_factory, items, field, value, plain):
    # NEL and the Unicode line and paragraph separators are line breaks in YAML: the spec folds
    # them into a space in a scalar, which is YAML, not a silent change of the loader's
    assume(not any(c in value for c in "\x85\u2028\u2029"))
    items = [set_value(items[0], field, value), *items[1:]]
    text = yaml_text(items)
    if plain and "\n" not in value and value:
        # as a person types it, unquoted: the loader reads it as text (null-likes as null)
        marker = "__HOSTILE__"
        text = yaml_text([set_value(items[0], field, marker), *items[1:]])
        text = text.replace(marker, value, 1)
        if value.strip(" \t") in ("", "~", "null", "Null", "NULL"):  # YAML trims plain values
            items = [set_value(items[0], field, None), *items[1:]]
        elif value.startswith("#") or re.search(r"[ \t]#", value):
            # YAML reads "#" after a blank (or first) as the start of a comment
            typed = re.split(r"(?:^|[ \t]+)#", value, maxsplit=1)[0]
            items = [set_value(items[0], field, typed or None), *items[1:]]
    path = _path(tmp_path_factory, ".yaml")
    path.write_text(text, encoding="utf-8")
    result = _load(path, "yaml hostile values")
    if plain and value.lstrip().startswith(("[", "{", "&")):
        return  # typed unquoted, "[1, 2]" is YAML's list and "&a" an anchor: YAML, not text
    if any(i.reason.startswith(("YAML syntax", "values nested", "alias")) for i in result.errors):
        return  # an unquoted value that breaks the syntax: reported with its line
    _same(result, items)


@fuzz_settings(160)
@given(data=st.data(), items=records())
def test_yaml_damaged_bytes(tmp_path_factory, data, items):
    raw = yaml_text(items).encode("utf-8")
    path = _path(tmp_path_factory, ".yaml")
    path.write_bytes(data.draw(byte_mutation(raw)))
    _load(path, "yaml damaged bytes")


# -- CSV ----------------------------------------------------------------------------------------


@fuzz_settings(80)
@given(items=records(), delimiter=st.sampled_from([",", ";", "\t"]))
def test_csv_round_trip(tmp_path_factory, items, delimiter):
    path = _path(tmp_path_factory, ".csv")
    path.write_text(csv_text(items, delimiter), encoding="utf-8")
    result = _load(path, "csv round trip")
    assert not result.errors, [str(i) for i in result.errors]
    _same(result, items)


@fuzz_settings(100)
@given(items=records(), field=st.sampled_from(FIELDS), value=HOSTILE_VALUE)
def test_csv_hostile_values(tmp_path_factory, items, field, value):
    assume(field[:2] != ("sources", 0) or field[-1] != "title" or value.strip())
    items = [set_value(items[0], field, value), *items[1:]]
    if field in (("via",), ("actors",)):
        # a cell holds a list as "a; b": the schema reads the split text
        items[0][field[0]] = [p.strip() for p in value.replace("|", ";").split(";") if p.strip()]
    path = _path(tmp_path_factory, ".csv")
    path.write_text(csv_text(items), encoding="utf-8")
    result = _load(path, "csv hostile values")
    # an empty cell is an absent value in a spreadsheet
    blank = not value.strip()
    if blank or "\x00" in value or value.strip() != value:
        return
    _same(result, items)


@fuzz_settings(100)
@given(data=st.data(), items=records())
def test_csv_damaged_bytes(tmp_path_factory, data, items):
    raw = csv_text(items).encode("utf-8")
    path = _path(tmp_path_factory, ".csv")
    path.write_bytes(data.draw(byte_mutation(raw)))
    _load(path, "csv damaged bytes")


# -- XLSX ---------------------------------------------------------------------------------------


@fuzz_settings(40)
@given(sheets=st.lists(records(max_size=3), min_size=1, max_size=3))
def test_xlsx_round_trip_every_sheet(tmp_path_factory, sheets):
    # ids unique across the workbook's sheets
    named = {}
    for n, items in enumerate(sheets):
        named[f"Sheet {n}"] = [{**it, "id": f"s{n}-{it['id']}"} for it in items]
    path = _path(tmp_path_factory, ".xlsx")
    path.write_bytes(xlsx_bytes(named))
    result = _load(path, "xlsx round trip")
    assert not result.errors, [str(i) for i in result.errors]
    everything = [it for items in named.values() for it in items]
    assert len(result.records) == len(everything)  # no sheet ignored
    _same(result, everything)


@fuzz_settings(40)
@given(items=records(), field=st.sampled_from(FIELDS), value=HOSTILE_VALUE)
def test_xlsx_hostile_values(tmp_path_factory, items, field, value):
    assume(value.strip() == value and value and not any(ord(c) < 32 for c in value))
    items = [set_value(items[0], field, value), *items[1:]]
    if field in (("via",), ("actors",)):
        items[0][field[0]] = [p.strip() for p in value.replace("|", ";").split(";") if p.strip()]
    path = _path(tmp_path_factory, ".xlsx")
    path.write_bytes(xlsx_bytes({"Records": items}))
    result = _load(path, "xlsx hostile values")
    if value.startswith("="):
        return  # written with a leading space so that it stays text: compared elsewhere
    _same(result, items)


@fuzz_settings(40)
@given(data=st.data(), items=records())
def test_xlsx_damaged_bytes(tmp_path_factory, data, items):
    raw = xlsx_bytes({"Records": items})
    path = _path(tmp_path_factory, ".xlsx")
    path.write_bytes(data.draw(byte_mutation(raw)))
    _load(path, "xlsx damaged bytes")


# -- spreadsheet structure: column order, repeated and unknown columns -------------------------


@fuzz_settings(60)
@given(
    items=records(max_size=3),
    order=st.randoms(use_true_random=False),
    repeat=st.sampled_from([None, "origin", "category", "source_title", "via"]),
    differ=st.booleans(),
    extra=st.sampled_from([None, "Origine", "notes2", ""]),
    fmt=st.sampled_from([".csv", ".xlsx"]),
)
def test_spreadsheet_columns_in_any_order(
    tmp_path_factory, items, order, repeat, differ, extra, fmt
):
    from flows.load import spreadsheet_columns
    from tests.fuzz.records import _cells

    columns = list(spreadsheet_columns())
    order.shuffle(columns)
    header = columns + ([repeat] if repeat else []) + ([extra] if extra is not None else [])
    rows = []
    for item in items:
        cells = _cells(item)
        row = [cells.get(c, "") for c in columns]
        if repeat:
            value = cells.get(repeat, "")
            row.append(value + "x" if differ and value else value)
        if extra is not None:
            row.append("ignored")
        rows.append(row)
    path = _path(tmp_path_factory, fmt)
    if fmt == ".csv":
        import csv
        import io

        out = io.StringIO()
        writer = csv.writer(out)
        writer.writerow(header)
        writer.writerows(rows)
        path.write_text(out.getvalue(), encoding="utf-8")
    else:
        from openpyxl import Workbook

        book = Workbook()
        book.active.append(header)
        for row in rows:
            book.active.append([(" " + v if v.startswith("=") else v) or None for v in row])
        book.save(path)
    result = _load(path, f"{fmt[1:]} column layouts")
    disagree = set()
    if repeat and differ:
        disagree = {it["id"] for it in items if _cells(it).get(repeat)}
    for item in items:
        if item["id"] in disagree:
            assert item["id"] not in {r.id for r in result.records}
            assert any(i.field == repeat for i in result.errors)
    _same(result, [it for it in items if it["id"] not in disagree])
