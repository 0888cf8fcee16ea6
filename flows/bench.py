"""``flows synth`` and ``flows bench``: synthetic records, and what a user waits for on them.

``flows bench --records N --format json`` prints one JSON object:

- ``load_s_cold``: a fresh process loads the Parquet file with an empty table cache (read,
  check column by column, resolve places, build the table, write the cache), the place
  index's cache being ready (built first if missing: ``gazetteer_build_s``, once per
  install); ``load_s_warm``:
  a second fresh process loads it again (from the disk cache, as after a server restart);
  ``load_s`` is the cold figure;
- ``rerun_ms_p50``/``p95``/``max``: the page's whole work per filter change
  (:func:`flows.page.build_page`: selection, clusters, aggregation, routes, hubs, shading,
  timeline, key figures, title, legend, a page of the table, the deck), plus serialising what
  Streamlit sends (deck JSON, chart spec, table as Arrow) and the full garbage collection
  Streamlit runs after every rerun (``gc_ms_p50`` on its own);
- ``payload_bytes`` (largest) and ``arcs_drawn`` (most) over the filter changes;
- ``naive_rerun_ms_p50`` / ``naive_payload_bytes``: in the same run, every selected record as
  an arc with pydeck's default serialisation;
- ``pandas_floor_ms_p50``: one boolean mask and one group-by on a plain pandas frame of the
  same records, the least any pandas answer could cost;
- ``peak_rss_mb``: the largest resident memory of the loading processes and of this one.
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from flows.views import Camera, Filters, Layers, View

# Filter changes as a user makes them, each one measured (camera and layers vary too).
EUROPE = Camera(lon=20.0, lat=40.0, zoom=3.1)
CHANGES: list[View] = [
    View(camera=EUROPE),
    View(camera=EUROPE, filters=Filters(categories=("drugs",))),
    View(camera=EUROPE, filters=Filters(categories=("drugs", "weapons"))),
    View(camera=EUROPE, filters=Filters(categories=("weapons",), period=(2015.0, 2020.0))),
    View(camera=EUROPE, filters=Filters(period=(2010.0, 2012.0))),
    View(camera=EUROPE, filters=Filters(min_confidence=0.6)),
    View(camera=EUROPE, filters=Filters(statuses=("curated",), verifications=("confirmed",))),
    View(camera=EUROPE, filters=Filters(origins=("TR", "RS", "UA"))),
    View(camera=EUROPE, filters=Filters(destinations=("DE", "FR", "IT", "ES"))),
    View(camera=EUROPE, filters=Filters(transits=("HU",))),
    View(camera=EUROPE, filters=Filters(actors=("Network C",))),
    View(camera=EUROPE, filters=Filters(text="europol seizure")),
    View(camera=EUROPE, filters=Filters(statuses=()), layers=Layers(shading="both")),
    View(camera=Camera(lon=10.0, lat=20.0, zoom=1.2), filters=Filters(statuses=())),
    View(camera=Camera(lon=15.0, lat=45.0, zoom=2.2), layers=Layers(shading="in", heat=True)),
    # the page's own default: the camera fitted to the selected flows
    View(),
    View(filters=Filters(categories=("weapons",), period=(2015.0, 2020.0))),
]


def _peak_rss_mb() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024.0


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(q * (len(ordered) - 1))))]


# -- loading in a fresh process --------------------------------------------------------------------
def load_once(path: Path) -> dict:
    """Load ``path`` as the dashboard does; seconds and peak memory (run in a child process)."""
    from flows.table.load import load_map_table

    start = time.perf_counter()
    table = load_map_table([path])
    seconds = time.perf_counter() - start
    return {"load_s": round(seconds, 3), "records": len(table), "peak_rss_mb": _peak_rss_mb()}


def _load_in_child(path: Path, cache: Path) -> dict:
    env = {**os.environ, "FLOWS_TABLE_CACHE_DIR": str(cache), "FLOWS_TABLE_CACHE": "1"}
    code = (
        "import json, sys; from flows.bench import load_once; "
        "print(json.dumps(load_once(sys.argv[1])))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=3600,
    )
    if out.returncode:
        raise RuntimeError(f"loading {path} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def _warm_gazetteer() -> float:
    """Build the place index's cache if it is missing (seconds; 0.0 when it was there).

    The index is built once per install (or when the gazetteer's data or code change), not
    per data file: the cold load times the data, so the index is made ready first, in its
    own process, and the time it took is reported apart.
    """
    code = (
        "import json, time; from geodata.gazetteer import load_gazetteer; "
        "from geodata.index_cache import cache_path; "
        "there = cache_path().exists(); start = time.perf_counter(); load_gazetteer(); "
        "print(json.dumps(0.0 if there else round(time.perf_counter() - start, 1)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=3600)
    if out.returncode:
        raise RuntimeError(f"building the place index failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


# -- reruns ----------------------------------------------------------------------------------------
def measure_reruns(table, views: list[View], repeat: int = 1) -> dict:
    """The page's work per filter change (see the module docstring)."""
    from flows.page import build_page, page_payload
    from flows.render.shapes import country_shapes

    shapes = country_shapes()
    build_page(table, views[0], shapes)  # warm-up: imports, first allocations
    times, gcs, sizes, arcs, selected = [], [], [], [], []
    for _ in range(repeat):
        for view in views:
            start = time.perf_counter()
            content = build_page(table, view, shapes)
            size = sum(page_payload(content).values())
            work = time.perf_counter() - start
            start = time.perf_counter()
            gc.collect()  # Streamlit collects after every rerun
            collect = time.perf_counter() - start
            times.append((work + collect) * 1000)
            gcs.append(collect * 1000)
            sizes.append(size)
            arcs.append(len(content.answer.flows))
            selected.append(content.answer.n_records)
    return {
        "rerun_ms_p50": round(statistics.median(times), 1),
        "rerun_ms_p95": round(_percentile(times, 0.95), 1),
        "rerun_ms_max": round(max(times), 1),
        "gc_ms_p50": round(statistics.median(gcs), 1),
        "payload_bytes": max(sizes),
        "payload_bytes_p50": int(statistics.median(sizes)),
        "arcs_drawn": max(arcs),
        "selected_min": min(selected),
        "selected_max": max(selected),
        "changes": len(times),
        # per filter change (in the order of CHANGES), the slowest of its passes
        "rerun_ms_by_change": [round(max(times[k :: len(views)]), 1) for k in range(len(views))],
    }


def measure_naive(table, views: list[View]) -> dict:
    """Every selected record an arc, DataFrame data, pydeck's default ``to_json``."""
    import pydeck as pdk

    from flows.filters import filter_mask

    times, sizes = [], []
    for view in views:
        start = time.perf_counter()
        rows = filter_mask(table, view.filters).nonzero()[0]
        import pandas as pd

        data = pd.DataFrame(
            {
                "origin_lon": table.endpoint("origin", "lon", rows),
                "origin_lat": table.endpoint("origin", "lat", rows),
                "dest_lon": table.endpoint("dest", "lon", rows),
                "dest_lat": table.endpoint("dest", "lat", rows),
                "category": table.records["category"].to_numpy()[rows],
                "id": table.records["id"].to_numpy()[rows],
            }
        )
        layer = pdk.Layer(
            "ArcLayer",
            data=data,
            get_source_position=["origin_lon", "origin_lat"],
            get_target_position=["dest_lon", "dest_lat"],
            get_width=2,
            pickable=True,
        )
        payload = pdk.Deck.to_json(pdk.Deck(layers=[layer], map_provider=None))
        times.append((time.perf_counter() - start) * 1000)
        sizes.append(len(payload.encode()))
        del payload, data
    return {
        "naive_rerun_ms_p50": round(statistics.median(times), 1),
        "naive_payload_bytes": int(statistics.median(sizes)),
        "naive_changes": len(times),
    }


def measure_pandas_floor(table, views: list[View]) -> dict:
    """One boolean mask and one group-by per change, on a plain pandas frame."""
    import pandas as pd

    frame = pd.DataFrame(
        {
            "category": table.records["category"],
            "origin": table.records["origin"],
            "dest": table.records["dest"],
            "confidence": table.records["confidence"],
            "t_start": table.records["t_start"],
        }
    )
    times = []
    for view in views:
        f = view.filters
        start = time.perf_counter()
        mask = frame["confidence"] >= f.min_confidence
        if f.categories:
            mask &= frame["category"].isin(f.categories)
        frame[mask].groupby(["origin", "dest", "category"], observed=True).size()
        times.append((time.perf_counter() - start) * 1000)
    return {"pandas_floor_ms_p50": round(statistics.median(times), 1)}


def run_bench(
    records: int, data: Path | None, seed: int, repeat: int, naive_changes: int, workdir: Path
) -> dict:
    from flows.synthetic import write_synthetic
    from flows.table.load import load_map_table

    result: dict = {"records": records}
    if data is None:
        data = workdir / f"synthetic-{records}-{seed}.parquet"
        if not data.exists():
            start = time.perf_counter()
            write_synthetic(data, records, seed=seed)
            result["synth_s"] = round(time.perf_counter() - start, 1)
    result["data"] = str(data)
    result["gazetteer_build_s"] = _warm_gazetteer()
    with tempfile.TemporaryDirectory(prefix="flows-bench-cache-") as cache:
        cold = _load_in_child(data, Path(cache))
        warm = _load_in_child(data, Path(cache))
        result.update(
            load_s=cold["load_s"],
            load_s_cold=cold["load_s"],
            load_s_warm=warm["load_s"],
            records=cold["records"],
        )
        os.environ["FLOWS_TABLE_CACHE_DIR"] = cache
        table = load_map_table([data])
    result.update(measure_reruns(table, CHANGES, repeat))
    result.update(measure_naive(table, CHANGES[1 : 1 + naive_changes]))
    result.update(measure_pandas_floor(table, CHANGES))
    result["peak_rss_mb"] = round(max(_peak_rss_mb(), cold["peak_rss_mb"], warm["peak_rss_mb"]))
    result["load_average"] = round(os.getloadavg()[0], 2)
    result["cpus"] = os.cpu_count()
    return result


TARGETS = {
    "load_s_cold": 10.0,
    "load_s_warm": 3.0,
    "peak_rss_mb": 2000,
    "rerun_ms_p50": 150,
    "rerun_ms_p95": 400,
    "payload_bytes": 1_500_000,
    "arcs_drawn": 2000,
}


# -- command line ----------------------------------------------------------------------------------
def cmd_synth(args: argparse.Namespace) -> int:
    from flows.synthetic import write_synthetic

    start = time.perf_counter()
    try:
        path = write_synthetic(args.out, args.records, seed=args.seed, errors=args.errors)
    except (ValueError, OSError) as exc:
        print(f"flows synth: error: {exc}", file=sys.stderr)
        return 2
    print(
        f"wrote {args.records:,} synthetic records to {path} "
        f"({time.perf_counter() - start:.1f} s, seed {args.seed})",
        file=sys.stderr,
    )
    return 0


def cmd_bench(args: argparse.Namespace) -> int:
    workdir = Path(args.workdir or tempfile.gettempdir())
    workdir.mkdir(parents=True, exist_ok=True)
    result = run_bench(args.records, args.data, args.seed, args.repeat, args.naive_changes, workdir)
    result["targets_met"] = {k: result[k] <= v for k, v in TARGETS.items() if k in result}
    if args.format == "json":
        print(json.dumps(result))
    else:
        for key, value in result.items():
            print(f"{key:>22}: {value}")
    return 0


def register(subparsers) -> None:
    """Add ``synth`` and ``bench`` to the ``flows`` command."""
    p = subparsers.add_parser("synth", help="write realistic synthetic records (Parquet or CSV)")
    p.add_argument("--records", type=int, required=True, metavar="N")
    p.add_argument("--out", type=Path, required=True, metavar="FILE", help=".parquet or .csv")
    p.add_argument("--seed", type=int, default=0, help="the same seed gives the same file")
    p.add_argument("--errors", type=int, default=0, metavar="K", help="plant K broken rows")
    p.set_defaults(func=cmd_synth)

    b = subparsers.add_parser(
        "bench", help="time loading and filter changes on N records (the page's whole work)"
    )
    b.add_argument("--records", type=int, default=1_000_000, metavar="N")
    b.add_argument("--data", type=Path, help="a record file to use instead of synthetic records")
    b.add_argument("--seed", type=int, default=1)
    b.add_argument("--repeat", type=int, default=2, help="passes over the filter changes")
    b.add_argument("--naive-changes", type=int, default=3)
    b.add_argument("--workdir", help="where the synthetic file is kept (default: temp folder)")
    b.add_argument("--format", choices=("json", "table"), default="table")
    b.set_defaults(func=cmd_bench)


__all__ = ["CHANGES", "measure_reruns", "register", "run_bench"]
