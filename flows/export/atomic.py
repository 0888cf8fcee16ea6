"""Write-then-rename: an export either appears complete or not at all.

Writers (matplotlib, python-pptx, geopandas, imageio) write to a hidden temporary file in
the destination folder; only when they finish is it renamed over the target. A crash, a
full disk or a bad record half-way leaves the old file (or nothing), never a torn one.
The temporary file lives in the same folder because a rename is only atomic within one
file system.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.export.errors import ExportError


def check_writable(path: str | Path) -> Path:
    """Return ``path`` as a Path if its folder exists and is writable, else raise ExportError."""
    target = Path(path).expanduser()
    parent = target.parent if str(target.parent) else Path(".")
    if target.is_dir():
        raise ExportError(f"{target}: is a folder; give a file name such as {target}/map.png")
    if not parent.exists():
        raise ExportError(f"{target}: folder {parent} does not exist; create it first")
    if not parent.is_dir():
        raise ExportError(f"{target}: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: folder {parent} is not writable")
    if target.exists() and not os.access(target, os.W_OK):
        raise ExportError(f"{target}: file exists and is read-only")
    return target


@contextmanager
def atomic_path(path: str | Path) -> Iterator[Path]:
    """Yield a temporary path beside ``path`` (same suffix); rename it over ``path`` on success.

    The suffix is kept because several writers pick their format from it (GeoPackage,
    imageio). On any exception the temporary file is removed and the exception propagates.

    >>> import tempfile, pathlib
    >>> d = pathlib.Path(tempfile.mkdtemp())
    >>> with atomic_path(d / "a.txt") as tmp:
    ...     _ = tmp.write_text("done")
    >>> (d / "a.txt").read_text()
    'done'
    """
    target = check_writable(path)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.stem}.", suffix=f".part{target.suffix}", dir=target.parent
    )
    os.close(fd)
    tmp = Path(tmp_name)
    # Some writers (GeoPackage) refuse to write over an existing file, even an empty one.
    tmp.unlink()
    try:
        yield tmp
        if not tmp.exists():
            raise ExportError(f"{target}: the writer produced no file")
        _fsync(tmp)  # the data is on disk before the name points at it
        os.replace(tmp, target)
        _fsync(target.parent)  # and the rename itself survives a power cut
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def write_bytes_atomic(path: str | Path, data: bytes) -> Path:
    """Write ``data`` to ``path`` through a temporary file; return the final path."""
    with atomic_path(path) as tmp:
        tmp.write_bytes(data)
    return Path(path).expanduser()
