"""Loading: every kind of broken input gets a message with file, line, record, field, reason."""

import shutil
from pathlib import Path

import pytest
from openpyxl import Workbook

from flows.load import load_file, load_records, spreadsheet_columns

DATA = Path(__file__).parents[1] / "data"
BROKEN = DATA / "broken"

# file -> (line, record, field, words of the reason, words of the suggestion)
EXPECTED = [
    ("yaml_syntax.yaml", 5, None, None, "YAML syntax error", "indentation"),
    ("wrong_type.yaml", 5, "wrong-type", "confidence", "'high' is not a number", None),
    ("wrong_type.yaml", 6, "wrong-type", "sources", "expected a list", None),
    (
        "unknown_category.yaml",
        2,
        "unknown-category",
        "category",
        "unknown category 'drug'",
        "did you mean 'drugs'?",
    ),
    (
        "impossible_date.yaml",
        5,
        "impossible-date",
        "period_start",
        "February 2015 has 28 days",
        None,
    ),
    ("inverted_dates.yaml", 5, "inverted-dates", "period_start", "after period_end", "swap"),
    ("no_source.yaml", 5, "no-source", "sources", "record has no source", "add at least one"),
    (
        "quantity_without_unit.yaml",
        6,
        "quantity-without-unit",
        "quantity.unit",
        "quantity without a unit",
        "detections",
    ),
    (
        "unknown_field.yaml",
        6,
        "unknown-field",
        "sources[0].titel",
        "unknown field 'titel'",
        "did you mean 'title'?",
    ),
    ("not_utf8.yaml", 4, None, None, "not UTF-8", "save it again as UTF-8"),
    ("bad_rows.csv", 3, "csv-bad-confidence", "confidence", "'80%' is not a number", None),
    ("bad_rows.csv", 4, "csv-no-source", "sources", "record has no source", None),
    ("bad_rows.csv", 1, None, "Origine", "unknown column 'Origine'", "did you mean 'origin'?"),
]


@pytest.mark.parametrize(("name", "line", "record", "field", "reason", "hint"), EXPECTED)
def test_broken_file_reports(name, line, record, field, reason, hint):
    issues = load_file(BROKEN / name).issues
    matching = [i for i in issues if reason in i.reason]
    assert matching, f"no issue with {reason!r} in {[str(i) for i in issues]}"
    issue = matching[0]
    assert issue.file.endswith(name)
    assert (issue.line, issue.record, issue.field) == (line, record, field)
    if hint:
        assert hint in issue.suggestion


def test_every_problem_is_reported_at_once():
    result = load_records([BROKEN])
    files = {Path(i.file).name for i in result.errors}
    # Every broken file but the two whose problems only the cross-record checks see.
    expected = {p.name for p in BROKEN.iterdir()} - {"duplicate_id.yaml", "unknown_place.yaml"}
    assert files == expected


def test_no_record_is_dropped_silently():
    """Every record in a file is either loaded or named in an error."""
    result = load_file(BROKEN / "bad_rows.csv")
    loaded = {r.id for r in result.records}
    reported = {i.record for i in result.errors}
    assert loaded == {"csv-ok"}
    assert reported == {"csv-bad-confidence", "csv-no-source"}


def test_yaml_traps_keep_what_the_user_typed():
    (record,) = load_file(DATA / "traps" / "yaml_traps.yaml").records
    assert record.id == "012"  # not the octal 10, not the int 12
    assert record.origin.country == "NO"  # not false
    assert record.sources[0].publisher == "NO"
    assert (record.period_start, record.period_end) == ("2015", "2016-03")


def test_csv_traps_keep_namibia_and_leading_zeros():
    (record,) = load_file(DATA / "traps" / "csv_traps.csv").records
    assert record.id == "007"
    assert record.origin.country == "NA"  # not a missing value
    assert record.sources[0].publisher == "NA Publisher"
    assert record.quantity.value == 12


def test_xlsx_loads_like_csv(tmp_path):
    book = Workbook()
    sheet = book.active
    header = [
        "id",
        "category",
        "origin",
        "destination",
        "period_start",
        "confidence",
        "source_title",
        "source_publisher",
        "source_url",
    ]
    sheet.append(header)
    sheet.append(
        [
            "x-1",
            "drugs",
            "Ecuador",
            "Belgium",
            2021,
            0.7,
            "Report",
            "Europol",
            "https://example.org/r",
        ]
    )
    sheet.append(
        [
            "x-2",
            "drug",
            "Ecuador",
            "Belgium",
            2021,
            0.7,
            "Report",
            "Europol",
            "https://example.org/r",
        ]
    )
    path = tmp_path / "records.xlsx"
    book.save(path)
    result = load_file(path)
    assert [r.id for r in result.records] == ["x-1"]
    assert result.records[0].period_start == "2021"  # the number 2021 became the text '2021'
    (issue,) = result.errors
    assert (issue.line, issue.record, issue.field) == (3, "x-2", "category")


def test_spreadsheet_columns_cover_the_record():
    columns = spreadsheet_columns()
    for name in ("id", "origin", "via", "quantity_unit", "source_url", "source2_title"):
        assert name in columns


def test_folders_are_searched_recursively(tmp_path):
    nested = tmp_path / "a" / "b"
    nested.mkdir(parents=True)
    shutil.copy(DATA / "traps" / "yaml_traps.yaml", nested / "r.yaml")
    (tmp_path / "notes.txt").write_text("not data")
    assert [r.id for r in load_records([tmp_path]).records] == ["012"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [("null", None), ("~", None), ("", None), ("'null'", "null"), ('"~"', "~"), ("NA", "NA")],
)
def test_yaml_nulls_only_when_unquoted(tmp_path, text, expected):
    path = tmp_path / "r.yaml"
    path.write_text(
        "- id: n\n  category: other\n  origin: Libya\n"
        f"  commodity: {text}\n"
        "  sources: [{title: T, publisher: P}]\n",
        encoding="utf-8",
    )
    (record,) = load_file(path).records
    assert record.commodity == expected


def test_unknown_places_point_at_their_own_line(tmp_path):
    from flows.validate import validate

    path = tmp_path / "r.yaml"
    path.write_text(
        "- id: route\n"  # line 1
        "  category: drugs\n"
        "  origin: Afghanistan\n"
        "  via:\n"
        "  - Iran\n"  # line 5
        "  - Atlantizz\n"  # line 6
        "  destination: Nowhereland\n"  # line 7
        "  sources: [{title: T, publisher: P}]\n",
        encoding="utf-8",
    )
    issues = {(i.field, i.line) for i in validate([path]).issues}
    assert issues == {("via[1]", 6), ("destination", 7)}
