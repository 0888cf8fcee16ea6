"""Spreadsheet-shaped record files (CSV, Parquet, GeoParquet) checked column by column.

A file of a million rows is read into Arrow columns (pyarrow's CSV and Parquet readers) and
checked with vectorised tests that accept only what the record schema surely accepts: ids
that are slugs, categories of the vocabulary, numbers and dates that parse (each distinct date
or number is parsed once), sources with a title and a publisher. Rows that fail any test, and
only those, go through the record schema itself (:func:`flows.load._check_record`), which
writes the located messages (file, line, record, field, reason, suggestion). So the messages
are the schema's, every error is reported, and the valid bulk never makes a Python object.

Columns are those of :func:`flows.load.spreadsheet_columns`; in Parquet, ``via`` and ``actors``
may also be lists of text, and numbers may be numbers. Issues of a Parquet file give the row
number (the first row is 1) where a text file gives a line.
"""

from __future__ import annotations

import csv
import io
import os
import re
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from flows.issues import Issue
from flows.load import (
    _MAX_SOURCES,
    _QUANTITY,
    _SOURCE,
    LoadResult,
    _check_columns,
    _check_record,
    _from_columns,
    _read_text,
    csv_delimiter,
    repeated_columns,
    spreadsheet_columns,
)
from flows.model import MAX_QUANTITY, has_visible_text
from flows.table.build import RecordColumns, columns_from_records
from flows.table.encode import (
    as_arrow_strings,
    encode,
    is_dictionary,
    normalise_dictionary,
    normalise_text,
    one_array,
)
from flows.table.model import GIS_COLUMNS, SOURCE_FIELDS
from flows.vocab import CATEGORIES, STATUSES, VERIFICATIONS

KNOWN = spreadsheet_columns()
# Columns by which the routes and places layers of `flows build` are known (and skipped).
ROUTES_LAYER = {"id", "category", "legs", "stop_ids", "stop_names"}
PLACES_LAYER = {"id", "name", "kind", "n_out", "n_in", "n_records"}
DERIVED = {*GIS_COLUMNS, "geometry"}  # what `flows build` adds, read back and not used
_SLUG = r"^[a-z0-9][a-z0-9._-]*$"
# Text fields that must show something when given (the schema's VisibleText/OptionalText).
_VISIBLE_FIELDS = (
    "commodity", "origin", "destination", "quantity_unit", "quantity_what", "summary", "notes",
    *(f"{'source' if k == 1 else f'source{k}'}_{s}" for k in range(1, 6)
      for s in ("title", "publisher", "evidence")),
)  # fmt: skip
# ASCII digits only, as the schema: "２０２３" or "١٢" is not a number a source wrote
_NUMBER = re.compile(r"^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$", re.ASCII)
_BOOLS = {"true": True, "false": False, "1": True, "0": False, "yes": True, "no": False}


def _prefix(n: int) -> str:
    return "source" if n == 1 else f"source{n}"


@dataclass
class ColumnFile:
    """A file's known columns as Arrow arrays (text trimmed, blank as null), one per field."""

    name: str
    n: int
    columns: dict[str, pa.Array]
    line_of: Callable[[np.ndarray], np.ndarray]  # row numbers -> lines (or Parquet rows)

    def get(self, name: str) -> pa.Array:
        found = self.columns.get(name)
        if found is not None:
            return found
        # one column of nulls stands for every missing one (Arrow arrays are immutable)
        if getattr(self, "_nulls", None) is None or len(self._nulls) != self.n:
            self._nulls = pa.nulls(self.n, pa.large_string())
        return self._nulls


# -- readers ---------------------------------------------------------------------------------------
def dictionary_columns() -> set[str]:
    """Columns whose values repeat (vocabularies, places, dates, publishers): read as Arrow
    dictionaries, so that a million rows are checked, parsed and resolved once per distinct
    value, and their text is never spelled out per row."""
    out = {
        "category",
        "commodity",
        "status",
        "verification",
        "confidence",
        "origin",
        "origin_country",
        "destination",
        "destination_country",
        "period_start",
        "period_end",
        "quantity_unit",
        "quantity_what",
        "quantity_estimate",
        "reviewed_by",
    }
    for k in range(1, _MAX_SOURCES + 1):
        out.update(f"{_prefix(k)}_{s}" for s in ("publisher", "published", "language"))
    return out & set(KNOWN)


DICTIONARY_COLUMNS = dictionary_columns()
# Columns a Parquet file may give as lists of text (a spreadsheet: text split on ";" and "|").
LIST_COLUMNS = ("via", "via_country", "actors")


def _text_column(name: str, col: pa.Array | pa.ChunkedArray, keep_lists: bool) -> pa.Array:
    """One column as the checks want it: trimmed text with blanks as null (see the module)."""
    if keep_lists and name in LIST_COLUMNS and pa.types.is_list(col.type):
        return pc.cast(one_array(col), pa.list_(pa.string()))
    if pa.types.is_dictionary(col.type):
        if isinstance(col, pa.ChunkedArray):
            col = col.unify_dictionaries()
        return normalise_dictionary(col)
    col = one_array(col)
    if pa.types.is_boolean(col.type):
        col = pc.if_else(col, "true", "false")
    return normalise_text(col)


def _text_columns(columns, keep_lists: bool) -> dict[str, pa.Array]:
    """``(name, column)`` pairs -> the known columns as text (see :func:`_text_column`).

    ``columns`` is consumed one pair at a time, so that a reader handing them out one by one
    holds a single raw column beside the converted ones.
    """
    out = {}
    for name, col in columns:
        if name in KNOWN:
            out[name] = _text_column(name, col, keep_lists)
    return out


def _drain(holder: list[pa.Table]):
    """The columns of the table in ``holder``, letting each one go once it is handed out."""
    table = holder.pop()
    for name in table.column_names:
        col = table.column(name)
        table = table.drop_columns([name])
        yield name, col
        del col


def _nonblank_rows(columns: dict[str, pa.Array], n: int) -> np.ndarray:
    keep = np.zeros(n, dtype=bool)
    for col in columns.values():
        keep |= col.is_valid().to_numpy(zero_copy_only=False)
    return keep


def read_csv(path: Path, name: str, issues: list[Issue]) -> ColumnFile | None:
    """A CSV file's columns (pyarrow), or None when it cannot be read (issues say why)."""
    import pyarrow.csv as pacsv

    text = _read_text(path, name, issues)
    if text is None:
        return None
    delimiter = csv_delimiter(text)
    try:
        header_line = next(csv.reader(io.StringIO(text[:65536]), delimiter=delimiter), None)
    except csv.Error:
        return None  # a damaged header (a bare carriage return): the row reader names it
    if not header_line:
        return ColumnFile(name, 0, {}, lambda rows: rows)
    if repeated_columns(header_line):
        return None  # the row reader says which rows disagree (read_file falls back)
    _check_columns(header_line, name, 1, issues)
    names = [h.strip() for h in header_line]
    try:
        table = pacsv.read_csv(
            io.BytesIO(text.encode("utf-8")),
            read_options=pacsv.ReadOptions(column_names=names, skip_rows=1, block_size=1 << 24),
            parse_options=pacsv.ParseOptions(delimiter=delimiter, newlines_in_values=True),
            convert_options=pacsv.ConvertOptions(
                column_types={
                    c: pa.dictionary(pa.int32(), pa.string())
                    if c in DICTIONARY_COLUMNS
                    else pa.string()
                    for c in names
                },
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
            ),
        )
    except (pa.ArrowInvalid, ValueError):
        return None  # ragged rows or odd quoting: the row-by-row reader takes it
    n_rows = table.num_rows
    holder = [table]
    del table
    columns = _text_columns(_drain(holder), keep_lists=False)
    keep = _nonblank_rows(columns, n_rows)
    if not keep.all():
        columns = {k: v.filter(pa.array(keep)) for k, v in columns.items()}
    lines = _CsvLines(text, delimiter, keep)
    return ColumnFile(name, int(keep.sum()), columns, lines)


class _CsvLines:
    """Row -> first line of the row, computed (with the csv module) only when asked."""

    def __init__(self, text: str, delimiter: str, keep: np.ndarray) -> None:
        self._text, self._delimiter, self._keep = text, delimiter, keep
        self._lines: np.ndarray | None = None

    def __call__(self, rows: np.ndarray) -> np.ndarray:
        if self._lines is None:
            reader = csv.reader(io.StringIO(self._text), delimiter=self._delimiter)
            next(reader, None)
            starts, start = [], reader.line_num + 1
            for row in reader:
                if row:  # blank lines are no rows, for pyarrow either
                    starts.append(start)
                start = reader.line_num + 1
            lines = np.asarray(starts, dtype=np.int64)
            self._lines = lines[: len(self._keep)][self._keep]
            self._text = ""
        return self._lines[np.asarray(rows, dtype=np.int64)]


class _NotText(ValueError):
    """A column of a file that cannot be read as text (its name, and why)."""

    def __init__(self, column: str, reason: str):
        super().__init__(reason)
        self.column = column


def _read_parquet_columns(path: Path, wanted: list[str], repeated: list[str]) -> dict:
    """The ``wanted`` columns of a Parquet file as text (:func:`_text_column`), read and
    converted one column at a time by each of two threads: the file is never held whole
    beside its converted columns, and Arrow's reader and kernels let both cores work."""
    import pyarrow.parquet as pq

    local = threading.local()

    def one(column: str) -> pa.Array:
        if not hasattr(local, "file"):  # a reader per thread: one is not shared between them
            local.file = pq.ParquetFile(path, read_dictionary=repeated)
        raw = local.file.read(columns=[column]).column(0)
        try:
            return _text_column(column, raw, True)
        except (pa.ArrowException, ValueError) as exc:
            raise _NotText(column, str(exc)) from exc

    with ThreadPoolExecutor(max_workers=min(2, os.cpu_count() or 1)) as pool:
        return dict(zip(wanted, pool.map(one, wanted), strict=True))


def read_parquet(path: Path, name: str, issues: list[Issue]) -> ColumnFile | None:
    """A Parquet or GeoParquet file of records (the derived layers of `flows build` are None)."""
    import pyarrow.parquet as pq

    try:
        schema = pq.read_schema(path)
        names = set(schema.names)
        if "category" not in names or not names & {f"{_prefix(k)}_title" for k in range(1, 6)}:
            if names >= ROUTES_LAYER or names >= PLACES_LAYER:
                return None  # the routes and places that `flows build` writes: not records
            missing = "category" if "category" not in names else "source_title"
            issues.append(
                Issue(
                    name,
                    None,
                    None,
                    missing,
                    f"not a table of flow records: no column '{missing}'",
                    "record files have the columns listed in the README (Records in spreadsheets)",
                )
            )
            return None
        wanted = [c for c in schema.names if c in KNOWN]
        repeated = [
            c
            for c in wanted
            if c in DICTIONARY_COLUMNS
            and (
                pa.types.is_string(schema.field(c).type)
                or pa.types.is_large_string(schema.field(c).type)
            )
        ]
        parquet = pq.ParquetFile(path, read_dictionary=repeated)
        n_rows = parquet.metadata.num_rows
    except (OSError, pa.ArrowException) as exc:
        issues.append(Issue(name, None, None, None, f"cannot read Parquet file: {exc}"))
        return None
    unknown = [c for c in schema.names if c not in KNOWN and c not in DERIVED]
    if not (schema.metadata or {}).get(b"geo"):
        unknown = [c for c in unknown if c != "geometry"]
    _check_columns(unknown, name, None, issues)

    try:
        columns = _read_parquet_columns(path, wanted, repeated)
    except OSError as exc:
        issues.append(Issue(name, None, None, None, f"cannot read Parquet file: {exc}"))
        return None
    except _NotText as exc:
        reason = f"the column cannot be read as text: {exc}"
        issues.append(Issue(name, None, None, exc.column, reason))
        return None
    except (pa.ArrowException, ValueError) as exc:
        issues.append(Issue(name, None, None, None, f"a column cannot be read as text: {exc}"))
        return None
    return ColumnFile(name, n_rows, columns, lambda r: np.asarray(r, np.int64) + 1)


# -- checks ----------------------------------------------------------------------------------------
def _valid(arr: pa.Array) -> np.ndarray:
    return arr.is_valid().to_numpy(zero_copy_only=False)


def _per_distinct(arr: pa.Array, ok: Callable[[str], bool]) -> np.ndarray:
    """Rows whose (non-null) value passes ``ok``, testing each distinct value once."""
    codes, values = encode(arr, clean=True)
    good = np.append(np.array([bool(ok(v)) for v in values], dtype=bool), True)
    return good[codes]


def _visible(arr: pa.Array) -> np.ndarray:
    """Rows whose (non-null) value shows something (:func:`flows.model.has_visible_text`);
    null: True.

    A value holding a printable ASCII character other than the space shows it, whatever else
    it holds: one vectorised test settles almost every row of a real file (a million distinct
    summaries), and only the others (text in other scripts, invisible characters) are tested
    one distinct value at a time.
    """
    if pa.types.is_dictionary(arr.type):
        return _per_distinct(arr, has_visible_text)
    sure = pc.match_substring_regex(arr, "[!-~]").fill_null(True).to_numpy(zero_copy_only=False)
    if sure.all():
        return sure
    rest = np.flatnonzero(~sure)
    out = sure.copy()
    out[rest] = _per_distinct(arr.take(pa.array(rest, pa.int64())), has_visible_text)
    return out


def _per_value(arr: pa.Array, test: Callable[[pa.Array], pa.Array]) -> np.ndarray:
    """``test`` (an Arrow kernel giving booleans) per row, True for null; on a dictionary
    array it runs once per distinct value."""
    if pa.types.is_dictionary(arr.type):
        hit = test(arr.dictionary).fill_null(True).to_numpy(zero_copy_only=False)
        codes = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False)
        return np.append(hit, True)[codes]
    found = test(arr).fill_null(True).to_numpy(zero_copy_only=False)
    return found | ~_valid(arr)


def _matches(arr: pa.Array, pattern: str) -> np.ndarray:
    """Rows whose (non-null) value matches ``pattern`` entirely (RE2, vectorised); null: True."""
    return _per_value(arr, lambda a: pc.match_substring_regex(a, pattern))


def _one_of(arr: pa.Array, values: tuple[str, ...]) -> np.ndarray:
    """Rows whose (non-null) value is one of ``values``; null: True."""
    return _per_value(arr, lambda a: pc.is_in(a, value_set=pa.array(values, a.type)))


def _is_number(text: str) -> bool:
    return bool(_NUMBER.match(text))


def _numbers(arr: pa.Array) -> np.ndarray:
    """Floats of the values that look like numbers (NaN elsewhere), each distinct parsed once."""
    codes, values = encode(arr, clean=True)
    parsed = np.array(
        [float(v) if _is_number(v) else np.nan for v in values] + [np.nan], dtype=float
    )
    return parsed[codes]


def _is_date(text: str) -> bool:
    from flows.dates import PartialDate, PartialDateError

    try:
        PartialDate.parse(text)
    except PartialDateError:
        return False
    return True


def _is_iso_datetime(text: str) -> bool:
    from datetime import datetime

    try:
        datetime.fromisoformat(text)
    except ValueError:
        return False
    return True


def _in(values: tuple[str, ...]) -> Callable[[str], bool]:
    return lambda v: v in values


def _as_lists(arr: pa.Array) -> pa.Array:
    """A list column as it is, or text cells split on ";" and "|"."""
    return arr if pa.types.is_list(arr.type) else pc.split_pattern_regex(arr, r"[;|]")


def _items(lists: pa.Array) -> tuple[pa.Array, pa.Array]:
    """(every item trimmed, which of them are kept: neither null nor blank)."""
    items = pc.utf8_trim_whitespace(pc.list_flatten(lists))
    return items, pc.and_(items.is_valid(), pc.not_equal(items, "")).fill_null(False)


def _list_column(arr: pa.Array) -> tuple[np.ndarray, pa.Array]:
    """(row of every item, items) of a list column, or of text split on ";" and "|"."""
    arr = _as_lists(arr)
    items, keep = _items(arr)
    rows = pc.list_parent_indices(arr).to_numpy(zero_copy_only=False).astype(np.int64)
    return rows[keep.to_numpy(zero_copy_only=False)], items.filter(keep)


def bad_rows(cf: ColumnFile) -> np.ndarray:
    """Rows the schema might reject: they are checked one by one (see the module docstring)."""
    g = cf.get
    bad = np.zeros(cf.n, dtype=bool)
    ids = g("id")
    bad |= ~_valid(ids)
    bad |= ~pc.match_substring_regex(ids, _SLUG).fill_null(False).to_numpy(zero_copy_only=False)
    bad |= pc.utf8_length(ids).fill_null(0).to_numpy(zero_copy_only=False) > 120
    bad |= ~_valid(g("category")) | ~_one_of(g("category"), CATEGORIES)
    bad |= ~_one_of(g("status"), STATUSES)
    bad |= ~_one_of(g("verification"), VERIFICATIONS)
    confidence = g("confidence")
    value = _numbers(confidence)
    with np.errstate(invalid="ignore"):
        bad |= _valid(confidence) & ~((value >= 0) & (value <= 1))
    for field in ("period_start", "period_end"):
        bad |= ~_per_distinct(g(field), _is_date)
    for end in ("origin", "destination"):
        hint = g(f"{end}_country")
        hint_ok = _matches(hint, r"^[A-Z]{2}$")
        bad |= _valid(g(end)) & ~hint_ok
    bad |= ~_per_distinct(g("reviewed_at"), _is_iso_datetime)
    # text that shows nothing (zero-width characters only) is not a name, a title or a unit
    for field in _VISIBLE_FIELDS:
        if field in cf.columns:
            bad |= ~_visible(cf.columns[field])
    for field in ("via", "actors"):
        if field in cf.columns:
            rows, items = _list_column(cf.columns[field])
            invisible = ~_visible(items)
            bad[np.unique(rows[invisible])] = True
    bad |= _bad_quantities(cf)
    bad |= _bad_sources(cf)
    bad |= _bad_period_order(cf)
    return bad


def _bad_quantities(cf: ColumnFile) -> np.ndarray:
    g = cf.get
    given = np.zeros(cf.n, dtype=bool)
    for q in _QUANTITY:
        given |= _valid(g(f"quantity_{q}"))
    value, value_max = g("quantity_value"), g("quantity_value_max")
    v, vmax = _numbers(value), _numbers(value_max)
    bad = given & (np.isnan(v) | ~_valid(g("quantity_unit")) | ~_valid(g("quantity_what")))
    with np.errstate(invalid="ignore"):
        bad |= given & _valid(value_max) & (np.isnan(vmax) | (vmax < v))
        # "1e400" reads as infinity, and a figure beyond any source's is a typing error
        bad |= given & ~((v >= 0) & (v <= MAX_QUANTITY))
        bad |= given & _valid(value_max) & ~((vmax >= 0) & (vmax <= MAX_QUANTITY))
    bad |= given & ~_per_distinct(g("quantity_estimate"), lambda t: t.lower() in _BOOLS)
    return bad


def _bad_sources(cf: ColumnFile) -> np.ndarray:
    g = cf.get
    any_source = np.zeros(cf.n, dtype=bool)
    bad = np.zeros(cf.n, dtype=bool)
    for k in range(1, _MAX_SOURCES + 1):
        p = _prefix(k)
        present = np.zeros(cf.n, dtype=bool)
        for s in _SOURCE:
            present |= _valid(g(f"{p}_{s}"))
        any_source |= present
        bad |= present & (~_valid(g(f"{p}_title")) | ~_valid(g(f"{p}_publisher")))
        bad |= present & ~_matches(g(f"{p}_url"), r"^(https?://|file:|doc:)\S+$")
        bad |= present & ~_per_distinct(g(f"{p}_published"), _is_date)
        bad |= present & ~_matches(g(f"{p}_language"), r"^[a-z]{2}$")
    return bad | ~any_source


def _bad_period_order(cf: ColumnFile) -> np.ndarray:
    from flows.table.dates import parse_date_column

    s_first, _, s_prec, _ = parse_date_column(cf.get("period_start"))
    _, e_last, e_prec, _ = parse_date_column(cf.get("period_end"))
    return (s_prec > 0) & (e_prec > 0) & (s_first > e_last)


# -- the columns of the good rows ------------------------------------------------------------------
def _take(arr: pa.Array, rows: np.ndarray) -> pa.Array:
    return arr.take(pa.array(rows, pa.int64()))


def good_columns(cf: ColumnFile, rows: np.ndarray) -> RecordColumns:
    """The record columns of ``rows`` (rows that passed :func:`bad_rows`)."""
    n = len(rows)
    every = n == cf.n  # no copy when every row is good

    def text(name: str) -> pa.Array:
        return cf.get(name) if every else _take(cf.get(name), rows)

    def number(name: str) -> np.ndarray:
        return _numbers(text(name))

    hint = {}
    for end in ("origin", "destination"):
        # a country hint counts only with a place name (as in the schema)
        country = text(f"{end}_country")
        hint[end] = pc.if_else(text(end).is_valid(), country, pa.nulls(n, country.type))
    via_rows, via_names = _list_column(text("via")) if "via" in cf.columns else _no_list()
    via_countries = (
        _aligned_hints(text("via"), text("via_country")) if "via_country" in cf.columns else None
    )
    actor_rows, actor_names = _list_column(text("actors")) if "actors" in cf.columns else _no_list()
    given = np.zeros(n, dtype=bool)
    for q in _QUANTITY:
        given |= _valid(text(f"quantity_{q}"))
    estimate_codes, estimate_values = encode(text("quantity_estimate"), clean=True)
    # A dictionary column keeps every value of the file, also those of the rows left out as
    # bad ('maybe'): the good rows' values are checked, the others are never looked up.
    known = [_BOOLS.get(v.lower(), False) for v in estimate_values]
    estimate = np.append(np.array(known, dtype=bool), False)[estimate_codes]
    sources = _sources(cf, rows)
    confidence = number("confidence")
    return RecordColumns(
        id=text("id"),
        category=text("category"),
        commodity=text("commodity"),
        status=pc.fill_null(text("status"), pa.scalar("curated", pa.large_string())),
        verification=pc.fill_null(text("verification"), pa.scalar("reported", pa.large_string())),
        confidence=np.where(np.isnan(confidence), 0.8, confidence),
        period_start=text("period_start"),
        period_end=text("period_end"),
        origin=text("origin"),
        origin_country=hint["origin"],
        destination=text("destination"),
        destination_country=hint["destination"],
        via_rows=via_rows,
        via_names=via_names,
        via_countries=via_countries,
        actor_rows=actor_rows,
        actor_names=actor_names,
        quantity_value=np.where(given, number("quantity_value"), np.nan),
        quantity_value_max=np.where(given, number("quantity_value_max"), np.nan),
        quantity_unit=text("quantity_unit"),
        quantity_what=text("quantity_what"),
        quantity_estimate=given & estimate,
        summary=text("summary"),
        notes=text("notes"),
        sources=sources,
        reviewed_by=text("reviewed_by"),
        reviewed_at=text("reviewed_at"),
    )


def _aligned_hints(via: pa.Array, hints: pa.Array) -> np.ndarray | None:
    """The ``via_country`` codes, one per transit place that :func:`_list_column` keeps of
    ``via`` (None: no hint). A row whose two lists differ in length gives no hints; text cells
    are split on ";" and "|". None when no row gives any.

    >>> via = pa.array([["Trinidad", " "], ["Agadez region"], ["Rome"]])
    >>> _aligned_hints(via, pa.array([["TT", None], [""], ["IT", "US"]])).tolist()
    ['TT', None, None]
    >>> _aligned_hints(pa.array(["Trinidad; Agadez region"]), pa.array(["TT;"])).tolist()
    ['TT', None]
    >>> _aligned_hints(pa.array(["Rome"]), pa.array([None], pa.string())) is None
    True
    """
    via, hints = _as_lists(via), _as_lists(hints)
    vlen = pc.fill_null(pc.list_value_length(via), 0).to_numpy(zero_copy_only=False)
    hlen = pc.fill_null(pc.list_value_length(hints), 0).to_numpy(zero_copy_only=False)
    ok = (vlen == hlen) & (hlen > 0)
    if not ok.any():
        return None
    rows = np.repeat(np.arange(len(vlen)), vlen)
    within = np.arange(int(vlen.sum())) - np.repeat(np.cumsum(vlen) - vlen, vlen)
    source = np.repeat(np.cumsum(hlen) - hlen, vlen) + within
    codes = np.asarray(_items(hints)[0].to_pylist(), dtype=object)
    out = np.full(len(rows), None, dtype=object)
    take = ok[rows]
    out[take] = codes[source[take]]
    out[out == ""] = None
    return out[_items(via)[1].to_numpy(zero_copy_only=False)]


def _no_list() -> tuple[np.ndarray, pa.Array]:
    return np.zeros(0, dtype=np.int64), pa.array([], pa.string())


def _sources(cf: ColumnFile, rows: np.ndarray) -> pd.DataFrame:
    """One row per (record, source), ordered by record then source (one copy per field)."""
    from flows.table.encode import is_dictionary, to_categorical, to_text

    n = len(rows)
    every = n == cf.n
    fields: dict[str, list[pa.Array]] = {s: [] for s in _SOURCE}
    present = np.zeros((n, _MAX_SOURCES), dtype=bool)
    for k in range(_MAX_SOURCES):
        p = _prefix(k + 1)
        for s in _SOURCE:
            col = cf.get(f"{p}_{s}") if every else _take(cf.get(f"{p}_{s}"), rows)
            fields[s].append(col)
            present[:, k] |= _valid(col)
    # np.nonzero walks the (record, source) matrix row by row: pairs come out in order
    at, k = np.nonzero(present)
    # a source's place among its record's: pairs before it minus pairs of the records before
    per_record = np.count_nonzero(present, axis=1)
    index = np.arange(len(at)) - np.repeat(np.cumsum(per_record) - per_record, per_record)
    sources = pd.DataFrame({"row": at.astype(np.int64), "source_index": index.astype(np.int64)})
    # Each source slot's present rows are taken from its own column, then the pieces
    # (slot by slot) are put in (record, source) order: a take over the five columns as one
    # chunked array would first copy all of them into one.
    by_slot = np.argsort(k, kind="stable")  # pairs of slot 1, then slot 2, ...
    order = pa.array(np.argsort(by_slot, kind="stable"), pa.int64())
    slot_rows = [pa.array(at[by_slot][k[by_slot] == j], pa.int64()) for j in range(_MAX_SOURCES)]
    for s in SOURCE_FIELDS:
        if s in fields:
            chunks = _same_type(fields[s]).chunks
            pieces = [c.take(r) for c, r in zip(chunks, slot_rows, strict=True)]
            picked = pa.chunked_array(pieces, chunks[0].type).combine_chunks().take(order)
            sources[s] = to_categorical(picked) if is_dictionary(picked) else to_text(picked)
        else:
            sources[s] = None
    return sources


def _same_type(arrays: list[pa.Array]) -> pa.ChunkedArray:
    """The arrays as one chunked array: dictionaries stay dictionaries when the others are
    missing columns (all null), anything else is text."""
    types = {a.type for a in arrays if a.null_count < len(a)}
    if len(types) <= 1:
        kind = types.pop() if types else arrays[0].type
        return pa.chunked_array(
            [a if a.type == kind else pa.nulls(len(a), kind) for a in arrays], kind
        )
    return pa.chunked_array([as_arrow_strings(a) for a in arrays], pa.large_string())


# -- one file --------------------------------------------------------------------------------------
@dataclass
class FileRecords:
    """The records of one file that passed the schema, with the line of every record."""

    columns: RecordColumns
    lines: np.ndarray
    locations: list | None  # YAML: flows.load.Location per record (field lines); else None


def check_file(cf: ColumnFile, issues: list[Issue]) -> FileRecords:
    """Check ``cf`` column by column; rows that fail go through the schema for their messages."""
    bad = bad_rows(cf)
    good = np.flatnonzero(~bad)
    columns = good_columns(cf, good)
    lines = cf.line_of(good) if len(good) else np.zeros(0, dtype=np.int64)
    suspects = np.flatnonzero(bad)
    if not len(suspects):
        return FileRecords(columns, lines, None)
    slow = LoadResult()
    header = [c for c in KNOWN if c in cf.columns]
    values = {c: _take(cf.columns[c], suspects).to_pylist() for c in header}
    suspect_lines = cf.line_of(suspects)
    for i, line in enumerate(suspect_lines):
        row = [_cell(values[c][i]) for c in header]
        _check_record(_from_columns(header, row, int(line)), cf.name, slow)
    issues.extend(slow.issues)
    if not slow.records:
        return FileRecords(columns, lines, None)
    # rows the vectorised checks doubted but the schema accepts: take them as the schema reads them
    extra = columns_from_records(slow.records)
    extra_lines = np.array([w.line or 0 for w in slow.where], dtype=np.int64)
    order = np.argsort(
        np.concatenate([good, suspects[_accepted(slow, suspect_lines)]]), kind="stable"
    )
    merged = concat_columns([columns, extra])
    return FileRecords(
        take_columns(merged, order), np.concatenate([lines, extra_lines])[order], None
    )


def _accepted(slow: LoadResult, suspect_lines: np.ndarray) -> np.ndarray:
    lines = {w.line for w in slow.where}
    return np.array([int(x) in lines for x in suspect_lines], dtype=bool)


def _cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(str(v) for v in value if v is not None)
    return str(value)


# -- column sets -----------------------------------------------------------------------------------
_TEXT_FIELDS = (
    "id",
    "category",
    "commodity",
    "status",
    "verification",
    "period_start",
    "period_end",
    "origin",
    "origin_country",
    "destination",
    "destination_country",
    "quantity_unit",
    "quantity_what",
    "summary",
    "notes",
    "reviewed_by",
    "reviewed_at",
)
_NUMBER_FIELDS = ("confidence", "quantity_value", "quantity_value_max", "quantity_estimate")


def _arrow(values) -> pa.Array:
    return as_arrow_strings(values) if values is not None else None


def _field(cols: RecordColumns, name: str):
    values = getattr(cols, name)
    return values if values is not None else np.full(len(cols), None, dtype=object)


def concat_columns(parts: list[RecordColumns]) -> RecordColumns:
    """The rows of ``parts`` one after the other."""
    if len(parts) == 1:
        return parts[0]
    sizes = [len(p) for p in parts]
    offsets = np.concatenate([[0], np.cumsum(sizes)])[:-1]
    text = {f: concat_text([_field(p, f) for p in parts]) for f in _TEXT_FIELDS}
    numbers = {
        f: np.concatenate([np.asarray(getattr(p, f)) for p in parts]) for f in _NUMBER_FIELDS
    }
    return RecordColumns(
        **text,
        **numbers,
        via_rows=np.concatenate([p.via_rows + o for p, o in zip(parts, offsets, strict=True)]),
        via_names=pa.concat_arrays([as_arrow_strings(p.via_names) for p in parts]),
        via_countries=_concat_hints(parts),
        actor_rows=np.concatenate([p.actor_rows + o for p, o in zip(parts, offsets, strict=True)]),
        actor_names=pa.concat_arrays([as_arrow_strings(p.actor_names) for p in parts]),
        sources=_concat_sources([p.sources for p in parts], offsets),
    )


def _concat_hints(parts: list[RecordColumns]) -> np.ndarray | None:
    """The parts' via country hints one after the other (None items for a part without)."""
    if all(p.via_countries is None for p in parts):
        return None
    return np.concatenate(
        [
            np.asarray(p.via_countries, dtype=object)
            if p.via_countries is not None
            else np.full(len(p.via_names), None, dtype=object)
            for p in parts
        ]
    )


def concat_text(columns: list) -> pa.Array:
    """Text columns one after the other, as one Arrow array (trimmed, blanks as null).

    When one of them is a dictionary (a Parquet file's repeated values: categories, places,
    publishers), the result is a dictionary too, its distinct values unified: decoding a
    million codes into a million strings because a small YAML file joined them would cost
    more than the whole file's load.

    >>> concat_text([pa.array(["a", "b"]).dictionary_encode(), ["b", " c", ""]]).to_pylist()
    ['a', 'b', 'b', 'c', None]
    >>> concat_text([["x"], [None, "y"]]).type
    DataType(large_string)
    """
    if not any(is_dictionary(c) for c in columns):
        return pa.concat_arrays([as_arrow_strings(c) for c in columns])
    parts = []
    for column in columns:
        if is_dictionary(column):
            part = normalise_dictionary(column)
        else:
            part = pc.dictionary_encode(as_arrow_strings(column))
        indices = part.indices.cast(pa.int32())
        dictionary = part.dictionary.cast(pa.large_string())
        parts.append(pa.DictionaryArray.from_arrays(indices, dictionary))
    return pa.concat_arrays(parts)


def _concat_sources(frames: list[pd.DataFrame], offsets: np.ndarray) -> pd.DataFrame:
    """The sources of several parts, column by column: text stays Arrow (or categorical when
    a part is), never a column of a million Python strings (``pd.concat`` of a categorical
    and a text column makes one)."""
    from flows.table.encode import to_categorical, to_text

    rows = [f["row"].to_numpy(np.int64) + o for f, o in zip(frames, offsets, strict=True)]
    out = pd.DataFrame({"row": np.concatenate(rows) if rows else np.zeros(0, np.int64)})
    for name in frames[0].columns:
        if name == "row":
            continue
        series = [f[name] for f in frames]
        if name == "source_index":
            out[name] = np.concatenate([s.to_numpy(np.int64) for s in series])
        elif name.startswith("evidence_"):  # offsets: numbers, or text that may be one
            out[name] = np.concatenate([s.to_numpy(dtype=object) for s in series])
        else:
            text = concat_text([_source_values(s) for s in series])
            out[name] = to_categorical(text) if is_dictionary(text) else to_text(text)
    return out


def _source_values(series: pd.Series):
    """A sources column as Arrow (text or dictionary) or, failing that, as objects."""
    if isinstance(series.dtype, pd.CategoricalDtype) or isinstance(
        series.array, pd.arrays.ArrowStringArray
    ):
        return pa.array(series.array)
    return series.to_numpy(dtype=object)


def take_columns(cols: RecordColumns, order: np.ndarray) -> RecordColumns:
    """The rows of ``cols`` in ``order`` (a permutation or a subset)."""
    order = np.asarray(order, dtype=np.int64)
    new_row = np.full(len(cols), -1, dtype=np.int64)
    new_row[order] = np.arange(len(order))
    text = {f: _take(as_arrow_strings(_field(cols, f)), order) for f in _TEXT_FIELDS}
    numbers = {f: np.asarray(getattr(cols, f))[order] for f in _NUMBER_FIELDS}

    def pairs(rows: np.ndarray, names) -> tuple[np.ndarray, pa.Array]:
        mapped = new_row[rows]
        keep = mapped >= 0
        sort = np.argsort(mapped[keep], kind="stable")
        names = as_arrow_strings(names).filter(pa.array(keep))
        return mapped[keep][sort], _take(names, sort)

    via_rows, via_names = pairs(cols.via_rows, cols.via_names)
    via_countries = None
    if cols.via_countries is not None:
        _, hints = pairs(cols.via_rows, pa.array(list(cols.via_countries), pa.string()))
        via_countries = np.asarray(hints.to_pylist(), dtype=object)
    actor_rows, actor_names = pairs(cols.actor_rows, cols.actor_names)
    sources = cols.sources.assign(row=new_row[cols.sources["row"].to_numpy(np.int64)])
    sources = sources[sources["row"] >= 0].sort_values(["row", "source_index"], kind="stable")
    return RecordColumns(
        **text,
        **numbers,
        via_rows=via_rows,
        via_names=via_names,
        via_countries=via_countries,
        actor_rows=actor_rows,
        actor_names=actor_names,
        sources=sources.reset_index(drop=True),
    )
