"""Record files -> the record table, with every problem located; one loader for everything.

The dashboard, ``flows validate``, ``flows build``, ``flows snapshot``, ``flows briefing`` and
``flows bench`` read records through :func:`load_files`:

- YAML files go through the record schema record by record (they are written by hand, and
  their errors point at the line of the field);
- CSV, XLSX, Parquet and GeoParquet files are checked column by column
  (:mod:`flows.table.columns`); a folder of Parquet files (a dataset) is read file by file;
- ids repeated across files are reported; each distinct place name is resolved once;
- the checked columns of every file are cached on disk, keyed on the file's path, size and
  modification time and on this code, so a restart reads a million records back in a second
  or two instead of checking them again (see :mod:`flows.table.cache`).

The map's table (:func:`load_map_table`) keeps the first record of an id and says which ones
it left out; :func:`validate_files` reports every problem, including place names the
gazetteer does not know well enough.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pyarrow as pa

from flows.issues import Issue, display_path
from flows.load import default_data_paths, is_regular_file, iter_data_files
from flows.table.build import PlaceChecks, RecordColumns, build_table, columns_from_records
from flows.table.columns import FileRecords, check_file, concat_columns, take_columns
from flows.table.model import RecordTable

YAML_SUFFIXES = (".yaml", ".yml")
# Checked files up to this many records are cached one by one (big ones are cached as part of
# the whole table: keeping both would double the disk and the memory a first load needs).
FILE_CACHE_ROWS = 200_000
COLUMN_SUFFIXES = (".csv", ".xlsx", ".parquet", ".geoparquet")
SUFFIXES = YAML_SUFFIXES + COLUMN_SUFFIXES


def iter_record_files(paths: Iterable[Path]) -> Iterator[Path]:
    """Files to load (:func:`flows.load.iter_data_files`), Parquet included.

    A folder named ``*.parquet`` (a dataset written in parts) is read part by part.
    """
    return iter_data_files(paths, SUFFIXES)


# -- one file --------------------------------------------------------------------------------------
def _unsupported(name: str, suffix: str) -> Issue:
    return Issue(
        name,
        None,
        None,
        None,
        f"unsupported file type '{suffix}'",
        f"use one of {', '.join(SUFFIXES)}",
    )


def read_file(path: Path) -> tuple[FileRecords | None, list[Issue]]:
    """The records of one file that pass the schema, and every problem found in it."""
    from flows.limits import MAX_PARQUET_MB, MAX_RECORD_FILE_MB
    from flows.load import _unreadable, load_file
    from flows.table import columns as col

    name = display_path(path)
    suffix = path.suffix.lower()
    if suffix not in SUFFIXES:
        return None, [_unsupported(name, suffix)]
    # missing, a link loop, a pipe or a device, over the size limit: named, never read
    parquet = suffix in (".parquet", ".geoparquet")
    problem = _unreadable(path, MAX_PARQUET_MB if parquet else MAX_RECORD_FILE_MB)
    if problem is not None:
        return None, [Issue(name, None, None, None, *problem)]
    issues: list[Issue] = []
    if suffix in YAML_SUFFIXES or suffix == ".xlsx":
        # YAML is written by hand; a workbook may hold several sheets, formulas without a
        # saved value and repeated columns: both go through the row reader, record by record
        result = load_file(path)
        lines = np.array([w.line or 0 for w in result.where], dtype=np.int64)
        return FileRecords(
            columns_from_records(result.records), lines, list(result.where)
        ), result.issues
    try:
        if suffix == ".csv":
            cf = col.read_csv(path, name, issues)
            # (its header warnings are the row reader's too: the row reader's issues replace
            # them; a file with warnings only must not lose its rows, as the fuzz suite found)
            if cf is None and not any(i.is_error for i in issues):
                # ragged rows, odd quoting or repeated columns: the row-by-row reader handles
                # them (it refuses the rows where repeated columns disagree)
                result = load_file(path)
                lines = np.array([w.line or 0 for w in result.where], dtype=np.int64)
                return FileRecords(columns_from_records(result.records), lines, None), result.issues
        else:
            cf = col.read_parquet(path, name, issues)
    except OSError as exc:
        return None, [Issue(name, None, None, None, f"cannot read file: {exc.strerror}")]
    if cf is None:
        return None, issues
    return check_file(cf, issues), issues


# -- many files ------------------------------------------------------------------------------------
@dataclass
class LoadedFiles:
    """Records of many files as one table, and where each row came from."""

    table: RecordTable
    issues: list[Issue]
    files: list[str]
    file_of: np.ndarray  # per row: index into files
    lines: np.ndarray  # per row: line (text files) or row number (Parquet)
    locations: dict[int, object] = field(default_factory=dict)  # YAML rows: flows.load.Location
    checks: PlaceChecks | None = None
    via_rows: np.ndarray | None = None  # row of every via name (for place checks)
    via_names: np.ndarray | None = None
    notes: list[str] = field(default_factory=list)  # review-store records left out, and why

    @property
    def errors(self) -> list[Issue]:
        return [i for i in self.issues if i.is_error]

    def where(self, row: int, field: tuple = ()) -> tuple[str, int | None]:
        """(file, line) of a row, or of one of its fields in a YAML file."""
        location = self.locations.get(row)
        if location is not None:
            return location.file, location.line_of(field) if field else location.line
        return self.files[self.file_of[row]], int(self.lines[row]) or None


def _gather(paths: Iterable[Path], use_cache: bool) -> tuple[list, list[Issue], list[str]]:
    from flows.table import cache

    parts, issues, files = [], [], []
    for path in iter_record_files(paths):
        files.append(display_path(path))
        found = cache.read_cached(path) if use_cache else None
        if found is None:
            found = read_file(path)
            if use_cache and found[0] is not None and len(found[0].columns) <= FILE_CACHE_ROWS:
                cache.write_cached(path, *found)
        records, file_issues = found
        issues.extend(file_issues)
        if records is not None:
            parts.append((len(files) - 1, records))
    return parts, issues, files


def load_files(
    paths: Iterable[str | Path] | None = None,
    gazetteer=None,
    *,
    keep_duplicates: bool = False,
    use_cache: bool = True,
    extra_records: list | None = None,
) -> LoadedFiles:
    """Load every record of ``paths`` (default: bundled data and ``FLOWS_EXTRA_DATA``).

    A repeated id is reported at the later record (``keep_duplicates=False`` leaves that
    record out, as the map must: sources are keyed by id). ``extra_records`` are
    :class:`flows.model.FlowRecord` objects appended after the files (the review store's).
    """
    from flows.memory import tune_allocators

    tune_allocators()
    if gazetteer is None:
        from geodata.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    chosen = [Path(p) for p in paths] if paths is not None else default_data_paths()
    parts, issues, files = _gather(chosen, use_cache)
    columns = [p.columns for _, p in parts]
    file_of = [np.full(len(p.columns), i, dtype=np.int32) for i, p in parts]
    lines = [p.lines for _, p in parts]
    locations: dict[int, object] = {}
    offset = 0
    for _, p in parts:
        if p.locations:
            locations.update({offset + j: loc for j, loc in enumerate(p.locations)})
        offset += len(p.columns)
    notes = []
    if extra_records:
        taken = set()
        for c in columns:
            taken.update(_texts(c.id))
        fresh = []
        for record in extra_records:
            if record.id in taken:
                # the curated record stays; the clash is said, not dropped silently
                notes.append(
                    f"Reviewed record '{record.id}' has the id of a curated record and is not "
                    "shown: give it another id in the review page."
                )
                continue
            taken.add(record.id)
            fresh.append(record)
        extra_records = fresh
    if extra_records:
        columns.append(columns_from_records(extra_records))
        files.append("review store")
        file_of.append(np.full(len(extra_records), len(files) - 1, dtype=np.int32))
        lines.append(np.zeros(len(extra_records), dtype=np.int64))
    merged = concat_columns(columns) if columns else columns_from_records([])
    file_of_all = np.concatenate(file_of) if file_of else np.zeros(0, np.int32)
    lines_all = np.concatenate(lines) if lines else np.zeros(0, np.int64)
    loaded = LoadedFiles(RecordTable.empty(), issues, files, file_of_all, lines_all, locations)
    loaded.notes = notes
    duplicates = _duplicates(merged, loaded, left_out=not keep_duplicates)
    issues.extend(duplicates)
    if not keep_duplicates and duplicates:
        keep = np.flatnonzero(~_repeated(merged))
        merged = take_columns(merged, keep)
        loaded.file_of, loaded.lines = file_of_all[keep], lines_all[keep]
        loaded.locations = {
            int(new): locations[int(old)] for new, old in enumerate(keep) if int(old) in locations
        }
    status = merged.status
    rejected = _equals(status, "rejected")
    if rejected.any():  # rejected records are not flows
        keep = np.flatnonzero(~rejected)
        merged = take_columns(merged, keep)
        loaded.file_of, loaded.lines = loaded.file_of[keep], loaded.lines[keep]
        loaded.locations = {
            int(new): loaded.locations[int(old)]
            for new, old in enumerate(keep)
            if int(old) in loaded.locations
        }
    table, checks = build_table(merged, gazetteer)
    loaded.table = table.with_issues([str(i) for i in issues] + notes)
    loaded.checks = checks
    loaded.via_rows = np.asarray(merged.via_rows)
    loaded.via_names = np.asarray(_texts(merged.via_names), dtype=object)
    return loaded


def _texts(values) -> list:
    if isinstance(values, pa.Array | pa.ChunkedArray):
        return values.to_pylist()
    return list(values)


def _equals(values, text: str) -> np.ndarray:
    from flows.table.encode import encode

    codes, uniques = encode(values)
    hit = np.append(uniques == text, False)
    return hit[codes]


def _ids(cols: RecordColumns) -> tuple[np.ndarray, np.ndarray]:
    from flows.table.encode import encode

    return encode(cols.id)


def _repeated(cols: RecordColumns) -> np.ndarray:
    from flows.table.encode import encode_codes

    codes, n_distinct = encode_codes(cols.id)
    if n_distinct == np.count_nonzero(codes >= 0):  # every id once: the usual case
        return np.zeros(len(codes), dtype=bool)
    seen = np.zeros(len(codes), dtype=bool)
    _, first = np.unique(codes, return_index=True)
    seen[first] = True
    return ~seen & (codes >= 0)


def _duplicates(cols: RecordColumns, loaded: LoadedFiles, left_out: bool) -> list[Issue]:
    """One issue per repeated id, at the later record, naming where the first one is."""
    repeated = np.flatnonzero(_repeated(cols))
    if not len(repeated):
        return []
    codes, values = _ids(cols)
    _, first = np.unique(codes, return_index=True)
    first_of = dict(zip(codes[first].tolist(), first.tolist(), strict=True))
    out = []
    for row in repeated.tolist():
        code = int(codes[row])
        file, line = loaded.where(row, ("id",))
        first_file, first_line = loaded.where(first_of[code])
        reason = f"duplicate id (first used at {first_file}:{first_line})"
        out.append(
            Issue(
                file,
                line,
                values[code],
                "id",
                f"{reason}: left out" if left_out else reason,
                "give each record its own id",
            )
        )
    return out


def place_issues(loaded: LoadedFiles, gazetteer) -> list[Issue]:
    """Every origin, via and destination must resolve surely in the offline gazetteer."""
    from flows.table.frame import records_frame  # noqa: F401 - keeps the import cycle lazy

    checks = loaded.checks
    if checks is None:
        return []
    out: list[Issue] = []
    ids = loaded.table.records["id"].to_numpy(dtype=object)
    suggestions: dict[str, str | None] = {}

    def issue(row: int, field: str, loc: tuple, name: str) -> Issue:
        if name not in suggestions:
            guesses = gazetteer.suggest(name, limit=3)
            suggestions[name] = f"did you mean '{guesses[0]}'?" if guesses else None
        file, line = loaded.where(row, loc)
        return Issue(file, line, ids[row], field, f"unknown place '{name}'", suggestions[name])

    labels = {
        "origin": loaded.table.records["origin_label"].astype(object).to_numpy(),
        "destination": loaded.table.records["dest_label"].astype(object).to_numpy(),
    }
    for end, sure in (("origin", checks.origin_sure), ("destination", checks.dest_sure)):
        for row in np.flatnonzero(~sure).tolist():
            out.append(issue(row, end, (end,), str(labels[end][row])))
    if loaded.via_rows is not None and len(loaded.via_rows):
        rows = loaded.via_rows
        position = np.arange(len(rows)) - np.searchsorted(rows, rows)
        for k in np.flatnonzero(~checks.via_sure).tolist():
            row, i = int(rows[k]), int(position[k])
            out.append(issue(row, f"via[{i}]", ("via", i), str(loaded.via_names[k])))
    return out


def validate_files(paths: Iterable[str | Path] | None = None, gazetteer=None) -> LoadedFiles:
    """Load ``paths`` (default: bundled data) and run every check; issues sorted by file, line."""
    if gazetteer is None:
        from geodata.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    loaded = load_files(paths, gazetteer, keep_duplicates=True)
    loaded.issues.extend(place_issues(loaded, gazetteer))
    loaded.issues.sort(key=lambda i: (i.file, i.line or 0))
    return loaded


def load_map_table(paths: Iterable[str | Path] | None = None, gazetteer=None) -> RecordTable:
    """Records of ``paths`` (default: bundled data, ``FLOWS_EXTRA_DATA`` and, with no paths
    given, the reviewed records of the workspace), one per id, as a :class:`RecordTable`.

    ``table.issues`` lists every problem met, one text each (records left out, a review store
    that cannot be read, an id of the review store that a record file already uses). The
    table is cached on disk (:mod:`flows.table.cache`): a restart with unchanged inputs reads
    it back instead of loading again.
    """
    import hashlib
    import json

    from flows.memory import tune_allocators
    from flows.table import cache

    tune_allocators()  # before the first big array: a third of a cold load was page clearing
    chosen = [Path(p) for p in paths] if paths else default_data_paths()
    notes: list[str] = []
    reviewed: list = []
    if not paths:
        try:
            from flows.review.store import load_reviewed

            reviewed, skipped = load_reviewed()
            notes.extend(skipped)  # rows of the store that could not be read, by key
        except Exception as exc:  # noqa: BLE001 - a broken store must not take the map down
            notes.append(f"Reviewed records could not be read: {exc}")
    files = [p for p in iter_record_files(chosen) if is_regular_file(p)]
    digest = hashlib.sha256(
        json.dumps([r.model_dump(mode="json") for r in reviewed], sort_keys=True).encode()
    ).hexdigest()
    key = None
    if gazetteer is None and len(files) == len(list(iter_record_files(chosen))):
        key = cache.table_key(files, digest)
        found = cache.read_table(key)
        if found is not None:
            return _long_lived(found.with_issues(found.issues + notes))
    loaded = load_files(chosen, gazetteer, extra_records=reviewed)
    table = loaded.table
    del loaded
    if key is not None:
        # written while the page draws: the reader waits for the table, not for the copy
        cache.write_table_soon(key, table)
    return _long_lived(table.with_issues(table.issues + notes))


def _long_lived(table: RecordTable) -> RecordTable:
    """``table``, with every object alive now moved out of the cyclic GC's sight
    (:func:`flows.memory.keep_for_good`): the table is kept for the life of the process (the
    page's ``st.cache_resource``), and so are the modules imported to load it; ~40-80 ms per
    rerun on this machine for the ~120,000 objects of the imports alone.
    """
    from flows.memory import keep_for_good

    keep_for_good()
    return table
