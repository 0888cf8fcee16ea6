"""Extraction on a 2-worker Dask LocalCluster gives the single-process candidates, as Parquet."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parents[3]
SEEDS = ROOT.parent.parent / "shared" / "seeds"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> Path:
    """A small collection: the gold texts as JSONL lines, plus a loose text file and a bad line."""
    folder = tmp_path_factory.mktemp("corpus")
    gold = [
        json.loads(line) for line in (ROOT / "tests/data/gold/gold.jsonl").read_text().splitlines()
    ]
    lines = [
        json.dumps({"id": g["id"], "text": g["text"], "lang": g.get("lang")}) for g in gold[:30]
    ]
    lines.insert(7, "{not json")
    (folder / "collection.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "loose.txt").write_text(gold[31]["text"], encoding="utf-8")
    return folder


def _flows(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "flows.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=900,
    )


def _key(candidate: dict) -> str:
    return json.dumps(candidate, sort_keys=True)


def test_dask_local_gives_the_single_process_candidates(corpus, tmp_path):
    single = _flows("extract", str(corpus), "--format", "jsonl", "--no-progress")
    expected = [json.loads(line) for line in single.stdout.splitlines()]
    assert expected, single.stderr
    out = tmp_path / "parts"
    run = _flows(
        "extract", str(corpus), "--dask", "local", "--workers", "2", "--out", str(out),
        "--no-progress",
    )  # fmt: skip
    assert "candidate flows" in run.stderr, run.stderr[-3000:]
    from flows.extract.dask_run import read_candidates

    got = read_candidates(out)
    assert sorted(map(_key, got)) == sorted(map(_key, expected))
    assert len(list(out.glob("part-*.parquet"))) >= 1
    # the bad line is reported, as in one process
    assert "not JSON" in run.stderr and run.returncode == single.returncode == 1


def test_partitions_cover_every_document_once(corpus):
    from flows.extract.dask_run import plan_partitions

    parts = plan_partitions([str(corpus)], per_partition=4)
    jsonl = [p for p in parts if p.paths[0].endswith(".jsonl")]
    assert [(p.first, p.last) for p in jsonl][:3] == [(0, 4), (4, 8), (8, 12)]
    assert jsonl[-1].last >= 31 and sum(1 for p in parts if p.paths[0].endswith(".txt")) == 1


def test_dask_needs_an_out_folder(corpus):
    run = _flows("extract", str(corpus), "--dask", "local")
    assert run.returncode == 2 and "--out" in run.stderr
