"""The README's 3-view briefing, as a presenter opens it: written by ``flows briefing`` on the
bundled data, converted with LibreOffice (``soffice --headless --convert-to pdf``) and drawn
with ``pdftoppm -png``. On every map slide the map fills the body (the whole height between
the key figures and the footnote, the width the legend leaves), the key figures stand on one
line, and they agree with the title and subtitle above them."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from pypdf import PdfReader

from flows.cli import main

ROOT = Path(__file__).resolve().parents[3]
VIEWS = ROOT / "tests" / "data" / "examples" / "views.json"

pytestmark = pytest.mark.skipif(
    shutil.which("soffice") is None or shutil.which("pdftoppm") is None,
    reason="LibreOffice and poppler-utils are needed (CI installs them)",
)


@pytest.fixture(scope="module")
def rendered(tmp_path_factory):
    folder = tmp_path_factory.mktemp("briefing-lo")
    deck = folder / "deck.pptx"
    mp = pytest.MonkeyPatch()
    mp.setenv("FLOWS_WORKSPACE", str(folder / "workspace"))
    try:
        assert main(["briefing", "--views", str(VIEWS), "--out", str(deck)]) == 0
    finally:
        mp.undo()
    subprocess.run(
        [
            "soffice",
            "--headless",
            f"-env:UserInstallation=file://{folder}/lo-profile",
            "--convert-to",
            "pdf",
            "--outdir",
            str(folder),
            str(deck),
        ],
        check=True,
        capture_output=True,
        timeout=240,
    )
    pdf = folder / "deck.pdf"
    subprocess.run(
        ["pdftoppm", "-png", "-r", "100", "-f", "2", "-l", "4", str(pdf), str(folder / "slide")],
        check=True,
        capture_output=True,
        timeout=120,
    )
    pages = sorted(folder.glob("slide-*.png"))
    return PdfReader(pdf), pages


def _map_box(path: Path) -> tuple[float, float, float, float]:
    """The map's frame on a slide image (its thin #999999 border), as fractions of the page."""
    a = np.asarray(Image.open(path).convert("RGB"), dtype=int)
    h, w, _ = a.shape
    border = np.abs(a - 153).max(axis=2) <= 20
    cols = np.flatnonzero(border.sum(axis=0) > h * 0.4)
    rows = np.flatnonzero(border.sum(axis=1) > w * 0.4)
    assert len(cols) >= 2 and len(rows) >= 2, path
    return cols.min() / w, rows.min() / h, cols.max() / w, rows.max() / h


def test_three_map_slides(rendered):
    reader, pages = rendered
    assert len(pages) == 3
    assert len(reader.pages) >= 5  # title, three maps, the sources


@pytest.mark.parametrize("slide", [0, 1, 2])
def test_the_map_fills_the_body(rendered, slide):
    _, pages = rendered
    left, top, right, bottom = _map_box(pages[slide])
    assert right - left >= 0.65  # the width the legend's column leaves
    assert 0.19 <= top and bottom <= 0.9  # between the key figures and the footnote
    assert bottom - top >= 0.64  # the body's whole height (5.1 of 7.5 inches)


@pytest.mark.parametrize("slide", [0, 1, 2])
def test_the_figures_stand_on_one_line_and_agree_with_the_titles(rendered, slide):
    reader, _ = rendered
    lines = reader.pages[slide + 1].extract_text().splitlines()
    title, subtitle = lines[0], lines[1]
    (figures,) = [line for line in lines if " records " in line and "flows drawn" in line]
    assert figures.endswith("records dated")  # one line: the last figure is on it
    assert title.endswith("all years")  # no period chosen: the figure is the records' span
    span = subtitle.rsplit("Records dated ", 1)[1]
    assert f"{span} records dated" in figures
    # the records figure is the number of records the view's filters select
    from flows.export import cli
    from flows.filter_check import vocabulary_of_table
    from flows.views import load_views

    table = cli.load_table(None)
    view = load_views(VIEWS)[slide]
    view = cli.check_view(
        view, table, cli.message_fields(None, "views"), vocabulary_of_table(table)
    )
    assert int(figures.split(" records", 1)[0]) == cli.count_selected(view, table) > 0
