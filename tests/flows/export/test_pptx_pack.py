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
    assert titles[:3] == [
        "Trafficking flows briefing",
        "Weapons into the EU",
        "Trafficking and smuggling flows, all years",
    ]
    assert titles[3:] == ["Sources"] or titles[3:] == [
        f"Sources ({i}/{len(titles) - 3})" for i in range(1, len(titles) - 2)
    ]
    assert calls == [(1, 2, "europe"), (2, 2, "world")]


def test_view_slide_has_map_figures_footnote_and_citations(deck):
    slide = Presentation(str(deck[0])).slides[1]
    pictures = [s for s in slide.shapes if s.shape_type == 13]
    assert len(pictures) == 1 and pictures[0].image.content_type == "image/png"
    texts = [s.text_frame.text for s in slide.shapes if s.has_text_frame]
    joined = "\n".join(texts)
    assert "records" in joined and "Includes 1 unreviewed extracted record" in joined
    footnote = next(t for t in texts if t.startswith("Sources:"))
    assert "Europol" in footnote and "do not imply official endorsement" in footnote
    notes = slide.notes_slide.notes_text_frame.text
    assert "Europol: Firearms trafficking (2020). https://example.org/2020" in notes
    assert "Le Monde: Article (2017)." in notes


def test_sources_slides_list_every_source_in_full_with_its_link(deck):
    slides = [s for s in Presentation(str(deck[0])).slides if s.shapes.title.text[:7] == "Sources"]
    texts = "\n".join(
        shape.text_frame.text for slide in slides for shape in slide.shapes if shape.has_text_frame
    )
    links = {
        run.hyperlink.address
        for slide in slides
        for shape in slide.shapes
        if shape.has_text_frame
        for para in shape.text_frame.paragraphs
        for run in para.runs
        if run.hyperlink.address
    }
    for publisher in ("Frontex", "UNODC", "FATF", "Belgian customs", "Small Arms Survey"):
        assert publisher in texts
    assert "Central Mediterranean (2018). https://example.org/2018" in texts
    assert "\u2026" not in texts and "..." not in texts  # nothing cut
    assert links == {
        f"https://example.org/{y}" for y in ("2017", "2018", "2019", "2020", "2021", "2022", "2016")
    }


def test_the_map_fills_the_body_of_the_slide(deck):
    prs = Presentation(str(deck[0]))
    slide = prs.slides[1]
    (picture,) = [s for s in slide.shapes if s.shape_type == 13]
    texts = [s for s in slide.shapes if s.has_text_frame and s.text_frame.text]
    above = max(s.top + s.height for s in texts if s.top < picture.top)
    below = min(s.top for s in texts if s.top > picture.top)
    # the whole width, from the text above it to the footnote below it
    assert picture.width / prs.slide_width > 0.93
    assert picture.top >= above and picture.top + picture.height <= below
    assert (picture.top + picture.height - above) / (below - above) > 0.95


def test_long_source_lists_go_on_as_many_slides_as_they_need():
    from flows.export.pptx_pack import citation_lines, paginate_sources

    texts = [
        f"Publisher {i}: " + "a long title " * (i % 7 + 1) + "https://x.org/" + "p" * 40
        for i in range(60)
    ]
    pages = paginate_sources(texts)
    assert [i for page in pages for i in page] == list(range(60))  # all, in order, once
    assert len(pages) > 2
    for page in pages:  # each page fits its text box
        assert sum(citation_lines(texts[i]) * 11 * 1.2 / 72 + 11 * 0.45 / 72 for i in page) <= 5.85


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
    assert len(reader.pages) == len(Presentation(str(path)).slides)
    assert "Weapons into the EU" in reader.pages[1].extract_text()


def test_a_view_that_frames_its_data_is_framed_for_the_slide():
    from flows.export.pptx_pack import slide_map_pixels, slide_view
    from flows.views import Camera, View

    width, height = slide_map_pixels()
    assert width / height > 1.7  # the body less the legend: wider than the screen's map
    fitted = slide_view(View())
    assert (fitted.camera.width, fitted.camera.height) == (width, height)
    # a camera of the user's (or the screen's frame) is the export's frame as it is
    chosen = View(camera=Camera(lon=20, lat=44, zoom=5))
    assert slide_view(chosen) == chosen
    screen = View(camera=Camera(fit=True, width=867, height=700))
    assert slide_view(screen) == screen


@pytest.mark.parametrize("n", [1, 5, 40])
def test_the_key_figures_fit_on_one_line(n):
    from flows.export.pptx_pack import FIGURES_PT, FIGURES_W, figures_scale, text_inches

    runs = [("123 456", True, False), (" records " + "very long label " * n, False, False)]
    k = figures_scale(runs, Emu(FIGURES_W).inches)
    big, small = FIGURES_PT
    need = text_inches(runs[0][0], big * k, True) + text_inches(runs[1][0], small * k)
    assert need <= 0.9 * Emu(FIGURES_W).inches + 1e-9
    assert k == 1.0 or need == pytest.approx(0.9 * Emu(FIGURES_W).inches)


def test_a_long_title_is_set_smaller_and_stays_above_the_subtitle(
    tmp_path, table, countries, europe_view
):
    """A French view title wraps at 28 pt and ran over the subtitle (seen on the slides)."""
    from flows.export.pptx_pack import text_inches

    long_title = "Flux d'armes, destination : Union européenne, toutes années, " * 2
    views = [replace(europe_view, name="long", title=long_title), europe_view]
    path = tmp_path / "deck.pptx"
    export_briefing(views, table, countries, path)
    slides = list(Presentation(str(path)).slides)[1:3]
    sizes = []
    for slide in slides:
        title = slide.shapes.title
        size = title.text_frame.paragraphs[0].runs[0].font.size.pt
        width = Emu(title.width).inches - 0.2
        lines = -(-text_inches(title.text_frame.text, size, bold=True) // (0.92 * width))
        subtitle_top = min(
            Emu(s.top).inches
            for s in slide.shapes
            if s.has_text_frame and s.shape_id != title.shape_id
        )
        assert Emu(title.top).inches + lines * size * 1.2 / 72 <= subtitle_top
        sizes.append(size)
    assert sizes[0] < sizes[1] == 28
