"""Small towns (GeoNames ``cities1000`` less ``cities15000``), looked up only on demand.

The gazetteer leaves these out: a name of a few thousand inhabitants is too often a word, a
surname or a firm. ``flows.extract.toponyms`` asks this table only where the text says the word
is a place ("the town of Sfakia", "Avrillé (Maine-et-Loire)"), and keeps a town only in a
country the text names. The file is built by ``geodata/tools/build_towns.py``; it is read (as
sorted lines, searched by bisection) the first time a town is asked for.

>>> [(p.name, p.country_code, p.population) for p in towns_named("Avrillé")]
[('Avrillé', 'FR', 13723), ('Avrillé', 'FR', 1075)]
>>> towns_named("Nowhere-Such-Place")
()
"""

from __future__ import annotations

from bisect import bisect_left
from functools import lru_cache
from pathlib import Path

from geodata.normalize import fold_key
from geodata.place import Place

TOWNS_PATH = Path(__file__).resolve().parent / "data" / "towns1000.csv"


@lru_cache(maxsize=1)
def _lines() -> list[str]:
    """The table's rows as text, sorted (the key leads each row): no parsing until asked."""
    text = TOWNS_PATH.read_text(encoding="utf-8")
    lines = text.split("\n")[2:]  # the provenance line and the header
    return [line for line in lines if line]


@lru_cache(maxsize=4096)
def towns_named(name: str) -> tuple[Place, ...]:
    """The towns called ``name`` (accents and case aside), most populous first."""
    key = fold_key(name)
    lines = _lines()
    out = []
    for line in lines[bisect_left(lines, f"{key},") :]:
        if not line.startswith(f"{key},"):
            break
        _, n, code, lon, lat, pop = line.split(",")
        out.append((n, code, float(lon), float(lat), int(pop)))
    out.sort(key=lambda r: -r[4])
    return tuple(
        Place(
            id=f"town:{code}:{key.replace(' ', '-')}:{lon:.2f}:{lat:.2f}",
            name=n,
            kind="city",
            lon=lon,
            lat=lat,
            country_code=code,
            population=pop,
        )
        for n, code, lon, lat, pop in out
    )
