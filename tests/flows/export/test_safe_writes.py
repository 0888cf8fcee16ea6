"""Writes only ever create or replace regular files, and a killed write leaves nothing that a
loader reads (issue 11: --out onto links, pipes, devices, long names, /proc; interrupted
exports whose temporary file the loaders then read)."""

from __future__ import annotations

import os
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from flows.cli import main
from flows.export.atomic import TEMP_PREFIX, atomic_path, check_writable
from flows.export.errors import ExportError
from flows.load import load_records

ROOT = Path(__file__).resolve().parents[3]
RECORD = (
    "- id: kept\n  category: drugs\n  origin: Ecuador\n  destination: Belgium\n"
    "  sources: [{title: Report, publisher: Europol}]\n"
)


def _cli(capsys, *args) -> tuple[int, str]:
    code = main([str(a) for a in args])
    return code, capsys.readouterr().err


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: (d / "t.png").write_bytes(b"x") and _link(d / "l.png", d / "t.png"), "link"),
        (lambda d: _link(d / "dangling.png", d / "nowhere.png"), "symbolic link"),
        (lambda d: _fifo(d / "pipe.png"), "not a regular file"),
        (lambda d: _device(d / "null.png", 3), "not a regular file"),
        (lambda d: _device(d / "full.png", 7), "not a regular file"),
        (lambda d: d, "is a folder"),
        (lambda d: d / ("é" * 130 + ".png"), "over the 255-byte limit"),
    ],
)
def test_out_only_creates_or_replaces_regular_files(tmp_path, make, reason):
    path = make(tmp_path)
    before = {p.name: (p.is_symlink(), p.stat().st_mode if p.exists() else None)
              for p in tmp_path.iterdir()}  # fmt: skip
    with pytest.raises(ExportError, match=reason):
        check_writable(path)
    with pytest.raises(ExportError, match=reason), atomic_path(path) as tmp:
        tmp.write_bytes(b"new")
    after = {p.name: (p.is_symlink(), p.stat().st_mode if p.exists() else None)
             for p in tmp_path.iterdir()}  # fmt: skip
    assert after == before  # nothing replaced, no temporary file left
    if (tmp_path / "t.png").exists():
        assert (tmp_path / "t.png").read_bytes() == b"x"


def _link(path: Path, target: Path) -> Path:
    path.symlink_to(target)
    return path


def _fifo(path: Path) -> Path:
    os.mkfifo(path)
    return path


def _device(path: Path, minor: int) -> Path:
    """A character device like /dev/null (minor 3) or /dev/full (7), made in a test folder:
    the tests never point a write at the machine's own devices."""
    if os.geteuid() != 0:
        pytest.skip("making a device node needs root")
    os.mknod(path, 0o666 | stat.S_IFCHR, os.makedev(1, minor))
    return path


@pytest.mark.parametrize(
    "out",
    [
        lambda d: _link(d / "link.yaml", d / "real.yaml"),
        lambda d: _fifo(d / "pipe.yaml"),
        lambda d: _device(d / "full.yaml", 7),
        lambda d: Path("/proc/self/reviewed.yaml"),
        lambda d: d / ("x" * 300 + ".yaml"),
        lambda d: d / "file.yaml" / "inside.yaml",
    ],
)
def test_export_reviewed_refuses_with_a_message(tmp_path, capsys, out):
    (tmp_path / "real.yaml").write_text("keep", encoding="utf-8")
    (tmp_path / "file.yaml").write_text("keep", encoding="utf-8")
    target = out(tmp_path)
    code, err = _cli(capsys, "export-reviewed", "--store", tmp_path / "s.sqlite3", "--out", target)
    assert code == 1 and err.startswith("error: ") and "Traceback" not in err
    assert (tmp_path / "real.yaml").read_text(encoding="utf-8") == "keep"
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_snapshot_refuses_a_link_and_a_device(tmp_path, capsys):
    (tmp_path / "real.png").write_bytes(b"old")
    link = _link(tmp_path / "map.png", tmp_path / "real.png")
    device = _device(tmp_path / "full.png", 7)
    for out, reason in ((link, "symbolic link"), (device, "not a regular file")):
        code, err = _cli(capsys, "snapshot", "--out", out)
        assert code != 0 and "Traceback" not in err and reason in err
    assert link.is_symlink() and (tmp_path / "real.png").read_bytes() == b"old"


def test_build_out_that_is_a_file(tmp_path, capsys):
    (tmp_path / "out").write_text("a file")
    code, err = _cli(capsys, "build", "--out", tmp_path / "out")
    assert code == 1 and "Traceback" not in err and "out" in err


def test_a_long_target_name_gets_a_short_temporary_name(tmp_path):
    target = tmp_path / ("é" * 120 + ".yaml")  # 245 bytes: fits, its temporary would not
    with atomic_path(target) as tmp:
        assert len(os.fsencode(tmp.name)) <= 255 and tmp.name.startswith(TEMP_PREFIX)
        tmp.write_text(RECORD, encoding="utf-8")
    assert target.read_text(encoding="utf-8") == RECORD


_KILLED_WRITER = textwrap.dedent(
    """
    import sys, time
    from pathlib import Path
    from flows.export.atomic import atomic_path
    with atomic_path(Path(sys.argv[1])) as tmp:
        tmp.write_text(sys.argv[2], encoding="utf-8")
        print("written", flush=True)
        time.sleep(120)
    """
)


def test_a_killed_export_leaves_nothing_a_loader_reads(tmp_path):
    folder = tmp_path / "data"
    folder.mkdir()
    (folder / "records.yaml").write_text(RECORD, encoding="utf-8")
    stale = RECORD.replace("kept", "stale-copy")
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(folder / "reviewed.yaml"), stale],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    assert child.stdout.readline().strip() == "written"
    os.kill(child.pid, signal.SIGKILL)
    child.wait()
    leftovers = [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]
    assert len(leftovers) == 1  # the temporary file of the killed write is there...
    result = load_records([folder])
    assert [r.id for r in result.records] == ["kept"]  # ...and no loader reads it
    assert not result.issues
    # the next write into the folder removes it
    with atomic_path(folder / "other.yaml") as tmp:
        tmp.write_text(RECORD, encoding="utf-8")
    assert not [p for p in folder.iterdir() if p.name.startswith(TEMP_PREFIX)]


def test_a_live_writer_keeps_its_temporary_file(tmp_path):
    child = subprocess.Popen(
        [sys.executable, "-c", _KILLED_WRITER, str(tmp_path / "a.yaml"), RECORD],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )
    try:
        assert child.stdout.readline().strip() == "written"
        with atomic_path(tmp_path / "b.yaml") as tmp:
            tmp.write_text(RECORD, encoding="utf-8")
        assert [p for p in tmp_path.iterdir() if p.name.startswith(TEMP_PREFIX)]
    finally:
        child.kill()
        child.wait()


def test_a_workspace_that_is_a_file_is_said_when_saving_views(tmp_path, monkeypatch):
    from flows.views import View, ViewError, save_views
    from flows.workspace import WorkspaceError, workspace_dir

    (tmp_path / "ws").write_text("a file")
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "ws"))
    with pytest.raises(WorkspaceError, match="is a file, not a folder"):
        workspace_dir()
    with pytest.raises(ViewError, match="cannot be written"):
        save_views(tmp_path / "ws" / "views.json", [View(name="x")])
    time.sleep(0)  # nothing else to wait for
