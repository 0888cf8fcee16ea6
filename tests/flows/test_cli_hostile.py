"""Command-line arguments a careless script passes: an empty path (an unset variable) is
refused by name, never read as the current folder."""

from __future__ import annotations

import pytest

from flows.cli import main


@pytest.mark.parametrize(
    "argv",
    [
        ["validate", ""],
        ["build", "--out", ""],
        ["places", " "],
        ["extract", "--format", "jsonl", ""],
        ["export-reviewed", "--out", ""],
        ["review", "--store", "", "list"],
        ["snapshot", "--out", ""],
    ],
)
def test_an_empty_path_is_refused_by_name(capsys, argv):
    with pytest.raises(SystemExit) as exit_:
        main(argv)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert "an empty path (an unset variable?)" in err and "Traceback" not in err


@pytest.mark.parametrize("command", [["validate"], ["build", "--out", "OUT"], ["places"]])
@pytest.mark.parametrize(
    ("name", "reason"),
    [
        ("x" * 300 + ".yaml", "File name too long"),  # found by the fuzz suite (a traceback)
        ("loop.yaml", "Too many levels of symbolic links"),
    ],
)
def test_a_path_the_system_refuses_is_named(tmp_path, capsys, command, name, reason):
    (tmp_path / "loop.yaml").symlink_to(tmp_path / "loop.yaml")
    argv = [a.replace("OUT", str(tmp_path / "out")) for a in command]
    code = main([*argv, str(tmp_path / name)])
    out = capsys.readouterr()
    assert code != 0
    assert reason in out.out + out.err and "Traceback" not in out.err


@pytest.mark.parametrize("command", [["validate"], ["places"], ["extract"]])
def test_a_name_with_a_nul_byte_is_named(tmp_path, capsys, command):
    # found by the fuzz suite: ValueError from the file system call, a traceback
    code = main([*command, str(tmp_path / "bad\x00name.yaml")])
    out = capsys.readouterr()
    assert code != 0 and "embedded null byte" in out.out + out.err
    assert "Traceback" not in out.err and "\x00" not in out.out + out.err


def test_control_characters_in_a_file_name_are_shown_escaped(tmp_path, capsys):
    # a name that would recolour the terminal (or move its cursor) is printed escaped
    main(["validate", str(tmp_path / "a\x1b[31mred.yaml")])
    out = capsys.readouterr()
    assert "\x1b" not in out.out + out.err and "a\\x1b[31mred.yaml" in out.out + out.err
