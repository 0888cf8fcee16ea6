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
