"""The command-line contract: ``flows places|extract DOCS --format jsonl`` (subprocess)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
PLACE_KEYS = ["doc", "surface", "start", "end", "name", "kind", "country_code", "lon", "lat"]
FLOW_KEYS = ["doc", "category", "commodity", "origin", "destination", "via", "period_start",
             "period_end", "evidence", "evidence_start", "evidence_end", "confidence"]  # fmt: skip


def flows(*args, workspace: Path) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "FLOWS_WORKSPACE": str(workspace)}
    return subprocess.run([sys.executable, "-m", "flows.cli", *map(str, args)], env=env,
                          capture_output=True, text=True, timeout=120)  # fmt: skip


@pytest.fixture()
def corpus(tmp_path) -> Path:
    d = tmp_path / "docs"
    (d / "sub").mkdir(parents=True)
    (d / "a.txt").write_text("Les migrants partent de Libye vers l'Italie.", encoding="utf-8")
    (d / "sub" / "b.jsonl").write_text(
        json.dumps({"id": "b1", "text": "Cocaine is smuggled from Ecuador into Spain.",
                    "lang": "en", "published": "2023-01-12"}) + "\n",
        encoding="utf-8",
    )  # fmt: skip
    (d / "broken.pdf").write_bytes(b"not a pdf")
    return d


def test_places_jsonl(corpus, tmp_path):
    r = flows("places", corpus, "--format", "jsonl", workspace=tmp_path / "ws")
    lines = r.stdout.splitlines()
    objs = [json.loads(line) for line in lines]
    assert objs and all(list(o) == PLACE_KEYS for o in objs)
    assert {o["country_code"] for o in objs} >= {"LY", "IT", "EC", "ES"}
    assert "broken.pdf" in r.stderr  # reported by name, and the rest went on
    assert r.returncode == 1


def test_extract_jsonl_and_review_store(corpus, tmp_path):
    ws = tmp_path / "ws"
    r = flows("extract", corpus, "--format", "jsonl", "--to-review", workspace=ws)
    objs = [json.loads(line) for line in r.stdout.splitlines()]
    assert all(list(o) == FLOW_KEYS for o in objs)
    pairs = {(o["origin"]["country_code"], o["destination"]["country_code"]) for o in objs}
    assert pairs == {("LY", "IT"), ("EC", "ES")}
    assert "2 candidates added" in r.stderr
    again = flows("extract", corpus, "--format", "jsonl", "--to-review", workspace=ws)
    assert "0 candidates added, 2 already there" in again.stderr

    listed = flows("review", "list", "--format", "jsonl", workspace=ws)
    rows = [json.loads(line) for line in listed.stdout.splitlines()]
    keys = [row["key"] for row in rows]
    assert len(keys) == 2
    confidences = [row["confidence"] for row in rows]
    assert confidences == sorted(confidences, reverse=True)  # the queue's best first
    assert all(row["duplicate_of"] is None for row in rows)
    assert flows("review", "accept", keys[0][:12], workspace=ws).returncode == 0
    bad = flows("review", "accept", keys[1][:12], "--set", "colour=red", workspace=ws)
    assert bad.returncode == 1 and "cannot set 'colour=red'" in bad.stderr
    edit = ["--set", "destination=Antwerp (BE)", "--set", "period_start=2015-13"]
    bad = flows("review", "accept", keys[1][:12], *edit, workspace=ws)
    assert bad.returncode == 1 and "period_start" in bad.stderr
    edit[-1] = "period_start=2015"
    assert flows("review", "accept", keys[1][:12], *edit, workspace=ws).returncode == 0
    listed = flows("review", "list", "--format", "jsonl", workspace=ws)
    by_key = {json.loads(line)["key"]: json.loads(line) for line in listed.stdout.splitlines()}
    assert not by_key[keys[0]]["edited"] and by_key[keys[1]]["edited"]  # accepted as is / edited
    assert by_key[keys[1]]["record"]["destination"] == {"name": "Antwerp", "country": "BE"}
    out = tmp_path / "reviewed.yaml"
    assert flows("export-reviewed", "--out", out, workspace=ws).returncode == 0
    assert "status: reviewed" in out.read_text(encoding="utf-8")


def test_table_is_the_default(corpus, tmp_path):
    r = flows("extract", corpus / "a.txt", workspace=tmp_path / "ws")
    assert r.returncode == 0
    assert "Libya (LY) -> Italy (IT)" in r.stdout


def test_binary_and_latin1_input_are_reported(tmp_path):
    d = tmp_path / "docs"
    d.mkdir()
    (d / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    (d / "c.jsonl").write_bytes(
        b'{"id": "ok", "text": "Cocaine is smuggled from Ecuador into Spain."}\n'
        b'{"id": "latin", "text": "Caf\xe9 owners say cocaine is smuggled from Peru into Italy."}\n'
    )
    ws = tmp_path / "ws"
    r = flows("extract", d, "--format", "jsonl", "--to-review", workspace=ws)
    assert r.returncode == 1
    assert f"cannot read {d / 'image.txt'}: not text" in r.stderr
    assert f"{d / 'c.jsonl'}:2: file is not UTF-8 (byte 0xe9 cannot be decoded)" in r.stderr
    assert "1 documents" not in r.stderr and "1 unreadable" in r.stderr
    evidence = [json.loads(line)["evidence"] for line in r.stdout.splitlines()]
    assert any(e.startswith("Café owners") for e in evidence)
    listed = flows("review", "list", "--format", "jsonl", workspace=ws)
    stored = [
        json.loads(line)["record"]["sources"][0]["evidence"] for line in listed.stdout.splitlines()
    ]
    assert any(e.startswith("Café owners") for e in stored) and "\ufffd" not in "".join(stored)


def test_export_reviewed_to_a_folder_is_refused(tmp_path):
    r = flows("export-reviewed", "--out", tmp_path, workspace=tmp_path / "ws")
    assert r.returncode == 1
    assert f"error: {tmp_path}: is a folder" in r.stderr and "Traceback" not in r.stderr


def test_extract_leaves_out_what_the_model_doubts_when_asked_and_says_so(tmp_path):
    doc = tmp_path / "a.txt"
    # a whole flow, then one end and no cue of a crime: the bundled model doubts the second
    doc.write_text(
        "Cocaine is smuggled from Ecuador into Spain by a criminal network. Migrants also "
        "leave from Libya.",
        encoding="utf-8",
    )
    ws = tmp_path / "ws"
    cut = flows("extract", doc, "--format", "jsonl", "--min-confidence", "0.2", workspace=ws)
    default = flows("extract", doc, "--format", "jsonl", workspace=ws)  # the model's threshold
    every = flows("extract", doc, "--format", "jsonl", "--min-confidence", "0", workspace=ws)
    for run in (cut, default):
        (kept,) = [json.loads(line) for line in run.stdout.splitlines()]
        assert kept["origin"]["country_code"] == "EC" and "1 more under confidence" in run.stderr
        assert "--min-confidence 0 keeps them" in run.stderr
    objs = [json.loads(line) for line in every.stdout.splitlines()]
    assert {o["origin"]["country_code"] for o in objs} == {"EC", "LY"}
    assert "left out" not in every.stderr
    bad = flows("extract", doc, "--min-confidence", "1.5", workspace=ws)
    assert bad.returncode == 2 and "'1.5' is not a number from 0 to 1" in bad.stderr
