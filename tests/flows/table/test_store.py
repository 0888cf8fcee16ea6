"""The record table's disk cache: Arrow IPC files read back memory-mapped, equal to the original."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pytest

from flows.synthetic import synthetic_records
from flows.table.build import places_frame
from flows.table.load import load_files, load_map_table
from flows.table.store import FILES, read_table_folder, write_table_folder
from tests.flows.export.conftest import PLACES


@pytest.fixture(scope="module")
def records_file(tmp_path_factory):
    import pyarrow.parquet as pq

    places = places_frame(list(PLACES.values()))
    places["population"] = 1_000
    path = tmp_path_factory.mktemp("store") / "records.parquet"
    pq.write_table(synthetic_records(places, 400, seed=3), path)
    return path


@pytest.fixture(scope="module")
def table(records_file):
    return load_files([records_file], use_cache=False).table


def test_a_table_written_and_read_back_is_the_same(tmp_path, table):
    write_table_folder(table, tmp_path / "t")
    assert sorted(p.name for p in (tmp_path / "t").iterdir()) == sorted(FILES)
    back = read_table_folder(tmp_path / "t")
    pd.testing.assert_frame_equal(back.records, table.records)
    pd.testing.assert_frame_equal(back.sources, table.sources)
    pd.testing.assert_frame_equal(back.places, table.places)
    assert all(isinstance(m, tuple) for m in back.places["members"])
    for name in ("offsets", "values"):
        assert np.array_equal(getattr(back.via, name), getattr(table.via, name))
        assert np.array_equal(getattr(back.actors, name), getattr(table.actors, name))
    assert np.array_equal(back.via_path, table.via_path)
    assert back.actor_names.tolist() == table.actor_names.tolist()
    assert back.issues == table.issues


def test_reading_maps_the_files_instead_of_copying_them(tmp_path, table):
    write_table_folder(table, tmp_path / "t")
    before = pa.total_allocated_bytes()
    back = read_table_folder(tmp_path / "t")
    # only the categorical codes are copied; text and numbers stay in the mapped files
    copied = pa.total_allocated_bytes() - before
    assert copied < 0.2 * back.records.memory_usage(deep=True).sum()
    assert not back.records["t_start"].to_numpy().flags.writeable


def test_a_damaged_cache_entry_is_made_again(tmp_path, monkeypatch, records_file):
    from flows.table import cache

    monkeypatch.setenv("FLOWS_TABLE_CACHE_DIR", str(tmp_path / "cache"))
    first = load_map_table([records_file])
    cache.wait_for_writes()  # the entry is written in the background
    (folder,) = [p for p in (tmp_path / "cache").iterdir() if p.name.startswith("table-")]
    # a new file in its place (the one mapped by `first` is left as it is: never rewrite a
    # mapped file in place, the cache itself only ever renames new folders into place)
    (folder / "broken").write_bytes(b"not arrow")
    (folder / "broken").replace(folder / "records.arrow")
    assert cache.read_table(folder.name.removeprefix("table-")) is None
    again = load_map_table([records_file])
    pd.testing.assert_frame_equal(again.records, first.records)


def test_the_cache_is_written_after_the_load_returns_even_by_a_process_that_exits(
    tmp_path, records_file
):
    """The table is returned before its copy on disk is written (in a background thread);
    a command that loads and exits at once still leaves the entry, and the next process
    reads it back."""
    import json
    import subprocess
    import sys
    from pathlib import Path

    root = Path(__file__).resolve().parents[3]
    code = (
        "import json, sys; from flows.table.load import load_map_table; "
        "t = load_map_table([sys.argv[1]]); print(json.dumps([len(t), type(t.records).__name__]))"
    )
    env = {**__import__("os").environ, "FLOWS_TABLE_CACHE_DIR": str(tmp_path / "cache")}
    first = subprocess.run(
        [sys.executable, "-c", code, str(records_file)],
        capture_output=True, text=True, env=env, cwd=root, check=True,
    )  # fmt: skip
    assert "Traceback" not in first.stderr, first.stderr
    entries = [p.name for p in (tmp_path / "cache").iterdir() if p.name.startswith("table-")]
    assert len(entries) == 1 and not entries[0].endswith(".tmp")
    assert sorted(p.name for p in (tmp_path / "cache" / entries[0]).iterdir()) == sorted(FILES)
    second = subprocess.run(
        [sys.executable, "-c", code, str(records_file)],
        capture_output=True, text=True, env=env, cwd=root, check=True,
    )  # fmt: skip
    assert json.loads(second.stdout) == json.loads(first.stdout)


def test_reading_an_entry_this_process_is_writing_waits_for_it(tmp_path, monkeypatch, records_file):
    import time

    from flows.table import cache

    monkeypatch.setenv("FLOWS_TABLE_CACHE_DIR", str(tmp_path))
    write = cache.write_table

    def slow_write(key, table):
        time.sleep(0.5)
        return write(key, table)

    monkeypatch.setattr(cache, "write_table", slow_write)
    first = load_map_table([records_file])
    key = next(iter(cache._writing))
    found = cache.read_table(key)  # while the writer sleeps: waits, then reads it
    assert found is not None
    pd.testing.assert_frame_equal(found.records, first.records)


def test_a_held_write_waits_for_its_release_or_for_a_reader(tmp_path, monkeypatch, table):
    """The dashboard holds the table's copy on disk while its first page is drawn; a reader
    of the entry (another load of the same data) does not wait for the page."""
    import time

    from flows.table import cache

    monkeypatch.setenv("FLOWS_TABLE_CACHE_DIR", str(tmp_path))
    try:
        cache.hold_writes()
        cache.write_table_soon("held", table)
        time.sleep(0.3)
        assert not (tmp_path / "table-held").exists()
        cache.release_writes()
        cache.wait_for_writes("held")
        assert sorted(p.name for p in (tmp_path / "table-held").iterdir()) == sorted(FILES)

        cache.hold_writes()
        cache.write_table_soon("read", table)
        started = time.perf_counter()
        back = cache.read_table("read")  # waits for the entry: the held write goes now
        assert time.perf_counter() - started < cache.WRITE_HOLD_S / 2
        pd.testing.assert_frame_equal(back.records, table.records)
    finally:
        cache.release_writes()
