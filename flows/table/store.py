"""A :class:`~flows.table.model.RecordTable` as a folder of Arrow IPC files, read memory-mapped.

Reading a million records back is a few milliseconds of work: the Arrow files are mapped
(``pyarrow.memory_map``), not read, and become pandas columns without a copy (text stays
Arrow-backed, numbers are views of the mapped buffers, categoricals only copy their codes).
The pages the page touches are loaded by the operating system when first used and can be
dropped again under memory pressure, so a restart neither parses nor holds a second copy.

Layout of a folder (every file is needed; a folder missing one is not a table):

- ``records.arrow``, ``sources.arrow``, ``places.arrow``: the three frames (Arrow IPC files);
- ``lists.arrow``: the flat list columns (offsets and values of ``via`` and ``actors``,
  ``via_path``) and ``actor_names``, as one-column record batches, in the order of
  :data:`LIST_FIELDS`;
- ``issues.json``: the issues met while loading.

>>> import tempfile
>>> from flows.table.model import RecordTable
>>> with tempfile.TemporaryDirectory() as folder:
...     write_table_folder(RecordTable.empty(), Path(folder) / "t")
...     len(read_table_folder(Path(folder) / "t"))
0
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow as pa

from flows.table.model import PLACE_COLUMNS, Ragged, RecordTable

FILES = ("records.arrow", "sources.arrow", "places.arrow", "lists.arrow", "issues.json")
LIST_FIELDS = (
    "via_offsets",
    "via_values",
    "via_path",
    "actor_offsets",
    "actor_values",
    "actor_names",
)
_PLACE_TEXT = ("id", "name", "kind", "country_code", "precision")


def _write_arrow(table: pa.Table, path: Path) -> None:
    with pa.OSFile(str(path), "wb") as sink, pa.ipc.new_file(sink, table.schema) as writer:
        writer.write_table(table)


def _read_arrow(path: Path) -> pa.Table:
    source = pa.memory_map(str(path), "r")
    return pa.ipc.open_file(source).read_all()


def _places_arrow(places: pd.DataFrame) -> pa.Table:
    columns = {
        name: pa.array(
            [v if isinstance(v, str) else None for v in places[name].to_numpy(dtype=object)],
            pa.string(),
        )
        for name in _PLACE_TEXT
    }
    columns["lon"] = pa.array(places["lon"].to_numpy(dtype=float))
    columns["lat"] = pa.array(places["lat"].to_numpy(dtype=float))
    columns["members"] = pa.array(
        [list(m) if m else [] for m in places["members"].to_numpy(dtype=object)],
        pa.list_(pa.string()),
    )
    return pa.table({name: columns[name] for name in PLACE_COLUMNS})


def _places_frame(table: pa.Table) -> pd.DataFrame:
    """Places as the loader makes them: text as objects (None when missing), members tuples."""
    columns = {name: pd.Series(table[name].to_pylist(), dtype=object) for name in _PLACE_TEXT}
    columns["lon"] = pd.Series(table["lon"].to_numpy(), dtype="float64")
    columns["lat"] = pd.Series(table["lat"].to_numpy(), dtype="float64")
    columns["members"] = pd.Series([tuple(m) for m in table["members"].to_pylist()], dtype=object)
    return pd.DataFrame({name: columns[name] for name in PLACE_COLUMNS})


def _lists_arrow(table: RecordTable) -> list[pa.RecordBatch]:
    arrays = {
        "via_offsets": pa.array(np.asarray(table.via.offsets, dtype=np.int64)),
        "via_values": pa.array(np.asarray(table.via.values, dtype=np.int32)),
        "via_path": pa.array(np.asarray(table.via_path, dtype=np.int32)),
        "actor_offsets": pa.array(np.asarray(table.actors.offsets, dtype=np.int64)),
        "actor_values": pa.array(np.asarray(table.actors.values, dtype=np.int32)),
        "actor_names": pa.array([str(a) for a in table.actor_names], pa.string()),
    }
    return [pa.record_batch({name: arrays[name]}) for name in LIST_FIELDS]


def write_table_folder(table: RecordTable, folder: Path) -> None:
    """Write ``table`` into ``folder`` (created; the caller renames it into place)."""
    folder.mkdir(parents=True, exist_ok=True)
    # one thread: the cache is written in the background, possibly while the interpreter
    # exits, when pandas conversion may no longer start a thread pool
    records = pa.Table.from_pandas(table.records, preserve_index=False, nthreads=1)
    _write_arrow(records, folder / FILES[0])
    sources = pa.Table.from_pandas(table.sources, preserve_index=False, nthreads=1)
    _write_arrow(sources, folder / FILES[1])
    _write_arrow(_places_arrow(table.places), folder / FILES[2])
    batches = _lists_arrow(table)
    # one file, batches of different schemas: each batch is its own IPC stream, back to back
    with pa.OSFile(str(folder / FILES[3]), "wb") as sink:
        for batch in batches:
            with pa.ipc.new_stream(sink, batch.schema) as writer:
                writer.write_batch(batch)
    (folder / FILES[4]).write_text(json.dumps(list(table.issues)), encoding="utf-8")


def _read_lists(path: Path) -> dict[str, pa.Array]:
    source = pa.memory_map(str(path), "r")
    out = {}
    for name in LIST_FIELDS:
        reader = pa.ipc.open_stream(source)
        batch = reader.read_next_batch()
        # the stream's end marker: the next stream starts after it
        for _ in reader:
            pass
        out[name] = batch.column(0)
    return out


def _numbers(array: pa.Array, dtype) -> np.ndarray:
    return array.to_numpy(zero_copy_only=True).astype(dtype, copy=False)


def _frame(path: Path) -> pd.DataFrame:
    """An Arrow file as the loader's frame: categories as objects, like the loader makes them."""
    frame = _read_arrow(path).to_pandas(split_blocks=True)
    for name in frame.columns:
        values = frame[name].array
        if isinstance(values, pd.Categorical) and values.categories.dtype != object:
            categories = pd.Index(np.asarray(values.categories, dtype=object), dtype=object)
            frame[name] = pd.Categorical.from_codes(values.codes, categories=categories)
    return frame


def read_table_folder(folder: Path) -> RecordTable:
    """The table written by :func:`write_table_folder` (memory-mapped, read-only arrays)."""
    records = _frame(folder / FILES[0])
    sources = _frame(folder / FILES[1])
    places = _places_frame(_read_arrow(folder / FILES[2]))
    lists = _read_lists(folder / FILES[3])
    issues = json.loads((folder / FILES[4]).read_text(encoding="utf-8"))
    return RecordTable(
        records=records,
        via=Ragged(
            _numbers(lists["via_offsets"], np.int64), _numbers(lists["via_values"], np.int32)
        ),
        via_path=_numbers(lists["via_path"], np.int32),
        actors=Ragged(
            _numbers(lists["actor_offsets"], np.int64), _numbers(lists["actor_values"], np.int32)
        ),
        actor_names=np.asarray(lists["actor_names"].to_pylist(), dtype=object),
        sources=sources,
        places=places,
        issues=list(issues),
    )
