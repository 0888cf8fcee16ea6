"""Exports of a view, for the dashboard's download buttons and the command line.

>>> from flows.export.api import render_snapshot, export_view       # doctest: +SKIP
>>> png = render_snapshot(view, table, countries, "png")              # doctest: +SKIP
>>> export_view(view, table, countries, "brief/balkans.pptx")         # doctest: +SKIP

``table`` is the :class:`flows.table.model.RecordTable` the dashboard draws (see
:func:`flows.table.load.load_map_table`), ``countries`` is
:func:`geodata.countries.load_countries` output. Every export goes through
:func:`flows.export.scene.build_scene`, that is through the dashboard's pipeline. Every file
is written through a temporary file and renamed, so a failed export never leaves a
half-written file.
"""

from __future__ import annotations

import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from pathlib import Path

import geopandas as gpd

from flows.export.atomic import atomic_path, check_writable
from flows.export.errors import ExportError
from flows.export.formats import (
    ANIMATION_FORMATS,
    DATA_FORMATS,
    IMAGE_FORMATS,
    check_format,
    format_for_path,
)
from flows.export.scene import Scene, build_scene
from flows.i18n import use_language
from flows.table.model import RecordTable
from flows.views import View

Progress = Callable[[int, int, str], None]  # (done, total, what) -> None


def find_view(views: Sequence[View], name: str, where: str = "saved views") -> View:
    """The view called ``name``, or an ExportError listing the names there are."""
    for view in views:
        if view.name == name:
            return view
    names = ", ".join(repr(v.name) for v in views) or "none"
    raise ExportError(f"{where}: no view named '{name}'; views there: {names}")


def _write(
    view: View,
    table: RecordTable,
    countries: gpd.GeoDataFrame,
    fmt: str,
    path: Path,
    size: str,
    scene: Scene | None = None,
    machine_headers: bool = False,
) -> None:
    """Write one format to ``path`` (not atomic: callers pass a temporary path), every word
    in the view's language (else the current one)."""
    with use_language(view.lang or None) as lang:
        view = replace(view, lang=lang)
        _write_format(view, table, countries, fmt, path, size, scene, machine_headers)


def _write_format(
    view: View,
    table: RecordTable,
    countries: gpd.GeoDataFrame,
    fmt: str,
    path: Path,
    size: str,
    scene: Scene | None,
    machine_headers: bool,
) -> None:
    if fmt in ANIMATION_FORMATS:
        from flows.export.animate import write_animation

        write_animation(view, table, countries, path, fmt)
        return
    scene = scene or build_scene(view, table)
    if fmt in IMAGE_FORMATS:
        from flows.export.render_static import render_image

        path.write_bytes(render_image(scene, countries, fmt, size=size))
    elif fmt in DATA_FORMATS:
        from flows.export.data_export import WRITERS

        if fmt in ("csv", "xlsx"):
            WRITERS[fmt](scene, path, machine_headers=machine_headers)
        else:
            WRITERS[fmt](scene, path)
    elif fmt == "pptx":
        from flows.export.pptx_pack import write_briefing

        write_briefing([scene], countries, path)
    elif fmt == "html":
        from flows.export.html_offline import html_document

        path.write_text(html_document(scene, countries), encoding="utf-8")
    else:  # pragma: no cover - check_format rejects anything else first
        raise ExportError(f"'{fmt}' has no writer")


def render_snapshot(
    view: View,
    table: RecordTable,
    countries: gpd.GeoDataFrame,
    fmt: str,
    size: str = "slides",
    machine_headers: bool = False,
) -> bytes:
    """The export of ``view`` in ``fmt`` (png svg pdf pptx html geojson gpkg csv xlsx gif mp4).

    ``size`` is ``"slides"`` (1920x1080) or ``"print"`` (A4 landscape at 300 dpi) for images.
    Use :data:`flows.export.formats.MIME_TYPES` for the download's MIME type.
    """
    fmt = check_format(fmt)
    with tempfile.TemporaryDirectory(prefix="flows-export-") as folder:
        path = Path(folder) / f"snapshot.{fmt}"
        _write(view, table, countries, fmt, path, size, machine_headers=machine_headers)
        return path.read_bytes()


def export_view(
    view: View,
    table: RecordTable,
    countries: gpd.GeoDataFrame,
    path: str | Path,
    size: str = "slides",
    machine_headers: bool = False,
) -> Path:
    """Write ``view`` to ``path``; the suffix picks the format. Returns the path written.

    ``machine_headers``: CSV and XLSX tables get only the machine-readable header row.
    """
    fmt = format_for_path(path)
    target = check_writable(path)
    with atomic_path(target) as tmp:
        _write(view, table, countries, fmt, tmp, size, machine_headers=machine_headers)
    return target


def export_briefing(
    views: Sequence[View],
    table: RecordTable,
    countries: gpd.GeoDataFrame,
    path: str | Path,
    progress: Progress | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> Path:
    """A PPTX briefing pack: title slide, one slide per view, sources slide.

    ``progress(done, total, view_name)`` is called after each map slide. ``lang`` writes the
    whole pack in that language (views keep their own otherwise; the pack's own words follow
    the first view). ``title`` defaults to "Trafficking flows briefing" in that language.
    """
    if Path(path).suffix.lower() != ".pptx":
        raise ExportError(f"{path}: a briefing is a .pptx file")
    if not views:
        raise ExportError(f"{path}: no views to put in the briefing")
    target = check_writable(path)
    from flows.export.pptx_pack import slide_view, write_briefing

    if lang:
        views = [replace(view, lang=lang) for view in views]
    scenes = [build_scene(slide_view(view), table) for view in views]
    with atomic_path(target) as tmp:
        write_briefing(scenes, countries, tmp, title=title, progress=progress, lang=lang)
    return target


def suggested_filename(view: View, fmt: str, today: date | None = None) -> str:
    """A file name for a download: the view's name (or title) as a slug, the date, the suffix.

    >>> suggested_filename(View(name="Balkan route / weapons"), "png", date(2026, 1, 2))
    'balkan-route-weapons-2026-01-02.png'
    """
    fmt = check_format(fmt)
    stem = re.sub(r"[^a-z0-9]+", "-", (view.name or view.title or "flows").lower()).strip("-")
    return f"{stem[:60] or 'flows'}-{(today or date.today()).isoformat()}.{fmt}"
