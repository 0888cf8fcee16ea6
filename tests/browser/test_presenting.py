"""One view, one picture, and presenting, in headless Chromium at 1600x1000:

- the camera set with the mouse (wheel zoom, drag) reaches the URL, a saved view and the PNG
  export;
- the zoom buttons move the map (and the URL);
- in briefing mode (which the URL carries) arrow keys and Page Up/Down step through the
  saved views;
- a clicked flow's sources show beside the map, inside the first screen;
- an online basemap that cannot load (this machine has no internet) says so.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from urllib.parse import parse_qs, urlparse

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.browser.helpers import MAP, external, map_box, wait_idle

pytestmark = pytest.mark.browser

ROOT = Path(__file__).resolve().parents[2]
VIEWPORT = {"width": 1600, "height": 1000}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory) -> Path:
    """A workspace holding the README's three example views."""
    path = tmp_path_factory.mktemp("presenting-workspace")
    shutil.copyfile(ROOT / "tests" / "data" / "examples" / "views.json", path / "views.json")
    return path


@pytest.fixture(scope="module")
def url(workspace, hostile_data, browser_output):
    from tests.browser.conftest import start_dashboard, stop

    proc, base = start_dashboard(
        {"FLOWS_WORKSPACE": str(workspace), "FLOWS_EXTRA_DATA": str(hostile_data)},
        browser_output / "streamlit-presenting.log",
    )
    try:
        yield base
    finally:
        stop(proc)


@pytest.fixture
def page(chromium):
    from tests.browser.conftest import RecordedPage

    context = chromium.new_context(viewport=VIEWPORT, accept_downloads=True)
    recorded = RecordedPage(context.new_page())
    try:
        yield recorded
    finally:
        context.close()


def _camera(page_url: str) -> tuple[float, float, float]:
    """Longitude, latitude and zoom in a URL (a missing one is the default view's)."""
    from flows.views import Camera

    q, default = parse_qs(urlparse(page_url).query), Camera()
    return tuple(float(q[k][0]) if k in q else getattr(default, k) for k in ("lon", "lat", "zoom"))


def _wait_camera_change(page, before: str) -> None:
    """Wait until the map has said its last camera and the URL carries it."""
    page.wait_for_function(
        "before => window.location.search !== before && window.location.search.includes('zoom=')",
        arg=before,
        timeout=60_000,
    )
    frame = page.frame_locator(MAP).first.locator("#map")
    deadline = 120
    while deadline > 0:
        wait_idle(page)
        if frame.get_attribute("data-pending") == "0":
            reported = json.loads(frame.get_attribute("data-reported"))
            if _camera(page.url) == pytest.approx(
                (reported["lon"], reported["lat"], reported["zoom"]), abs=1e-6
            ):
                return
        page.wait_for_timeout(1000)
        deadline -= 1
    raise AssertionError(f"the URL never caught up with the map: {page.url}")


def test_the_mouse_camera_reaches_the_url_a_saved_view_and_the_png(page, url, workspace):
    p = page.page
    p.goto(f"{url}/?cat=drugs&lon=20.0&lat=40.0&zoom=3.0")
    wait_idle(p)
    box = map_box(p)
    before = p.evaluate("window.location.search")
    # zoom in with the wheel over the Balkans' side of the map, then drag westwards
    x, y = box["x"] + box["width"] * 0.6, box["y"] + box["height"] * 0.45
    p.mouse.move(x, y)
    for _ in range(4):
        p.mouse.wheel(0, -240)
        p.wait_for_timeout(150)
    p.mouse.down()
    p.mouse.move(x - 180, y + 60, steps=12)
    p.mouse.up()
    _wait_camera_change(p, before)
    lon, lat, zoom = _camera(p.url)
    assert zoom > 4.0, p.url  # zoomed in by the wheel
    assert (lon, lat) != (20.0, 40.0)

    # a saved view keeps the camera
    p.get_by_label("Name of the current view").fill("Zoomed by mouse")
    p.get_by_role("button", name="Save current view").click()
    wait_idle(p)
    saved = json.loads((workspace / "views.json").read_text(encoding="utf-8"))
    view = next(v for v in saved["views"] if v["name"] == "Zoomed by mouse")
    assert view["camera"]["zoom"] == pytest.approx(zoom, abs=1e-6)
    assert (view["camera"]["lon"], view["camera"]["lat"]) == pytest.approx((lon, lat), abs=1e-6)

    # the PNG export is of that camera (the file says which view it shows)
    from PIL import Image

    p.get_by_text("Export this view").click()
    with p.expect_download(timeout=120_000) as info:
        p.locator("[data-testid='stDownloadButton'] button").click()
    target = Path(info.value.path())
    with Image.open(target) as image:
        described = image.info["Description"]
    exported = _camera("http://x/" + described.split(": ", 1)[1])
    assert exported == pytest.approx((lon, lat, zoom), abs=1e-6)
    assert page.errors == [] and external(page.requests) == []


def test_zoom_buttons_zoom_the_map(page, url):
    p = page.page
    p.goto(f"{url}/?cat=weapons&lon=20.0&lat=45.0&zoom=3.5")
    wait_idle(p)
    map_box(p)
    before = p.evaluate("window.location.search")
    p.frame_locator(MAP).first.get_by_role("button", name="Zoom in").click()
    _wait_camera_change(p, before)
    assert _camera(p.url)[2] == pytest.approx(4.5, abs=0.05)
    before = p.evaluate("window.location.search")
    p.frame_locator(MAP).first.get_by_role("button", name="Zoom out").click()
    p.frame_locator(MAP).first.get_by_role("button", name="Zoom out").click()
    p.wait_for_function(
        "b => window.location.search !== b && window.location.search.includes('zoom=2.5')",
        arg=before,
        timeout=60_000,
    )
    assert page.errors == [] and external(page.requests) == []


def _heading(p):
    return p.locator("[data-testid='stMainBlockContainer'] div[style*='font-weight:700']").first


def test_briefing_mode_from_the_url_and_keys_step_through_saved_views(page, url, browser_output):
    p = page.page
    p.goto(f"{url}/?brief=1")
    wait_idle(p)
    map_box(p)
    assert not p.locator("[data-testid='stSidebar']").is_visible()  # briefing mode
    titles = []
    for key in ("ArrowRight", "PageDown", "ArrowRight", "ArrowLeft", "PageUp"):
        before = p.evaluate("window.location.search")
        p.keyboard.press(key)
        p.wait_for_function("b => window.location.search !== b", arg=before, timeout=60_000)
        wait_idle(p)
        assert "brief=1" in p.url
        titles.append(_heading(p).inner_text())
    assert titles == [
        "Migrant smuggling flows via Balkans, all years",
        "Weapons flows to European Union, all years",
        "Drugs flows to European Union, all years",
        "Weapons flows to European Union, all years",
        "Migrant smuggling flows via Balkans, all years",
    ]
    p.screenshot(path=str(browser_output / "briefing-keys-1600x1000.png"))
    assert page.errors == [] and external(page.requests) == []


def test_a_clicked_flows_sources_show_beside_the_map(page, url, browser_output):
    from tests.browser.test_explorer import OSLO, REYKJAVIK, _centre_between, _find_arc

    p = page.page
    p.goto(f"{url}/?org=IS&{_centre_between(REYKJAVIK, OSLO, 4.0)}")
    wait_idle(p)
    point = _find_arc(p, REYKJAVIK, OSLO, 4.0, "Oslo")
    assert point is not None
    heading = p.get_by_text("Sources behind the selection")
    for _ in range(3):  # a click during a rerun (the map saying its size) may be lost: again
        wait_idle(p)
        p.mouse.click(*point)
        try:
            heading.wait_for(timeout=20_000)
            break
        except PlaywrightTimeout:
            continue
    heading.wait_for(timeout=10_000)
    wait_idle(p)
    box = map_box(p)
    details = p.locator(".flows-details").first
    d = details.bounding_box()
    p.screenshot(path=str(browser_output / "sources-beside-the-map-1600x1000.png"))
    assert d["x"] >= box["x"] + box["width"] - 1  # beside the map, on its right
    assert d["y"] < VIEWPORT["height"] - 100  # on the first screen, no scrolling
    assert "example.org/hostile" in details.locator("a").first.get_attribute("href")
    assert page.errors == []


def test_an_online_basemap_that_cannot_load_says_so(page, url, browser_output):
    p = page.page
    p.goto(f"{url}/?cat=weapons&basemap=online")
    p.get_by_text("The online basemap cannot load", exact=False).first.wait_for(timeout=60_000)
    wait_idle(p)
    p.screenshot(path=str(browser_output / "online-basemap-offline.png"))
    # the bundled country shapes are drawn instead of a blank background
    from io import BytesIO

    from PIL import Image

    from tests.browser.helpers import map_canvas

    image = Image.open(BytesIO(map_canvas(p).screenshot())).convert("RGB")
    assert len(image.getcolors(maxcolors=1_000_000) or []) > 20
    # the only requests that left the machine are the basemap's own
    assert all("cartocdn" in u or "mapbox" in u for u in external(page.requests))
