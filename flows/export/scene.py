"""What a view shows, computed once and drawn by every exporter.

A :class:`Scene` holds the records a view selects, the aggregated flows it draws (the
same ``select_records`` and ``aggregate_flows`` the dashboard calls, so a snapshot and the
screen show the same flows in the same colours), hubs, country shading, the sources behind
them and the words that go around the map (title, subtitle, legend, source line).
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field, replace
from datetime import date

import geopandas as gpd
import pandas as pd

from flows.select import region_members
from flows.views import View
from flows.vocab import CATEGORIES, CATEGORY_COLOURS, category_hex
from geodata.geometry import build_arc

DISCLAIMER = (
    "Boundaries and names shown do not imply official endorsement or acceptance. "
    "Lines join reported origins and destinations; they are not exact routes."
)

# Columns the aggregated frame may use for the same idea (the first present wins).
_WEIGHT_COLUMNS = ("weight", "width", "value", "n_records", "records", "count")
_COUNT_COLUMNS = ("n_records", "records", "count")
_IDS_COLUMNS = ("ids", "record_ids")


@dataclass
class Scene:
    """Everything an exporter needs to draw one view."""

    view: View
    title: str
    subtitle: str
    period_text: str
    records: pd.DataFrame  # selected records, one row each (frames.flows columns)
    arcs: gpd.GeoDataFrame  # aggregated flows drawn: category, weight, n_records, names, arc
    total_flows: int  # aggregated flows before the top-N cut
    routes: gpd.GeoDataFrame  # multi-leg routes of the selected records
    hubs: pd.DataFrame  # name, lon, lat, n (records starting or ending there)
    shading: pd.Series  # ISO alpha-2 -> records, empty when shading is off
    shading_label: str
    sources: pd.DataFrame  # one row per (record, source) of the selected records
    width_label: str
    n_unreviewed: int
    generated: date = field(default_factory=date.today)
    # The dashboard's own tables (flows.select output), for the interactive HTML export.
    agg: pd.DataFrame | None = None  # aggregate_flows
    route_table: pd.DataFrame | None = None  # aggregate_routes
    hub_table: pd.DataFrame | None = None  # hub_counts
    shading_table: pd.DataFrame | None = None  # country_totals

    @property
    def categories(self) -> list[tuple[str, int]]:
        """Categories present, in vocabulary order, with their record counts."""
        counts = Counter(self.records["category"]) if len(self.records) else Counter()
        return [(c, counts[c]) for c in CATEGORIES if counts.get(c)]

    @property
    def n_not_drawn(self) -> int:
        """Selected records that have no arc (an endpoint missing or unresolved)."""
        if "drawable" not in self.records or not len(self.records):
            return 0
        return int((~self.records["drawable"].fillna(False).astype(bool)).sum())

    @property
    def n_publishers(self) -> int:
        return int(self.sources["publisher"].nunique()) if len(self.sources) else 0

    def main_publishers(self, k: int = 3) -> list[str]:
        """Publishers cited by most selected records."""
        if not len(self.sources):
            return []
        per_record = self.sources.drop_duplicates(["record_id", "publisher"])
        return list(per_record["publisher"].value_counts().head(k).index)

    @property
    def source_line(self) -> str:
        n = len(self.sources.drop_duplicates(["title", "publisher"])) if len(self.sources) else 0
        if not n:
            return "Sources: none selected."
        main = ", ".join(self.main_publishers())
        return (
            f"Sources: {n} source{'s' * (n != 1)} from {self.n_publishers} "
            f"publisher{'s' * (self.n_publishers != 1)}; mainly {main}."
        )

    @property
    def footer_line(self) -> str:
        return f"{DISCLAIMER} Generated {self.generated.isoformat()} with flows-atlas."

    @property
    def unreviewed_text(self) -> str:
        n = self.n_unreviewed
        return f"Includes {n} unreviewed extracted record{'s' * (n != 1)}" if n else ""

    def key_figures(self) -> list[tuple[str, str]]:
        """A few figures for a briefing slide: (value, what it counts)."""
        rec = self.records
        origins = _countries(rec, "origin") if len(rec) else set()
        dests = _countries(rec, "dest") if len(rec) else set()
        shown = f"{len(self.arcs)}" + (
            f" of {self.total_flows}" if self.total_flows > len(self.arcs) else ""
        )
        n_sources = (
            len(self.sources.drop_duplicates(["title", "publisher"])) if len(self.sources) else 0
        )
        return [
            (f"{len(rec)}", "records selected"),
            (shown, "flows drawn"),
            (f"{len(origins)} \u2192 {len(dests)}", "origin \u2192 destination countries"),
            (f"{n_sources}", f"sources from {self.n_publishers} publishers"),
            (self.period_text or "all dates", "period"),
        ]


def _countries(records: pd.DataFrame, prefix: str) -> set[str]:
    column = f"{prefix}_country"
    if column not in records:
        return set()
    return {c for c in records[column].dropna() if c}


def _first(frame: pd.DataFrame, names: tuple[str, ...]) -> str | None:
    return next((n for n in names if n in frame.columns), None)


def format_period(period: tuple[float, float] | None, records: pd.DataFrame) -> str:
    """The period in words: the filter's years, else the span of the records' dates.

    >>> format_period((2014.0, 2020.0), pd.DataFrame())
    '2014-2020'
    >>> format_period(None, pd.DataFrame({"t_start": [2015.0], "t_end": [2018.0]}))
    '2015-2017'
    """
    if period is not None:
        a, b = period
        return (
            f"{math.floor(a)}-{math.floor(b)}"
            if math.floor(b) != math.floor(a)
            else (f"{math.floor(a)}")
        )
    if not len(records) or "t_start" not in records:
        return ""
    starts = records["t_start"].dropna()
    ends = records["t_end"].dropna() if "t_end" in records else starts
    if not len(starts):
        return ""
    a = math.floor(starts.min())
    # t_end is the end of the last day, e.g. 2018.0 for a period ending in 2017.
    b = math.ceil(ends.max()) - 1 if len(ends) else a
    b = max(a, b)
    return f"{a}" if a == b else f"{a}-{b}"


def place_names(frames) -> dict[str, str]:
    """Codes and place ids -> names, so that titles say "Ukraine", not "UA"."""
    given = getattr(frames, "place_names", None)  # the dashboard's Atlas has them ready
    if given:
        return dict(given)
    names: dict[str, str] = {}
    try:
        from geodata.countries import load_country_table

        names.update({r.iso_a2: r.name for r in load_country_table() if r.iso_a2})
    except (ImportError, OSError):  # titles fall back to the codes themselves
        pass
    places = getattr(frames, "places", None)
    if places is not None and len(places):
        names.update(zip(places["id"].astype(str), places["name"].astype(str), strict=True))
    return names


def describe_view(view: View, names: dict[str, str] | None = None) -> tuple[str, str]:
    """Title and subtitle: the view's own, else the filters in words (the dashboard's wording).

    A custom title keeps the filters in words in the subtitle, so a reader always knows what
    is selected.
    """
    from flows.views import describe_filters

    auto_title, auto_subtitle = describe_filters(view, names)
    if view.title:
        return view.title, view.subtitle or f"{auto_title} \u00b7 {auto_subtitle}"
    return auto_title, view.subtitle or auto_subtitle


def _arcs_frame(agg: pd.DataFrame, width_by: str) -> gpd.GeoDataFrame:
    """Aggregated flows as arcs with a common set of columns, heaviest first."""
    columns = [
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
        "record_ids",
        "geometry",
    ]
    if agg is None or not len(agg):
        return gpd.GeoDataFrame(pd.DataFrame(columns=columns), geometry="geometry", crs="EPSG:4326")
    # aggregate_flows already put the width_by measure into "weight".
    weight_col = _first(agg, _WEIGHT_COLUMNS)
    count_col = _first(agg, _COUNT_COLUMNS)
    ids_col = _first(agg, _IDS_COLUMNS)
    rows = []
    for _, row in agg.iterrows():
        lon0, lat0 = row.get("origin_lon"), row.get("origin_lat")
        lon1, lat1 = row.get("dest_lon"), row.get("dest_lat")
        if any(v is None or pd.isna(v) for v in (lon0, lat0, lon1, lat1)):
            continue
        geometry = build_arc((float(lon0), float(lat0)), (float(lon1), float(lat1)))
        if geometry is None:
            continue
        category = row.get("category", "other")
        ids = row.get(ids_col) if ids_col else None
        rows.append(
            {
                "category": category,
                "colour": category_hex(category),
                "weight": float(row[weight_col])
                if weight_col and pd.notna(row[weight_col])
                else 1.0,
                "n_records": int(row[count_col]) if count_col else (len(ids) if ids else 1),
                "origin_name": row.get("origin_name") or "",
                "dest_name": row.get("dest_name") or "",
                "origin_lon": float(lon0),
                "origin_lat": float(lat0),
                "dest_lon": float(lon1),
                "dest_lat": float(lat1),
                "record_ids": list(ids) if ids is not None else [],
                "geometry": geometry,
            }
        )
    frame = pd.DataFrame(rows, columns=columns).sort_values("weight", ascending=False)
    return gpd.GeoDataFrame(frame.reset_index(drop=True), geometry="geometry", crs="EPSG:4326")


def _hubs(records: pd.DataFrame, places: pd.DataFrame | None) -> pd.DataFrame:
    """Places the selected records touch: the dashboard's hub_counts table."""
    from flows.select import hub_counts

    if not len(records) or places is None or not len(places):
        return pd.DataFrame(
            columns=["id", "name", "lon", "lat", "n_out", "n_in", "n_via", "n_flows"]
        )
    return hub_counts(records, places)


_SHADING_LABELS = {
    "in": "Records ending in the country",
    "out": "Records starting in the country",
    "both": "Records starting or ending in the country",
}


def _shading(records: pd.DataFrame, mode: str) -> pd.DataFrame | None:
    """Records per country for the shading layer: the dashboard's country_totals table."""
    from flows.select import country_totals

    if mode not in _SHADING_LABELS or not len(records):
        return None
    return country_totals(records, mode)


def _width_label(width_by: str, unit: str | None) -> str:
    """What line width means; quantities name their unit (only one unit is ever added up)."""
    if width_by == "quantity":
        return f"Line width: {unit or 'reported quantity'} (sum of sourced figures)"
    return "Line width: number of records"


def select_view(
    view: View, frames, members: dict[str, tuple[str, ...]] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame, int]:
    """Records and aggregated flows of ``view``, with the dashboard's own functions."""
    from flows.select import aggregate_flows, select_records

    records = select_records(frames.flows, view.filters, members)
    agg, total = aggregate_flows(records, view.layers.width_by, view.layers.top_n)
    return records, agg, int(total)


def _routes(
    records: pd.DataFrame, places: pd.DataFrame, top_n: int
) -> tuple[gpd.GeoDataFrame, pd.DataFrame | None]:
    """Multi-leg routes as the dashboard aggregates them, as lon/lat LineStrings (+ the table)."""
    from shapely.geometry import LineString

    from flows.select import aggregate_routes

    columns = ["category", "n_records", "stop_names", "geometry"]
    empty = gpd.GeoDataFrame(pd.DataFrame(columns=columns), geometry="geometry", crs="EPSG:4326")
    if not len(records) or places is None or not len(places):
        return empty, None
    routes, _ = aggregate_routes(records, places, top_n)
    rows = [
        {
            "category": r.category,
            "n_records": int(r.n_records),
            "stop_names": list(r.stop_names),
            "geometry": LineString(r.path),
        }
        for r in routes.itertuples(index=False)
        if len(r.path) >= 2
    ]
    if not rows:
        return empty, routes
    return gpd.GeoDataFrame(pd.DataFrame(rows), geometry="geometry", crs="EPSG:4326"), routes


def build_scene(
    view: View,
    frames,
    generated: date | None = None,
    members: dict[str, tuple[str, ...]] | None = None,
) -> Scene:
    """Compute what ``view`` shows from ``frames`` (see :mod:`flows.frames`).

    ``members`` maps region ids to member countries (see :func:`region_members`); it is
    looked up from the gazetteer when not given.
    """
    if members is None:
        # The dashboard's Atlas carries its own mapping; frames from build_frames do not.
        members = getattr(frames, "region_members", None) or region_members(frames.places)
    records, agg, total = select_view(view, frames, members)
    arcs = _arcs_frame(agg, view.layers.width_by)
    ids = set(records["id"]) if "id" in records else set()
    routes, route_table = (
        _routes(records, frames.places, view.layers.top_n)
        if view.layers.routes
        else _routes(records.iloc[:0], None, 0)
    )
    sources = frames.sources[frames.sources["record_id"].isin(ids)]
    shading_table = _shading(records, view.layers.shading)
    shading = (
        pd.Series(shading_table["n"].to_numpy(float), index=shading_table["iso_a2"])
        if shading_table is not None
        else pd.Series(dtype=float)
    )
    hub_table = _hubs(records, frames.places)
    n_unreviewed = int((records["status"] == "extracted").sum()) if "status" in records else 0
    period_text = format_period(view.filters.period, records)
    title, subtitle = describe_view(view, place_names(frames))
    if view.filters.period is None and period_text:
        subtitle = f"{subtitle} \u00b7 Records dated {period_text}"
    return Scene(
        view=view,
        title=title,
        subtitle=subtitle,
        period_text=period_text,
        records=records,
        arcs=arcs,
        total_flows=max(total, len(arcs)),
        routes=routes,
        hubs=(hub_table if view.layers.hubs else hub_table.iloc[:0]).rename(
            columns={"n_flows": "n"}
        ),
        shading=shading,
        shading_label=_SHADING_LABELS.get(view.layers.shading, "") if len(shading) else "",
        sources=sources,
        width_label=_width_label(view.layers.width_by, agg.attrs.get("unit")),
        n_unreviewed=n_unreviewed,
        generated=generated or date.today(),
        agg=agg,
        route_table=route_table,
        hub_table=hub_table,
        shading_table=shading_table,
    )


def with_period(view: View, period: tuple[float, float] | None) -> View:
    """The same view restricted to ``period`` (one frame of the timeline)."""
    return replace(view, filters=replace(view.filters, period=period))


def category_rgb(category: str) -> tuple[float, float, float]:
    """Palette colour as matplotlib RGB floats."""
    r, g, b = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["other"])
    return (r / 255, g / 255, b / 255)
