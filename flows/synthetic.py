"""Synthetic flow tables for benchmarks: many records between real gazetteer places.

The output has the columns of the flows table built by :func:`flows.frames.build_frames`
(no geometry), generated with numpy in one pass: a million rows take a few seconds, where
building a million validated FlowRecords would take minutes. Not for display: the records
and their sources are invented.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from flows.vocab import CATEGORIES, VERIFICATIONS

_COMMODITIES = {
    "weapons": ["small arms", "ammunition", "explosives"],
    "migrant_smuggling": ["migrants"],
    "human_trafficking": ["victims of trafficking"],
    "drugs": ["cocaine", "heroin", "cannabis", "synthetic drugs"],
    "illicit_finance": ["cash", "gold", "cryptocurrency"],
    "other": ["cigarettes", "wildlife", "fuel"],
}
_UNITS = {
    "weapons": "items",
    "migrant_smuggling": "detections",
    "human_trafficking": "victims",
    "drugs": "kg",
    "illicit_finance": "EUR",
    "other": "items",
}
_PUBLISHERS = ["Europol", "UNODC", "Frontex", "Small Arms Survey", "GI-TOC", "Reuters", "OCCRP"]
_WORDS = [
    "seizure",
    "network",
    "route",
    "port",
    "border",
    "corridor",
    "investigation",
    "report",
    "court",
    "assessment",
    "convoy",
    "shipment",
]


def synthetic_places(gazetteer, n_cities: int = 3000) -> pd.DataFrame:
    """The ``n_cities`` most populous cities of ``gazetteer`` plus every country.

    Returns ``id, name, kind, country_code, lon, lat, population``.
    """
    rows = [
        (p.id, p.name, p.kind, p.country_code, p.lon, p.lat, p.population or 0)
        for p in gazetteer.places()
        if p.kind in ("city", "country") and p.lon is not None and p.lat is not None
    ]
    table = pd.DataFrame(
        rows, columns=["id", "name", "kind", "country_code", "lon", "lat", "population"]
    )
    cities = table[table["kind"] == "city"].nlargest(n_cities, "population")
    countries = table[(table["kind"] == "country") & table["country_code"].notna()]
    return pd.concat([cities, countries], ignore_index=True)


def synthetic_flows(places: pd.DataFrame, n: int, seed: int = 0) -> pd.DataFrame:
    """``n`` invented records between ``places`` (see :func:`synthetic_places`).

    Origins and destinations are drawn with probability growing with population (a few
    big hubs, a long tail), 20 % of records pass through one or two transit places, periods
    run 2000-2024 with a third given to the month, and every record gets a status,
    verification, confidence, actors, a quantity in its category's unit, and search text.
    """
    rng = np.random.default_rng(seed)
    weight = np.sqrt(places["population"].to_numpy(dtype=float) + 50_000.0)
    p = weight / weight.sum()
    k = len(places)
    origin = rng.choice(k, size=n, p=p)
    dest = rng.choice(k, size=n, p=p)
    same = origin == dest
    dest[same] = (dest[same] + 1) % k

    cats = np.array(CATEGORIES)
    cat_idx = rng.choice(len(cats), size=n, p=[0.2, 0.25, 0.1, 0.3, 0.1, 0.05])
    category = cats[cat_idx]
    commodity = np.empty(n, dtype=object)
    for i, c in enumerate(cats):
        mask = cat_idx == i
        commodity[mask] = rng.choice(_COMMODITIES[c], size=int(mask.sum()))

    year = rng.integers(2000, 2025, size=n)
    span = rng.choice([0, 0, 0, 1, 2, 4], size=n)
    monthly = rng.random(n) < 0.33
    month = rng.integers(1, 13, size=n)
    t_start = np.where(monthly, year + (month - 1) / 12.0, year.astype(float))
    t_end = np.where(monthly, year + month / 12.0, (year + span + 1).astype(float))
    period_start = np.where(
        monthly, [f"{y}-{m:02d}" for y, m in zip(year, month, strict=True)], year.astype(str)
    )
    period_end = np.where(monthly, period_start, (year + span).astype(str))

    ids = places["id"].to_numpy(dtype=object)
    names = places["name"].to_numpy(dtype=object)
    countries = places["country_code"].to_numpy(dtype=object)
    lon = places["lon"].to_numpy(dtype=float)
    lat = places["lat"].to_numpy(dtype=float)

    n_via = rng.choice([0, 1, 2], size=n, p=[0.8, 0.15, 0.05])
    via_a = rng.choice(k, size=n, p=p)
    via_b = rng.choice(k, size=n, p=p)
    via_ids = [
        () if m == 0 else (ids[a],) if m == 1 else (ids[a], ids[b])
        for m, a, b in zip(n_via, via_a, via_b, strict=True)
    ]
    index_of = {pid: i for i, pid in enumerate(ids)}
    via_names = [tuple(names[index_of[i]] for i in v) for v in via_ids]
    via_countries = [tuple(countries[index_of[i]] for i in v) for v in via_ids]

    actors_pool = np.array([f"Network {c}" for c in "ABCDEFGHIJKLMNOPQRST"], dtype=object)
    actor_idx = rng.integers(0, len(actors_pool), size=n)
    has_actor = rng.random(n) < 0.4
    actors = [(actors_pool[a],) if h else () for a, h in zip(actor_idx, has_actor, strict=True)]

    has_qty = rng.random(n) < 0.5
    quantity = np.where(has_qty, np.round(rng.lognormal(4, 1.5, size=n)), np.nan)
    unit = np.array([_UNITS[c] for c in cats], dtype=object)[cat_idx]
    unit = np.where(has_qty, unit, None)

    publisher = np.array(_PUBLISHERS, dtype=object)[rng.integers(0, len(_PUBLISHERS), size=n)]
    word = np.array(_WORDS, dtype=object)[rng.integers(0, len(_WORDS), size=n)]
    search_text = np.char.lower(
        publisher.astype(str) + " " + word.astype(str) + " " + commodity.astype(str)
    )

    status = rng.choice(["curated", "reviewed", "extracted"], size=n, p=[0.6, 0.2, 0.2])
    return pd.DataFrame(
        {
            "id": [f"syn-{i:07d}" for i in range(n)],
            "category": category,
            "commodity": commodity,
            "status": status,
            "verification": rng.choice(VERIFICATIONS, size=n),
            "confidence": np.round(rng.uniform(0.2, 1.0, size=n), 2),
            "period_start": period_start,
            "period_end": period_end,
            "t_start": t_start,
            "t_end": t_end,
            "origin_id": ids[origin],
            "origin_name": names[origin],
            "origin_country": countries[origin],
            "origin_lon": lon[origin],
            "origin_lat": lat[origin],
            "dest_id": ids[dest],
            "dest_name": names[dest],
            "dest_country": countries[dest],
            "dest_lon": lon[dest],
            "dest_lat": lat[dest],
            "via_ids": via_ids,
            "via_names": via_names,
            "via_countries": via_countries,
            "actors": actors,
            "quantity_value": quantity,
            "quantity_value_max": np.nan,
            "quantity_unit": unit,
            "quantity_what": np.where(has_qty, "reported", None),
            "n_sources": rng.integers(1, 4, size=n),
            "publishers": [(x,) for x in publisher],
            "search_text": search_text,
            "summary": "",
            "drawable": True,
        }
    )
