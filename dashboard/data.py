"""What the explorer draws from: the record table, loaded once per data version.

Bundled curated records, extra data (``FLOWS_EXTRA_DATA``), and reviewed records from the
user's review store (see :func:`flows.table.load.load_map_table`). The app caches the table
with ``st.cache_resource`` keyed on :func:`data_signature`; :func:`start_loading` begins the
load in a thread before the explorer draws its frame and the map shown while the records
load.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import Future
from pathlib import Path

from flows.table.model import RecordTable


def data_signature() -> tuple:
    """Paths, sizes and modification times of every input, so the cache reloads on change."""
    from flows.table.load import default_data_paths, iter_record_files

    items = []
    for path in iter_record_files(default_data_paths()):
        try:
            stat = path.stat()
            items.append((str(path), stat.st_size, stat.st_mtime_ns))
        except OSError:
            items.append((str(path), 0, 0))
    store = _review_store_path()
    if store is not None and store.exists():
        items.append((str(store), store.stat().st_size, store.stat().st_mtime_ns))
    return tuple(items)


def _review_store_path() -> Path | None:
    try:
        from flows.workspace import workspace_dir

        return workspace_dir(create=False) / "review.sqlite3"
    except Exception:  # noqa: BLE001 - the workspace is optional for the explorer
        return None


_loads: dict[tuple, Future] = {}  # loads started and not yet handed over
_taken: set[tuple] = set()  # data versions whose table was handed over (the page keeps it)
_loads_lock = threading.Lock()


def start_loading(signature: tuple, extra: str) -> None:
    """Begin loading the table of ``(signature, extra)`` in a thread, unless that load is
    under way or its table was handed over already (:func:`load_table` takes it)."""
    key = (signature, extra)
    with _loads_lock:
        if key in _loads or key in _taken:
            return
        future: Future = Future()
        _loads[key] = future
    threading.Thread(
        target=_load_into, args=(future,), name="flows-load-table", daemon=True
    ).start()


def _load_into(future: Future) -> None:
    from flows.table.load import load_map_table

    try:
        future.set_result(load_map_table())
    except BaseException as exc:  # noqa: BLE001 - handed to whoever takes the table
        future.set_exception(exc)


def load_table(signature: tuple | None = None, extra: str | None = None) -> RecordTable:
    """Load, validate and resolve every record the map shows.

    With the data version (``signature``, ``extra``), the table of the load
    :func:`start_loading` began is handed over (its error raised), once; without one, or
    when no load was started, the table is loaded here.
    """
    from flows.table.load import load_map_table

    if signature is None or extra is None:
        return load_map_table()
    key = (signature, extra)
    with _loads_lock:
        future = _loads.pop(key, None)
        _taken.add(key)
    return load_map_table() if future is None else future.result()


def extra_data_env() -> str:
    """The extra data folders setting (part of the cache key)."""
    return os.environ.get("FLOWS_EXTRA_DATA", "")
