"""Small towns (GeoNames ``cities1000`` less ``cities15000``, and the villages of ``cities500``
less ``cities1000``), looked up only on demand.

The gazetteer leaves these out: a name of a few thousand inhabitants is too often a word, a
surname or a firm. ``flows.extract.small_towns`` asks this table only where the text says the word
is a place ("the town of Sfakia", "Avrillé (Maine-et-Loire)"), and keeps a town only in a
country the text names. The files are built by ``geodata/tools/build_towns.py``; each is read (as
bytes, its sorted rows searched by bisection) the first time a town is asked for.

>>> [(p.name, p.country_code, p.population) for p in towns_named("Avrillé")]
[('Avrillé', 'FR', 13723), ('Avrillé', 'FR', 1075)]
>>> towns_named("Nowhere-Such-Place")
()
"""

from __future__ import annotations

from array import array
from bisect import bisect_left
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from geodata.normalize import fold_key
from geodata.place import Place

TOWNS_PATH = Path(__file__).resolve().parent / "data" / "towns1000.csv"
# villages of 500 to 1,000 inhabitants: news names border villages and landing beaches as ends
VILLAGES_PATH = TOWNS_PATH.with_name("towns500.csv")


class _Table(NamedTuple):
    """The file's bytes and where each row starts: about 6 MB, where a list of 136,000 row
    strings took about 40 MB."""

    data: bytes
    starts: array


@lru_cache(maxsize=2)
def _table(path: Path) -> _Table:
    """The table's rows, sorted (the key leads each row): no parsing until asked."""
    data = path.read_bytes()
    starts = array("L")
    pos = data.index(b"\n", data.index(b"\n") + 1) + 1  # past the provenance line and header
    while pos < len(data):
        starts.append(pos)
        end = data.find(b"\n", pos)
        pos = len(data) if end < 0 else end + 1
    return _Table(data, starts)


def _row(table: _Table, index: int) -> bytes:
    start = table.starts[index]
    end = table.data.find(b"\n", start)
    return table.data[start : end if end >= 0 else len(table.data)]


@lru_cache(maxsize=4096)
def towns_named(name: str) -> tuple[Place, ...]:
    """The towns called ``name`` (accents and case aside), most populous first."""
    # UTF-8 keeps the code-point order the build sorted the rows in, so bytes bisect like text
    key = fold_key(name)
    lead = f"{key},".encode()
    out = []
    for path in (TOWNS_PATH, VILLAGES_PATH):
        table = _table(path)
        rows = range(len(table.starts))
        for index in range(bisect_left(rows, lead, key=lambda i: _row(table, i)), len(rows)):
            line = _row(table, index)
            if not line.startswith(lead):
                break
            _, n, code, lon, lat, pop = line.decode("utf-8").split(",")
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
