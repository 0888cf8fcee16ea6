"""The checked and resolved record table, cached on disk so that a restart does not load again.

Two levels, both keyed on what they are made from, so a stale entry is never read:

- per file: the checked columns and the issues of one record file, keyed on its absolute path,
  size and modification time (a changed file is checked again, the others are not);
- per table: the whole resolved table of a set of inputs, keyed on every file's signature, the
  records added from the review store, the gazetteer's fingerprint and this code.

A table is a folder of Arrow IPC files (:mod:`flows.table.store`), read back memory-mapped:
a restart maps the files instead of parsing them, and keeps no second copy in memory. A
file's checked columns are a pickle (Arrow and numpy buffers pickle as raw bytes, protocol 5).
Both are written under a temporary name and renamed, so a reader never sees half an entry.
The folder is ``$FLOWS_TABLE_CACHE_DIR``, else ``tables/`` in the
cache folder of the gazetteer (``$FLOWS_ATLAS_CACHE_DIR``, ``$XDG_CACHE_HOME/flows-atlas`` or
``~/.cache/flows-atlas``). ``FLOWS_TABLE_CACHE=0`` turns caching off. Only the newest entries
are kept (:data:`KEEP_BYTES`).
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import shutil
import tempfile
import threading
from functools import lru_cache
from pathlib import Path

import pyarrow as pa

from flows.load import is_regular_file

CACHE_VERSION = 2
KEEP_BYTES = 4 << 30  # the newest entries up to this size are kept


def enabled() -> bool:
    return os.environ.get("FLOWS_TABLE_CACHE", "1") != "0"


def cache_dir() -> Path:
    env = os.environ.get("FLOWS_TABLE_CACHE_DIR")
    if env:
        return Path(env)
    from geodata.index_cache import cache_dir

    return cache_dir() / "tables"


@lru_cache(maxsize=1)
def code_version() -> str:
    """Hash of the code that decides what a cached entry holds."""
    here = Path(__file__).resolve().parent
    h = hashlib.sha256(f"v{CACHE_VERSION}".encode())
    for path in sorted(here.glob("*.py")) + [here.parent / "load.py", here.parent / "model.py"]:
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def file_signature(path: Path) -> tuple:
    stat = path.stat()
    return (str(path.resolve()), stat.st_size, stat.st_mtime_ns)


def _key(*parts: object) -> str:
    return hashlib.sha256(repr((code_version(), *parts)).encode()).hexdigest()[:32]


def _read(path: Path):
    if not path.exists():
        return None
    # like the gazetteer: no cyclic GC while unpickling (nothing here forms cycles)
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        return None  # corrupt or from another version: made again
    finally:
        if was_enabled:
            gc.enable()


def _write(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
        try:
            with os.fdopen(fd, "wb") as fh:
                pickle.dump(value, fh, protocol=5)
            os.replace(tmp, path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        _prune(path.parent)
    except OSError:
        pass  # a read-only or full disk: work without the cache


def _size(entry: Path) -> int:
    if entry.is_dir():
        return sum(p.stat().st_size for p in entry.iterdir())
    return entry.stat().st_size


def _prune(folder: Path) -> None:
    """Keep the newest entries up to :data:`KEEP_BYTES` (files and table folders)."""
    entries = []
    for p in folder.iterdir():
        if p.name.startswith(("file-", "table-")) and not p.name.endswith(".tmp"):
            try:
                entries.append((p.stat().st_mtime, p))
            except OSError:
                continue
    total = 0
    for _, p in sorted(entries, key=lambda e: e[0], reverse=True):
        try:
            total += _size(p)
        except OSError:
            continue
        if total > KEEP_BYTES:
            if p.is_dir():
                shutil.rmtree(p, ignore_errors=True)
            else:
                p.unlink(missing_ok=True)


# -- per file --------------------------------------------------------------------------------------
def _file_entry(path: Path) -> Path:
    return cache_dir() / f"file-{_key('file', file_signature(path))}.pickle"


def read_cached(path: Path):
    """(records, issues) of a file checked before and unchanged since, else None."""
    if not enabled() or not is_regular_file(path):
        return None
    return _read(_file_entry(path))


def write_cached(path: Path, records, issues) -> None:
    if enabled() and is_regular_file(path):
        _write(_file_entry(path), (records, issues))


# -- per table -------------------------------------------------------------------------------------
def table_key(files: list[Path], extra: str, options: tuple = ()) -> str:
    from geodata.index_cache import index_fingerprint

    signatures = [file_signature(p) for p in files]
    return _key("table", signatures, extra, index_fingerprint(), options)


def _table_entry(key: str) -> Path:
    return cache_dir() / f"table-{key}"


def read_table(key: str):
    """The cached table of ``key`` (memory-mapped), or None (waits for it while this process
    is writing it: :func:`write_table_soon`)."""
    if not enabled():
        return None
    wait_for_writes(key)
    from flows.table.store import FILES, read_table_folder

    folder = _table_entry(key)
    if not all((folder / name).is_file() for name in FILES):
        return None
    try:
        return read_table_folder(folder)
    except (OSError, ValueError, KeyError, pa.ArrowException):
        return None  # damaged: made again


def write_table(key: str, table) -> bool:
    """Write ``table`` as the entry of ``key``; False when it could not be written."""
    if not enabled():
        return False
    from flows.table.store import write_table_folder

    folder = _table_entry(key)
    try:
        folder.parent.mkdir(parents=True, exist_ok=True)
        tmp = Path(tempfile.mkdtemp(dir=folder.parent, prefix=f"{folder.name}-", suffix=".tmp"))
        try:
            write_table_folder(table, tmp)
            if folder.exists():  # written meanwhile by another process: theirs is the same
                shutil.rmtree(folder, ignore_errors=True)
            os.replace(tmp, folder)
        except BaseException:
            shutil.rmtree(tmp, ignore_errors=True)
            raise
        _prune(folder.parent)
    except OSError:
        return False  # a read-only or full disk: work without the cache
    return True


_writing: dict[str, threading.Thread] = {}
_writing_lock = threading.Lock()
_released = threading.Event()
_released.set()
# the longest a held write waits (a page that never draws must not keep the copy off disk)
WRITE_HOLD_S = 30.0


def hold_writes() -> None:
    """Entries written from now on wait for :func:`release_writes` (at most ``WRITE_HOLD_S``).

    The dashboard holds them while it draws its first page: on a two-core laptop the page's
    work and the browser's drawing take both cores, and the copy (seconds for a million
    records) can wait for them.
    """
    _released.clear()


def writes_held() -> bool:
    """Are writes held (:func:`hold_writes`) now?"""
    return not _released.is_set()


def release_writes() -> None:
    """Let the held writes (:func:`hold_writes`) and every later one go."""
    _released.set()


def _write_when_released(key: str, table) -> None:
    _released.wait(WRITE_HOLD_S)
    write_table(key, table)


def write_table_soon(key: str, table) -> None:
    """Write ``table`` as the entry of ``key`` in a background thread.

    Whoever loaded the table waits for it, not for its copy on disk (seconds for a million
    records, most of it in Arrow's writer, which lets the other thread run). The thread is
    not a daemon: the process finishes the entry before it exits. The table must not change
    meanwhile (tables are never changed in place).
    """
    if not enabled():
        return
    thread = threading.Thread(
        target=_write_when_released, args=(key, table), name=f"flows-table-cache-{key[:8]}"
    )
    with _writing_lock:
        _writing[key] = thread
    thread.start()


def wait_for_writes(key: str | None = None) -> None:
    """Wait until the entry of ``key`` (default: every entry) this process writes is written
    (someone waiting for an entry wants it now: held writes go)."""
    with _writing_lock:
        threads = [t for k, t in _writing.items() if key is None or k == key]
    if threads:
        release_writes()
    for thread in threads:
        thread.join()
    with _writing_lock:
        for k in [k for k, t in _writing.items() if not t.is_alive()]:
            del _writing[k]
