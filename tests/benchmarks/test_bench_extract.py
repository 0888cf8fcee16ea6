"""benchmarks/bench_extract.py on a few documents: the same corpus on every run, and the
product, the floor and the naive path each run and reported (figures are not asserted:
speed is measured by the benchmark itself, not by tests)."""

from __future__ import annotations

import importlib.util
import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, ROOT / "benchmarks" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


bench = _load("bench_extract")


def test_the_corpus_is_the_same_on_every_run():
    # each interpreter has its own hash seed: the corpus must not depend on it
    script = str(ROOT / "benchmarks" / "bench_extract.py")
    code = (
        "import importlib.util, json, sys; "
        f"spec = importlib.util.spec_from_file_location('b', {script!r}); "
        "b = importlib.util.module_from_spec(spec); spec.loader.exec_module(b); "
        "print(json.dumps(b.build_corpus(20, 300)))"
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
