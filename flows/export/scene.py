"""What a view shows, as every exporter draws it: a :class:`Scene` wraps the pipeline's answer.

:func:`build_scene` calls :func:`flows.pipeline.answer_view`, the function the dashboard calls,
so a snapshot shows the screen's flows (same clusters at the camera's zoom, same strongest
flows, same colours), hubs, shading, title and key figures. The scene adds what only a static
picture needs: arcs as great-circle geometry, routes as lines, the words around the map. The
records and sources of the selection are materialised only when a data export asks for them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import geopandas as gpd
import numpy as np
import pandas as pd

from flows import pipeline
from flows.i18n import N_, format_day, format_integer, gettext, ngettext, use_language
from flows.table.model import RecordTable
from flows.texts import disclaimer, generated_line
from flows.views import View
from flows.vocab import CATEGORY_COLOURS, category_hex
from geodata.geometry import build_arc
from geodata.names import localize_names

# The endpoints' figure on a slide, by (several origins, several destinations): places the
# records name, a region such as the EU counting once.
_ENDPOINTS = {
    (False, False): N_("origin \u2192 destination"),
    (False, True): N_("origin \u2192 destinations"),
    (True, False): N_("origins \u2192 destination"),
    (True, True): N_("origins \u2192 destinations"),
}

# The boundary disclaimer in English (flows.texts.disclaimer() gives it in the reader's language).
with use_language("en"):
    DISCLAIMER = disclaimer()
CRS = "EPSG:4326"


@dataclass
class Scene:
    """Everything an exporter needs to draw one view (see :func:`build_scene`)."""

    answer: pipeline.ViewAnswer
    generated: date = field(default_factory=date.today)

    # -- the pipeline's answer -------------------------------------------------------------------
    @property
    def view(self) -> View:
        return self.answer.view

    @property
    def lang(self) -> str:
        """The language every text and place name of the scene is written in."""
        return self.answer.lang

    @property
    def title(self) -> str:
        return self.answer.title

    @property
    def subtitle(self) -> str:
        return self.answer.subtitle

    @property
    def period_text(self) -> str:
        return self.answer.figures.period_text

    @property
    def total_flows(self) -> int:
        return max(self.answer.total_flows, len(self.arcs))

    @property
    def agg(self) -> pd.DataFrame:
        return self.answer.flows

    @property
    def route_table(self) -> pd.DataFrame | None:
        return self.answer.routes

    @property
    def hub_table(self) -> pd.DataFrame:
        return self.answer.all_hubs

    @property
    def shading_table(self) -> pd.DataFrame | None:
        return self.answer.shading

    @property
    def width_label(self) -> str:
        return self.answer.width_label

    @property
    def shading_label(self) -> str:
        return self.answer.shading_label

    @property
    def n_unreviewed(self) -> int:
        return self.answer.figures.n_unreviewed

    @property
    def n_not_drawn(self) -> int:
        """Selected records that have no arc (an endpoint missing or unresolved)."""
        return self.answer.figures.n_not_drawn

    @property
    def categories(self) -> list[tuple[str, int]]:
        """Categories present, in vocabulary order, with their record counts."""
        return self.answer.figures.categories

    @property
    def n_publishers(self) -> int:
        return self.answer.figures.n_publishers

    def main_publishers(self, k: int = 3) -> list[str]:
        """Publishers cited by most selected records."""
        return self.answer.figures.main_publishers(k)

    # -- drawn things ----------------------------------------------------------------------------
    @cached_property
    def arcs(self) -> gpd.GeoDataFrame:
        """The drawn flows as great-circle arcs, heaviest first."""
        return arcs_frame(self.answer.flows)

    @cached_property
    def routes(self) -> gpd.GeoDataFrame:
        """The drawn multi-leg routes as lon/lat lines."""
        return routes_frame(self.answer.routes)

    @property
    def hubs(self) -> pd.DataFrame:
        """Hubs drawn: name, lon, lat, n (records starting, ending or passing there)."""
        hubs = self.answer.all_hubs if self.view.layers.hubs else self.answer.all_hubs.iloc[:0]
        return hubs.rename(columns={"n_flows": "n"})

    @property
    def shading(self) -> pd.Series:
        """ISO alpha-2 -> records, empty when shading is off."""
        table = self.answer.shading
        if table is None:
            return pd.Series(dtype=float)
        return pd.Series(table["n"].to_numpy(float), index=table["iso_a2"])

    # -- the selection, materialised for data exports ------------------------------------------
    @cached_property
    def records(self) -> pd.DataFrame:
        """Selected records, one readable row each (see :func:`flows.table.frame.records_frame`)."""
        from flows.table.frame import records_frame

        records = records_frame(self.answer.table, self.answer.rows)
        return localize_names(records, self.answer.names) if self.lang != "en" else records

    @cached_property
    def sources(self) -> pd.DataFrame:
        """One row per (record, source) of the selected records."""
        from flows.table.frame import sources_of

        return sources_of(self.answer.table, self.answer.rows)

    # -- words -----------------------------------------------------------------------------------
    @property
    def source_line(self) -> str:
        n = self.answer.figures.n_works
        with use_language(self.lang):
            if not n:
                return gettext("Sources: none selected.")
            main = ", ".join(self.main_publishers())
            sources = ngettext("{n} source", "{n} sources", n).format(n=format_integer(n))
            publishers = ngettext(
                "from {n} publisher", "from {n} publishers", self.n_publishers
            ).format(n=format_integer(self.n_publishers))
            return gettext("Sources: {sources} {publishers}; mainly {main}.").format(
                sources=sources, publishers=publishers, main=main
            )

    @property
    def generated_text(self) -> str:
        """The date the export was made, written for the reader ("3 juin 2026")."""
        return format_day(self.generated, self.lang)

    @property
    def footer_line(self) -> str:
        with use_language(self.lang):
            return f"{disclaimer()} {generated_line(self.generated_text)}"

    @property
    def disclaimer(self) -> str:
        with use_language(self.lang):
            return disclaimer()

    @property
    def unreviewed_text(self) -> str:
        n = self.n_unreviewed
        if not n:
            return ""
        with use_language(self.lang):
            return ngettext(
                "Includes {n} unreviewed extracted record",
                "Includes {n} unreviewed extracted records",
                n,
            ).format(n=format_integer(n))

    def key_figures(self) -> list[tuple[str, str]]:
        """A few figures for a briefing slide: (value, what it counts).

        Endpoints are counted as the places the records name (a region such as the EU is one
        destination, not zero countries); a filtered period is said by the title alone, and
        without one the figure is the records' span, worded as in the subtitle.
        """
        f = self.answer.figures
        with use_language(self.lang):
            n_routes = len(self.routes)
            shown = format_integer(len(self.arcs))
            if self.total_flows > len(self.arcs):
                shown = gettext("{shown} of {total}").format(
                    shown=shown, total=format_integer(self.total_flows)
                )
            origins, dests = f.n_origin_places, f.n_dest_places
            figures = [
                (
                    format_integer(f.n_records),
                    ngettext("record selected", "records selected", f.n_records),
                ),
                (shown, ngettext("flow drawn", "flows drawn", len(self.arcs))),
            ]
            if n_routes:
                figures.append(
                    (
                        format_integer(n_routes),
                        ngettext("route via transit", "routes via transit", n_routes),
                    )
                )
            figures += [
                (
                    f"{format_integer(origins)} \u2192 {format_integer(dests)}",
                    gettext(_ENDPOINTS[(origins != 1, dests != 1)]),
                ),
                (
                    format_integer(f.n_works),
                    ngettext(
                        "sources from {n} publisher",
                        "sources from {n} publishers",
                        f.n_publishers,
                    ).format(n=format_integer(f.n_publishers)),
                ),
            ]
            if self.view.filters.period is None and self.period_text:
                figures.append((self.period_text, gettext("records dated")))
            return figures


ARC_COLUMNS = [
    "category",
    "colour",
    "weight",
    "n_records",
    "origin_name",
    "dest_name",
    "origin_lon",
    "origin_lat",
    "dest_lon",
    "dest_lat",
    "geometry",
]


def arcs_frame(agg: pd.DataFrame) -> gpd.GeoDataFrame:
    """Aggregated flows (:func:`flows.aggregate.aggregate_flows`) as great-circle arcs."""
    rows = []
    for r in agg.itertuples(index=False):
        coords = (r.origin_lon, r.origin_lat, r.dest_lon, r.dest_lat)
        if any(v is None or pd.isna(v) for v in coords):
            continue
        geometry = build_arc(
            (float(r.origin_lon), float(r.origin_lat)), (float(r.dest_lon), float(r.dest_lat))
        )
        if geometry is None:
            continue
        rows.append(
            {
                "category": r.category,
                "colour": category_hex(r.category),
                "weight": float(r.weight) if pd.notna(r.weight) else 1.0,
                "n_records": int(r.n_records),
                "origin_name": r.origin_name or "",
                "dest_name": r.dest_name or "",
                "origin_lon": float(r.origin_lon),
                "origin_lat": float(r.origin_lat),
                "dest_lon": float(r.dest_lon),
                "dest_lat": float(r.dest_lat),
                "geometry": geometry,
            }
        )
    frame = pd.DataFrame(rows, columns=ARC_COLUMNS)
    frame = frame.sort_values("weight", ascending=False, kind="stable", ignore_index=True)
    return gpd.GeoDataFrame(frame, geometry="geometry", crs=CRS)


def routes_frame(routes: pd.DataFrame | None) -> gpd.GeoDataFrame:
    """Aggregated routes (:func:`flows.aggregate.aggregate_routes`) as lon/lat LineStrings."""
    from shapely.geometry import LineString

    columns = ["category", "n_records", "stop_names", "geometry"]
    rows = [
        {
            "category": r.category,
            "n_records": int(r.n_records),
            "stop_names": list(r.stop_names),
            "geometry": LineString(r.path),
        }
        for r in (routes.itertuples(index=False) if routes is not None else ())
        if len(r.path) >= 2
    ]
    return gpd.GeoDataFrame(pd.DataFrame(rows, columns=columns), geometry="geometry", crs=CRS)


def build_scene(view: View, table: RecordTable, generated: date | None = None) -> Scene:
    """What ``view`` shows of ``table``: the pipeline's answer, ready for every exporter."""
    answer = pipeline.answer_view(table, view, timeline=False)
    return Scene(answer=answer, generated=generated or date.today())


def category_rgb(category: str) -> tuple[float, float, float]:
    """Palette colour as matplotlib RGB floats."""
    r, g, b = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["other"])
    return (r / 255, g / 255, b / 255)


def selected_rows(scene: Scene) -> np.ndarray:
    """Row numbers of the scene's records in its table."""
    return scene.answer.rows
