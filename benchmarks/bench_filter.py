"""Benchmark: a filter change on 1,000,000 synthetic records, answered server-side.

Measures what the explorer does after a widget changes: select the records, aggregate them
into the strongest flows, routes, hubs and country totals, build the pydeck Deck and
serialise it to the JSON that Streamlit sends. Prints the median time and the payload size,
and beside it the naive way (every selected record as an arc, pydeck's default indented
serialisation) measured in the same run.

    .venv/bin/python benchmarks/bench_filter.py [--records 1000000] [--repeat 3]

Targets (issue 3): median <= 150 ms, payload <= 1.5 MB.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import pydeck as pdk  # noqa: E402

from dashboard.layers import build_country_shapes  # noqa: E402
from dashboard.mapview import answer_view  # noqa: E402
from flows.select import prepare_flows, select_records  # noqa: E402
from flows.synthetic import synthetic_flows, synthetic_places  # noqa: E402
from flows.views import Filters, Layers, View  # noqa: E402
from geodata.countries import load_countries  # noqa: E402
from geodata.gazetteer import load_gazetteer  # noqa: E402

# A sequence of filter changes as a user makes them (each one is one measured answer).
CHANGES = [
    Filters(),
    Filters(categories=("drugs",)),
    Filters(categories=("drugs", "weapons")),
    Filters(categories=("weapons",), period=(2015.0, 2020.0)),
    Filters(period=(2010.0, 2012.0)),
    Filters(min_confidence=0.6),
    Filters(statuses=("curated",), verifications=("confirmed", "reported")),
    Filters(origins=("TR", "RS", "UA")),
    Filters(destinations=("DE", "FR", "IT", "ES")),
    Filters(transits=("HU",)),
    Filters(actors=("Network C",)),
    Filters(text="europol seizure"),
    Filters(categories=("migrant_smuggling",), statuses=()),
]


def answer(flows, places, countries, view: View) -> tuple[str, int]:
    """What the page computes for one filter change; returns (JSON payload, records)."""
    result = answer_view(flows, places, countries, view)
    return result.deck.to_json(), result.n_records


def naive(flows, view: View) -> tuple[str, int]:
    """Every selected record as an arc, DataFrame data, pydeck's default to_json()."""
    selected = select_records(flows, view.filters)
    data = selected[["origin_lon", "origin_lat", "dest_lon", "dest_lat", "category", "id"]]
    layer = pdk.Layer(
        "ArcLayer",
        data=data,
        get_source_position=["origin_lon", "origin_lat"],
        get_target_position=["dest_lon", "dest_lat"],
        get_width=2,
        pickable=True,
    )
    deck = pdk.Deck(layers=[layer], map_provider=None)
    return pdk.Deck.to_json(deck), len(selected)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3, help="passes over the changes")
    parser.add_argument(
        "--naive-changes", type=int, default=3, help="filter changes measured the naive way"
    )
    args = parser.parse_args()

    t = time.perf_counter()
    places = synthetic_places(load_gazetteer())
    raw = synthetic_flows(places, args.records, seed=1)
    flows = prepare_flows(raw)
    del raw
    countries = build_country_shapes(load_countries())
    print(
        f"setup: {args.records:,} synthetic records between {len(places):,} places, "
        f"prepared in {time.perf_counter() - t:.1f} s"
    )

    view = View(layers=Layers(shading="both"))
    times, sizes, counts = [], [], []
    answer(flows, places, countries, view)  # warm-up (imports, first allocations)
    for _ in range(args.repeat):
        for filters in CHANGES:
            v = replace(view, filters=filters)
            t = time.perf_counter()
            payload, n = answer(flows, places, countries, v)
            times.append(time.perf_counter() - t)
            sizes.append(len(payload.encode("utf-8")))
            counts.append(n)
    print(
        f"optimised: {len(times)} filter changes, selections of {min(counts):,} to "
        f"{max(counts):,} records"
    )
    print(
        f"  median {statistics.median(times) * 1000:.0f} ms, "
        f"p90 {statistics.quantiles(times, n=10)[-1] * 1000:.0f} ms, "
        f"max {max(times) * 1000:.0f} ms"
    )
    print(
        f"  payload median {statistics.median(sizes) / 1e6:.2f} MB, max {max(sizes) / 1e6:.2f} MB"
    )

    ntimes, nsizes, ncounts = [], [], []
    for filters in CHANGES[1 : 1 + args.naive_changes]:
        t = time.perf_counter()
        payload, n = naive(flows, replace(view, filters=filters))
        ntimes.append(time.perf_counter() - t)
        nsizes.append(len(payload.encode("utf-8")))
        ncounts.append(n)
        del payload
    if ntimes:
        print(
            f"naive (every record an arc, default to_json): {len(ntimes)} filter changes, "
            f"selections of {min(ncounts):,} to {max(ncounts):,} records"
        )
        print(
            f"  median {statistics.median(ntimes) * 1000:.0f} ms, "
            f"payload median {statistics.median(nsizes) / 1e6:.1f} MB"
        )
    ok = statistics.median(times) <= 0.150 and max(sizes) <= 1.5e6
    print("targets (median <= 150 ms, payload <= 1.5 MB):", "met" if ok else "NOT met")


if __name__ == "__main__":
    main()
