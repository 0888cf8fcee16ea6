"""Animated timeline: the view played period by period, as GIF or MP4 (imageio).

Each frame is the static map of the view restricted to one period (a year, or a month when
the data are dated to the month and span little time), with the camera fixed so places do
not jump. The MP4 encoder is the ffmpeg binary shipped inside the imageio-ffmpeg wheel.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import geopandas as gpd
import numpy as np

from flows.export.errors import ExportError
from flows.export.render_static import Size, figure_rgb, render_figure
from flows.export.scene import build_scene
from flows.filters import filter_mask
from flows.i18n import gettext
from flows.pipeline import with_period
from flows.table.model import RecordTable
from flows.views import View

GIF_SIZE = Size(12.8, 7.2, 75)  # 960 x 540: GIFs grow fast with pixels
MP4_SIZE = Size(12.8, 7.2, 100)  # 1280 x 720
SECONDS_PER_PERIOD = 1.5
MAX_FRAMES = 40


def timeline_periods(view: View, table: RecordTable) -> list[tuple[float, float]]:
    """The periods to play: whole years (months for short month-dated spans), at most 40.

    The span is the view's period when it has one, else the span of the selected records.
    """
    from flows.periods import data_precision, period_bounds, period_step

    rows = np.flatnonzero(filter_mask(table, with_period(view, None).filters))
    if not len(rows):
        return []
    precision = data_precision(table, rows)
    bounds = view.filters.period or period_bounds(table, "year", rows)
    if bounds is None:
        return []
    if precision == "month" and bounds[1] - bounds[0] > 3:
        precision = "year"  # dozens of monthly frames would play too long
    step = period_step(precision)
    start = (
        bounds[0] if view.filters.period else (period_bounds(table, precision, rows) or bounds)[0]
    )
    periods = []
    t = start
    while t < bounds[1] - 1e-6 and len(periods) < MAX_FRAMES:
        periods.append((round(t, 6), round(min(t + step, bounds[1]), 6)))
        t += step
    return periods


def render_frames(
    view: View, table: RecordTable, countries: gpd.GeoDataFrame, size: Size
) -> Iterator[np.ndarray]:
    """One RGB image per period of the timeline."""
    periods = timeline_periods(view, table)
    if not periods:
        raise ExportError(
            gettext("view '{name}': no dated records selected, nothing to animate").format(
                name=view.name or view.title
            )
        )
    for period in periods:
        scene = build_scene(with_period(view, period), table)
        fig = render_figure(scene, countries, size=size)
        yield figure_rgb(fig)


def write_animation(
    view: View, table: RecordTable, countries: gpd.GeoDataFrame, path: Path, fmt: str
) -> None:
    """Write the timeline of ``view`` to ``path`` as ``gif`` or ``mp4``."""
    import imageio.v2 as imageio

    if fmt == "gif":
        images = list(render_frames(view, table, countries, GIF_SIZE))
        imageio.mimsave(path, images, format="GIF", duration=SECONDS_PER_PERIOD * 1000, loop=0)
    elif fmt == "mp4":
        fps = 2
        repeat = max(1, round(SECONDS_PER_PERIOD * fps))
        with imageio.get_writer(
            path,
            format="FFMPEG",
            mode="I",
            fps=fps,
            codec="libx264",
            quality=7,
            pixelformat="yuv420p",
            macro_block_size=16,
        ) as writer:
            for image in render_frames(view, table, countries, MP4_SIZE):
                for _ in range(repeat):
                    writer.append_data(image)
    else:
        raise ExportError(f"'{fmt}' is not an animation format; use gif or mp4")
