"""The offline HTML export, opened in headless Chromium: it draws the map with its title,
legend and tooltips, makes no request outside the file itself, and runs no injected script."""

from __future__ import annotations

import math
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
CENTER, ZOOM = (18.0, 45.0), 3.5
RECORDS = """\
- id: html-kyiv-warsaw
  category: weapons
  commodity: small arms
  origin: Kyiv
  destination: Warsaw
  period_start: "2016"
  sources:
    - {title: Arms report, publisher: Europol, url: "https://example.org/a", published: "2017"}
- id: html-tripoli-lampedusa
  category: migrant_smuggling
  origin: Tripoli
  destination: Lampedusa
  period_start: "2016"
  sources:
    - {title: Sea crossings, publisher: Frontex, url: "https://example.org/b", published: "2017"}
"""
LOCAL_PREFIXES = ("file://", "data:", "blob:", "about:", "http://127.0.0.1", "http://localhost")


@pytest.fixture(scope="module")
def html_file(tmp_path_factory, hostile_data) -> Path:
    folder = tmp_path_factory.mktemp("html-export")
    data = folder / "records.yaml"
    data.write_text(RECORDS, encoding="utf-8")
    out = folder / "map.html"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "flows.cli",
            "snapshot",
            "--data",
            str(data),
            "--data",
            str(hostile_data),
            "--center",
            f"{CENTER[0]},{CENTER[1]}",
            "--zoom",
            str(ZOOM),
            "--title",
            "Offline <b>map</b>",
            "--out",
            str(out),
        ],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr
    return out


def pixel(lon: float, lat: float, width: int, height: int) -> tuple[float, float]:
    """Screen position of (lon, lat) in deck.gl's Web Mercator at CENTER and ZOOM."""
    scale = 512 * 2**ZOOM / (2 * math.pi)

    def merc(lo: float, la: float) -> tuple[float, float]:
        return scale * math.radians(lo), scale * math.log(
            math.tan(math.pi / 4 + math.radians(la) / 2)
        )

    x0, y0 = merc(*CENTER)
    x, y = merc(lon, lat)
    return width / 2 + (x - x0), height / 2 - (y - y0)


def test_html_is_one_file_without_external_tags(html_file):
    page = html_file.read_text(encoding="utf-8")
    assert "<script src=" not in page.replace("'", '"').lower()
    assert 'rel="stylesheet" href="http' not in page
    assert "<img src=x" not in page  # the hostile source title is escaped everywhere


def test_html_draws_map_offline(html_file, recorded_page, browser_output):
    page = recorded_page.page
    page.goto(html_file.as_uri())
    page.wait_for_selector("#deck-container canvas", timeout=30000)
    page.wait_for_timeout(2500)  # let deck.gl draw its first frames
    page.screenshot(path=str(browser_output / "html-export.png"))

    overlay = page.inner_text("#flows-overlay")
    assert "Offline <b>map</b>" in overlay  # shown as text, not markup
    # the page's own legend (flows.render.legend.legend_for), in the page's words
    assert "Weapons" in overlay and "Migrant smuggling" in overlay and "Showing" in overlay
    assert "do not imply official endorsement" in overlay

    # The map is drawn: sample the canvas for the weapons colour (vermillion).
    colours = page.evaluate(
        """() => {
          const c = document.querySelector('#deck-container canvas');
          const off = document.createElement('canvas');
          off.width = c.width; off.height = c.height;
          const ctx = off.getContext('2d');
          ctx.drawImage(c, 0, 0);
          const d = ctx.getImageData(0, 0, off.width, off.height).data;
          let vermillion = 0, land = 0;
          for (let i = 0; i < d.length; i += 16) {
            const r = d[i], g = d[i + 1], b = d[i + 2];
            if (r > 180 && g > 60 && g < 130 && b < 60) vermillion++;
            if (r > 235 && g > 235 && b > 230) land++;
          }
          return {vermillion, land};
        }"""
    )
    assert colours["vermillion"] > 20 and colours["land"] > 1000, colours

    # Tooltip: hover the Kyiv hub.
    viewport = page.viewport_size
    x, y = pixel(30.52, 50.45, viewport["width"], viewport["height"])
    page.mouse.move(x, y)
    page.wait_for_timeout(800)
    tooltip = page.locator(".deck-tooltip")
    assert "Kyiv" in tooltip.inner_text()

    outside = [u for u in recorded_page.requests if not u.startswith(LOCAL_PREFIXES)]
    assert outside == []
    assert recorded_page.dialogs == [] and recorded_page.errors == []
