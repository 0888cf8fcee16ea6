"""Benchmark: extraction of a 10,000-document collection in one process and on Dask.

Builds the collection as ``bench_extract.py`` does (paragraphs of the gold texts with their
countries swapped), then runs, each in a fresh process:

- ``flows extract FILE --format jsonl`` (one process);
- ``flows extract FILE --dask local --workers 2 --out DIR`` (a 2-worker LocalCluster),

and prints documents/s for both, CPU time and load average, and whether the candidates are
identical (sorted JSON of every candidate, from the JSON Lines and from the Parquet parts).

    .venv/bin/python benchmarks/bench_extract_dask.py [--docs 10000] [--workers 2]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from bench_extract import build_corpus  # noqa: E402


def _run(cmd: list[str], env: dict) -> tuple[float, subprocess.CompletedProcess]:
    start = time.perf_counter()
    proc = subprocess.run(cmd, env=env, capture_output=True, text=True)
    return time.perf_counter() - start, proc


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=10_000)
    ap.add_argument("--chars", type=int, default=2000)
    ap.add_argument("--workers", type=int, default=2)
    args = ap.parse_args(argv)
    docs = build_corpus(args.docs, args.chars)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "collection.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for d in docs:
                fh.write(json.dumps(d, ensure_ascii=False) + "\n")
        env = {**os.environ, "PYTHONPATH": str(ROOT), "FLOWS_WORKSPACE": tmp}
        flows = [sys.executable, "-m", "flows.cli", "extract", str(path), "--no-progress"]
        single_s, single = _run([*flows, "--format", "jsonl"], env)
        out = Path(tmp) / "parts"
        dask_s, on_dask = _run(
            [*flows, "--dask", "local", "--workers", str(args.workers), "--out", str(out)], env
        )
        if single.returncode or on_dask.returncode:
            print(single.stderr[-2000:], on_dask.stderr[-2000:], file=sys.stderr)
            return 1
        from flows.extract.dask_run import read_candidates

        expected = sorted(
            json.dumps(json.loads(x), sort_keys=True) for x in single.stdout.split("\n") if x
        )
        got = sorted(json.dumps(c, sort_keys=True) for c in read_candidates(out))
        parts = len(list(out.glob("part-*.parquet")))
    result = {
        "documents": len(docs),
        "candidates": len(expected),
        "single_s": round(single_s, 1),
        "single_docs_per_s": round(len(docs) / single_s, 1),
        "dask_workers": args.workers,
        "dask_s": round(dask_s, 1),
        "dask_docs_per_s": round(len(docs) / dask_s, 1),
        "parquet_parts": parts,
        "identical": got == expected,
        "load_average": round(os.getloadavg()[0], 2),
    }
    print(json.dumps(result))
    return 0 if result["identical"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
