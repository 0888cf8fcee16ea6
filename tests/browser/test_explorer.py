"""The explorer in headless Chromium: loads, draws, filters, opens sources, stays offline."""

from __future__ import annotations

import math

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import (
    canvas_not_blank,
    external,
    map_box,
    map_frame,
    mercator,
    next_frames,
    screenshot,
    tooltip,
    wait_idle,
    wait_map_settled,
)

pytestmark = pytest.mark.browser


def test_map_loads_offline_and_draws(recorded_page, dashboard_url, browser_output):
    page = recorded_page.page
    page.goto(
        dashboard_url + "/?cat=weapons,migrant_smuggling,drugs,human_trafficking,"
        "illicit_finance,other"
    )
    wait_idle(page)
    assert canvas_not_blank(page), "the map canvas is blank"
    page.screenshot(path=str(browser_output / "explorer-1920x1080.png"), full_page=False)
    assert not page.locator("[data-testid='stException']").count()
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == [], "requests left 127.0.0.1"


def _sidebar_count(page) -> int:
    text = page.locator("[data-testid='stSidebar']").get_by_text("records match").inner_text()
    return int(text.split()[0].replace(",", ""))


def test_a_filter_change_changes_the_count(recorded_page, dashboard_url, browser_output):
    page = recorded_page.page
    page.goto(dashboard_url)
    wait_idle(page)
    before = _sidebar_count(page)
    category = page.locator("[data-testid='stSidebar'] [data-testid='stMultiSelect']").first
    category.click()
    page.keyboard.type("Drugs")
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    page.wait_for_function(
        "n => !document.body.innerText.includes(n + ' of ')", arg=f"{before:,}", timeout=30_000
    )
    wait_idle(page)
    after = _sidebar_count(page)
    assert 0 < after < before
    assert "cat=drugs" in page.url  # the view is in the URL
    page.screenshot(path=str(browser_output / "explorer-filtered-drugs.png"))
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == []


def _find_arc(page, a: tuple[float, float], b: tuple[float, float], zoom: float, text: str):
    """Hover across the middle of the chord a-b until the arc's tooltip shows; its point.

    The sweep moves fast, so the tooltip can lag the mouse by a few steps on a busy machine:
    the last points are tried again, each read after the map's next frames (a click on a
    point a few pixels off the arc selects nothing)."""
    wait_map_settled(page)
    box = map_box(page)
    frame = map_frame(page)
    cx, cy = box["x"] + box["width"] / 2, box["y"] + box["height"] / 2
    (ax, ay), (bx, by) = mercator(*a, zoom), mercator(*b, zoom)
    dx, dy = bx - ax, by - ay
    length = math.hypot(dx, dy)
    nx, ny = -dy / length, dx / length
    tip = tooltip(page)

    def shows_text() -> bool:
        return bool(tip.count() and tip.first.is_visible() and text in tip.first.inner_text())

    for along in (0.5, 0.4, 0.6):
        # the map is centred on the chord's midpoint
        mx, my = cx + (along - 0.5) * dx, cy + (along - 0.5) * dy
        tried: list[tuple[float, float]] = []
        for offset in [o for k in range(0, 61) for o in ((k * 5,) if k == 0 else (k * 5, -k * 5))]:
            x, y = mx + nx * offset, my + ny * offset
            page.mouse.move(x, y)
            page.wait_for_timeout(30)
            tried.append((x, y))
            if shows_text():
                for point in reversed(tried[-8:]):
                    page.mouse.move(*point)
                    next_frames(frame)
                    if shows_text():
                        return point
    return None


def _click_arc(page, point: tuple[float, float], text: str) -> None:
    """Click the arc at ``point`` as a person does: once its tooltip shows there."""
    page.mouse.move(*point)
    expect(tooltip(page).first).to_contain_text(text, timeout=30_000)
    page.mouse.click(*point)


HOSTILE = "<img src=x onerror=alert(1)>"
REYKJAVIK, OSLO = (-21.89541, 64.13548), (10.74609, 59.91273)


def _centre_between(a: tuple[float, float], b: tuple[float, float], zoom: float) -> str:
    """URL camera parameters that put the screen midpoint of ``a`` and ``b`` in the centre."""
    mx = (mercator(*a, zoom)[0] + mercator(*b, zoom)[0]) / 2
    my = (mercator(*a, zoom)[1] + mercator(*b, zoom)[1]) / 2
    world = 512 * 2**zoom
    lon = mx / world * 360 - 180
    lat = math.degrees(math.atan(math.sinh(math.pi * (1 - 2 * my / world))))
    return f"lon={lon!r}&lat={lat!r}&zoom={zoom!r}"


def test_click_on_an_arc_opens_its_sources_and_hostile_text_stays_text(
    recorded_page, dashboard_url, browser_output
):
    page = recorded_page.page
    reykjavik, oslo, zoom = REYKJAVIK, OSLO, 4.0
    page.goto(f"{dashboard_url}/?org=IS&{_centre_between(reykjavik, oslo, zoom)}")
    wait_idle(page)
    assert _sidebar_count(page) == 1
    point = _find_arc(page, reykjavik, oslo, zoom, "Oslo")
    assert point is not None, "no arc under the mouse between Reykjavik and Oslo"
    screenshot(page, browser_output / "explorer-arc-tooltip.png")
    _click_arc(page, point, "Oslo")
    details = page.locator(".flows-details").first
    expect(page.get_by_text("Sources behind the selection")).to_be_visible(timeout=30_000)
    expect(details).to_contain_text(HOSTILE, timeout=30_000)
    wait_idle(page)
    details.scroll_into_view_if_needed()
    screenshot(page, browser_output / "explorer-details-hostile.png")
    assert HOSTILE in details.inner_text()
    assert "example.org/hostile" in details.locator("a").first.get_attribute("href")
    # nothing the record says became markup or ran
    assert page.locator("img[src='x']").count() == 0
    assert recorded_page.dialogs == []
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == []


def test_briefing_mode_at_1920x1080(recorded_page, dashboard_url, browser_output):
    page = recorded_page.page
    page.goto(f"{dashboard_url}/?cat=drugs,weapons&shade=in&from=2010.0&to=2025.0")
    wait_idle(page)
    page.get_by_text("Briefing mode").click()
    wait_idle(page)
    assert canvas_not_blank(page)
    page.screenshot(path=str(browser_output / "explorer-briefing-1920x1080.png"))
    assert not page.locator("[data-testid='stSidebar']").is_visible()
    legend = page.locator(".flows-legend").first
    assert legend.is_visible()
    # projector sizes: legend text at least 17 px, title at least 40 px
    size = legend.evaluate("e => parseFloat(getComputedStyle(e).fontSize)")
    assert size >= 17
    title = page.get_by_text("Drugs and Weapons flows, 2010-2024").first
    assert title.evaluate("e => parseFloat(getComputedStyle(e).fontSize)") >= 40
    assert page.get_by_text("do not imply official endorsement", exact=False).first.is_visible()
    assert not page.locator("[data-testid='stException']").count()
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == []


def test_table_selection_opens_the_records_and_highlights_the_map(
    recorded_page, dashboard_url, browser_output
):
    page = recorded_page.page
    page.goto(f"{dashboard_url}/?cat=drugs")
    wait_idle(page)
    table = page.locator("[data-testid='stDataFrame']").first
    table.scroll_into_view_if_needed()
    box = table.bounding_box()
    # the first row's selection checkbox (header row is ~35 px high at this font size)
    page.mouse.click(box["x"] + 15, box["y"] + 52)
    page.get_by_text("Records selected in the table").first.wait_for(timeout=30_000)
    wait_idle(page)
    details = page.locator(".flows-details").first
    assert "1 record" in details.inner_text()
    page.screenshot(path=str(browser_output / "explorer-table-selection.png"))
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == []


def test_export_downloads_the_view_on_screen(recorded_page, dashboard_url, browser_output):
    from PIL import Image

    page = recorded_page.page
    page.goto(dashboard_url + "/?cat=drugs")
    wait_idle(page)
    page.get_by_text("Export this view").click()
    button = page.locator("[data-testid='stDownloadButton'] button")
    with page.expect_download(timeout=90_000) as info:
        button.click()
    download = info.value
    assert download.suggested_filename.endswith(".png")
    target = browser_output / f"export-{download.suggested_filename}"
    download.save_as(target)
    with Image.open(target) as image:
        assert image.size == (1920, 1080)
        assert len(image.convert("RGB").getcolors(maxcolors=1_000_000) or []) > 50
    assert download.suggested_filename.startswith("drugs-flows")  # named after the title
    assert recorded_page.errors == []
    assert external(recorded_page.requests) == []


AMP_RECORD = """\
- id: test-amp-tooltip
  category: weapons
  origin: Reykjavik
  destination: Oslo
  period_start: "2016"
  status: curated
  verification: reported
  confidence: 0.9
  quantity: {value: 0.4, unit: "t & kg <x>", what: rifles, estimate: true}
  sources:
    - {title: "A & B <x>", publisher: "A & B <x>", published: "2016"}
"""


@pytest.fixture(scope="module")
def amp_dashboard_url(tmp_path_factory, browser_output):
    """A dashboard whose only Icelandic record has "&" and "<x>" in its quantity unit."""
    from tests.browser.conftest import running_dashboard

    extra = tmp_path_factory.mktemp("amp-data")
    (extra / "amp.yaml").write_text(AMP_RECORD, encoding="utf-8")
    with running_dashboard(
        {
            "FLOWS_WORKSPACE": str(tmp_path_factory.mktemp("amp-workspace")),
            "FLOWS_EXTRA_DATA": str(extra),
        },
        browser_output / "streamlit-amp.log",
    ) as url:
        yield url


def test_tooltip_shows_record_text_as_typed_not_escaped_twice(
    recorded_page, amp_dashboard_url, browser_output
):
    page = recorded_page.page
    reykjavik, oslo, zoom = REYKJAVIK, OSLO, 4.0
    page.goto(f"{amp_dashboard_url}/?org=IS&{_centre_between(reykjavik, oslo, zoom)}")
    wait_idle(page)
    assert _find_arc(page, reykjavik, oslo, zoom, "Oslo") is not None
    page.screenshot(path=str(browser_output / "explorer-tooltip-ampersand.png"))
    text = tooltip(page).first.inner_text()
    # tooltip values are escaped once (escape_tooltips): "&amp;" would mean escaped twice
    assert "0.4 t & kg <x> (sum of figures given, includes estimates)" in text
    assert "&amp;" not in text and "&lt;" not in text
    assert recorded_page.dialogs == [] and recorded_page.errors == []


@pytest.fixture(scope="module")
def big_dashboard_url(tmp_path_factory, browser_output):
    """A dashboard on 20,000 synthetic records with an empty table cache: the records take
    a moment to load, as a big file does."""
    import subprocess
    import sys

    from tests.browser.conftest import running_dashboard

    data = tmp_path_factory.mktemp("big-data") / "synthetic.parquet"
    subprocess.run(
        [sys.executable, "-m", "flows.cli", "synth", "--records", "20000", "--out", str(data),
         "--seed", "2"],
        check=True, capture_output=True,
    )  # fmt: skip
    with running_dashboard(
        {
            "FLOWS_WORKSPACE": str(tmp_path_factory.mktemp("big-workspace")),
            "FLOWS_EXTRA_DATA": str(data),
            "FLOWS_TABLE_CACHE_DIR": str(tmp_path_factory.mktemp("big-cache")),
        },
        browser_output / "streamlit-big.log",
    ) as url:
        yield url


def test_the_map_is_shown_while_the_records_load_then_drawn_in_place(
    recorded_page, big_dashboard_url, browser_output
):
    """The first visit on new data shows the map's frame (the basemap) while the records
    load, and draws the records into that same frame: the browser builds the map meanwhile."""
    from tests.browser.helpers import MAP

    page = recorded_page.page
    page.goto(big_dashboard_url)
    page.get_by_text("records match").first.wait_for(timeout=120_000)
    frame = page.frame_locator(MAP).first
    frame.locator("#map[data-drawn]").wait_for(state="attached", timeout=120_000)
    # the frame that draws the records is the one that was given the loading map
    assert frame.locator("#map").get_attribute("data-loading-received") == "1"
    wait_idle(page)
    assert canvas_not_blank(page), "the map canvas is blank"
    page.screenshot(path=str(browser_output / "explorer-big.png"), full_page=False)
    # land and borders come from files beside the map, on this server
    assert any("borders-data-" in url for url in recorded_page.requests)
    assert external(recorded_page.requests) == [], "requests left 127.0.0.1"
    assert not page.locator("[data-testid='stException']").count()
    assert recorded_page.errors == []


def test_beyond_the_world_edges_the_frame_shows_the_sea_not_white(
    recorded_page, dashboard_url, browser_output
):
    """At the world view a wide frame is wider than the world (which does not repeat
    sideways): the frame's background there is the sea's colour of the theme."""
    from io import BytesIO

    from PIL import Image

    from flows.render.palette import LIGHT
    from tests.browser.helpers import MAP

    page = recorded_page.page
    page.goto(dashboard_url + "/?lon=0&lat=20&zoom=0.2")
    wait_idle(page)
    assert canvas_not_blank(page), "the map canvas is blank"
    frame = page.locator(MAP).first
    image = Image.open(BytesIO(frame.screenshot())).convert("RGB")
    page.screenshot(path=str(browser_output / "explorer-world-edges.png"), full_page=False)
    width, height = image.size
    # the world is 512 * 2**0.2 = 588 px wide, centred: both side strips are outside it
    for x in (3, width - 4):
        assert image.getpixel((x, height // 2)) == LIGHT.sea[:3], f"column {x}"
    assert recorded_page.errors == []
