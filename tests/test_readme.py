"""The README is tested: every command it shows runs here, in the order a reader meets it, and
its output is checked; the spreadsheet columns it documents are the ones the loader reads.

Commands come from the README's ```` ```bash ```` blocks; plain blocks that start with ``$ ``
are transcripts, run and compared line by line. A command added to the README without a
check here fails :func:`test_every_readme_command_is_checked`.

Everything runs in a temporary folder that links the repository's ``tests``, ``dashboard``,
``benchmarks`` and ``.streamlit`` (so relative paths work as in a checkout, and outputs such
as ``weapons.png`` never land in the repository), with a temporary workspace.
"""

from __future__ import annotations

import csv
import json
import os
import re
import shlex
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
BIN = Path(sys.executable).parent


# -- reading the README --------------------------------------------------------------------
def _blocks(text: str) -> list[tuple[str, list[str]]]:
    """(language, lines) of every fenced code block."""
    out, lang, lines = [], None, []
    for line in text.splitlines():
        if line.startswith("```"):
            if lang is None:
                lang, lines = line[3:].strip(), []
            else:
                out.append((lang, lines))
                lang = None
        elif lang is not None:
            lines.append(line)
    return out


def readme_commands(text: str | None = None) -> list[str]:
    """Every command of the ```bash blocks, without its comment (lines of comment only are
    the previous command's comment going on)."""
    commands = []
    for lang, lines in _blocks(text or README.read_text(encoding="utf-8")):
        if lang != "bash":
            continue
        for line in lines:
            command = _strip_comment(line).strip()
            if command:
                commands.append(command)
    return commands


def readme_transcripts(text: str | None = None) -> list[tuple[str, list[str]]]:
    """(command, expected output lines) of the plain blocks that start with ``$ ``."""
    out = []
    for lang, lines in _blocks(text or README.read_text(encoding="utf-8")):
        if lang == "" and lines and lines[0].startswith("$ "):
            out.append((lines[0][2:], lines[1:]))
    return out


def _strip_comment(line: str) -> str:
    """The line up to an unquoted ``#`` that starts a word."""
    quote = None
    for i, c in enumerate(line):
        if quote:
            quote = None if c == quote else quote
        elif c in "'\"":
            quote = c
        elif c == "#" and (i == 0 or line[i - 1].isspace()):
            return line[:i]
    return line


def test_readme_parsing_keeps_quotes_and_drops_comments():
    text = '```bash\nflows a "x # y" --b  # what it does\n                # and more\n```\n'
    assert readme_commands(text) == ['flows a "x # y" --b']


# -- running a command as a reader would ---------------------------------------------------
@pytest.fixture(scope="module")
def reader(tmp_path_factory) -> Path:
    """The reader's folder: repository data linked in, a workspace of its own."""
    home = tmp_path_factory.mktemp("reader")
    for name in ("tests", "dashboard", "benchmarks", ".streamlit"):
        (home / name).symlink_to(ROOT / name)
    (home / ".venv").symlink_to(Path(sys.prefix))
    return home


def _env(home: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PATH": f"{BIN}{os.pathsep}{os.environ.get('PATH', '')}",
        "FLOWS_WORKSPACE": str(home / "workspace"),
        "FLOWS_EXTRA_DATA": "",
    }


def run(command: str, home: Path, timeout: float = 600) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", "-c", command],
        cwd=home,
        env=_env(home),
        capture_output=True,
        text=True,
        timeout=timeout,
    )


def _jsonl(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


# -- the checks, one per README command -----------------------------------------------------
def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _serve_and_check(argv: list[str], home: Path, port: int | None = None) -> None:
    """Start the dashboard with ``argv`` and check that it answers."""
    if port is None:
        port = _free_port()
        argv = [*argv, "--server.port", str(port)]
    argv = [*argv, "--server.headless", "true"]
    proc = subprocess.Popen(
        argv, cwd=home, env=_env(home), stdout=subprocess.PIPE, stderr=subprocess.STDOUT
    )
    try:
        deadline = time.monotonic() + 90
        while True:
            assert proc.poll() is None, proc.stdout.read().decode()
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health") as r:
                    assert r.read() == b"ok"
                    break
            except OSError:
                assert time.monotonic() < deadline, "the dashboard did not answer in 90 s"
                time.sleep(0.5)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/") as r:
            assert "<title>Streamlit</title>" in r.read().decode()
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def _check_private_address(command: str, home: Path) -> None:
    # The same command with this machine's own address (10.0.0.5 is the README's example of
    # a private address) and a free port: the options are Streamlit's and the dashboard answers.
    assert "--server.address 10.0.0.5 --server.port 8501" in command
    port = _free_port()
    argv = shlex.split(
        command.replace("10.0.0.5", "127.0.0.1")
        .replace("8501", str(port))
        .replace("streamlit run", f"{Path(sys.executable).parent / 'streamlit'} run", 1)
    )
    _serve_and_check(argv, home, port)


def _check_briefing_fr(result, home: Path) -> None:
    from pptx import Presentation

    from flows.i18n import use_language
    from flows.texts import briefing_title

    assert result.returncode == 0, result.stderr
    deck = Presentation(str(home / "note.pptx"))
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    with use_language("fr"):
        assert titles[0] == briefing_title()
    assert len(titles) >= 5 and titles[4].startswith("Sources")
    for title in titles[1:4]:  # the views' titles, written in French
        assert "toutes années" in title and "flows" not in title, title


def _check_setup_and_run(command: str, home: Path) -> None:
    # The install steps run in CI (.ci/run installs the same package with its dev extra);
    # here the run step starts the dashboard on the bundled data and it answers.
    install, run_part = command.rsplit(" && ", 1)
    assert install == "python3 -m venv .venv && .venv/bin/pip install -q -e ."
    assert run_part == ".venv/bin/streamlit run dashboard/app.py"
    _serve_and_check(shlex.split(run_part), home)


def _check_test_command(command: str, home: Path) -> None:
    # Running the suite from inside the suite would recurse: CI runs this exact command.
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert command in ci


def _check_validate_bundled(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"\d+ records in \d+ files: 0 errors, 0 warnings\n", result.stdout)


def _check_validate_spreadsheet(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert result.stdout == "2 records in 1 files: 0 errors, 0 warnings\n"


def _check_build(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    written = [line.split(" ", 1)[1] for line in result.stdout.splitlines() if line[:6] == "wrote "]
    assert written and all((home / path).is_file() for path in written)
    assert {Path(p).suffix for p in written} >= {".gpkg", ".parquet"}
    assert re.match(r"\d+ flows \(\d+ drawn", result.stdout)


def _check_resolve(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    rows = _jsonl(result.stdout)
    assert [r["query"] for r in rows] == ["Marioupol", "côtes libyennes"]
    assert [(r["name"], r["kind"], r["country_code"]) for r in rows] == [
        ("Mariupol", "city", "UA"),
        ("Libya", "country", "LY"),
    ]


def _check_synth(result, home: Path) -> None:
    import pyarrow.parquet as pq

    _said(result, "wrote 1,000,000 synthetic records to big.parquet")
    assert pq.ParquetFile(home / "big.parquet").metadata.num_rows == 1_000_000


BENCH_KEYS = {
    "records",
    "load_s",
    "peak_rss_mb",
    "rerun_ms_p50",
    "rerun_ms_p95",
    "payload_bytes",
    "arcs_drawn",
    "naive_rerun_ms_p50",
    "naive_payload_bytes",
}


def _check_bench(result, home: Path) -> None:
    # the figures themselves are the benchmark's business (benchmarks/README.md): here, that
    # the command runs and says what the README promises, as one JSON object
    assert result.returncode == 0, result.stderr
    (report,) = _jsonl(result.stdout)
    assert BENCH_KEYS <= set(report)
    assert report["records"] == 1_000_000 and 0 < report["arcs_drawn"] <= 2000


SEEN: dict[str, int] = {}  # what one command found, for a later one to compare


def _check_dask_extract(result, home: Path) -> None:
    import pandas as pd

    assert result.returncode == 0, result.stderr
    found = pd.read_parquet(home / "candidates")
    # the same candidates as the one-process run above
    assert len(found) == SEEN["candidates"] and set(found["doc"]) <= DOCS


DOCS = {
    "tests/data/examples/documents/seed-000-fr.txt",
    "tests/data/examples/documents/seed-002-fr.txt",
}
PLACE_KEYS = ["doc", "surface", "start", "end", "name", "kind", "country_code", "lon", "lat"]
FLOW_KEYS = [
    "doc",
    "category",
    "commodity",
    "origin",
    "destination",
    "via",
    "period_start",
    "period_end",
    "evidence",
    "evidence_start",
    "evidence_end",
    "confidence",
]


def _check_places(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    rows = _jsonl(result.stdout)
    assert rows and all(list(r) == PLACE_KEYS for r in rows)
    assert {r["doc"] for r in rows} <= DOCS
    assert "Europe" in {r["name"] for r in rows}


def _check_extract(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    rows = _jsonl(result.stdout)
    SEEN["candidates"] = len(rows)
    assert rows and all(list(r) == FLOW_KEYS for r in rows)
    assert {r["doc"] for r in rows} <= DOCS
    assert "weapons" in {r["category"] for r in rows}
    assert re.search(rf"2 documents, {len(rows)} candidate flows", result.stderr)


def _check_to_review(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert (home / "workspace" / "review.sqlite3").is_file()


def _check_review_list(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    pending = int(re.search(r"pending: (\d+)", result.stdout + result.stderr).group(1))
    assert pending >= 1  # the candidates queued by the command before


def _check_review_accept(result, home: Path) -> None:
    # Candidate keys are stable hashes: the README names one that the example documents give
    # (if the extractor no longer finds it, this fails and the README needs a new example).
    assert result.returncode == 0, result.stderr
    _said(result, "accept: 1acf5ae8a9e5 is accepted")


def _said(result, text: str) -> None:
    assert result.returncode == 0, result.stderr
    assert text in result.stdout + result.stderr, result.stdout + result.stderr


def _check_accept_comment(result, home: Path) -> None:
    _said(result, "accept: 813b1e50de0e is accepted")


def _check_reject(result, home: Path) -> None:
    _said(result, "reject: 28b6d41cfd63 is rejected")


def _check_reset(result, home: Path) -> None:
    _said(result, "reset: 813b1e50de0e is pending")


def _check_history(result, home: Path) -> None:
    _said(result, "record x-1acf5ae8a9e5 (candidate 1acf5ae8a9e5)")
    assert re.search(r"accept\s+pending -> accepted", result.stdout)
    assert "origin: Kyiv (UA) -> Ukraine (UA)" in result.stdout  # the edit, in the trail


def _check_review_documents(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    ids = [line.split("\t")[1] for line in result.stdout.splitlines()]
    assert ids == [
        "tests/data/examples/documents/seed-000-fr.txt",
        "tests/data/examples/documents/seed-002-fr.txt",
    ]


def _check_review_add(result, home: Path) -> None:
    _said(result, "human_trafficking ? -> Europe, accepted")


def _check_purge(result, home: Path) -> None:
    _said(result, "purged 1 rejected candidates")


def _check_export_reviewed(result, home: Path) -> None:
    import yaml

    assert result.returncode == 0, result.stderr
    assert "wrote 2 reviewed records to my_reviewed.yaml" in result.stdout + result.stderr
    records = yaml.safe_load((home / "my_reviewed.yaml").read_text(encoding="utf-8"))
    (edited,) = [r for r in records if r["id"].startswith("x-")]
    (added,) = [r for r in records if not r["id"].startswith("x-")]
    assert edited["status"] == added["status"] == "reviewed"
    assert edited["origin"] == {"name": "Ukraine", "country": "UA"}  # the edit is kept
    assert edited["destination"] == {"name": "Europe"}
    assert added["id"].startswith("m-") and added["category"] == "human_trafficking"


def _check_score_gold(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    assert re.search(r"\[all\] places\s+P=0\.\d+ R=0\.\d+ F1=0\.\d+", result.stdout)


def _check_snapshot_png(result, home: Path) -> None:
    from PIL import Image

    assert result.returncode == 0, result.stderr
    image = Image.open(home / "weapons.png")
    assert image.size == (1920, 1080)
    # the README's own example once gave "2014-2100": an open end is the data's last year
    assert image.info["Title"] == "Weapons flows, January 2014 to February 2026"


def _check_snapshot_csv(result, home: Path) -> None:
    assert result.returncode == 0, result.stderr
    with (home / "ukraine.csv").open(encoding="utf-8") as f:
        next(f)  # the column names in the reader's language; the machine names follow
        rows = list(csv.DictReader(f))
    assert rows and all(r["origin_country"] == "UA" for r in rows)
    assert all(r["period_start"][:4] <= "2023" for r in rows)


def _check_snapshot_view_pdf(result, home: Path) -> None:
    from pypdf import PdfReader

    assert result.returncode == 0, result.stderr
    pdf = PdfReader(home / "route.pdf")
    assert pdf.metadata.title.startswith("Migrant smuggling flows via Balkans")
    box = pdf.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4 landscape


def _check_briefing(result, home: Path) -> None:
    from pptx import Presentation

    assert result.returncode == 0, result.stderr
    deck = Presentation(str(home / "deck.pptx"))
    titles = [s.shapes.title.text for s in deck.slides if s.shapes.title is not None]
    assert titles[0] == "Trafficking flows briefing"
    assert titles[1:4] == [
        "Migrant smuggling flows via Balkans, all years",
        "Weapons flows to European Union, all years",
        "Drugs flows to European Union, all years",
    ]
    assert titles[4].startswith("Sources")


Check = Callable[..., None]
CHECKS: dict[str, tuple[Check, bool]] = {
    # command -> (check, whether the check runs the command itself)
    "python3 -m venv .venv && .venv/bin/pip install -q -e . && .venv/bin/streamlit run "
    "dashboard/app.py": (_check_setup_and_run, True),
    "python3 -m venv .venv && .venv/bin/pip install -q -e '.[dev]' && "
    "(cd tests/oidc && npm ci --no-audit --no-fund) && .venv/bin/python -m pytest": (
        _check_test_command,
        True,
    ),
    "flows validate": (_check_validate_bundled, False),
    "flows validate tests/data/examples/records.csv": (_check_validate_spreadsheet, False),
    "flows build --out out/": (_check_build, False),
    'flows resolve Marioupol "côtes libyennes" --lang fr --format jsonl': (_check_resolve, False),
    "flows synth --records 1000000 --out big.parquet": (_check_synth, False),
    "flows bench --records 1000000 --format json": (_check_bench, False),
    "flows places tests/data/examples/documents/ --format jsonl": (_check_places, False),
    "flows extract tests/data/examples/documents/ --format jsonl": (_check_extract, False),
    "flows extract tests/data/examples/documents/ --to-review": (_check_to_review, False),
    "flows review list": (_check_review_list, False),
    'flows review accept 1acf5a --set "origin=Ukraine (UA)" --set destination=Europe': (
        _check_review_accept,
        False,
    ),
    'flows review accept 813b1e --comment "checked"': (_check_accept_comment, False),
    'flows review reject 28b6d4 --comment "not a flow"': (_check_reject, False),
    "flows review reset 813b1e": (_check_reset, False),
    "flows review history x-1acf5ae8a9e5": (_check_history, False),
    "flows review documents": (_check_review_documents, False),
    'flows review add seed-000-fr.txt --evidence "participent à un commerce humain" --set '
    "category=human_trafficking --set destination=Europe": (_check_review_add, False),
    "flows review purge": (_check_purge, False),
    "flows export-reviewed --out my_reviewed.yaml": (_check_export_reviewed, False),
    ".venv/bin/python benchmarks/score_gold.py": (_check_score_gold, False),
    "flows extract tests/data/examples/documents/ --dask local --workers 2 --out candidates/": (
        _check_dask_extract,
        False,
    ),
    "flows snapshot --category weapons --from 2014 --out weapons.png": (_check_snapshot_png, False),
    "flows snapshot --origin Ukraine --to 2023-06 --out ukraine.csv": (_check_snapshot_csv, False),
    'flows snapshot --view "Balkan route" --views tests/data/examples/views.json --size print '
    "--out route.pdf": (_check_snapshot_view_pdf, False),
    "flows briefing --views tests/data/examples/views.json --out deck.pptx": (
        _check_briefing,
        False,
    ),
    "flows briefing --views tests/data/examples/views.json --lang fr --out note.pptx": (
        _check_briefing_fr,
        False,
    ),
    "streamlit run dashboard/app.py --server.address 10.0.0.5 --server.port 8501": (
        _check_private_address,
        True,
    ),
}


def test_every_readme_command_is_checked():
    assert readme_commands() == list(CHECKS)  # same commands, README order


@pytest.mark.parametrize("command", list(CHECKS))
def test_readme_command(command, reader):
    check, runs_itself = CHECKS[command]
    if runs_itself:
        check(command, reader)
    else:
        check(run(command, reader), reader)


@pytest.mark.parametrize(("command", "expected"), readme_transcripts())
def test_readme_transcript(command, expected, reader):
    result = run(command, reader)
    assert (result.stdout + result.stderr).splitlines() == expected


def test_readme_transcripts_are_there():
    commands = [c for c, _ in readme_transcripts()]
    assert commands == [
        "flows validate tests/data/broken/unknown_category.yaml",
        "flows snapshot --category weapon --out map.png",
    ]


# -- the documented spreadsheet columns -------------------------------------------------------
def documented_columns(text: str | None = None) -> list[str]:
    """The backticked column names of the README's "Records in spreadsheets" section."""
    text = text or README.read_text(encoding="utf-8")
    section = text.split("### Records in spreadsheets", 1)[1].split("\n#", 1)[0]
    paragraph = section.split("Cells are read as text", 1)[0]
    names = re.findall(r"`([a-z0-9_.]+)`", paragraph)
    columns = []
    for name in names:
        if name.startswith("source") and name.endswith("_..."):
            continue
        columns.append(name)
    return columns


def test_documented_spreadsheet_columns_are_the_loaders():
    from flows.load import spreadsheet_columns

    documented = documented_columns()
    loader = spreadsheet_columns()
    assert sorted(documented) == sorted(c for c in loader if not re.match(r"source[2-9]_", c))
    assert len(documented) == len(set(documented))
    # "then source2_... up to source5_...": the numbered source columns the loader reads
    numbered = {re.match(r"source(\d)_", c).group(1) for c in loader if re.match(r"source\d_", c)}
    assert numbered == {"2", "3", "4", "5"}
    assert "`source2_...` up to `source5_...`" in README.read_text(encoding="utf-8")


def test_the_example_spreadsheet_fills_every_documented_column():
    """Every column of the example loads into the record (none is silently ignored)."""
    from flows.load import load_file

    example = ROOT / "tests" / "data" / "examples" / "records.csv"
    with example.open(encoding="utf-8") as f:
        header = next(csv.reader(f))
    assert sorted(header) == sorted(documented_columns())
    result = load_file(example)
    assert not result.issues, [str(i) for i in result.issues]
    first = result.records[0]
    assert [p.name for p in first.via] == ["Aegean Sea"]
    assert first.origin.country == "TR" and first.quantity.value == 885386
    assert first.sources[0].language == "en"
