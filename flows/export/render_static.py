"""Static map of a view (matplotlib + geopandas, no browser): PNG, SVG and PDF.

The image carries everything a slide or a printed page needs to stand alone: title and
subtitle (the filters in words and the period), a legend (categories, what line width
means, the country shading scale), the source line, the boundary disclaimer, the date it
was generated, and a visible mark when unreviewed extracted records are included.
"""

from __future__ import annotations

import io
import math
from dataclasses import dataclass

import geopandas as gpd
import matplotlib

matplotlib.use("Agg")  # no display: exports run in servers and CI

import numpy as np  # noqa: E402
import pandas as pd  # noqa: E402
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.lines import Line2D  # noqa: E402
from matplotlib.patches import Rectangle  # noqa: E402
from shapely.geometry import box  # noqa: E402

from flows.export.scene import Scene, category_rgb  # noqa: E402
from flows.i18n import N_, format_integer, gettext, ngettext, use_language  # noqa: E402
from flows.mapframe import Frame, arc_pixels  # noqa: E402
from flows.quantities import format_number  # noqa: E402
from flows.render.deck import width_pixels  # noqa: E402
from flows.render.palette import HUB_FILL, LIGHT, to_hex  # noqa: E402
from flows.render.regions import (  # noqa: E402
    ANCHOR_RADIUS_PX,
    AREA_FILL,
    AREA_LEGEND,
    AREA_LINE,
    AREA_LINE_PX,
    area_hubs,
    region_areas,
)
from flows.shading import shading_breaks, shading_colour  # noqa: E402
from flows.vocab import category_label  # noqa: E402

# SVG keeps text as text (searchable, editable); PDF embeds TrueType so text stays text too.
matplotlib.rcParams.update(
    {
        "svg.fonttype": "none",
        "pdf.fonttype": 42,
        "font.family": "DejaVu Sans",
    }
)

# The map's light theme (flows.render.palette.LIGHT), so the image looks like the screen.
LAND = to_hex(LIGHT.land)
BORDER = to_hex(LIGHT.border)
SEA = to_hex(LIGHT.sea)
HUB = to_hex(HUB_FILL)
INK = "#1f1f1f"
MUTED = "#555555"
WARNING = "#b00020"


def shading_classes(values: pd.Series) -> list[tuple[float, float, str]]:
    """The dashboard's country shading classes: (lower, upper, hex colour), low to high.

    Same quantile breaks and colours as the map on screen (flows.render.deck, pure and
    Streamlit-free), so a country has the same shade in the image and in the dashboard.
    """
    breaks = shading_breaks(values.tolist())
    out, lower = [], 1.0
    for i, upper in enumerate(breaks):
        r, g, b = shading_colour(i, len(breaks))
        out.append((lower, upper, f"#{r:02x}{g:02x}{b:02x}"))
        lower = upper + 1
    return out


def shade_colour(value: float, classes: list[tuple[float, float, str]]) -> str | None:
    for _, upper, colour in classes:
        if value <= upper:
            return colour
    return classes[-1][2] if classes and value > 0 else None


@dataclass(frozen=True)
class Size:
    """Output size: inches and dots per inch."""

    width_in: float
    height_in: float
    dpi: int

    @property
    def pixels(self) -> tuple[int, int]:
        return round(self.width_in * self.dpi), round(self.height_in * self.dpi)


SIZES: dict[str, Size] = {
    "slides": Size(19.2, 10.8, 100),  # 1920 x 1080
    "print": Size(11.69, 8.27, 300),  # A4 landscape, 3507 x 2481
}


def get_size(size: str | Size) -> Size:
    if isinstance(size, Size):
        return size
    try:
        return SIZES[size]
    except KeyError:
        raise ValueError(f"size '{size}' is unknown; use one of {', '.join(SIZES)}") from None


# -- the map, drawn as the screen draws it -------------------------------------------------------
# Everything on the map is drawn in the screen's own pixels: the frame of deck.gl's Web Mercator
# view at the view's camera and the map's size on screen (flows.mapframe), so an export shows
# the same places at the same spots as the screen, only scaled. Arcs, routes, hubs and labels
# come from the deck's own rows (flows.render.deck): same widths, colours, curves and labels.

_BASEMAP_CACHE: dict[tuple, gpd.GeoDataFrame] = {}


def countries_in_frame(countries: gpd.GeoDataFrame, frame: Frame) -> gpd.GeoDataFrame:
    """Country polygons around ``frame``, in its screen pixels (y down); cached per frame."""
    import shapely

    west, south, east, north = frame.bounds()
    key = (id(countries), len(countries), frame)
    if key not in _BASEMAP_CACHE:
        pad_x, pad_y = (east - west) * 0.05 + 1, (north - south) * 0.05 + 1
        clip = box(
            max(west - pad_x, -180),
            max(south - pad_y, -85.0),
            min(east + pad_x, 180),
            min(north + pad_y, 85.0),
        )
        out = countries[["iso_a2", "geometry"]]
        out = out[out.intersects(clip)].clip(clip)
        out = out[~out.geometry.is_empty].copy()

        def to_pixels(coords: np.ndarray) -> np.ndarray:
            x, y = frame.to_pixels(coords[:, 0], coords[:, 1])
            return np.column_stack([x, y])

        out["geometry"] = shapely.transform(out.geometry.to_numpy(), to_pixels)
        out = gpd.GeoDataFrame(out, geometry="geometry", crs=None)
        if len(_BASEMAP_CACHE) > 16:
            _BASEMAP_CACHE.clear()
        _BASEMAP_CACHE[key] = out
    return _BASEMAP_CACHE[key]


def _rgba(colour) -> tuple[float, float, float, float]:
    c = list(colour) + [255] * (4 - len(colour))
    return (c[0] / 255, c[1] / 255, c[2] / 255, c[3] / 255)


def _points(k: float, dpi: float) -> float:
    """Points per screen pixel when the screen is drawn ``k`` image pixels per screen pixel."""
    return k * 72.0 / dpi


def _draw_arcs(ax, rows: list[dict], frame: Frame, pt: float, zorder: float, halo=None) -> None:
    """ArcLayer rows (flows.render.deck.arc_data) as deck.gl draws them, colour fading in."""
    from matplotlib.collections import LineCollection

    if not rows:
        return
    sx, sy = frame.to_pixels([r["s"][0] for r in rows], [r["s"][1] for r in rows])
    tx, ty = frame.to_pixels([r["t"][0] for r in rows], [r["t"][1] for r in rows])
    x, y, ratio = arc_pixels(sx, sy, tx, ty)
    segments, colours, widths = [], [], []
    for i, row in enumerate(rows):
        pts = np.column_stack([x[i], y[i]])
        segments.extend(np.stack([pts[:-1], pts[1:]], axis=1))
        c0 = np.array(_rgba(halo or row["c0"]))
        c1 = np.array(_rgba(halo or row["c1"]))
        mid = (ratio[i][:-1] + ratio[i][1:]) / 2
        colours.extend(c0 + (c1 - c0) * mid[:, None])
        widths.extend([row["w"] * pt] * (len(pts) - 1))
    ax.add_collection(
        # butt ends: round ones would overlap and bead the translucent arcs
        LineCollection(
            segments,
            colors=colours,
            linewidths=widths,
            capstyle="butt",
            joinstyle="round",
            zorder=zorder,
        )
    )


def _draw_map(ax, scene: Scene, countries: gpd.GeoDataFrame, frame: Frame, k: float, dpi: float):
    from matplotlib.collections import LineCollection

    from flows.render import deck as screen

    pt = _points(k, dpi)
    answer, layers = scene.answer, scene.view.layers
    ax.set_facecolor(SEA)
    base = countries_in_frame(countries, frame)
    # aspect=None: the frame is in screen pixels, not degrees (geopandas would stretch it)
    base.plot(ax=ax, color=LAND, edgecolor=BORDER, linewidth=0.6 * pt, zorder=1, aspect=None)
    if len(scene.shading):
        classes = shading_classes(scene.shading)
        colours = {iso: shade_colour(n, classes) for iso, n in scene.shading.items()}
        shaded = base[base["iso_a2"].isin(list(colours))]
        if len(shaded):
            shaded.plot(
                ax=ax,
                color=[colours[i] for i in shaded["iso_a2"]],
                edgecolor=BORDER,
                linewidth=0.6 * pt,
                zorder=2,
                aspect=None,
            )
    hubs = answer.hubs
    if layers.hubs and hubs is not None and len(hubs):
        _draw_areas(ax, region_areas(hubs, answer.clusters), frame, pt)
        anchors = hubs[area_hubs(hubs, answer.clusters)]
        if len(anchors):
            ax_, ay_ = frame.to_pixels(
                anchors["lon"].to_numpy(float), anchors["lat"].to_numpy(float)
            )
            ax.scatter(
                ax_,
                ay_,
                s=(2 * ANCHOR_RADIUS_PX * pt) ** 2,
                c=[(1, 1, 1, 0.9)],
                edgecolors=[_rgba(AREA_LINE[:3] + (230,))],
                linewidths=1.5 * pt,
                zorder=5,
            )
    if answer.highlight is not None and len(answer.highlight) and layers.arcs:
        halo = screen.arc_data(answer.highlight)
        for row in halo:
            row["w"] = row["w"] + 8
        _draw_arcs(ax, halo, frame, pt, 3, halo=(20, 20, 20, 200))
    if layers.routes and answer.routes is not None and len(answer.routes):
        rows = screen.route_data(answer.routes)
        lines = []
        for row in rows:
            x, y = frame.to_pixels([p[0] for p in row["path"]], [p[1] for p in row["path"]])
            lines.append(np.column_stack([x, y]))
        ax.add_collection(
            LineCollection(
                lines,
                colors=[_rgba(r["c"]) for r in rows],
                linewidths=[max(r["w"], 1.5) * pt for r in rows],
                capstyle="round",
                joinstyle="round",
                zorder=3.5,
            )
        )
    if layers.arcs and len(answer.flows):
        _draw_arcs(ax, screen.arc_data(answer.flows), frame, pt, 4)
    if layers.hubs and hubs is not None and len(hubs):
        dots = hubs[~area_hubs(hubs, answer.clusters)]
        rows = screen.hub_data(dots, hubs["n_flows"].max())
        hx, hy = frame.to_pixels([r["p"][0] for r in rows], [r["p"][1] for r in rows])
        diameters = np.array([2 * r["r"] for r in rows]) * pt
        ax.scatter(
            hx,
            hy,
            s=diameters**2,
            c=[_rgba(screen.HUB_COLOUR)],
            edgecolors="white",
            linewidths=1.5 * pt,
            zorder=5,
        )
        _draw_labels(ax, hubs, scene.view.camera, answer.clusters, frame, pt)


def _draw_areas(ax, areas: list[dict], frame: Frame, pt: float) -> None:
    """Regions drawn as areas (flows.render.regions), as on screen."""
    from matplotlib.patches import Polygon

    for area in areas:
        x, y = frame.to_pixels([p[0] for p in area["ring"]], [p[1] for p in area["ring"]])
        ax.add_patch(
            Polygon(
                np.column_stack([x, y]),
                closed=True,
                facecolor=_rgba(AREA_FILL),
                edgecolor=_rgba(AREA_LINE),
                linewidth=AREA_LINE_PX * pt,
                zorder=2.5,
            )
        )


def _draw_labels(ax, hubs: pd.DataFrame, camera, clusters, frame: Frame, pt: float) -> None:
    """The screen's labels (flows.render.deck.hub_labels), in the same boxes, scaled."""
    from flows.maplabels import PAD, font_path
    from flows.render import deck as screen
    from flows.render.palette import LIGHT as THEME

    font = matplotlib.font_manager.FontProperties(fname=str(font_path()))
    for label in screen.hub_labels(hubs, camera, clusters):
        x0, y0, x1, y1 = label.box
        ax.add_patch(
            Rectangle(
                (x0, y0),
                x1 - x0,
                y1 - y0,
                facecolor=_rgba(THEME.label_background),
                edgecolor="none",
                zorder=6,
            )
        )
        ax.text(
            x0 + PAD[0],
            (y0 + y1) / 2,
            label.text,
            fontproperties=font,
            fontsize=screen.LABEL_FONT_PX * pt,
            color=_rgba(THEME.label),
            ha="left",
            va="center_baseline",
            zorder=7,
            parse_math=False,
        )


def legend_samples(top: float, low: float) -> list[float]:
    """Widths shown in the legend: the largest, a round middle value, the smallest.

    >>> legend_samples(7, 1), legend_samples(2, 1), legend_samples(1840, 12)
    ([7.0, 4.0, 1.0], [2.0, 1.0], [1840.0, 920.0, 12.0])
    """
    middle = top / 2
    if middle >= 1:
        magnitude = 10 ** max(0, int(math.log10(middle)) - 1) if middle >= 100 else 1
        middle = math.ceil(middle / magnitude) * magnitude
    values = {float(top), float(low)}
    if low < middle < top:
        values.add(float(middle))
    return sorted(values, reverse=True)


def _legend(ax, scene: Scene, scale: float, fig: Figure, pt: float = 1.0) -> None:
    """Legend panel: categories, line width, symbols, country shading scale."""
    ax.set_axis_off()
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    y = 0.98
    step = 0.045
    fs = 11 * scale

    def text(x, yy, s, **kw):
        kw.setdefault("fontsize", fs)
        kw.setdefault("color", INK)
        ax.text(x, yy, s, va="center", ha="left", parse_math=False, **kw)

    text(0.0, y, gettext("Legend"), fontsize=13 * scale, weight="bold")
    y -= step * 1.1
    for category, n in scene.categories:
        ax.add_line(
            Line2D(
                [0.0, 0.12],
                [y, y],
                color=category_rgb(category),
                lw=4 * scale,
                solid_capstyle="round",
            )
        )
        text(0.16, y, f"{category_label(category)} ({format_integer(n)})")
        y -= step
    if not scene.categories:
        text(0.0, y, gettext("No records selected"), color=MUTED)
        y -= step
    y -= step * 0.4
    text(0.0, y, scene.width_label, fontsize=fs * 0.95, color=INK, wrap=True)
    y -= step
    if len(scene.arcs):
        weights = scene.arcs["weight"].to_numpy(float)
        top = float(weights.max())
        samples = legend_samples(top, float(weights.min()))
        for w in samples:
            lw = float(width_pixels([w], top)[0]) * pt  # as wide as on the map
            ax.add_line(Line2D([0.0, 0.12], [y, y], color=MUTED, lw=lw, solid_capstyle="butt"))
            text(0.16, y, format_number(w))
            y -= step * 0.9
    if scene.n_not_drawn:
        n = scene.n_not_drawn
        text(
            0.0,
            y,
            ngettext(
                "{n} record not drawn (no place)", "{n} records not drawn (no place)", n
            ).format(n=format_integer(n)),
            fontsize=fs * 0.9,
            color=MUTED,
        )
        y -= step
    if scene.total_flows > len(scene.arcs):
        text(
            0.0,
            y,
            gettext("Largest {shown} of {total} flows shown").format(
                shown=format_integer(len(scene.arcs)), total=format_integer(scene.total_flows)
            ),
            fontsize=fs * 0.9,
            color=MUTED,
        )
        y -= step
    y -= step * 0.3
    if len(scene.routes):
        ax.add_line(Line2D([0.0, 0.12], [y, y], color=MUTED, lw=1.5 * scale))
        text(0.16, y, gettext("Route through transit places"), fontsize=fs * 0.95)
        y -= step
    if len(scene.hubs):
        ax.scatter(
            [0.06],
            [y],
            s=50 * scale**2,
            c=HUB,
            alpha=0.85,
            edgecolors="white",
            linewidths=1.0 * scale,
        )
        text(0.16, y, gettext("Place (size: records)"), fontsize=fs * 0.95)
        y -= step
    answer = scene.answer
    if len(scene.hubs) and area_hubs(answer.hubs, answer.clusters).any():
        ax.add_patch(
            Rectangle(
                (0.0, y - 0.014),
                0.12,
                0.028,
                facecolor=_rgba(AREA_FILL),
                edgecolor=_rgba(AREA_LINE),
                lw=AREA_LINE_PX * scale,
            )
        )
        text(0.16, y, gettext(AREA_LEGEND), fontsize=fs * 0.95)
        y -= step
    ax.add_line(
        Line2D(
            [0.0, 0.06], [y, y], color=(0.4, 0.4, 0.4, 0.45), lw=4 * scale, solid_capstyle="butt"
        )
    )
    ax.add_line(
        Line2D(
            [0.06, 0.12], [y, y], color=(0.2, 0.2, 0.2, 0.95), lw=4 * scale, solid_capstyle="butt"
        )
    )
    text(0.16, y, gettext("Arcs darken toward the destination."), fontsize=fs * 0.95)
    y -= step
    if len(scene.shading):
        y -= step * 0.3
        text(0.0, y, scene.shading_label, fontsize=fs * 0.95)
        y -= step * 0.9
        for lower, upper, colour in shading_classes(scene.shading):
            ax.add_patch(
                Rectangle((0.0, y - 0.012), 0.12, 0.024, facecolor=colour, edgecolor=BORDER, lw=0.5)
            )
            label = (
                format_number(lower)
                if lower >= upper
                else gettext("{low}-{high}").format(
                    low=format_number(lower), high=format_number(upper)
                )
            )
            words = ngettext("{n} record", "{n} records", int(upper)).format(n=label)
            text(0.16, y, words, fontsize=fs * 0.9)
            y -= step * 0.75


FRAME_NOTE = N_("Web Mercator, the frame shown on screen")


def _fit_rect(rect: list[float], aspect: float, sz: Size) -> list[float]:
    """The largest part of ``rect`` (figure fractions) with ``aspect`` (width / height),
    at its top left: the map keeps the screen's shape and the legend takes the rest."""
    x, y, w, h = rect
    w_in, h_in = w * sz.width_in, h * sz.height_in
    if w_in / h_in > aspect:
        return [x, y, h_in * aspect / sz.width_in, h]
    new_h = w_in / aspect / sz.height_in
    return [x, y + h - new_h, w, new_h]


def map_axes_rect(with_text: bool) -> tuple[list[float], list[float]]:
    if with_text:
        return [0.015, 0.095, 0.745, 0.79], [0.78, 0.095, 0.2, 0.79]
    return [0.005, 0.01, 0.72, 0.98], [0.74, 0.01, 0.26, 0.98]


def render_figure(
    scene: Scene, countries: gpd.GeoDataFrame, size: str | Size = "slides", with_text: bool = True
) -> Figure:
    """Draw ``scene`` on a new figure, every word in the scene's language.

    ``with_text=False`` leaves out title, subtitle, source line and footer (a PPTX slide
    carries them as slide text); the legend and the unreviewed mark stay in the image.
    """
    with use_language(scene.lang):
        return _render_figure(scene, countries, size, with_text)


def _render_figure(
    scene: Scene, countries: gpd.GeoDataFrame, size: str | Size, with_text: bool
) -> Figure:
    sz = get_size(size)
    # Text sizes follow the output's height: a 1080 px slide image is shrunk to slide width
    # when pasted, a map-only image (PPTX) is shown at its own size.
    scale = sz.height_in / 10.8 * 1.2 if with_text else sz.height_in / 5.9
    fig = Figure(figsize=(sz.width_in, sz.height_in), dpi=sz.dpi, facecolor="white")
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    FigureCanvasAgg(fig)
    available, legend_rect = map_axes_rect(with_text)
    # The screen's frame: the camera (fitted to the data or set by the user) on a map of the
    # screen's size, drawn k image pixels per screen pixel in the room the layout leaves.
    camera = scene.view.camera
    from flows.render.deck import map_size

    width, height = map_size(camera)
    frame = Frame(camera.lon, camera.lat, camera.zoom, width, height)
    map_rect = _fit_rect(available, width / height, sz)
    legend_left = map_rect[0] + map_rect[2] + 0.015
    legend_rect = [legend_left, legend_rect[1], max(0.985 - legend_left, 0.12), legend_rect[3]]
    k = map_rect[2] * sz.width_in * sz.dpi / width
    ax = fig.add_axes(map_rect)
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    for spine in ax.spines.values():
        spine.set_edgecolor("#999999")
        spine.set_linewidth(0.6)
    _draw_map(ax, scene, countries, frame, k, sz.dpi)
    ax.set_xlim(0, width)
    ax.set_ylim(height, 0)
    ax.set_xlabel("")  # geopandas labels axes; a map needs none
    ax.set_ylabel("")
    ax.text(
        0.995,
        0.005,
        gettext(FRAME_NOTE),
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=7.5 * scale,
        color=MUTED,
        parse_math=False,
        zorder=8,
    )

    legend_ax = fig.add_axes(legend_rect)
    _legend(legend_ax, scene, scale, fig, pt=_points(k, sz.dpi))

    if with_text:
        # (height on the figure, text, font size, colour, weight): title, subtitle, footnotes
        lines = (
            (0.955, scene.title, 26, INK, "bold"),
            (0.912, scene.subtitle, 15, MUTED, "normal"),
            (0.058, scene.source_line, 11, INK, "normal"),
            (0.025, scene.footer_line, 9, MUTED, "normal"),
        )
        for y, text, size, colour, weight in lines:
            fig.text(
                0.015,
                y,
                text,
                fontsize=size * scale,
                weight=weight,
                color=colour,
                va="center",
                parse_math=False,
            )
    if scene.n_unreviewed:
        # A frame on the map itself, so the mark survives any cropping of the margins.
        ax.text(
            0.01,
            0.985,
            "\u26a0 " + scene.unreviewed_text,
            transform=ax.transAxes,
            ha="left",
            va="top",
            fontsize=12 * scale,
            color=WARNING,
            weight="bold",
            parse_math=False,
            zorder=8,
            bbox={"boxstyle": "round,pad=0.35", "fc": "white", "ec": WARNING, "lw": 1.5 * scale},
        )
    return fig


def view_description(view) -> str:
    """The view an image shows, as the URL query that reopens it in the dashboard.

    >>> from flows.views import Camera, View
    >>> view_description(View(camera=Camera(lon=19.5, lat=44.0, zoom=5.0)))
    'flows-atlas view: ?lon=19.5&lat=44.0&zoom=5.0'
    """
    from urllib.parse import urlencode

    from flows.views import view_to_query_params

    return f"flows-atlas view: ?{urlencode(view_to_query_params(view))}"


def figure_bytes(
    fig: Figure, fmt: str, title: str | None = None, description: str | None = None
) -> bytes:
    """Serialise a figure as PNG, SVG or PDF; ``title`` and ``description`` (the view, see
    :func:`view_description`) go into the file's metadata."""
    buffer = io.BytesIO()
    # No timestamps and fixed SVG ids: the same view gives the same file (diffable, cacheable).
    metadata = {
        "png": {"Software": "flows-atlas"},
        "svg": {"Creator": "flows-atlas", "Date": None},
        "pdf": {"Creator": "flows-atlas", "CreationDate": None},
    }[fmt]
    if title:
        metadata["Title"] = title
    if description:
        metadata[{"png": "Description", "svg": "Description", "pdf": "Subject"}[fmt]] = description
    fig.savefig(buffer, format=fmt, dpi=fig.dpi, facecolor="white", metadata=metadata)
    return buffer.getvalue()


def figure_rgb(fig: Figure) -> np.ndarray:
    """The rendered figure as an (h, w, 3) uint8 array (frames of an animation)."""
    fig.canvas.draw()
    return np.asarray(fig.canvas.buffer_rgba())[..., :3].copy()


def render_image(
    scene: Scene,
    countries: gpd.GeoDataFrame,
    fmt: str,
    size: str | Size = "slides",
    with_text: bool = True,
) -> bytes:
    """PNG, SVG or PDF bytes of ``scene``."""
    fig = render_figure(scene, countries, size=size, with_text=with_text)
    return figure_bytes(fig, fmt, title=scene.title, description=view_description(scene.view))
