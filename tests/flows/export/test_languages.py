"""Every export in French and in English: no message of the other language in any text a
reader gets (image text, PDF, slides and notes, HTML overlay and tooltips, table headers,
animation captions); places named in the export's language; `--lang` on the command line."""

from __future__ import annotations

import html
import io
import json
import re
import zipfile
from dataclasses import replace

import matplotlib.text
import pandas as pd
import pytest
from pptx import Presentation
from pypdf import PdfReader

from flows.cli import main
from flows.export import animate
from flows.export.api import export_briefing, render_snapshot
from flows.export.formats import FORMATS
from tests.flows.export.conftest import make_records
from tests.language_leaks import leaks

OTHER = {"fr": "en", "en": "fr"}


def _data_words() -> list[str]:
    """The records' own words (titles, publishers, commodities...), left as sources wrote them."""
    words: list[str] = []
    for record in make_records():
        words += [record.id, record.commodity or "", record.summary or "", *record.actors]
        for source in record.sources:
            words += [source.title or "", source.publisher or "", source.url or ""]
    return [w for w in words if w]


def _figure_texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(matplotlib.text.Text) if t.get_text()]


def _pptx_text(data: bytes) -> str:
    prs = Presentation(io.BytesIO(data))
    out = []
    for slide in prs.slides:
        out += [s.text_frame.text for s in slide.shapes if s.has_text_frame]
        if slide.has_notes_slide:
            out.append(slide.notes_slide.notes_text_frame.text)
    return "\n".join(out)


def _html_text(document: str) -> str:
    """The overlay's words (tags removed) and the deck's tooltips and labels."""
    overlay = re.search(r'<div id="flows-overlay">.*?</div>\s*(?=<)', document, re.S)
    words = html.unescape(re.sub(r"<[^>]+>", " ", overlay.group(0))) if overlay else ""
    human = []
    for raw in re.findall(r'"(?:title|body|more|text)":\s*"((?:[^"\\]|\\.)*)"', document):
        try:
            human.append(json.loads(f'"{raw}"'))
        except json.JSONDecodeError:
            human.append(raw)
    return "\n".join([words, *human])


def _table_text(fmt: str, data: bytes) -> str:
    if fmt == "csv":
        return data.decode("utf-8").splitlines()[0]  # the readers' header row
    book = pd.read_excel(io.BytesIO(data), sheet_name=None, header=None)
    out = [" | ".join(str(v) for v in frame.iloc[0]) for frame in book.values()]
    about = book["about"]
    out += [str(v) for v in about.iloc[2:, 0]]  # the about sheet's field names
    return "\n".join(out)


def export_text(fmt: str, view, table, countries, monkeypatch) -> str:
    """The words a reader gets from one export of ``view``."""
    if fmt in ("gif", "mp4"):
        captions: list[str] = []
        original = animate.figure_rgb

        def keep(fig):
            captions.extend(_figure_texts(fig))
            return original(fig)

        monkeypatch.setattr(animate, "figure_rgb", keep)
        render_snapshot(view, table, countries, fmt)
        monkeypatch.undo()
        return "\n".join(captions)
    data = render_snapshot(view, table, countries, fmt)
    if fmt == "png":
        from flows.export.render_static import render_figure
        from flows.export.scene import build_scene

        return "\n".join(_figure_texts(render_figure(build_scene(view, table), countries)))
    if fmt == "svg":
        return "\n".join(re.findall(r"<text[^>]*>([^<]*)</text>", data.decode("utf-8")))
    if fmt == "pdf":
        return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)
    if fmt == "pptx":
        return _pptx_text(data)
    if fmt == "html":
        return _html_text(data.decode("utf-8"))
    if fmt in ("csv", "xlsx"):
        return _table_text(fmt, data)
    if fmt == "geojson":
        names = [f["properties"].get("dest_name") for f in json.loads(data)["features"]]
        return "\n".join(n for n in names if n)
    if fmt == "gpkg":
        return "gpkg"  # machine-readable by design: property names stay the machine names
    raise AssertionError(fmt)


READER_FORMATS = [key for key, _ in FORMATS.values() if key not in ("geojson", "gpkg")]


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("fmt", READER_FORMATS)
def test_every_export_speaks_one_language(fmt, lang, table, countries, europe_view, monkeypatch):
    view = replace(europe_view, title="", lang=lang)  # the automatic title
    text = export_text(fmt, view, table, countries, monkeypatch)
    data = [*_data_words(), view.name]  # the view's name is the user's own
    assert leaks(text, OTHER[lang], data) == [], fmt
    assert leaks(text, lang, data), f"{fmt}: no text of the export was read"


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [
        ("svg", "Flux d'armes, toutes années"),
        ("pdf", "Légende"),
        ("pptx", "Références complètes"),
        ("html", "Flux d'armes"),
        ("csv", "Pays d'origine"),
        ("xlsx", "Identifiant de l'enregistrement"),
        ("gif", "Flux d'armes, 2015"),
    ],
)
def test_french_exports_read_french(fmt, expected, table, countries, europe_view, monkeypatch):
    view = replace(europe_view, title="", lang="fr")
    assert expected in export_text(fmt, view, table, countries, monkeypatch)


def test_places_are_named_in_the_exports_language(table, countries, europe_view, monkeypatch):
    view = replace(europe_view, title="", lang="fr")
    text = export_text("geojson", view, table, countries, monkeypatch)
    assert "Varsovie" in text and "Warsaw" not in text
    svg = export_text("svg", view, table, countries, monkeypatch)
    assert "Varsovie" in svg and "Warsaw" not in svg


def test_csv_keeps_the_machine_names_in_the_second_row(table, countries, europe_view):
    data = render_snapshot(replace(europe_view, lang="fr"), table, countries, "csv")
    first, second = data.decode("utf-8").splitlines()[:2]
    assert first.startswith("Identifiant de l'enregistrement,Catégorie,")
    assert second.startswith("id,category,")
    read = pd.read_csv(io.BytesIO(data), header=1)
    assert set(read["category"]) == {"weapons"}  # values stay the vocabulary's codes
    machine = render_snapshot(
        replace(europe_view, lang="fr"), table, countries, "csv", machine_headers=True
    )
    assert machine.decode("utf-8").splitlines()[0].startswith("id,category,")


def test_a_french_three_view_briefing(tmp_path, table, countries, europe_view, world_view):
    views = [
        replace(europe_view, name="europe", title=""),
        replace(world_view, name="monde"),
        replace(europe_view, name="drugs", title="", filters=replace(world_view.filters)),
    ]
    path = export_briefing(views, table, countries, tmp_path / "fr.pptx", lang="fr")
    text = _pptx_text(path.read_bytes())
    assert "Note sur les flux de trafics" in text  # the pack's title in French
    assert "3 cartes" in text and "Sources" in text
    assert leaks(text, "en", _data_words()) == []
    with zipfile.ZipFile(path) as pack:  # a real PPTX
        assert "ppt/presentation.xml" in pack.namelist()


@pytest.fixture
def data_file(tmp_path, records):
    import yaml

    path = tmp_path / "records.yaml"
    path.write_text(
        yaml.safe_dump([r.model_dump(exclude_none=True) for r in records], allow_unicode=True),
        encoding="utf-8",
    )
    return path


def test_snapshot_and_briefing_take_lang(tmp_path, data_file):
    from flows.views import Filters, View, save_views

    out = tmp_path / "armes.svg"
    argv = ["snapshot", "--data", str(data_file), "--category", "weapons", "--lang", "fr"]
    assert main([*argv, "--out", str(out)]) == 0
    assert "Flux d'armes" in out.read_text(encoding="utf-8")
    views = tmp_path / "views.json"
    save_views(views, [View(name="a", filters=Filters(categories=("weapons",)), lang="en")])
    deck = tmp_path / "note.pptx"
    argv = ["briefing", "--data", str(data_file), "--views", str(views), "--lang", "fr"]
    assert main([*argv, "--out", str(deck)]) == 0
    text = _pptx_text(deck.read_bytes())
    assert "Flux d'armes" in text and "Weapons flows" not in text  # --lang wins over the view's
