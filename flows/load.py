"""Load flow records from YAML, CSV and XLSX files, reporting every problem at once.

Every scalar is read as text and converted by the schema, never by the file format:
YAML 1.1 would turn Norway's ``NO`` into ``false`` and ``012`` into ``10``, and pandas
would turn Namibia's ``NA`` into a missing value. Reading text keeps what the user typed.
"""

from __future__ import annotations

import csv
import io
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from rapidfuzz import process

from flows.encoding import decode_utf16
from flows.issues import Issue, display_path
from flows.limits import MAX_RECORD_FILE_MB, MAX_XLSX_UNPACKED_MB, size_text
from flows.model import FlowRecord, PlaceRef, Quantity, Source
from flows.vocab import CATEGORIES, STATUSES, VERIFICATIONS
from flows.yaml_records import read_yaml_records

SUFFIXES = (".yaml", ".yml", ".csv", ".xlsx")
_Loc = tuple[str | int, ...]


@dataclass(frozen=True)
class Location:
    """Where a record is: its file and first line, and the line of each field path."""

    file: str
    line: int | None
    field_lines: dict[_Loc, int] = field(default_factory=dict, compare=False, hash=False)

    def line_of(self, loc: _Loc) -> int | None:
        """The line of a field path such as ``("via", 1)``, else of the record."""
        return self.field_lines.get(loc, self.line)


@dataclass
class LoadResult:
    """Records that passed the schema, every issue found, and where each record came from.

    ``where[i]`` is the file and line of ``records[i]``; ``files`` lists every file read.
    """

    records: list[FlowRecord] = field(default_factory=list)
    issues: list[Issue] = field(default_factory=list)
    where: list[Location] = field(default_factory=list)
    files: list[str] = field(default_factory=list)

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    def extend(self, other: LoadResult) -> None:
        self.records.extend(other.records)
        self.issues.extend(other.issues)
        self.where.extend(other.where)
        self.files.extend(other.files)


@dataclass
class _Raw:
    """One record as read from a file, before the schema: values, and a line per field path."""

    data: dict[str, Any]
    line: int | None
    lines: dict[_Loc, int] = field(default_factory=dict)
    file: str | None = None  # where it is when not the file's name (a workbook's sheet)

    def line_of(self, loc: _Loc) -> int | None:
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return self.line


def bundled_data_dir() -> Path:
    """The read-only curated dataset shipped in the package."""
    return Path(str(resources.files("flows") / "data"))


def default_data_paths() -> list[Path]:
    """Bundled data, plus the files or folders named in ``FLOWS_EXTRA_DATA`` (``os.pathsep``)."""
    paths = [bundled_data_dir()]
    extra = os.environ.get("FLOWS_EXTRA_DATA", "")
    paths.extend(Path(p) for p in extra.split(os.pathsep) if p.strip())
    return paths


def is_folder(path: Path) -> bool:
    """True for a folder; False for anything else, and for a path the system refuses to look
    at (a name too long, a link loop), which the file readers then name with the reason."""
    try:
        return stat.S_ISDIR(path.stat().st_mode)
    except (OSError, ValueError):  # ValueError: a NUL byte in the name
        return False


def is_regular_file(path: Path) -> bool:
    """True for a regular file (links followed); False otherwise, never an exception."""
    try:
        return stat.S_ISREG(path.stat().st_mode)
    except (OSError, ValueError):
        return False


def iter_data_files(paths: Iterable[Path], suffixes: tuple[str, ...] = SUFFIXES) -> Iterator[Path]:
    """Files to load: given files as they are, folders searched recursively, in a stable order.

    Inside folders, hidden files and folders (names starting with ``.``) are skipped: they
    are the temporary files of a write in progress or killed (``.~flows-...``), editor backups
    and system files, never records. Links, pipes and devices with a record suffix are
    yielded, so that the reader names them instead of skipping them silently.
    """
    for path in paths:
        if is_folder(path):
            yield from sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in suffixes
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
                and not is_folder(p)
            )
        else:
            yield path


def load_records(paths: Iterable[str | Path] | None = None) -> LoadResult:
    """Load and schema-check every record in ``paths`` (default: the bundled data).

    Nothing is dropped silently: a record that fails the schema is reported as an issue.
    Cross-record checks (duplicate ids, unknown places) are in :func:`flows.validate.validate`.
    """
    result = LoadResult()
    chosen = [Path(p) for p in paths] if paths is not None else default_data_paths()
    for path in iter_data_files(chosen):
        result.extend(load_file(path))
    return result


def load_file(path: Path) -> LoadResult:
    """Load one YAML, CSV or XLSX file.

    Never raises: a file that cannot be read (missing, a folder, a device or pipe, over the
    size limit, a link loop) or that breaks a reader is one located issue, and the other
    files of a batch still load.
    """
    name = display_path(path)
    result = LoadResult(files=[name])
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        result.issues.append(
            Issue(
                name,
                None,
                None,
                None,
                f"unsupported file type '{suffix}'",
                f"use one of {', '.join(SUFFIXES)}",
            )
        )
        return result
    problem = _unreadable(path)
    if problem is not None:
        result.issues.append(Issue(name, None, None, None, *problem))
        return result
    try:
        if suffix == ".xlsx":
            raws = _read_xlsx(path, name, result.issues)
        else:
            text = _read_text(path, name, result.issues)
            if text is None:
                return result
            reader = _read_yaml if suffix in (".yaml", ".yml") else _read_csv
            raws = reader(text, name, result.issues)
        for raw in raws:
            _check_record(raw, name, result)
    except OSError as exc:
        result.issues.append(
            Issue(name, None, None, None, f"cannot read file: {exc.strerror or exc}")
        )
    except (RecursionError, MemoryError) as exc:
        result.issues.append(
            Issue(
                name,
                None,
                None,
                None,
                f"the file is too large or too deeply nested to read ({type(exc).__name__})",
                "split it into smaller files",
            )
        )
    return result


def _unreadable(path: Path, limit=MAX_RECORD_FILE_MB) -> tuple[str, str | None] | None:
    """Why ``path`` cannot be read as a record file (reason, suggestion), or None."""
    try:
        info = path.stat()
    except FileNotFoundError:
        if path.is_symlink():
            return "file not found (a link to a file that does not exist)", None
        return "file not found", None
    except OSError as exc:  # a link loop, a name too long, no permission on a folder
        return f"cannot read file: {exc.strerror or exc}", None
    except ValueError as exc:  # a NUL byte in the name
        return f"cannot read file: {exc}", None
    if stat.S_ISDIR(info.st_mode):
        return "is a folder, not a file", None
    if not stat.S_ISREG(info.st_mode):
        return (
            "not a regular file (a device, a pipe or a socket)",
            "record files must be plain files",
        )
    if info.st_size > limit.bytes():
        return (
            f"file is {size_text(info.st_size)}, over {limit.describe()}",
            f"split it into smaller files, or {limit.setting()}",
        )
    return None


# -- reading files ----------------------------------------------------------------------------


def _read_text(path: Path, name: str, issues: list[Issue]) -> str | None:
    limit = MAX_RECORD_FILE_MB
    with path.open("rb") as fh:
        data = fh.read(limit.bytes() + 1)  # bounded even when the size on disk is not
    if len(data) > limit.bytes():
        issues.append(
            Issue(
                name,
                None,
                None,
                None,
                f"file is over {limit.describe()}",
                f"split it into smaller files, or {limit.setting()}",
            )
        )
        return None
    utf16 = decode_utf16(data)
    if utf16 is not None:
        return utf16.lstrip("\ufeff")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        bad = data[exc.start : exc.start + 1].hex()
        issues.append(
            Issue(
                name,
                line,
                None,
                None,
                f"file is not UTF-8 (byte 0x{bad} cannot be decoded)",
                "it looks like Windows-1252 or Latin-1: save it again as UTF-8",
            )
        )
        return None


def _read_yaml(text: str, name: str, issues: list[Issue]) -> list[_Raw]:
    return [_Raw(r.data, r.line, r.lines) for r in read_yaml_records(text, name, issues)]


CSV_DELIMITERS = (",", ";", "\t")


def csv_delimiter(text: str) -> str:
    """The delimiter that splits the header line into the most columns (comma on a tie).

    Spreadsheets write comma, semicolon (a French Excel) or tab, with double quotes around
    cells that need them. ``csv.Sniffer`` also guesses the quote character and escaping from
    the first rows' values, and a value with quotes or apostrophes in it made it guess
    wrong: rows were then split differently by the two CSV readers. Both use this.

    >>> csv_delimiter("id;category;origin\\nw1;weapons;Kyiv, Ukraine\\n")
    ';'
    >>> csv_delimiter('id,category\\nw1,"a;b;c"\\n')
    ','
    """
    first = text[:65536]
    counts = {}
    for delimiter in CSV_DELIMITERS:
        try:
            counts[delimiter] = len(next(csv.reader(io.StringIO(first), delimiter=delimiter), []))
        except csv.Error:
            counts[delimiter] = 0
    return max(CSV_DELIMITERS, key=lambda d: (counts[d], d == ","))


def _read_csv(text: str, name: str, issues: list[Issue]) -> list[_Raw]:
    reader = csv.reader(io.StringIO(text), delimiter=csv_delimiter(text))
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        issues.append(Issue(name, 1, None, None, f"CSV syntax error: {exc}"))
        return []
    columns = _Columns(header, name, 1, issues)
    raws = []
    try:
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                raw = columns.record(row, start, issues)
                if raw is not None:
                    raws.append(raw)
            start = reader.line_num + 1
    except csv.Error as exc:
        issues.append(Issue(name, reader.line_num, None, None, f"CSV syntax error: {exc}"))
    return raws


def _read_xlsx(path: Path, name: str, issues: list[Issue]) -> list[_Raw]:
    """Every worksheet of a workbook whose first row names record columns.

    A sheet whose first row names none is named in a warning (never skipped silently); a
    formula cell without a saved value is an error naming the cell, since its value is unknown.
    """
    import zipfile
    import zlib

    from openpyxl import load_workbook  # imported here: only spreadsheet users pay for it

    limit = MAX_XLSX_UNPACKED_MB
    try:
        with zipfile.ZipFile(path) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
            has_formulas = _has_formulas(archive)
    # a damaged archive raises from zlib (bad compressed data) or EOFError (cut short)
    except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, zlib.error, EOFError) as exc:
        issues.append(
            Issue(name, None, None, None, f"cannot open workbook: not an .xlsx file ({exc})",
                  "save it again as an Excel workbook (.xlsx)")
        )  # fmt: skip
        return []
    if unpacked > limit.bytes():
        issues.append(
            Issue(name, None, None, None,
                  f"the workbook unpacks to {size_text(unpacked)}, over {limit.describe()}",
                  f"split it into smaller workbooks, or {limit.setting()}")
        )  # fmt: skip
        return []
    try:
        book = load_workbook(path, read_only=True, data_only=True)
        formulas = load_workbook(path, read_only=True, data_only=False) if has_formulas else None
    except Exception as exc:  # openpyxl raises many types for a corrupt workbook
        issues.append(Issue(name, None, None, None, f"cannot open workbook: {exc}"))
        return []
    raws: list[_Raw] = []
    try:
        sheets = book.worksheets
        for index, sheet in enumerate(sheets):
            where = name if len(sheets) == 1 else f"{name}[{sheet.title}]"
            formula_sheet = formulas.worksheets[index] if formulas is not None else None
            raws.extend(_read_sheet(sheet, formula_sheet, where, issues))
    except Exception as exc:  # read-only sheets are read lazily: damage shows up here too
        issues.append(
            Issue(name, None, None, None, f"cannot read workbook: it is damaged ({exc})",
                  "save it again as an Excel workbook (.xlsx)")
        )  # fmt: skip
        return []
    finally:
        book.close()
        if formulas is not None:
            formulas.close()
    return raws


def _has_formulas(archive) -> bool:
    """True when a worksheet of the workbook holds a formula (``<f>`` element)."""
    for info in archive.infolist():
        if not info.filename.startswith("xl/worksheets/"):
            continue
        with archive.open(info) as fh:
            tail = b""
            while chunk := fh.read(1 << 20):
                block = tail + chunk
                if b"<f>" in block or b"<f " in block or b"<x:f" in block:
                    return True
                tail = block[-4:]
    return False


def _read_sheet(sheet, formula_sheet, where: str, issues: list[Issue]) -> list[_Raw]:
    rows = sheet.iter_rows(values_only=True)
    formula_rows = formula_sheet.iter_rows(values_only=True) if formula_sheet is not None else None
    first = next(rows, None)
    if formula_rows is not None:
        next(formula_rows, None)
    if first is None:
        return []
    header = [_cell_text(c) for c in first]
    known = set(spreadsheet_columns())
    if not any(h.strip() in known for h in header):
        if any(h.strip() for h in header):
            issues.append(
                Issue(where, 1, None, None,
                      f"sheet '{sheet.title}' is not read: its first row names no record column",
                      "put the column names (id, category, origin, ...) in the first row",
                      severity="warning")
            )  # fmt: skip
        return []
    columns = _Columns(header, where, 1, issues)
    raws = []
    for number, row in enumerate(rows, start=2):
        formula_row = next(formula_rows, ()) if formula_rows is not None else ()
        if not any(c not in (None, "") for c in row) and not any(
            isinstance(f, str) and f.startswith("=") for f in formula_row
        ):
            continue
        unknown = [
            (i, f)
            for i, (c, f) in enumerate(zip(row, formula_row, strict=False))
            if c in (None, "") and isinstance(f, str) and f.startswith("=")
        ]
        if unknown:
            record_id = _cell_text(row[header.index("id")]) if "id" in header else ""
            for i, formula in unknown:
                column = header[i].strip() if i < len(header) else None
                issues.append(
                    Issue(where, number, record_id or None, column or None,
                          f"cell {_column_letter(i)}{number} holds a formula ({formula[:60]}) "
                          "without a saved value",
                          "open the workbook in Excel or LibreOffice and save it, so the value "
                          "is stored, or type the value")
                )  # fmt: skip
            continue
        raw = columns.record([_cell_text(c) for c in row], number, issues)
        if raw is not None:
            raws.append(raw)
    return raws


def _column_letter(index: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(index + 1)


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


# Spreadsheet columns -> record fields. Sources and quantity are flattened with prefixes.
_PLAIN = (
    "id",
    "category",
    "commodity",
    "origin",
    "destination",
    "via",
    "period_start",
    "period_end",
    "actors",
    "status",
    "verification",
    "confidence",
    "summary",
    "notes",
    "reviewed_by",
    "reviewed_at",
)
_QUANTITY = ("value", "value_max", "unit", "what", "estimate")
_SOURCE = ("title", "publisher", "url", "published", "language", "evidence")
_MAX_SOURCES = 5


def spreadsheet_columns() -> list[str]:
    """Every column a spreadsheet of records may have."""
    cols = list(_PLAIN) + ["origin_country", "destination_country", "via_country"]
    cols += [f"quantity_{q}" for q in _QUANTITY]
    for n in range(1, _MAX_SOURCES + 1):
        prefix = "source" if n == 1 else f"source{n}"
        cols += [f"{prefix}_{s}" for s in _SOURCE]
    return cols


def _check_columns(header: list[str], name: str, line: int | None, issues: list[Issue]) -> None:
    """Warn once per unknown or repeated column (the column readers' header check)."""
    _Columns(header, name, line, issues)


def repeated_columns(header: list[str]) -> list[str]:
    """Record columns that appear more than once in ``header``."""
    known = set(spreadsheet_columns())
    names = [str(c).strip() for c in header]
    return sorted({c for c in names if c in known and names.count(c) > 1})


class _Columns:
    """A spreadsheet's header: warns once per unknown or repeated column, then turns rows into
    records, refusing a row whose repeated columns disagree (never keeping one silently)."""

    def __init__(self, header: list[str], name: str, line: int | None, issues: list[Issue]) -> None:
        self.header = [str(c).strip() for c in header]
        self.name = name
        known = spreadsheet_columns()
        positions: dict[str, list[int]] = {}
        for i, col in enumerate(self.header):
            if col:
                positions.setdefault(col, []).append(i)
        self.repeated = {c: p for c, p in positions.items() if len(p) > 1 and c in known}
        for col, where in positions.items():
            if col not in known:
                guess = process.extractOne(col, known)
                issues.append(
                    Issue(
                        name,
                        line,
                        None,
                        col,
                        f"unknown column '{col}' is ignored",
                        f"did you mean '{guess[0]}'?" if guess and guess[1] > 70 else None,
                        severity="warning",
                    )
                )
            elif len(where) > 1:
                issues.append(
                    Issue(
                        name,
                        line,
                        None,
                        col,
                        f"column '{col}' appears {len(where)} times (columns "
                        f"{', '.join(str(i + 1) for i in where)})",
                        "keep one; rows where they differ are not loaded",
                        severity="warning",
                    )
                )

    def record(self, row: list[str], line: int, issues: list[Issue]) -> _Raw | None:
        extra = [c.strip() for c in row[len(self.header) :] if c.strip()]
        if extra:  # cells beyond the header have no column: said, not dropped in silence
            issues.append(
                Issue(
                    self.name,
                    line,
                    None,
                    None,
                    f"the row has {len(row)} cells and the header {len(self.header)}: "
                    f"{', '.join(repr(c[:30]) for c in extra[:3])} not read",
                    "name the column in the header, or remove the cells",
                    severity="warning",
                )
            )
        for col, where in self.repeated.items():
            values = {row[i].strip() for i in where if i < len(row) and row[i].strip()}
            if len(values) > 1:
                ids = [
                    row[i].strip() for i, c in enumerate(self.header) if c == "id" and i < len(row)
                ]
                issues.append(
                    Issue(
                        self.name,
                        line,
                        ids[0] if ids and ids[0] else None,
                        col,
                        f"the {len(where)} '{col}' columns disagree: "
                        + " vs ".join(repr(v) for v in sorted(values)),
                        "keep one column",
                    )
                )
                return None
        raw = _from_columns(self.header, row, line)
        raw.file = self.name
        return raw


def _from_columns(header: list[str], row: list[str], line: int) -> _Raw:
    known = set(spreadsheet_columns())
    cells: dict[str, str] = {}
    for col, value in zip(header, row, strict=False):
        col = col.strip()
        if col in known and (value.strip() or col not in cells):
            cells[col] = value.strip()  # a repeated column: the one with a value (they agree)
    data: dict[str, Any] = {k: cells[k] for k in _PLAIN if cells.get(k, "") != ""}
    for end in ("origin", "destination"):
        hint = cells.get(f"{end}_country", "")
        if hint and end in data:
            data[end] = {"name": data[end], "country": hint}
    if cells.get("via_country") and "via" in data:
        data["via"] = _hinted_via(data["via"], cells["via_country"])
    quantity = {q: cells[f"quantity_{q}"] for q in _QUANTITY if cells.get(f"quantity_{q}")}
    if quantity:
        data["quantity"] = quantity
    sources = []
    for n in range(1, _MAX_SOURCES + 1):
        prefix = "source" if n == 1 else f"source{n}"
        src = {s: cells[f"{prefix}_{s}"] for s in _SOURCE if cells.get(f"{prefix}_{s}")}
        if src:
            sources.append(src)
    data["sources"] = sources
    return _Raw(data, line)


def _hinted_via(names: str, countries: str) -> str | list[dict]:
    """ "Trinidad; Agadez region" with "TT; NE" -> places with their country hints (a blank
    hint: none); the names alone when the two lists are not of one length.

    >>> _hinted_via("Trinidad; Agadez region", "TT;")
    [{'name': 'Trinidad', 'country': 'TT'}, {'name': 'Agadez region', 'country': None}]
    """
    split_names = re.split(r"[;|]", names)
    split_codes = re.split(r"[;|]", countries)
    if len(split_names) != len(split_codes):
        return names
    return [
        {"name": n.strip(), "country": c.strip() or None}
        for n, c in zip(split_names, split_codes, strict=True)
        if n.strip()
    ]


# -- schema check -----------------------------------------------------------------------------

_FIELDS = {
    None: list(FlowRecord.model_fields),
    "sources": list(Source.model_fields),
    "quantity": list(Quantity.model_fields),
    "origin": list(PlaceRef.model_fields),
    "destination": list(PlaceRef.model_fields),
    "via": list(PlaceRef.model_fields),
}
_CHOICES = {"category": CATEGORIES, "status": STATUSES, "verification": VERIFICATIONS}


def _check_record(raw: _Raw, name: str, result: LoadResult) -> None:
    name = raw.file or name
    record_id = raw.data.get("id") if isinstance(raw.data.get("id"), str) else None
    try:
        record = FlowRecord.model_validate(raw.data)
    except ValidationError as exc:
        for err in exc.errors():
            result.issues.append(_issue_from_error(err, raw, name, record_id))
        return
    result.records.append(record)
    result.where.append(Location(name, raw.line, raw.lines))


def _field_name(loc: _Loc) -> str:
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _issue_from_error(err: dict, raw: _Raw, name: str, record_id: str | None) -> Issue:
    loc: _Loc = tuple(err["loc"])
    line = raw.line_of(loc)
    kind, value = err["type"], err.get("input")
    top = str(loc[0]) if loc else None
    reason, hint = err["msg"].removeprefix("Value error, "), None
    if kind == "literal_error" and top in _CHOICES:
        reason = f"unknown {top} '{value}'"
        guess = process.extractOne(str(value), _CHOICES[top])
        hint = f"did you mean '{guess[0]}'?" if guess and guess[1] >= 60 else None
        hint = hint or f"use one of {', '.join(_CHOICES[top])}"
    elif kind == "extra_forbidden":
        reason = f"unknown field '{loc[-1]}'"
        known = _FIELDS[top if len(loc) > 1 and top in _FIELDS else None]
        guess = process.extractOne(str(loc[-1]), known)
        hint = f"did you mean '{guess[0]}'?" if guess and guess[1] >= 60 else None
    elif kind == "missing":
        if loc == ("sources",) or (top == "sources" and len(loc) == 1):
            reason = "record has no source"
        elif top == "quantity" and loc[-1] == "unit":
            reason, hint = (
                "quantity without a unit",
                "say what the number counts, e.g. 'detections'",
            )
        else:
            reason = f"required field '{loc[-1]}' is missing"
    elif kind == "too_short" and top == "sources":
        reason = "record has no source"
        hint = "add at least one source with title, publisher and URL"
    elif kind in ("float_parsing", "float_type", "int_parsing"):
        reason = f"'{value}' is not a number"
    elif kind == "finite_number":
        reason = f"'{value}' is not a finite number"
        hint = "give the figure the source prints"
    elif kind in ("greater_than_equal", "less_than_equal"):
        reason, hint = f"{value} is out of range", _range_hint(loc)
    elif kind in ("list_type", "dict_type", "model_type", "string_type", "model_attributes_type"):
        expected = {"list_type": "a list", "string_type": "text"}.get(kind, "a mapping")
        reason = f"wrong type: expected {expected}, got {_describe(value)}"
    elif kind == "string_pattern_mismatch" and loc[-1] == "url":
        reason = f"'{value}' is not a URL (must start with http:// or https://)"
    elif kind == "string_pattern_mismatch" and loc[-1] == "country":
        reason = f"'{value}' is not an ISO 3166 alpha-2 country code"
        hint = "use two capital letters, e.g. 'LY' for Libya"
    field_name = _field_name(loc) or None
    if field_name is None and "period_start" in reason:
        # The order check spans two fields; point at the start, where the fix usually is.
        field_name, line = "period_start", raw.line_of(("period_start",))
        hint = "swap them or fix the year"
    return Issue(name, line, record_id, field_name, reason, hint)


def _range_hint(loc: _Loc) -> str | None:
    """The range a number field takes, read from the schema."""
    models = {"quantity": Quantity, "sources": Source}
    model = models.get(str(loc[0]), FlowRecord) if len(loc) > 1 else FlowRecord
    info = model.model_fields.get(str(loc[-1]))
    if info is None:
        return None
    low = next((m.ge for m in info.metadata if hasattr(m, "ge")), None)
    high = next((m.le for m in info.metadata if hasattr(m, "le")), None)
    if low is None or high is None:
        return None
    return (
        f"use a number from {low:,g} to {high:,.0f}"
        if high >= 1000
        else (f"use a number from {low:g} to {high:g}")
    )


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"
