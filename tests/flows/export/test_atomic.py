from pathlib import Path

import pytest

from flows.export.atomic import atomic_path, check_writable, write_bytes_atomic
from flows.export.errors import ExportError


def test_atomic_path_renames_on_success(tmp_path):
    target = tmp_path / "map.png"
    with atomic_path(target) as tmp:
        assert tmp.parent == tmp_path and tmp.suffix == ".png" and tmp != target
        tmp.write_bytes(b"complete")
        assert not target.exists()  # nothing visible until the writer is done
    assert target.read_bytes() == b"complete"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["map.png"]


def test_failed_write_leaves_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "deck.pptx"
    target.write_bytes(b"previous version")
    with pytest.raises(RuntimeError), atomic_path(target) as tmp:
        tmp.write_bytes(b"half")
        raise RuntimeError("writer crashed")
    assert target.read_bytes() == b"previous version"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deck.pptx"]


def test_writer_that_writes_nothing_is_an_error(tmp_path):
    with pytest.raises(ExportError, match="produced no file"), atomic_path(tmp_path / "a.csv"):
        pass
    assert list(tmp_path.iterdir()) == []


def test_write_bytes_atomic(tmp_path):
    assert write_bytes_atomic(tmp_path / "a.csv", b"x,y\n").read_bytes() == b"x,y\n"


@pytest.mark.parametrize(
    ("make", "reason"),
    [
        (lambda d: d / "missing" / "map.png", "does not exist"),
        (lambda d: d, "is a folder"),
        (
            lambda d: (d / "file.txt").write_text("x") and d / "file.txt" / "map.png",
            "is not a folder",
        ),
    ],
)
def test_unwritable_paths_are_clear_errors(tmp_path, make, reason):
    path = make(tmp_path)
    with pytest.raises(ExportError, match=reason) as err:
        check_writable(path)
    assert str(Path(path)) in str(err.value)
