"""Gazetteer speed: cold build, warm load (a fresh process), look-ups per second.

Run: ``.venv/bin/python benchmarks/bench_gazetteer.py``. Prints one figure per line.
The cold build uses a throw-away cache directory, so the user's cache is left alone.
"""

from __future__ import annotations

import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

WARM_SNIPPET = (
    "import time; t = time.perf_counter(); "
    "from geodata.gazetteer import load_gazetteer; g = load_gazetteer(); "
    "print(time.perf_counter() - t, len(g))"
)


def _run_fresh_process(cache_dir: str) -> tuple[float, float]:
    """(seconds to import + load inside the process, wall seconds of the whole process)."""
    env = {**os.environ, "FLOWS_ATLAS_CACHE_DIR": cache_dir}
    t = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", WARM_SNIPPET],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    wall = time.perf_counter() - t
    return float(out.split()[0]), wall


def _rate(fn, items: list, repeat: int = 1) -> float:
    t = time.perf_counter()
    for _ in range(repeat):
        for x in items:
            fn(x)
    return repeat * len(items) / (time.perf_counter() - t)


def main() -> int:
    with tempfile.TemporaryDirectory() as cache_dir:
        cold, cold_wall = _run_fresh_process(cache_dir)  # empty cache: builds and writes it
        warm, warm_wall = _run_fresh_process(cache_dir)  # second start: reads the pickle
        warm2, _ = _run_fresh_process(cache_dir)
        os.environ["FLOWS_ATLAS_CACHE_DIR"] = cache_dir
        from geodata.gazetteer import ResolveContext, load_gazetteer

        gaz = load_gazetteer()

    print(f"places: {len(gaz)}  keys: {sum(1 for _ in gaz.keys())}  max_words: {gaz.max_words}")
    print(f"cold load (build index, empty cache): {cold:.2f} s (process wall {cold_wall:.2f} s)")
    print(
        f"warm load (second process start):     {min(warm, warm2):.3f} s "
        f"(process wall {warm_wall:.2f} s, incl. interpreter start)"
    )

    rng = random.Random(0)
    names = [p.name for p in gaz.places()]
    distinct = rng.sample(names, 20_000)
    common = [
        "Moscou",
        "la Grèce",
        "Kiev",
        "Tripoli",
        "Western Balkans",
        "libyens",
        "Türkiye",
        "Bruxelles",
        "Europe de l'Est",
        "Marioupol",
        "U.K.",
        "Valencia",
    ] * 1000
    ctx = ResolveContext(country_codes=("LB",))
    keys = [gaz.normalize(n) for n in distinct]
    misses = [f"{n}zq" for n in distinct[:5000]]
    runs = [
        ("resolve, 20,000 distinct exact names (first pass)", gaz.resolve, distinct, 1),
        ("resolve, the same names again (warm key cache)", gaz.resolve, distinct, 1),
        ("resolve, 12 frequent names x 1000", gaz.resolve, common, 1),
        ("resolve with context, 12,000 calls", lambda n: gaz.resolve(n, context=ctx), common, 1),
        ("resolve, 5,000 unknown names", gaz.resolve, misses, 1),
        ("candidates, 20,000 distinct names", gaz.candidates, distinct, 1),
        ("has_key on normalised keys", gaz.has_key, keys, 5),
    ]
    for label, fn, items, repeat in runs:
        print(f"{label + ':':52} {_rate(fn, items, repeat):>12,.0f}/s")
    t = time.perf_counter()
    gaz.suggest("Marioupl")
    first = time.perf_counter() - t
    t = time.perf_counter()
    for typo in ("Afghanistn", "Lampeduza", "Western Balkns", "Varsovei", "Mosou"):
        gaz.suggest(typo)
    print(
        f"suggest: first call {first * 1000:.0f} ms, then "
        f"{(time.perf_counter() - t) / 5 * 1000:.0f} ms per call"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
