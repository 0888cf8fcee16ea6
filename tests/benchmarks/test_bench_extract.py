"""benchmarks/bench_extract.py on a few documents: the same corpus on every run, and the
product, the floor and the naive path each run and reported (figures are not asserted:
speed is measured by the benchmark itself, not by tests)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.benchmarks.test_score_real import ROOT, _load

bench = _load("bench_extract")


def test_the_corpus_is_the_same_on_every_run():
    # each interpreter has its own hash seed: the corpus must not depend on it
    code = (
        f"import json, sys; sys.path.insert(0, {str(ROOT / 'benchmarks')!r}); "
        "import bench_extract; print(json.dumps(bench_extract.build_corpus(20, 300)))"
    )
    runs = [
        subprocess.run([sys.executable, "-c", code], env={**os.environ, "PYTHONHASHSEED": seed},
                       capture_output=True, text=True, check=True).stdout
        for seed in ("1", "2")
    ]  # fmt: skip
    assert runs[0] == runs[1] and len(json.loads(runs[0])) == 20


def test_product_floor_and_naive_path_in_one_run(capsys):
    assert bench.main(["--docs", "6", "--chars", "300"]) == 0
    out = capsys.readouterr().out
    lines = {line.split(":")[0].strip() for line in out.splitlines()}
    assert {
        "floor (start, imports, gazetteer, read; no extraction)",
        "naive path (naive_baseline.py)",
        "flows extract",
        "throughput",
    } <= lines
