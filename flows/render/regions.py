"""Regions drawn as the areas they are: the member countries of "European Union", "Western
Balkans" or "West Africa", not a dot at their middle.

When records name a region as their origin or destination, a dot at the region's centroid
("Europe" sitting in Czechia) says something the source never said. Wherever a region is
itself (the ``city`` and ``country`` cluster levels, the first screen included), it is drawn
as the outline and a light fill of its member countries, its name at its centre, and the
flows meet it there. Continents of the world level stay dots: they stand for many places.

The screen (flows.render.deck) and the static exports (flows.export.render_static) draw the
same areas from :func:`region_areas`.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import pandas as pd

from flows.i18n import N_

AREA_FILL = (60, 60, 60, 26)  # light: regions overlap (Europe holds the EU)
AREA_LINE = (45, 45, 45, 110)
AREA_LINE_PX = 1.0
ANCHOR_RADIUS_PX = 3.5  # a small ring where the region's flows meet
AREA_LEGEND = N_("Region: its member countries")  # the page's and the exports' legends
# Cluster levels where a region is itself (not merged into a continent): drawn as its area.
AREA_LEVELS = ("city", "country")
SIMPLIFY_DEGREES = 0.05  # the outline's detail: plenty at the zooms a region is seen at


def area_hubs(hubs: pd.DataFrame, clusters) -> np.ndarray:
    """Which ``hubs`` rows are regions drawn as areas (a boolean mask)."""
    if hubs is None or hubs.empty or clusters is None or clusters.level not in AREA_LEVELS:
        return np.zeros(0 if hubs is None else len(hubs), dtype=bool)
    return hubs["id"].isin(_area_ids(clusters)).to_numpy(dtype=bool)


def _area_ids(clusters) -> frozenset[str]:
    """Ids of the clusters that are regions with member countries (once per clusters: a
    rerun asks for every layer and every label)."""
    found = clusters.__dict__.get("_area_ids")
    if found is None:
        table = clusters.table
        kinds = dict(zip(table["id"], table["kind"], strict=True))
        members = dict(zip(table["id"], table["members"], strict=True))
        found = frozenset(i for i in kinds if kinds[i] == "region" and bool(members[i]))
        object.__setattr__(clusters, "_area_ids", found)  # frozen dataclass: cached beside
    return found


@lru_cache(maxsize=128)
def region_rings(members: tuple[str, ...]) -> tuple[tuple[tuple[float, float], ...], ...]:
    """Outer rings (lon, lat) of the union of the member countries' shapes, simplified."""
    from shapely import simplify, union_all

    from geodata.countries import load_countries

    countries = load_countries()
    shapes = countries[countries["iso_a2"].isin(members)].geometry
    if not len(shapes):
        return ()
    area = simplify(union_all(shapes.to_numpy()), SIMPLIFY_DEGREES, preserve_topology=True)
    parts = getattr(area, "geoms", [area])
    return tuple(
        tuple((round(x, 3), round(y, 3)) for x, y in part.exterior.coords)
        for part in parts
        if not part.is_empty and part.area > 0.05
    )


def region_areas(hubs: pd.DataFrame, clusters) -> list[dict]:
    """One row per outline part of every region hub drawn as an area: ``id``, ``name``,
    ``ring`` (lon, lat pairs) and the hub's counts, for a polygon layer."""
    mask = area_hubs(hubs, clusters)
    if not mask.any():
        return []
    members = dict(zip(clusters.table["id"], clusters.table["members"], strict=True))
    rows = []
    for hub in hubs[mask].itertuples(index=False):
        for ring in region_rings(tuple(sorted(members[hub.id]))):
            rows.append(
                {
                    "id": hub.id,
                    "name": hub.name,
                    "ring": ring,
                    "n_flows": int(hub.n_flows),
                    "n_out": int(hub.n_out),
                    "n_in": int(hub.n_in),
                    "n_via": int(hub.n_via),
                }
            )
    return rows
