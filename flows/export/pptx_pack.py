"""PPTX briefing pack (python-pptx): a title slide, one 16:9 slide per view, a sources slide.

On each view slide the title, subtitle and footnote are slide text (editable, searchable,
read by screen readers); the picture holds the map and its legend only. A few key figures
sit beside the map, the source list is in the footnote, and the full citations are in the
speaker notes so a presenter can answer "who says so?".
"""

from __future__ import annotations

import io
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from functools import lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
from pptx import Presentation
from pptx.dml.color import RGBColor
from pptx.util import Emu, Inches, Pt

from flows.export.render_static import Size, render_image
from flows.export.scene import Scene
from flows.i18n import format_day, format_integer, format_iso_date, gettext, ngettext, use_language
from flows.texts import briefing_title, disclaimer
from flows.views import View

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
# The map fills the slide's body: the whole width below title, subtitle and key figures,
# down to the footnote (left, top, width, height).
MAP_BOX = (Inches(0.35), Inches(1.55), Inches(12.63), Inches(5.1))
BODY_TOP, BODY_BOTTOM = Inches(1.1), Inches(6.95)  # the sources slides' text area
FIGURES_W = Inches(12.6)  # the key figures' line, under the subtitle
FIGURES_PT = (15.0, 13.0)  # values, then what they count; smaller when the line is long
SOURCES_PT = 11
INK = RGBColor(0x1F, 0x1F, 0x1F)
MUTED = RGBColor(0x55, 0x55, 0x55)
WARNING = RGBColor(0xB0, 0x00, 0x20)
LINK = RGBColor(0x0F, 0x4C, 0x81)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def clean(text: object) -> str:
    """Text safe for the PPTX XML: control characters (not allowed in XML) removed.

    >>> clean("a\\x0bb")
    'ab'
    """
    return _CONTROL.sub("", "" if text is None else str(text))


def _textbox(
    slide,
    left,
    top,
    width,
    height,
    text: str,
    size: float,
    color=INK,
    bold: bool = False,
    wrap: bool = True,
):
    box = slide.shapes.add_textbox(left, top, width, height)
    frame = box.text_frame
    frame.word_wrap = wrap
    frame.margin_left = frame.margin_right = Inches(0.02)
    para = frame.paragraphs[0]
    run = para.add_run()
    run.text = clean(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = color
    return box


TITLE_BOX = (Inches(0.35), Inches(0.2), Inches(12.6), Inches(0.7))
TITLE_MIN_PT = 12.0
LINE_HEIGHT = 1.2  # a line of text is some 1.2 times its font size


def title_size(text: str, largest: float, width_in: float, height_in: float) -> float:
    """The largest font size (whole points, at most ``largest``) at which ``text`` in bold
    fits ``height_in``: on one line when it can, else on as few lines as the box holds, so a
    long title ("Flux d'armes, destination : Union européenne, toutes années") never runs
    over the subtitle under it.

    >>> title_size("Weapons", 28, 12.5, 0.7)
    28.0
    >>> title_size("Flux d'armes, destination : Union européenne, toutes années", 28, 12.5, 0.7)
    23.0
    >>> title_size("word " * 60, 28, 12.5, 0.7)  # two lines
    13.0
    """
    usable = 0.92 * width_in  # LibreOffice and PowerPoint set text a little wider
    size = float(largest)
    while size > TITLE_MIN_PT:
        lines = math.ceil(text_inches(text, size, bold=True) / usable) or 1
        if lines * size * LINE_HEIGHT / 72 <= height_in:
            return size
        size -= 1.0
    return TITLE_MIN_PT


def _set_title(slide, text: str, size: float = 28, box: tuple = TITLE_BOX) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = box
    title.text_frame.text = clean(text)
    title.text_frame.word_wrap = True
    fitted = title_size(
        clean(text), size, Emu(title.width).inches - 0.2, Emu(title.height).inches - 0.12
    )
    for para in title.text_frame.paragraphs:
        para.alignment = 1  # left
        for run in para.runs:
            run.font.size = Pt(fitted)
            run.font.bold = True
            run.font.color.rgb = INK


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and value != value) and value != ""


def citation(row: pd.Series, with_url: bool = True) -> str:
    """One citation in full: publisher, title, date and (unless ``with_url`` is False) URL.

    >>> citation(pd.Series({"publisher": "UNODC", "title": "Report", "published": "2021",
    ...                     "url": "https://x.org"}))
    'UNODC: Report (2021). https://x.org'
    >>> citation(pd.Series({"publisher": "EFE", "title": "A long title", "published": None,
    ...                     "url": float("nan")}))
    'EFE: A long title.'
    """
    text = f"{row.get('publisher')}: {row.get('title')}"
    if _given(row.get("published")):
        text += f" ({format_iso_date(row['published'])})"
    text += "."
    if with_url and _given(row.get("url")):
        text += f" {row['url']}"
    return clean(text)


def _unique_sources(scenes: Sequence[Scene]) -> pd.DataFrame:
    frames = [s.sources for s in scenes if len(s.sources)]
    if not frames:
        return pd.DataFrame(columns=["publisher", "title", "published", "url"])
    allsrc = pd.concat(frames)
    return allsrc.drop_duplicates(["publisher", "title"]).sort_values(["publisher", "title"])


def _notes(slide, lines: Sequence[str]) -> None:
    slide.notes_slide.notes_text_frame.text = clean("\n".join(lines))


def _map_size() -> Size:
    _, _, width, height = MAP_BOX
    return Size(Emu(width).inches, Emu(height).inches, 200)


def _agenda_entry(scene: Scene) -> str:
    """A view's line on the title slide: its own title, else its name and the auto title."""
    if scene.view.title or not scene.view.name:
        return scene.title
    # TRANSLATORS: a view's line on the title slide, "Balkan weapons: Weapons flows, 2014-2024"
    return gettext("{name}: {title}").format(name=scene.view.name, title=scene.title)


def add_title_slide(prs, scenes: Sequence[Scene], title: str, today: date) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])  # "Title Only": a real slide title
    _set_title(slide, title, 36, (Inches(0.35), Inches(2.3), Inches(12.6), Inches(1.0)))
    views = "\n".join(f"{i + 1}. {_agenda_entry(s)}" for i, s in enumerate(scenes))
    maps = ngettext("{n} map", "{n} maps", len(scenes)).format(n=format_integer(len(scenes)))
    _textbox(
        slide,
        Inches(0.4),
        Inches(3.4),
        Inches(12.5),
        Inches(3.0),
        f"{format_day(today)} \u00b7 {maps}\n{views}",
        16,
        MUTED,
    )
    _textbox(slide, Inches(0.4), Inches(6.8), Inches(12.5), Inches(0.5), disclaimer(), 10, MUTED)
    _notes(slide, [gettext("Maps generated offline with flows-atlas."), disclaimer()])


def slide_map_pixels() -> tuple[int, int]:
    """The slide's map area (the body less the legend's column) as a map size in screen
    pixels, 700 high: a view that frames its data is framed for this shape on a slide."""
    from flows.export.render_static import map_axes_rect

    (_, _, fw, fh), _ = map_axes_rect(with_text=False)
    _, _, width, height = MAP_BOX
    return round(700 * (Emu(width).inches * fw) / (Emu(height).inches * fh)), 700


def slide_view(view: View) -> View:
    """``view`` as a slide shows it: a view that frames its data, with no screen size of
    its own, is framed for the slide's map area, so the map fills the body. A camera set by
    hand, a preset or a screen's frame is kept as it is (the export is the screen)."""
    cam = view.camera
    if not cam.fit or (cam.width and cam.height):
        return view
    width, height = slide_map_pixels()
    return replace(view, camera=replace(cam, width=width, height=height))


@lru_cache(maxsize=4)
def _measure_font(bold: bool):
    from PIL import ImageFont

    from flows.maplabels import font_path

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(font_path().with_name(name)), 400)


def text_inches(text: str, size_pt: float, bold: bool = False) -> float:
    """Width of ``text`` at ``size_pt`` in DejaVu Sans, wider than the usual slide fonts
    (Calibri, Carlito, Liberation Sans): a line that fits here fits on the slide.

    >>> round(text_inches("records", 72), 2) > 3
    True
    """
    return float(_measure_font(bold).getlength(clean(text))) / 400 * size_pt / 72


FIGURE_SEP = "   \u00b7   "


def figure_runs(scene: Scene) -> list[tuple[str, bool, bool]]:
    """The key figures' line as (text, bold, warning) runs."""
    runs: list[tuple[str, bool, bool]] = []
    for i, (value, label) in enumerate(scene.key_figures()):
        if i:
            runs.append((FIGURE_SEP, False, False))
        runs += [(value, True, False), (f" {label}", False, False)]
    if scene.n_unreviewed:
        runs.append((f"   \u26a0 {scene.unreviewed_text}", True, True))
    return runs


def figures_scale(runs: Sequence[tuple[str, bool, bool]], width_in: float) -> float:
    """The factor (at most 1) that fits the key figures' line on one line of ``width_in``,
    with room to spare (LibreOffice sets the line some 5% wider than measured here)."""
    big, small = FIGURES_PT
    need = sum(text_inches(t, big if b and not w else small, b) for t, b, w in runs)
    return min(1.0, 0.9 * width_in / need) if need else 1.0


def _figures_line(slide, scene: Scene) -> None:
    """The key figures in one line under the subtitle: bold value, then what it counts. A
    long line is set smaller rather than wrapped onto the map."""
    box = slide.shapes.add_textbox(Inches(0.35), Inches(1.12), FIGURES_W, Inches(0.4))
    frame = box.text_frame
    frame.word_wrap = True
    frame.margin_left = frame.margin_right = Inches(0.02)
    para = frame.paragraphs[0]
    runs = figure_runs(scene)
    k = figures_scale(runs, Emu(FIGURES_W).inches - 0.1)
    big, small = FIGURES_PT
    for text, bold, warning in runs:
        size = (big if bold and not warning else small) * k
        _run(
            para,
            text,
            math.floor(size * 2) / 2,
            WARNING if warning else (INK if bold else MUTED),
            bold,
        )


def _run(para, text: str, size: float, color, bold: bool = False, url: str | None = None):
    run = para.add_run()
    run.text = clean(text)
    run.font.size = Pt(size)
    run.font.bold = bold
    run.font.color.rgb = color
    if url:
        run.hyperlink.address = url
    return run


def add_view_slide(prs, scene: Scene, picture: bytes) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _set_title(slide, scene.title)
    _textbox(
        slide, Inches(0.38), Inches(0.78), Inches(12.6), Inches(0.4), scene.subtitle, 14, MUTED
    )
    _figures_line(slide, scene)
    left, top, width, height = MAP_BOX
    slide.shapes.add_picture(io.BytesIO(picture), left, top, width, height)

    publishers = scene.main_publishers(k=6)
    more = scene.n_publishers - len(publishers)
    source_list = "; ".join(publishers)
    if more > 0:
        source_list += " " + gettext("and {n} more").format(n=format_integer(more))
    footnote = " ".join(
        (
            gettext("Sources: {list} (full citations on the Sources slides).").format(
                list=source_list or gettext("none")
            ),
            disclaimer(),
            gettext("Generated {date}.").format(date=scene.generated_text),
        )
    )
    _textbox(slide, Inches(0.38), Inches(6.72), Inches(12.6), Inches(0.7), footnote, 9, MUTED)

    lines = [scene.title, scene.subtitle, "", scene.source_line]
    if scene.n_unreviewed:
        lines.append(gettext("Warning: {text}.").format(text=scene.unreviewed_text))
    lines += ["", gettext("Full citations:")]
    srcs = scene.sources.drop_duplicates(["publisher", "title"]) if len(scene.sources) else []
    lines += [f"- {citation(row)}" for _, row in (srcs.iterrows() if len(srcs) else [])]
    _notes(slide, lines)


def citation_lines(text: str, size: float = SOURCES_PT, width_in: float = 12.5) -> int:
    """Lines a citation takes on a sources slide (an estimate on the safe side: an average
    character is taken as 0.55 em wide).

    >>> citation_lines("x" * 100), citation_lines("x" * 400)
    (1, 3)
    """
    per_line = max(20, int(width_in * 72 / (size * 0.55)))
    return max(1, -(-len(text) // per_line))


def paginate_sources(texts: Sequence[str], size: float = SOURCES_PT) -> list[list[int]]:
    """Indices of the citations on each sources slide: as many as fit, none cut."""
    line_in = size * 1.2 / 72
    space_in = size * 0.45 / 72
    available = Emu(BODY_BOTTOM - BODY_TOP).inches
    pages: list[list[int]] = [[]]
    used = 0.0
    for i, text in enumerate(texts):
        height = citation_lines(text, size) * line_in + space_in
        if pages[-1] and used + height > available:
            pages.append([])
            used = 0.0
        pages[-1].append(i)
        used += height
    return pages if pages[0] else []


def add_sources_slides(prs, scenes: Sequence[Scene]) -> int:
    """Every source in full (publisher, title, date, link) over as many slides as it takes;
    returns the number of slides added."""
    sources = _unique_sources(scenes)
    rows = [row for _, row in sources.iterrows()]
    texts = [citation(row) for row in rows]
    pages = paginate_sources(texts) or [[]]
    for n, page in enumerate(pages):
        slide = prs.slides.add_slide(prs.slide_layouts[5])
        title = (
            gettext("Sources")
            if len(pages) == 1
            else gettext("Sources ({n}/{total})").format(n=n + 1, total=len(pages))
        )
        _set_title(slide, title)
        box = slide.shapes.add_textbox(Inches(0.4), BODY_TOP, Inches(12.55), BODY_BOTTOM - BODY_TOP)
        frame = box.text_frame
        frame.word_wrap = True
        if not page:
            _run(
                frame.paragraphs[0],
                gettext("No sources: no record is selected."),
                SOURCES_PT,
                MUTED,
            )
        for j, i in enumerate(page):
            para = frame.paragraphs[0] if j == 0 else frame.add_paragraph()
            para.space_after = Pt(SOURCES_PT * 0.45)
            row = rows[i]
            _run(para, f"{clean(row.get('publisher'))}: ", SOURCES_PT, INK, bold=True)
            _run(para, citation(row, with_url=False).split(": ", 1)[-1], SOURCES_PT, INK)
            url = row.get("url")
            if _given(url):
                _run(para, " ", SOURCES_PT, INK)
                _run(para, str(url), SOURCES_PT, LINK, url=str(url))
        _notes(slide, [f"- {texts[i]}" for i in page])
    return len(pages)


def write_briefing(
    scenes: Sequence[Scene],
    countries: gpd.GeoDataFrame,
    path: Path,
    title: str | None = None,
    progress: Callable[[int, int, str], None] | None = None,
    lang: str | None = None,
) -> None:
    """Write the pack to ``path``; ``progress(done, total, name)`` after each map slide.

    Every word is in ``lang`` (default: the first scene's language); ``title`` defaults to
    "Trafficking flows briefing" in that language.
    """
    with use_language(lang or (scenes[0].lang if scenes else None)):
        _write_briefing(scenes, countries, path, title or briefing_title(), progress)


def _write_briefing(
    scenes: Sequence[Scene],
    countries: gpd.GeoDataFrame,
    path: Path,
    title: str,
    progress: Callable[[int, int, str], None] | None,
) -> None:
    prs = Presentation()
    prs.slide_width, prs.slide_height = SLIDE_W, SLIDE_H
    today = scenes[0].generated if scenes else date.today()
    add_title_slide(prs, scenes, title, today)
    size = _map_size()
    for i, scene in enumerate(scenes):
        picture = render_image(scene, countries, "png", size=size, with_text=False)
        add_view_slide(prs, scene, picture)
        if progress:
            progress(i + 1, len(scenes), scene.view.name or scene.title)
    add_sources_slides(prs, scenes)
    prs.core_properties.title = clean(title)
    prs.core_properties.author = "flows-atlas"
    prs.save(str(path))
