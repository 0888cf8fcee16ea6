"""Load flow records from YAML, CSV and XLSX files, reporting every problem at once.

Every scalar is read as text and converted by the schema, never by the file format:
YAML 1.1 would turn Norway's ``NO`` into ``false`` and ``012`` into ``10``, and pandas
would turn Namibia's ``NA`` into a missing value. Reading text keeps what the user typed.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from pydantic import ValidationError
from rapidfuzz import process

from flows.issues import Issue, display_path
from flows.model import FlowRecord, PlaceRef, Quantity, Source
from flows.vocab import CATEGORIES, STATUSES, VERIFICATIONS

SUFFIXES = (".yaml", ".yml", ".csv", ".xlsx")
_NULLS = {"", "~", "null", "Null", "NULL"}
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

    def line_of(self, loc: _Loc) -> int | None:
        for n in range(len(loc), 0, -1):
            if loc[:n] in self.lines:
                return self.lines[loc[:n]]
        return self.line


def bundled_data_dir() -> Path:
    """The read-only curated dataset shipped in the package."""
    return Path(str(resources.files("flows") / "data"))


def default_data_paths() -> list[Path]:
    """Bundled data, plus the folders named in ``FLOWS_EXTRA_DATA`` (``os.pathsep``-separated)."""
    paths = [bundled_data_dir()]
    extra = os.environ.get("FLOWS_EXTRA_DATA", "")
    paths.extend(Path(p) for p in extra.split(os.pathsep) if p.strip())
    return paths


def iter_data_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to load: given files as they are, folders searched recursively, in a stable order."""
    for path in paths:
        if path.is_dir():
            yield from sorted(p for p in path.rglob("*") if p.suffix.lower() in SUFFIXES)
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
    """Load one YAML, CSV or XLSX file."""
    name = display_path(path)
    result = LoadResult(files=[name])
    suffix = path.suffix.lower()
    if not path.exists():
        result.issues.append(Issue(name, None, None, None, "file not found"))
        return result
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
    try:
        if suffix == ".xlsx":
            raws = _read_xlsx(path, name, result.issues)
        else:
            text = _read_text(path, name, result.issues)
            if text is None:
                return result
            reader = _read_yaml if suffix in (".yaml", ".yml") else _read_csv
            raws = reader(text, name, result.issues)
    except OSError as exc:
        result.issues.append(Issue(name, None, None, None, f"cannot read file: {exc.strerror}"))
        return result
    for raw in raws:
        _check_record(raw, name, result)
    return result


# -- reading files ----------------------------------------------------------------------------


def _read_text(path: Path, name: str, issues: list[Issue]) -> str | None:
    data = path.read_bytes()
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
    try:
        root = yaml.compose(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        issues.append(
            Issue(
                name,
                line,
                None,
                None,
                f"YAML syntax error: {problem}",
                "check indentation and quote values that contain ': '",
            )
        )
        return []
    if root is None:
        return []
    if isinstance(root, yaml.MappingNode):
        items = {k.value: v for k, v in root.value if isinstance(k, yaml.ScalarNode)}
        root = items.get("records", root)
    if not isinstance(root, yaml.SequenceNode):
        issues.append(
            Issue(
                name,
                root.start_mark.line + 1,
                None,
                None,
                "expected a list of records (items starting with '- ')",
            )
        )
        return []
    raws = []
    for node in root.value:
        lines: dict[_Loc, int] = {}
        data = _node_value(node, (), lines, name, issues)
        if not isinstance(data, dict):
            issues.append(
                Issue(
                    name,
                    node.start_mark.line + 1,
                    None,
                    None,
                    "a record must be a mapping of field: value",
                )
            )
            continue
        raws.append(_Raw(data, node.start_mark.line + 1, lines))
    return raws


def _node_value(
    node: yaml.Node, loc: _Loc, lines: dict[_Loc, int], name: str, issues: list[Issue]
) -> Any:
    lines[loc] = node.start_mark.line + 1
    if isinstance(node, yaml.ScalarNode):
        # Plain (unquoted) null-likes are nulls; everything else stays the text the user wrote.
        # The C loader marks plain scalars with style '' and the Python one with None.
        if not node.style and node.value in _NULLS:
            return None
        return node.value
    if isinstance(node, yaml.SequenceNode):
        return [_node_value(v, (*loc, i), lines, name, issues) for i, v in enumerate(node.value)]
    out: dict[str, Any] = {}
    for key_node, value_node in node.value:
        key = str(key_node.value)
        if key in out:
            issues.append(
                Issue(
                    name,
                    key_node.start_mark.line + 1,
                    None,
                    key,
                    f"field '{key}' appears twice in the same record",
                    "keep one; YAML would silently keep the last",
                )
            )
        lines[(*loc, key)] = key_node.start_mark.line + 1
        out[key] = _node_value(value_node, (*loc, key), lines, name, issues)
    return out


def _read_csv(text: str, name: str, issues: list[Issue]) -> list[_Raw]:
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.reader(io.StringIO(text), dialect)
    try:
        header = next(reader)
    except StopIteration:
        return []
    except csv.Error as exc:
        issues.append(Issue(name, 1, None, None, f"CSV syntax error: {exc}"))
        return []
    _check_columns(header, name, 1, issues)
    raws = []
    try:
        start = reader.line_num + 1
        for row in reader:
            if any(cell.strip() for cell in row):
                raws.append(_from_columns(header, row, start))
            start = reader.line_num + 1
    except csv.Error as exc:
        issues.append(Issue(name, reader.line_num, None, None, f"CSV syntax error: {exc}"))
    return raws


def _read_xlsx(path: Path, name: str, issues: list[Issue]) -> list[_Raw]:
    from openpyxl import load_workbook  # imported here: only spreadsheet users pay for it

    try:
        book = load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a corrupt workbook
        issues.append(Issue(name, None, None, None, f"cannot open workbook: {exc}"))
        return []
    sheet = book.worksheets[0]
    rows = sheet.iter_rows(values_only=True)
    header = [_cell_text(c) for c in next(rows, ())]
    _check_columns(header, name, 1, issues)
    raws = [
        _from_columns(header, [_cell_text(c) for c in row], number)
        for number, row in enumerate(rows, start=2)
        if any(c not in (None, "") for c in row)
    ]
    book.close()
    return raws


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
    cols = list(_PLAIN) + ["origin_country", "destination_country"]
    cols += [f"quantity_{q}" for q in _QUANTITY]
    for n in range(1, _MAX_SOURCES + 1):
        prefix = "source" if n == 1 else f"source{n}"
        cols += [f"{prefix}_{s}" for s in _SOURCE]
    return cols


def _check_columns(header: list[str], name: str, line: int, issues: list[Issue]) -> None:
    """Warn once per unknown column: its values are not loaded, and the user should know."""
    known = spreadsheet_columns()
    for col in (c.strip() for c in header):
        if col and col not in known:
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


def _from_columns(header: list[str], row: list[str], line: int) -> _Raw:
    known = set(spreadsheet_columns())
    cells = {}
    for col, value in zip(header, row, strict=False):
        col = col.strip()
        if col in known:
            cells[col] = value.strip()
    data: dict[str, Any] = {k: cells[k] for k in _PLAIN if cells.get(k, "") != ""}
    for end in ("origin", "destination"):
        hint = cells.get(f"{end}_country", "")
        if hint and end in data:
            data[end] = {"name": data[end], "country": hint}
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


def _describe(value: Any) -> str:
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    return f"'{value}'"
