"""The briefing pack opens with python-pptx and converts to PDF with LibreOffice."""

import shutil
import subprocess
from dataclasses import replace

import pytest
from pptx import Presentation
from pptx.util import Emu
from pypdf import PdfReader

from flows.export.api import export_briefing


@pytest.fixture(scope="module")
def deck(tmp_path_factory, table, countries, europe_view, world_view):
    views = [
        replace(europe_view, name="europe"),
        replace(world_view, layers=replace(world_view.layers, shading="none")),
    ]
    path = tmp_path_factory.mktemp("pptx") / "deck.pptx"
    calls = []
    export_briefing(views, table, countries, path, progress=lambda *a: calls.append(a))
    return path, calls


def test_slides_title_views_sources(deck):
    path, calls = deck
    prs = Presentation(str(path))
    assert (Emu(prs.slide_width).inches, Emu(prs.slide_height).inches) == pytest.approx(
        (13.333, 7.5), abs=0.01
    )
    titles = [s.shapes.title.text for s in prs.slides]
    assert titles == [
        "Trafficking flows briefing",
        "Weapons into the EU",
        "Trafficking and smuggling flows, all years",
        "Sources",
    ]
    assert calls == [(1, 2, "europe"), (2, 2, "world")]


def test_view_slide_has_map_figures_footnote_and_citations(deck):
    slide = Presentation(str(deck[0])).slides[1]
    pictures = [s for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 1 and pictures[0].image.content_type == "image/png"
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    joined = "\n".join(texts)
    assert "records selected" in joined and "Includes 1 unreviewed extracted record" in joined
    footnote = next(t for t in texts if t.startswith("Sources:"))
    assert "Europol" in footnote and "do not imply official endorsement" in footnote
    notes = slide.notes_slide.notes_text_frame.text
    assert "Europol: Firearms trafficking (2020). https://example.org/2020" in notes
    assert "Le Monde: Article (2017)." in notes


def test_sources_slide_lists_every_source(deck):
    slide = Presentation(str(deck[0])).slides[-1]
    notes = slide.notes_slide.notes_text_frame.text
    for publisher in ("Frontex", "UNODC", "FATF", "Belgian customs", "Small Arms Survey"):
        assert publisher in notes


def test_untrusted_text_in_titles_is_kept(tmp_path, table, countries):
    from flows.views import View

    title = 'Flows <b>&</b> "quotes" \x0b end'
    path = tmp_path / "deck.pptx"
    export_briefing([replace(View(name="x"), title=title)], table, countries, path)
    assert Presentation(str(path)).slides[1].shapes.title.text == 'Flows <b>&</b> "quotes"  end'


@pytest.mark.skipif(
    shutil.which("soffice") is None,
    reason="LibreOffice (soffice) is not installed: apt-get install -y "
    "--no-install-recommends libreoffice-impress (CI installs it)",
)
def test_pptx_converts_to_pdf_with_libreoffice(deck, tmp_path):
    path, _ = deck
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{tmp_path}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(tmp_path),
            str(path),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    reader = PdfReader(tmp_path / "deck.pdf")
    assert len(reader.pages) == 4
    assert "Weapons into the EU" in reader.pages[1].extract_text()
