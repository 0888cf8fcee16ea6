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

from flows.export.labels import LabelRequest, place_labels  # noqa: E402
from flows.export.projections import (  # noqa: E402
    Extent,
    camera_extent,
    choose_crs,
    clip_box,
    projected_bounds,
    transformer,
)
from flows.export.scene import Scene, category_rgb  # noqa: E402
from flows.i18n import format_integer, gettext, ngettext, use_language  # noqa: E402
from flows.quantities import format_number  # noqa: E402
from flows.render.palette import HUB_FILL, LIGHT, to_hex  # noqa: E402
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


# -- basemap ------------------------------------------------------------------------------------

_BASEMAP_CACHE: dict[tuple, gpd.GeoDataFrame] = {}


def projected_countries(countries: gpd.GeoDataFrame, crs: str, extent: Extent) -> gpd.GeoDataFrame:
    """Country polygons clipped around ``extent`` and projected; cached per process.

    Clipping first keeps LAEA from smearing the far side of the globe and saves time.
    """
    clip = clip_box(extent, crs)
    key = (id(countries), len(countries), crs, tuple(round(v, 1) for v in clip))
    if key not in _BASEMAP_CACHE:
        frame = countries[["iso_a2", "geometry"]].copy()
        if clip != (-180.0, -90.0, 180.0, 90.0):
            frame = frame[frame.intersects(box(*clip))]
            frame = frame.clip(box(*clip))
        frame = frame[~frame.geometry.is_empty].to_crs(crs)
        if len(_BASEMAP_CACHE) > 16:
            _BASEMAP_CACHE.clear()
        _BASEMAP_CACHE[key] = frame
    return _BASEMAP_CACHE[key]


# -- drawing ------------------------------------------------------------------------------------


def _line_widths(weights: np.ndarray, scale: float) -> np.ndarray:
    """Width in points, by square root so that area-like perception stays honest."""
    if not len(weights):
        return weights
    top = max(float(np.nanmax(weights)), 1e-9)
    return (0.8 + 7.0 * np.sqrt(np.clip(weights, 0, None) / top)) * scale


def _draw_map(
    ax, scene: Scene, countries: gpd.GeoDataFrame, crs: str, extent: Extent, scale: float, renderer
) -> None:
    ax.set_facecolor(SEA)
    base = projected_countries(countries, crs, extent)
    base.plot(ax=ax, color=LAND, edgecolor=BORDER, linewidth=0.4 * scale, zorder=1)
    if len(scene.shading):
        classes = shading_classes(scene.shading)
        colours = {iso: shade_colour(n, classes) for iso, n in scene.shading.items()}
        shaded = base[base["iso_a2"].isin(list(colours))]
        if len(shaded):
            shaded.plot(
                ax=ax,
                color=[colours[i] for i in shaded["iso_a2"]],
                edgecolor=BORDER,
                linewidth=0.4 * scale,
                zorder=2,
            )

    to_map = transformer(crs)
    if len(scene.routes):
        routes = scene.routes.to_crs(crs)
        for (_, row), geom in zip(routes.iterrows(), routes.geometry, strict=True):
            for line in getattr(geom, "geoms", [geom]):
                x, y = line.xy
                ax.plot(
                    x,
                    y,
                    color=category_rgb(row["category"]),
                    lw=1.0 * scale,
                    ls=(0, (4, 3)),
                    alpha=0.7,
                    zorder=3,
                    solid_capstyle="round",
                )

    arcs = scene.arcs
    if len(arcs):
        widths = _line_widths(arcs["weight"].to_numpy(float), scale)
        projected = arcs.geometry.to_crs(crs)
        heads_x, heads_y, heads_u, heads_v, heads_c = [], [], [], [], []
        # Heaviest first so that thin flows stay visible on top of thick ones.
        for (_, row), geom, lw in zip(arcs.iterrows(), projected, widths, strict=True):
            colour = category_rgb(row["category"])
            parts = list(getattr(geom, "geoms", [geom]))
            for line in parts:
                x, y = line.xy
                ax.plot(x, y, color=colour, lw=lw, alpha=0.85, zorder=4, solid_capstyle="round")
            # Arrowhead at the middle of the longest part: clear of the hub markers.
            main = max(parts, key=lambda part: part.length)
            pts = np.asarray(main.coords)
            if len(pts) >= 3:
                i = len(pts) // 2
                (x0, y0), (xm, ym), (x1, y1) = pts[i - 1], pts[i], pts[i + 1]
            elif len(pts) == 2:
                (x0, y0), (x1, y1) = pts[0], pts[1]
                xm, ym = (x0 + x1) / 2, (y0 + y1) / 2
            else:
                continue
            norm = math.hypot(x1 - x0, y1 - y0) or 1.0
            heads_x.append(xm)
            heads_y.append(ym)
            heads_u.append((x1 - x0) / norm)
            heads_v.append((y1 - y0) / norm)
            heads_c.append(tuple(0.6 * c for c in colour))
        if heads_x:
            # Arrowheads show direction; one quiver call draws them all.
            ax.quiver(
                heads_x,
                heads_y,
                heads_u,
                heads_v,
                color=heads_c,
                pivot="middle",
                angles="xy",
                scale=1 / (0.2 * scale),
                scale_units="inches",
                width=0.0018,
                headwidth=6,
                headlength=6,
                headaxislength=5.5,
                zorder=4.5,
            )

    hubs = scene.hubs
    if len(hubs):
        hx, hy = to_map.transform(hubs["lon"].to_numpy(float), hubs["lat"].to_numpy(float))
        sizes = (12 + 60 * np.sqrt(hubs["n"].to_numpy(float) / hubs["n"].max())) * scale**2
        ax.scatter(
            hx, hy, s=sizes, c=HUB, alpha=0.85, edgecolors="white", linewidths=1.0 * scale, zorder=5
        )
        ax.set_xlim(*ax.get_xlim())  # freeze before labels measure themselves
        requests = [
            LabelRequest(float(x), float(y), str(name), float(n))
            for x, y, name, n in zip(hx, hy, hubs["name"], hubs["n"], strict=True)
        ]
        place_labels(ax, requests, renderer, fontsize=9.5 * scale, max_labels=30)


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


def _legend(ax, scene: Scene, scale: float, fig: Figure) -> None:
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
            lw = _line_widths(np.array([w, top]), scale)[0]
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
        ax.add_line(Line2D([0.0, 0.12], [y, y], color=MUTED, lw=1.2 * scale, ls=(0, (4, 3))))
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
    ax.scatter([0.06], [y], marker=">", s=40 * scale**2, c=MUTED)
    text(0.16, y, gettext("Arrow: direction of the flow"), fontsize=fs * 0.95)
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


def _map_axes_rect(with_text: bool) -> tuple[list[float], list[float]]:
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

    canvas = FigureCanvasAgg(fig)
    map_rect, legend_rect = _map_axes_rect(with_text)
    ax = fig.add_axes(map_rect)
    aspect = (map_rect[2] * sz.width_in) / (map_rect[3] * sz.height_in)
    extent = camera_extent(scene.view.camera, aspect)
    crs = choose_crs(extent)
    x0, y0, x1, y1 = projected_bounds(extent, crs, aspect)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect("equal", adjustable="box")
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    for spine in ax.spines.values():
        spine.set_edgecolor("#999999")
        spine.set_linewidth(0.6)
    renderer = canvas.get_renderer()
    _draw_map(ax, scene, countries, crs, extent, scale, renderer)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_xlabel("")  # geopandas labels projected axes; a map needs no "Easting [metre]"
    ax.set_ylabel("")
    crs_name = (
        "ETRS89-LAEA Europe (EPSG:3035)" if crs == "EPSG:3035" else ("Equal Earth (EPSG:8857)")
    )
    ax.text(
        0.995,
        0.005,
        crs_name,
        transform=ax.transAxes,
        ha="right",
        va="bottom",
        fontsize=7.5 * scale,
        color=MUTED,
        parse_math=False,
        zorder=7,
    )

    legend_ax = fig.add_axes(legend_rect)
    _legend(legend_ax, scene, scale, fig)

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


def figure_bytes(fig: Figure, fmt: str) -> bytes:
    """Serialise a figure as PNG, SVG or PDF."""
    buffer = io.BytesIO()
    # No timestamps and fixed SVG ids: the same view gives the same file (diffable, cacheable).
    metadata = {
        "png": {"Software": "flows-atlas"},
        "svg": {"Creator": "flows-atlas", "Date": None},
        "pdf": {"Creator": "flows-atlas", "CreationDate": None},
    }[fmt]
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
    return figure_bytes(fig, fmt)
