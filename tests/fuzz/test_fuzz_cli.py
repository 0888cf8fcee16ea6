"""Fuzz the ``flows`` command line: any arguments give an exit status and, on failure, a
message on stderr; never a traceback. Contract commands keep stdout to JSON Lines.

Arguments are drawn from the real subcommands and options, paths that are not what they
seem (folders, pipes, links, long names, /proc, hostile record files and documents) and
arbitrary text. The workspace is a temporary folder; nothing outside it is written.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.cli import main
from tests.fuzz.harness import bounded, fuzz_settings

COMMANDS = ["validate", "build", "resolve", "places", "extract", "export-reviewed", "review",
            "snapshot", "briefing"]  # fmt: skip
OPTIONS = ["--format", "jsonl", "table", "--lang", "fr", "en", "xx", "--out", "--store",
           "--state", "pending", "accepted", "--keep-going", "--no-progress", "--to-review",
           "--from", "2015", "2015-13", "٢٠١٥", "--to", "--category", "weapons", "nope",
           "--view", "--views", "--size", "print", "huge", "--country", "UA", "list",
           "accept", "reject", "--note", "-", "--", "--title", "Kyiv", "Odesa",
           "côtes libyennes", "=cmd|' /C calc'!A0", "\u200b", "NaN"]  # fmt: skip


@pytest.fixture(scope="module")
def paths(tmp_path_factory) -> list[str]:
    """Files and non-files for the arguments, in a temporary folder."""
    base = tmp_path_factory.mktemp("cli")
    (base / "records.yaml").write_text(
        "- id: a\n  category: drugs\n  origin: Ecuador\n  destination: Belgium\n"
        "  sources: [{title: T, publisher: P}]\n",
        encoding="utf-8",
    )
    (base / "bomb.yaml").write_text("- &a [" + ",".join(["x"] * 9) + "]\n" + "".join(
        f"- &a{i} [" + ",".join([f"*a{i - 1}" if i > 1 else "*a"] * 9) + "]\n"
        for i in range(1, 9)), encoding="utf-8")  # fmt: skip
    (base / "deep.yaml").write_text("- " + "[" * 2000 + "]" * 2000 + "\n", encoding="utf-8")
    (base / "rows.csv").write_text("id,category,origin,origin\nx,drugs,Peru,Chile\n")
    (base / "doc.txt").write_text("Heroin is smuggled from Afghanistan to Iran.", "utf-8")
    (base / "docs.jsonl").write_bytes(
        b'{"id": "1", "text": "Cocaine goes from Ecuador to Antwerp."}\n{bad\n'
        + b'{"text": '
        + b"[" * 5000
        + b"]" * 5000
        + b"}\n"
    )
    (base / "bin.txt").write_bytes(bytes(range(256)) * 4)
    (base / "folder.png").mkdir()
    os.mkfifo(base / "pipe.yaml")
    (base / "link.png").symlink_to(base / "records.yaml")
    (base / "loop.yaml").symlink_to(base / "loop.yaml")
    (base / "views.json").write_text('{"views": [{"name": "x", "filters": {"conf": "high"}}]}')
    (base / "store.sqlite3").write_bytes(b"not a database" * 100)
    # warm up (gazetteer, imports) outside the timed examples
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
        main(["validate", str(base / "records.yaml")])
        main(["extract", str(base / "doc.txt"), "--no-progress"])
    return [str(base / name) for name in (
        "records.yaml", "bomb.yaml", "deep.yaml", "rows.csv", "doc.txt", "docs.jsonl",
        "bin.txt", "folder.png", "pipe.yaml", "link.png", "loop.yaml", "views.json",
        "store.sqlite3", "missing.yaml", "out.xyz", "out.geojson", "sub/none/out.yaml",
        "x" * 300 + ".png", "/proc/self/out.yaml",
    )] + [str(base)]  # fmt: skip


@pytest.fixture(scope="module", autouse=True)
def workspace(tmp_path_factory):
    old = {k: os.environ.get(k) for k in ("FLOWS_WORKSPACE", "FLOWS_EXTRA_DATA")}
    os.environ["FLOWS_WORKSPACE"] = str(tmp_path_factory.mktemp("workspace"))
    os.environ.pop("FLOWS_EXTRA_DATA", None)
    # a generated "." or "" names this empty folder, not the repository (whose thousands of
    # files would make `extract .` a long run, not a hostile input)
    cwd = os.getcwd()
    os.chdir(tmp_path_factory.mktemp("cwd"))
    yield
    os.chdir(cwd)
    for key, value in old.items():
        if value is None:
            os.environ.pop(key, None)
        else:
            os.environ[key] = value


def _argv(draw, paths: list[str]) -> list[str]:
    argv = [draw(st.one_of(st.sampled_from(COMMANDS), st.text(max_size=10)))]
    token = st.one_of(st.sampled_from(OPTIONS), st.sampled_from(paths), st.text(max_size=15))
    argv += draw(st.lists(token, max_size=6))
    return argv


@fuzz_settings(150)
@given(data=st.data())
def test_any_arguments_give_a_status_and_a_message(paths, data):
    argv = _argv(data.draw, paths)
    # a complete export renders a map for seconds: keep runs bounded, test refusals
    if argv[0] in ("validate", "build"):
        argv.insert(1, paths[0])  # the small record file, not the whole bundled dataset
    if argv[0] in ("snapshot", "briefing", "build") and "--out" in argv:
        i = argv.index("--out")
        if i + 1 < len(argv) and argv[i + 1].endswith((".geojson", ".yaml")):
            argv[i + 1] = paths[-1]  # a folder: refused quickly
    out, err = io.StringIO(), io.StringIO()
    code: int | str | None
    started = time.monotonic()
    with bounded("cli arguments"), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            code = main(argv)
        except SystemExit as exc:  # argparse: usage errors (2) and --help (0)
            code = exc.code
    if os.environ.get("FLOWS_FUZZ_LOG"):
        with open(os.environ["FLOWS_FUZZ_LOG"], "a", encoding="utf-8") as log:
            log.write(f"{time.monotonic() - started:.2f} {json.dumps(argv)}\n")
    assert code in (0, 1, 2, 130, 141) or isinstance(code, str), (argv, code)
    if code not in (0, None):  # a failure says why (resolve prints "not found" on stdout)
        assert err.getvalue().strip() or out.getvalue().strip(), f"{argv}: no message"
    assert "Traceback" not in err.getvalue(), argv
    contract = argv[0] in ("resolve", "places", "extract") and "--format" in argv
    if contract and argv[argv.index("--format") + 1 :][:1] == ["jsonl"] and code in (0, 1):
        for line in out.getvalue().splitlines():
            json.loads(line)  # nothing but JSON Lines on stdout
