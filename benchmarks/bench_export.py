"""Export speed: PNG per view (warm) and a 10-view PPTX briefing pack.

Targets (issue 5): PNG <= 2 s per view warm; 10-view PPTX <= 20 s.
Data: the bundled curated records, resolved with the offline gazetteer.

    .venv/bin/python benchmarks/bench_export.py
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from flows.export.api import export_briefing, render_snapshot  # noqa: E402
from flows.load import load_records  # noqa: E402
from flows.table.build import table_from_records  # noqa: E402
from flows.views import Camera, Filters, Layers, View  # noqa: E402
from geodata.countries import load_countries  # noqa: E402

EUROPE = Camera(lon=15, lat=48, zoom=3.3)
WORLD = Camera(lon=0, lat=20, zoom=1.2)
VIEWS = [
    View(name="all-europe", camera=EUROPE, layers=Layers(shading="in")),
    View(name="all-world", camera=WORLD, layers=Layers(shading="both")),
    View(name="weapons", filters=Filters(categories=("weapons",)), camera=EUROPE),
    View(name="migrants", filters=Filters(categories=("migrant_smuggling",)), camera=EUROPE),
    View(name="drugs-world", filters=Filters(categories=("drugs",)), camera=WORLD),
    View(name="trafficking", filters=Filters(categories=("human_trafficking",)), camera=EUROPE),
    View(name="finance", filters=Filters(categories=("illicit_finance",)), camera=WORLD),
    View(name="2015-2018", filters=Filters(period=(2015.0, 2019.0)), camera=EUROPE),
    View(
        name="2019-2024",
        filters=Filters(period=(2019.0, 2025.0)),
        camera=EUROPE,
        layers=Layers(shading="out"),
    ),
    View(name="quantity", layers=Layers(width_by="quantity"), camera=WORLD),
]


def timed(fn, *args, **kwargs) -> float:
    start = time.perf_counter()
    fn(*args, **kwargs)
    return time.perf_counter() - start


def main() -> int:
    t0 = time.perf_counter()
    result = load_records()
    frames = table_from_records(result.records)
    countries = load_countries()
    print(f"data: {len(frames)} records, loaded in {time.perf_counter() - t0:.1f} s")

    # Warm-up: imports, font cache, projected basemaps (cached per projection).
    for view in VIEWS[:2]:
        render_snapshot(view, frames, countries, "png")

    png = {v.name: timed(render_snapshot, v, frames, countries, "png") for v in VIEWS}
    print("PNG 1920x1080 per view, warm (s):")
    for name, seconds in png.items():
        print(f"  {name:<12} {seconds:5.2f}")
    print(
        f"  median {statistics.median(png.values()):.2f}  max {max(png.values()):.2f}"
        f"  (target <= 2.0)"
    )
    svg = timed(render_snapshot, VIEWS[0], frames, countries, "svg")
    pdf = timed(render_snapshot, VIEWS[0], frames, countries, "pdf")
    a4 = timed(render_snapshot, VIEWS[0], frames, countries, "png", size="print")
    print(f"SVG {svg:.2f} s, PDF {pdf:.2f} s, A4 300 dpi PNG {a4:.2f} s (view all-europe)")

    with tempfile.TemporaryDirectory() as folder:
        pptx = timed(export_briefing, VIEWS, frames, countries, Path(folder) / "deck.pptx")
        size = (Path(folder) / "deck.pptx").stat().st_size / 1e6
    print(f"PPTX 10 views: {pptx:.1f} s, {size:.1f} MB (target <= 20 s)")
    html = timed(render_snapshot, VIEWS[0], frames, countries, "html")
    print(f"HTML offline: {html:.2f} s")
    ok = max(png.values()) <= 2.0 and pptx <= 20.0
    print("targets met" if ok else "TARGETS MISSED")
    return 0


if __name__ == "__main__":
    sys.exit(main())
