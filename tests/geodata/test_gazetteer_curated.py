"""Every place named in the bundled curated records (flows/data/*.yaml) resolves."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from geodata.gazetteer import ResolveContext, load_gazetteer

DATA = Path(__file__).resolve().parents[2] / "flows" / "data"
FILES = sorted(DATA.glob("*.yaml"))


def _place_refs(path: Path) -> list[tuple[str, str, str | None]]:
    """(where, name, country) for every origin / via / destination of a data file."""
    records = yaml.safe_load(path.read_text(encoding="utf-8")) or []
    refs = []
    for i, rec in enumerate(records):
        where = f"{path.name}: record {i} ({rec.get('id')})"
        places = [("origin", rec.get("origin")), ("destination", rec.get("destination"))]
        places += [(f"via[{j}]", v) for j, v in enumerate(rec.get("via") or [])]
        for fld, ref in places:
            if ref is None:
                continue
            if isinstance(ref, dict):
                refs.append((f"{where} {fld}", ref["name"], ref.get("country")))
            else:
                refs.append((f"{where} {fld}", str(ref), None))
    return refs


@pytest.mark.skipif(not FILES, reason="no curated data files yet")
@pytest.mark.parametrize("path", FILES, ids=[p.name for p in FILES])
def test_every_curated_place_resolves(path: Path) -> None:
    gaz = load_gazetteer()
    refs = _place_refs(path)
    failures = []
    for where, name, country in refs:
        ctx = ResolveContext(country_codes=(country,)) if country else None
        res = gaz.resolve(name, context=ctx)
        if res.place is None:
            failures.append(f"{where}: {name!r} unresolved; did you mean {gaz.suggest(name)}?")
        elif res.method == "demonym":
            failures.append(f"{where}: {name!r} only matched a nationality word")
        elif country and res.place.country_code not in (country, None):
            failures.append(f"{where}: {name!r} -> {res.place.id}, not in {country}")
    assert not failures, "\n".join(failures)
