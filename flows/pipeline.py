"""One view answered: the single pipeline from (record table, View) to everything drawn.

The explorer page, ``flows snapshot``, ``flows briefing``, the HTML export and the benchmark all
call :func:`answer_view`, so the benchmark times what a user waits for and an export shows what
the screen shows: the same selection, the same clusters at the camera's zoom, the same
strongest flows, routes, hubs, shading, timeline counts, key figures and title.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from flows.aggregate import aggregate_flows, aggregate_routes, drawable, place_pairs
from flows.cluster import Clusters, cluster_level, cluster_places
from flows.filters import codes_of, filter_mask_without_period, period_mask
from flows.hubs import HUB_LIMIT, country_totals, hub_counts, hubs_on_map
from flows.i18n import N_, gettext, use_language
from flows.mapframe import ARC_HEIGHT
from flows.periods import (
    count_by_period,
    data_precision,
    format_period,
    period_bounds,
    timeline_precision,
)
from flows.table.model import RecordTable
from flows.views import View, describe_filters
from flows.vocab import CATEGORIES, unit_label
from geodata.names import localize_names, names_of_places

SHADING_LABELS = {
    "in": N_("Records ending in the country"),
    "out": N_("Records starting in the country"),
    "both": N_("Records starting or ending in the country"),
}


def place_names_in(table: RecordTable, lang: str) -> dict[str, str]:
    """Country codes and place ids -> names in ``lang`` (cached per table and language)."""
    key = ("place_names", lang)
    if key not in table._cache:
        names = dict(table.place_names)
        if lang != "en":
            names.update(names_of_places(table.places, lang))
        table._cache[key] = names
    return table._cache[key]


def clusters_for(table: RecordTable, level: str) -> Clusters:
    """The places of ``table`` clustered at ``level`` (computed once per table and level)."""
    key = ("clusters", level)
    if key not in table._cache:
        table._cache[key] = cluster_places(table.places, level)
    return table._cache[key]


def describe_view(view: View, names: dict[str, str] | None = None) -> tuple[str, str]:
    """Title and subtitle: the view's own, else the filters in words.

    A custom title keeps the filters in words in the subtitle, so a reader always knows what
    is selected.
    """
    auto_title, auto_subtitle = describe_filters(view, names)
    if view.title:
        return view.title, view.subtitle or f"{auto_title} \u00b7 {auto_subtitle}"
    return auto_title, view.subtitle or auto_subtitle


@dataclass
class KeyFigures:
    """Counts about a selection (computed on first use: the page needs only a few)."""

    table: RecordTable
    rows: np.ndarray
    period: tuple[float, float] | None

    @cached_property
    def n_records(self) -> int:
        return len(self.rows)

    @cached_property
    def _source_rows(self) -> np.ndarray:
        selected = np.zeros(len(self.table), dtype=bool)
        selected[self.rows] = True
        return np.flatnonzero(selected[self.table.sources["row"].to_numpy()])

    @cached_property
    def n_sources(self) -> int:
        """Distinct sources (title, publisher and URL) behind the selection."""
        keys = self.table.sources["key"].to_numpy()[self._source_rows]
        return int(np.count_nonzero(np.bincount(keys))) if len(keys) else 0

    @cached_property
    def publisher_counts(self) -> pd.Series:
        """Selected records citing each publisher, most cited first."""
        src = self.table.sources
        codes = src["publisher"].cat.codes.to_numpy().astype(np.int64)[self._source_rows]
        rows = src["row"].to_numpy()[self._source_rows]
        ok = codes >= 0
        size = len(src["publisher"].cat.categories)
        pairs = pd.unique(rows[ok] * size + codes[ok])
        counts = np.bincount(pairs % size, minlength=size) if size else np.zeros(0, int)
        names = np.asarray(src["publisher"].cat.categories, dtype=object)
        out = pd.Series(counts, index=names)
        out = out[out > 0]
        # most cited first; ties in first-seen order of the names (stable)
        return out.iloc[np.argsort(-out.to_numpy(), kind="stable")]

    @property
    def n_publishers(self) -> int:
        return len(self.publisher_counts)

    def main_publishers(self, k: int = 3) -> list[str]:
        return list(self.publisher_counts.index[:k])

    @cached_property
    def n_works(self) -> int:
        """Distinct (title, publisher) pairs: a report cited with two URLs counts once."""
        src = self.table.sources.iloc[self._source_rows]
        if not len(src):
            return 0
        return int(len(src[["title", "publisher"]].astype(str).drop_duplicates()))

    def _countries(self, which: str) -> int:
        codes = self.table.endpoint(which, "country_code", self.rows)
        return len({c for c in codes if isinstance(c, str) and c})

    @cached_property
    def n_origin_countries(self) -> int:
        return self._countries("origin")

    @cached_property
    def n_dest_countries(self) -> int:
        return self._countries("dest")

    def _places(self, which: str) -> int:
        index = self.table.records[which].to_numpy()[self.rows]
        return int(len(np.unique(index[index >= 0])))

    @cached_property
    def n_origin_places(self) -> int:
        """Distinct places named as origins: a city, a country or a region (the EU) is one."""
        return self._places("origin")

    @cached_property
    def n_dest_places(self) -> int:
        """Distinct places named as destinations."""
        return self._places("dest")

    @cached_property
    def n_unreviewed(self) -> int:
        status = codes_of(self.table, "status")[self.rows]
        categories = list(self.table.records["status"].cat.categories)
        return int((status == categories.index("extracted")).sum())

    @cached_property
    def n_not_drawn(self) -> int:
        return int((~drawable(self.table)[self.rows]).sum())

    @cached_property
    def categories(self) -> list[tuple[str, int]]:
        """Categories present, in vocabulary order, with their record counts."""
        codes = codes_of(self.table, "category")[self.rows]
        names = list(self.table.records["category"].cat.categories)
        counts = np.bincount(codes[codes >= 0], minlength=len(names))
        by_name = dict(zip(names, counts.tolist(), strict=True))
        return [(c, by_name[c]) for c in CATEGORIES if by_name.get(c)]

    @cached_property
    def period_text(self) -> str:
        t0 = self.table.records["t_start"].to_numpy(dtype=float)[self.rows]
        t1 = self.table.records["t_end"].to_numpy(dtype=float)[self.rows]
        lo = float(np.nanmin(t0)) if len(t0) and not np.isnan(t0).all() else float("nan")
        hi = float(np.nanmax(t1)) if len(t1) and not np.isnan(t1).all() else float("nan")
        return format_period(self.period, lo, hi)


@dataclass
class ViewAnswer:
    """Everything a page or an export draws for one view of one table."""

    view: View
    table: RecordTable
    rows: np.ndarray  # selected record rows, in table order
    clusters: Clusters
    flows: pd.DataFrame  # aggregated, strongest first, capped
    total_flows: int  # flows before the cap
    routes: pd.DataFrame | None
    n_routes: int
    hubs: pd.DataFrame  # hubs drawn
    all_hubs: pd.DataFrame  # every hub of the selection (heat layer, lists)
    shading: pd.DataFrame | None
    timeline: pd.DataFrame  # records per period and category, period filter left out
    timeline_precision: str
    timeline_bounds: tuple[float, float] | None
    title: str
    subtitle: str
    highlight: pd.DataFrame | None = None
    lang: str = "en"  # every text and place name of the answer is in this language
    figures: KeyFigures = field(init=False)

    def __post_init__(self) -> None:
        self.figures = KeyFigures(self.table, self.rows, self.view.filters.period)

    @property
    def n_records(self) -> int:
        return len(self.rows)

    @property
    def unit(self) -> str | None:
        return self.flows.attrs.get("unit")

    @property
    def mask(self) -> np.ndarray:
        out = np.zeros(len(self.table), dtype=bool)
        out[self.rows] = True
        return out

    @property
    def names(self) -> dict[str, str]:
        """Place ids and country codes -> names in the answer's language."""
        return place_names_in(self.table, self.lang)

    @property
    def shading_label(self) -> str:
        if self.shading is None or not len(self.shading):
            return ""
        label = SHADING_LABELS.get(self.view.layers.shading)
        with use_language(self.lang):
            return gettext(label) if label else ""

    @property
    def width_label(self) -> str:
        """What line width means; quantities name their unit (only one unit is ever added)."""
        with use_language(self.lang):
            if self.view.layers.width_by == "quantity":
                unit = unit_label(self.unit) if self.unit else gettext("reported quantity")
                return gettext("Line width: {unit} (sum of sourced figures)").format(unit=unit)
            return gettext("Line width: number of records")


def answer_view(
    table: RecordTable,
    view: View,
    highlight: np.ndarray | None = None,
    timeline: bool = True,
) -> ViewAnswer:
    """The map, timeline, key figures and title of ``view`` over ``table``, with every text
    and place name in the view's language (else the current one).

    Parameters
    ----------
    highlight
        Optional boolean mask over the table of records to emphasise (table selection or the
        records behind a clicked item); only those that pass the filters are drawn.
    timeline
        Count the selection (without its period filter) per period and category.
    """
    with use_language(view.lang or None) as lang:
        return _answer_view(table, replace(view, lang=lang), highlight, timeline, lang)


def _answer_view(
    table: RecordTable,
    view: View,
    highlight: np.ndarray | None,
    timeline: bool,
    lang: str,
) -> ViewAnswer:
    filters, layers = view.filters, view.layers
    names = place_names_in(table, lang)
    context = filter_mask_without_period(table, filters)
    in_period = period_mask(table, filters.period)
    mask = context & in_period
    rows = np.flatnonzero(mask)
    view = fit_camera(table, view, rows)  # the selected flows framed, unless a camera is set
    clusters = clusters_for(table, cluster_level(view.camera, layers.cluster))
    flows, total = aggregate_flows(table, rows, clusters, layers.width_by, layers.top_n)
    routes, n_routes = aggregate_routes(table, rows, layers.top_n) if layers.routes else (None, 0)
    all_hubs = hub_counts(table, rows, clusters)
    if layers.arcs or layers.routes:
        hubs = hubs_on_map(all_hubs, flows if layers.arcs else flows.iloc[0:0], routes, clusters)
    else:
        hubs = all_hubs.head(HUB_LIMIT).reset_index(drop=True)  # the busiest places alone
    shading = country_totals(table, rows, layers.shading) if layers.shading != "none" else None
    emphasis = None
    if highlight is not None:
        marked = np.flatnonzero(np.asarray(highlight, dtype=bool) & mask)
        if len(marked):
            emphasis, _ = aggregate_flows(table, marked, clusters, "records", None)
    counts, chart_precision, bounds = pd.DataFrame(), "year", None
    if timeline:
        precision = data_precision(table)
        chart_precision = timeline_precision(period_bounds(table, precision), precision)
        bounds = period_bounds(table, chart_precision)
        counts = count_by_period(table, np.flatnonzero(context), chart_precision)
    title, subtitle = describe_view(view, names)
    if lang != "en":  # the table's names are English: only another language renames
        local = {**names, **_cluster_names(clusters, lang)}
        flows, all_hubs, hubs = (localize_names(f, local) for f in (flows, all_hubs, hubs))
        routes = localize_names(routes, local) if routes is not None else None
        emphasis = localize_names(emphasis, local) if emphasis is not None else None
    answer = ViewAnswer(
        view=view,
        table=table,
        rows=rows,
        clusters=clusters,
        flows=flows,
        total_flows=total,
        routes=routes,
        n_routes=n_routes,
        hubs=hubs,
        all_hubs=all_hubs,
        shading=shading,
        timeline=counts,
        timeline_precision=chart_precision,
        timeline_bounds=bounds,
        title=title,
        subtitle=subtitle,
        highlight=emphasis,
        lang=lang,
    )
    if filters.period is None and answer.figures.period_text:
        dated = gettext("Records dated {period}").format(period=answer.figures.period_text)
        if dated not in subtitle:  # a subtitle taken from the page (an export) says it already
            answer.subtitle = f"{subtitle} \u00b7 {dated}"
    return answer


def _cluster_names(clusters: Clusters, lang: str) -> dict[str, str]:
    """Names in ``lang`` of the clusters (continents, countries) the map may draw."""
    from geodata.names import localized_name

    t = clusters.table
    codes = t["country_code"] if "country_code" in t else [None] * len(t)
    return {
        str(i): localized_name(i, n, lang, c)
        for i, n, c in zip(t["id"], t["name"], codes, strict=True)
    }


# Room left around the selected places for their labels (pixels, on a map 1000 px wide):
# labels near an edge turn inward (flows.maplabels), these margins leave them the room.
FIT_PADDING = (56.0, 120.0, 40.0, 120.0)  # top, right, bottom, left
ARC_BULGE = ARC_HEIGHT / 2  # how far an arc bends aside at its middle (share of the chord)


def frame_points(table: RecordTable, rows: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Longitudes and latitudes a frame must hold for ``rows``: both ends of every record and
    the middle of the arc between them (arcs bend aside, see :mod:`flows.render.deck`)."""
    codes, starts, ends = place_pairs(table)
    mid_lon, mid_lat = _arc_middles(table)
    lon, lat = table.place_column("lon"), table.place_column("lat")
    present = np.zeros(len(starts), dtype=bool)
    present[codes[np.asarray(rows, dtype=np.int64)]] = True
    places = np.zeros(len(lon) + 1, dtype=bool)  # the last slot: no place (-1)
    places[starts[present]] = True
    places[ends[present]] = True
    at = np.flatnonzero(places[:-1])
    arcs = present & ~np.isnan(mid_lon)
    return (
        np.concatenate([lon[at], mid_lon[arcs]]).astype(float),
        np.concatenate([lat[at], mid_lat[arcs]]).astype(float),
    )


def _arc_middles(table: RecordTable) -> tuple[np.ndarray, np.ndarray]:
    """Per table (computed once): the middle of each (origin, destination) pair's arc, in the
    order of :func:`flows.aggregate.place_pairs` (NaN when the pair draws no arc).

    A fitted camera then marks the pairs of the selection instead of finding distinct pairs
    among up to a million records on every rerun (1.3 s at 800,000 records as a sort).
    """
    from flows.mapframe import lonlat_of, world_xy

    if "arc_middles" not in table._cache:
        _, starts, ends = place_pairs(table)
        lon, lat = table.place_column("lon"), table.place_column("lat")
        both = (starts >= 0) & (ends >= 0) & (starts != ends)
        mid_lon, mid_lat = np.full(len(starts), np.nan), np.full(len(starts), np.nan)
        if both.any():
            # the arc's middle in Web Mercator: the chord's middle pushed aside by ARC_BULGE
            sx, sy = world_xy(lon[starts[both]], lat[starts[both]])
            tx, ty = world_xy(lon[ends[both]], lat[ends[both]])
            dx, dy = tx - sx, ty - sy
            # deck.gl bends the arc to the left of its direction in a y-up frame (y down here)
            mx, my = (sx + tx) / 2 + dy * ARC_BULGE, (sy + ty) / 2 - dx * ARC_BULGE
            mid_lon[both], mid_lat[both] = lonlat_of(mx, my)
        table._cache["arc_middles"] = (mid_lon, mid_lat)
    return table._cache["arc_middles"]


def fit_camera(table: RecordTable, view: View, rows: np.ndarray) -> View:
    """``view`` with its camera framing ``rows`` when the camera is set to fit the data;
    any other camera (set by hand, a preset, a saved camera) is kept as it is."""
    from flows.mapframe import DEFAULT_SIZE, fit_frame

    cam = view.camera
    if not cam.fit or not len(rows):
        return view
    width, height = (cam.width, cam.height) if cam.width and cam.height else DEFAULT_SIZE
    lon, lat = frame_points(table, rows)
    if not len(lon) or np.isnan(lon).all():
        return view
    k = min(1.0, width / 1000.0)
    frame = fit_frame(lon, lat, width, height, padding=tuple(p * k for p in FIT_PADDING))
    camera = replace(
        cam, lon=round(frame.lon, 5), lat=round(frame.lat, 5), zoom=round(frame.zoom, 3)
    )
    return replace(view, camera=camera)


def with_period(view: View, period: tuple[float, float] | None) -> View:
    """The same view restricted to ``period`` (one frame of the timeline)."""
    return replace(view, filters=replace(view.filters, period=period))


def highlight_flows(answer: ViewAnswer, rows: np.ndarray) -> pd.DataFrame | None:
    """The flows of ``rows`` (among the answer's selection) aggregated like the map's flows,
    to draw them emphasised (the records picked in the table or behind a click)."""
    marked = np.intersect1d(np.asarray(rows, dtype=np.int64), answer.rows)
    if not len(marked):
        return None
    flows, _ = aggregate_flows(answer.table, marked, answer.clusters, "records", None)
    if answer.lang == "en":
        return flows
    return localize_names(flows, {**answer.names, **_cluster_names(answer.clusters, answer.lang)})
