"""PPTX briefing pack (python-pptx): a title slide, one 16:9 slide per view, a sources slide.

On each view slide the title, subtitle and footnote are slide text (editable, searchable,
read by screen readers); the picture holds the map and its legend only. A few key figures
sit beside the map, the source list is in the footnote, and the full citations are in the
speaker notes so a presenter can answer "who says so?".
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable, Sequence
from datetime import date
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

SLIDE_W, SLIDE_H = Inches(13.333), Inches(7.5)
MAP_BOX = (Inches(0.35), Inches(1.3), Inches(9.6), Inches(5.35))  # left, top, width, height
INK = RGBColor(0x1F, 0x1F, 0x1F)
MUTED = RGBColor(0x55, 0x55, 0x55)
WARNING = RGBColor(0xB0, 0x00, 0x20)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
MAX_SOURCES_ON_SLIDE = 30


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


def _set_title(slide, text: str, size: float = 28) -> None:
    title = slide.shapes.title
    title.left, title.top, title.width, title.height = (
        Inches(0.35),
        Inches(0.2),
        Inches(12.6),
        Inches(0.7),
    )
    title.text_frame.text = clean(text)
    for para in title.text_frame.paragraphs:
        para.alignment = 1  # left
        for run in para.runs:
            run.font.size = Pt(size)
            run.font.bold = True
            run.font.color.rgb = INK


def _given(value: object) -> bool:
    return value is not None and not (isinstance(value, float) and value != value) and value != ""


def citation(row: pd.Series, with_url: bool = True, max_title: int | None = None) -> str:
    """One citation: publisher, title, date and (unless ``with_url`` is False) URL.

    >>> citation(pd.Series({"publisher": "UNODC", "title": "Report", "published": "2021",
    ...                     "url": "https://x.org"}))
    'UNODC: Report (2021). https://x.org'
    >>> citation(pd.Series({"publisher": "EFE", "title": "A long title", "published": None,
    ...                     "url": float("nan")}), max_title=6)
    'EFE: A lon\u2026.'
    """
    title = str(row.get("title"))
    if max_title and len(title) > max_title:
        title = title[: max_title - 1].rstrip() + "\u2026"
    text = f"{row.get('publisher')}: {title}"
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
    _set_title(slide, title, 36)
    slide.shapes.title.top = Inches(2.3)
    slide.shapes.title.height = Inches(1.0)
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


def add_view_slide(prs, scene: Scene, picture: bytes) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _set_title(slide, scene.title)
    _textbox(
        slide, Inches(0.38), Inches(0.85), Inches(12.6), Inches(0.4), scene.subtitle, 14, MUTED
    )
    left, top, width, height = MAP_BOX
    slide.shapes.add_picture(io.BytesIO(picture), left, top, width, height)

    x = Inches(10.2)
    y = Inches(1.35)
    for value, label in scene.key_figures():
        _textbox(slide, x, y, Inches(2.9), Inches(0.5), value, 22, INK, bold=True)
        _textbox(slide, x, y + Inches(0.45), Inches(2.9), Inches(0.4), label, 11, MUTED)
        y += Inches(0.95)
    if scene.n_unreviewed:
        _textbox(
            slide, x, y, Inches(2.9), Inches(0.6), scene.unreviewed_text, 12, WARNING, bold=True
        )

    publishers = scene.main_publishers(k=6)
    more = scene.n_publishers - len(publishers)
    source_list = "; ".join(publishers)
    if more > 0:
        source_list += " " + gettext("and {n} more").format(n=format_integer(more))
    footnote = " ".join(
        (
            gettext("Sources: {list} (full citations in the notes).").format(
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


def add_sources_slide(prs, scenes: Sequence[Scene]) -> None:
    slide = prs.slides.add_slide(prs.slide_layouts[5])
    _set_title(slide, gettext("Sources"))
    sources = _unique_sources(scenes)
    shown = sources.head(MAX_SOURCES_ON_SLIDE)
    # URLs and long titles would overflow the slide: they are in full in the notes.
    lines = [citation(row, with_url=False, max_title=70) for _, row in shown.iterrows()]
    half = (len(lines) + 1) // 2
    for i, column in enumerate((lines[:half], lines[half:])):
        if column:
            _textbox(
                slide,
                Inches(0.4 + 6.4 * i),
                Inches(1.1),
                Inches(6.2),
                Inches(5.5),
                "\n".join(column),
                9,
                INK,
            )
    if len(sources) > len(shown):
        _textbox(
            slide,
            Inches(0.4),
            Inches(6.7),
            Inches(12.5),
            Inches(0.4),
            gettext("and {n} more: see the speaker notes").format(
                n=format_integer(len(sources) - len(shown))
            ),
            10,
            MUTED,
        )
    _notes(slide, [f"- {citation(row)}" for _, row in sources.iterrows()])


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
    add_sources_slide(prs, scenes)
    prs.core_properties.title = clean(title)
    prs.core_properties.author = "flows-atlas"
    prs.save(str(path))
