"""What the explorer draws from: the record table, loaded once per data version.

Bundled curated records, extra data (``FLOWS_EXTRA_DATA``), and reviewed records from the
user's review store (see :func:`flows.table.load.load_map_table`). The app caches the table
with ``st.cache_resource`` keyed on :func:`data_signature`.
"""

from __future__ import annotations

import os
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


def load_table() -> RecordTable:
    """Load, validate and resolve every record the map shows."""
    from flows.table.load import load_map_table

    return load_map_table()


def extra_data_env() -> str:
    """The extra data folders setting (part of the cache key)."""
    return os.environ.get("FLOWS_EXTRA_DATA", "")
