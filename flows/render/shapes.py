"""Country polygons for the map: simplified, rounded, one entry per polygon part.

Shared by the dashboard and the HTML export (cached once per process by
:func:`country_shapes`).
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd


def build_country_shapes(countries: pd.DataFrame, tolerance: float = 0.08) -> list[dict]:
    """Country polygons simplified and rounded for the map: one entry per polygon part.

    ``countries`` is the GeoDataFrame of :func:`geodata.countries.load_countries`. Each entry is
    ``{"iso": alpha-2 or part_of code or "", "polygon": [outer ring, holes...]}`` with
    coordinates rounded to 0.01 degree (about 1 km, finer than a screen pixel at country zoom).
    """
    import shapely

    shapes = []
    simplified = countries.geometry.simplify(tolerance, preserve_topology=True)
    for iso, part_of, geom in zip(
        countries["iso_a2"],
        countries.get("part_of", [None] * len(countries)),
        simplified,
        strict=True,
    ):
        code = iso if isinstance(iso, str) else (part_of if isinstance(part_of, str) else "")
        if geom is None or geom.is_empty:
            continue
        for poly in getattr(geom, "geoms", [geom]):
            if poly.geom_type != "Polygon" or poly.is_empty:
                continue
            rings = [poly.exterior, *poly.interiors]
            coords = [np.round(shapely.get_coordinates(ring), 2).tolist() for ring in rings]
            if len(coords[0]) >= 4:
                shapes.append({"iso": code, "polygon": coords})
    return shapes


@lru_cache(maxsize=1)
def country_shapes() -> list[dict]:
    """:func:`build_country_shapes` of the bundled countries (computed once per process)."""
    from flows.memory import keep_for_good
    from geodata.countries import load_countries

    shapes = build_country_shapes(load_countries())
    keep_for_good()  # kept for the process: its 31,000 lists out of every rerun's collection
    return shapes
