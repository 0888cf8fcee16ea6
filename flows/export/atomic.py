"""Write-then-rename: an export either appears complete or not at all.

Writers (matplotlib, python-pptx, geopandas, imageio) write to a hidden temporary file in
the destination folder; only when they finish is it renamed over the target. A crash, a
full disk or a bad record half-way leaves the old file (or nothing), never a torn one.
The temporary file lives in the same folder because a rename is only atomic within one
file system.
"""

from __future__ import annotations

import errno
import os
import secrets
import stat
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from flows.export.errors import ExportError

# Temporary files start with this: loaders skip hidden files, and the next write into the
# folder removes the ones a killed writer left (their process is gone).
TEMP_PREFIX = ".~flows-"
_STALE_SECONDS = 24 * 3600  # a temporary file this old is stale whatever its process
_NAME_MAX = 255  # bytes in one file name on every common file system


def check_writable(path: str | Path) -> Path:
    """Return ``path`` as a Path if it can be created or replaced as a regular file, else
    raise ExportError saying why: a folder, a link, a device, a pipe, a name too long, a
    folder missing or not writable, a read-only file."""
    target = Path(path).expanduser()
    parent = target.parent if str(target.parent) else Path(".")
    if not target.name:
        raise ExportError(f"{target}: give a file name such as map.png")
    name_bytes = len(os.fsencode(target.name))
    if name_bytes > _NAME_MAX:
        raise ExportError(
            f"{target.name[:40]}...: the file name is {name_bytes} bytes, over the "
            f"{_NAME_MAX}-byte limit of file systems; give a shorter name"
        )
    try:
        info = os.lstat(target)
    except (FileNotFoundError, NotADirectoryError):
        info = None  # a new file (or a folder that is not one: said below)
    except OSError as exc:  # a name too long, a link loop in the folders
        raise ExportError(f"{target}: {_os_reason(exc)}") from None
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise ExportError(f"{target}: is a folder; give a file name such as {target}/map.png")
        if stat.S_ISLNK(info.st_mode):
            raise ExportError(
                f"{target}: is a symbolic link; exports only create or replace regular files, "
                "so give the file's own path"
            )
        if not stat.S_ISREG(info.st_mode):
            raise ExportError(
                f"{target}: is not a regular file (a device, a pipe or a socket); exports "
                "only create or replace regular files"
            )
    if not parent.exists():
        raise ExportError(f"{target}: folder {parent} does not exist; create it first")
    if not parent.is_dir():
        raise ExportError(f"{target}: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise ExportError(f"{target}: folder {parent} is not writable")
    if info is not None and not os.access(target, os.W_OK):
        raise ExportError(f"{target}: file exists and is read-only")
    return target


def _os_reason(exc: OSError) -> str:
    reasons = {
        errno.ENAMETOOLONG: "the name is too long for the file system; give a shorter name",
        errno.ENOSPC: "the disk is full; free some space and try again",
        errno.EDQUOT: "the disk quota is exhausted; free some space and try again",
        errno.EROFS: "the file system is read-only; choose another folder",
        errno.EACCES: "permission denied; choose a folder you can write to",
        errno.EPERM: "the operation is not permitted here; choose a regular folder",
        errno.ELOOP: "a symbolic link loop in the path",
    }
    return reasons.get(exc.errno, exc.strerror or str(exc))


def _temp_name(target: Path) -> str:
    """``.~flows-<pid>-<random>.<stem>.part<suffix>``, shortened to fit in a file name."""
    head = f"{TEMP_PREFIX}{os.getpid()}-{secrets.token_hex(4)}."
    tail = f".part{target.suffix}" if len(target.suffix) <= 16 else ".part"
    room = _NAME_MAX - len(head.encode()) - len(tail.encode())
    stem = os.fsencode(target.stem)[: max(room, 0)].decode("utf-8", "ignore")
    return f"{head}{stem}{tail}"


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files a killed writer left in ``folder`` (its process is gone,
    or the file is a day old); return them. Files of live writers are left alone."""
    removed = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    now = time.time()
    for entry in entries:
        if not entry.name.startswith(TEMP_PREFIX):
            continue
        pid_text = entry.name[len(TEMP_PREFIX) :].split("-", 1)[0]
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        alive = pid_text.isdigit() and _alive(int(pid_text))
        if alive and now - info.st_mtime < _STALE_SECONDS:
            continue
        try:
            os.unlink(entry.path)
            removed.append(Path(entry.path))
        except OSError:
            pass
    return removed


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # another user's live process
    return True


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
    remove_stale_temporaries(target.parent)
    tmp = target.parent / _temp_name(target)
    try:
        # Created exclusively (never through an existing name), then removed: some writers
        # (GeoPackage) refuse to write over an existing file, even an empty one.
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644))
        tmp.unlink()
    except OSError as exc:  # /proc, a full disk, a file system that refuses the name
        raise ExportError(f"{target}: cannot write here: {_os_reason(exc)}") from None
    try:
        yield tmp
        if not tmp.exists():
            raise ExportError(f"{target}: the writer produced no file")
        _fsync(tmp)  # the data is on disk before the name points at it
        check_writable(target)  # still a regular file (or nothing): never replace a link
        os.replace(tmp, target)
        _fsync(target.parent)  # and the rename itself survives a power cut
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{target}: could not be written: {_os_reason(exc)}") from None
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
