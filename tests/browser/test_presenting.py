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

    # the page reruns with the bundled shapes once the frame reports the failure; the new
    # deck's first frame takes a moment in software WebGL: look until it is there (30 s)
    colours = 0
    for _ in range(60):
        image = Image.open(BytesIO(map_canvas(p).screenshot())).convert("RGB")
        colours = len(image.getcolors(maxcolors=1_000_000) or [])
        if colours > 20:
            break
        p.wait_for_timeout(500)
    assert colours > 20, f"the map frame shows {colours} colours: nothing drawn"
    # the only requests that left the machine are the basemap's own
    assert all("cartocdn" in u or "mapbox" in u for u in external(page.requests))


# -- the exported PNG shows the screen's frame -----------------------------------------------------
def _dark_blob(image, x: float, y: float, reach: float) -> tuple[float, float] | None:
    """Centre of the dark blob (a hub's dot) of 40 pixels or more nearest x, y, within
    ``reach`` pixels. Nearest, not biggest: arcs that cross a big dot cut it in pieces, and a
    label's letters or a neighbour's dot may be bigger than the piece under x, y."""
    import numpy as np

    a = np.asarray(image.convert("RGB"), dtype=int)
    h, w, _ = a.shape
    x0, x1 = max(0, int(x - reach)), min(w, int(x + reach))
    y0, y1 = max(0, int(y - reach)), min(h, int(y + reach))
    win = a[y0:y1, x0:x1]
    # dark grey, or dark grey tinted by the blue arcs under a translucent dot ([31, 60, 76]);
    # the arcs themselves are brighter
    grey = (np.ptp(win, axis=2) < 50) & (win.max(axis=2) < 100)
    seen = np.zeros_like(grey)
    blobs: list[list[tuple[int, int]]] = []
    for sy, sx in zip(*np.nonzero(grey), strict=True):
        if seen[sy, sx]:
            continue
        blob, stack = [], [(sy, sx)]
        seen[sy, sx] = True
        while stack:
            cy, cx = stack.pop()
            blob.append((cy, cx))
            for ny, nx in ((cy + 1, cx), (cy - 1, cx), (cy, cx + 1), (cy, cx - 1)):
                if 0 <= ny < grey.shape[0] and 0 <= nx < grey.shape[1]:
                    if grey[ny, nx] and not seen[ny, nx]:
                        seen[ny, nx] = True
                        stack.append((ny, nx))
        if len(blob) >= 40:
            blobs.append(blob)
    if not blobs:
        return None
    centres = []
    for blob in blobs:
        ys, xs = zip(*blob, strict=True)
        centres.append((x0 + sum(xs) / len(xs), y0 + sum(ys) / len(ys)))
    return min(centres, key=lambda c: (c[0] - x) ** 2 + (c[1] - y) ** 2)


def _map_frame_in_png(image) -> tuple[int, int, int, int]:
    """The map's box in an exported image: the long lines of its thin grey border."""
    import numpy as np

    a = np.asarray(image.convert("RGB"), dtype=int)
    border = (np.abs(a - 153).max(axis=2) <= 12) | (np.abs(a - 170).max(axis=2) <= 12)
    cols = np.flatnonzero(border.sum(axis=0) > a.shape[0] * 0.4)
    rows = np.flatnonzero(border.sum(axis=1) > a.shape[1] * 0.25)
    return int(cols.min()), int(rows.min()), int(cols.max()), int(rows.max())


def _same_three_hubs(page_url: str, screen, png, box) -> list[tuple[str, float, float]]:
    """Where three labelled hubs of the view in ``page_url`` sit on the map's screenshot and
    in the exported PNG, as fractions of the map's width; asserts they agree within 3%."""
    from flows.export.cli import load_table
    from flows.mapframe import Frame
    from flows.pipeline import answer_view
    from flows.render.deck import hub_labels
    from flows.render.regions import area_hubs
    from flows.views import view_from_query_params

    params = {k: v[0] for k, v in parse_qs(urlparse(page_url).query).items()}
    answer = answer_view(load_table(None), view_from_query_params(params), timeline=False)
    cam = answer.view.camera
    # the view carries the map's size (the component reports it in whole pixels)
    assert abs(cam.width - box["width"]) <= 1 and abs(cam.height - box["height"]) <= 1
    hubs = answer.hubs.reset_index(drop=True)
    labelled = {label.row for label in hub_labels(hubs, cam, answer.clusters)}
    dots = ~area_hubs(hubs, answer.clusters)
    frame = Frame(cam.lon, cam.lat, cam.zoom, cam.width, cam.height)
    xs, ys = frame.to_pixels(hubs["lon"].to_numpy(), hubs["lat"].to_numpy())
    inside = (xs > 20) & (xs < cam.width - 20) & (ys > 20) & (ys < cam.height - 20)
    chosen = [i for i in range(len(hubs)) if i in labelled and dots[i] and inside[i]][:3]
    assert len(chosen) == 3, "the view shows fewer than three labelled hubs"

    left, top, right, bottom = _map_frame_in_png(png)
    sx, sy = screen.width / cam.width, screen.height / cam.height  # device pixels
    k = (right - left) / cam.width
    assert abs((bottom - top) / (right - left) - cam.height / cam.width) < 0.01  # same shape
    found = []
    for i in chosen:
        name, x, y = hubs["name"].iloc[i], xs[i], ys[i]
        on_screen = _dark_blob(screen, x * sx, y * sy, 0.04 * screen.width)
        in_png = _dark_blob(png, left + x * k, top + y * k, 0.04 * (right - left))
        assert on_screen is not None and in_png is not None, name
        # the same place of the frame, within 3% of the map's width
        fx_screen, fy_screen = on_screen[0] / screen.width, on_screen[1] / screen.width
        fx_png = (in_png[0] - left) / (right - left)
        fy_png = (in_png[1] - top) / (right - left)
        assert abs(fx_screen - fx_png) <= 0.03 and abs(fy_screen - fy_png) <= 0.03, name
        found.append((name, round(fx_screen - fx_png, 4), round(fy_screen - fy_png, 4)))
    return found


def _pixel_of(page_url: str, lon: float, lat: float) -> tuple[float, float]:
    """Where (lon, lat) is on the map of the view in ``page_url`` (CSS pixels in the map)."""
    from flows.export.cli import load_table
    from flows.mapframe import Frame
    from flows.pipeline import answer_view
    from flows.views import view_from_query_params

    params = {k: v[0] for k, v in parse_qs(urlparse(page_url).query).items()}
    cam = answer_view(load_table(None), view_from_query_params(params), timeline=False).view.camera
    x, y = Frame(cam.lon, cam.lat, cam.zoom, cam.width, cam.height).to_pixels([lon], [lat])
    return float(x[0]), float(y[0])


def _export_png(p):
    from PIL import Image

    button = p.locator("[data-testid='stDownloadButton'] button")
    if not button.is_visible():  # the panel opens once and stays open
        p.get_by_text("Export this view").click()
    with p.expect_download(timeout=120_000) as info:
        button.click()
    return Image.open(info.value.path())


def test_the_png_and_the_screen_show_the_same_flows_in_the_same_frame(page, url, browser_output):
    """The default frame (fitted to the data at the map's size), then after the mouse."""
    from io import BytesIO

    from PIL import Image

    from tests.browser.helpers import map_canvas

    p = page.page
    p.goto(f"{url}/?cat=migrant_smuggling")
    wait_idle(p)
    box = map_box(p)
    p.wait_for_function("() => window.location.search.includes('w=')", timeout=60_000)
    wait_idle(p)
    screen = Image.open(BytesIO(map_canvas(p).screenshot()))
    screen.save(browser_output / "same-frame-screen.png")
    png = _export_png(p)
    png.save(browser_output / "same-frame-export.png")
    found = _same_three_hubs(p.url, screen, png, box)
    (browser_output / "same-frame.txt").write_text(f"default frame {p.url}\n{found}\n")

    # zoom in with the wheel over the Balkans and drag: the export follows the mouse
    before = p.evaluate("window.location.search")
    p.locator(MAP).first.scroll_into_view_if_needed()  # the download scrolled the page
    box = map_box(p)
    bx, by = _pixel_of(p.url, 20.0, 44.0)  # where the fitted frame shows Belgrade's area
    x, y = box["x"] + bx, box["y"] + by
    p.mouse.move(x, y)
    for _ in range(3):
        p.mouse.wheel(0, -240)
        p.wait_for_timeout(150)
    p.mouse.down()
    p.mouse.move(x - 120, y + 40, steps=10)
    p.mouse.up()
    _wait_camera_change(p, before)
    p.mouse.move(box["x"] + 5, box["y"] + box["height"] - 5)  # no tooltip over the map
    wait_idle(p)
    screen = Image.open(BytesIO(map_canvas(p).screenshot()))
    screen.save(browser_output / "same-frame-zoomed-screen.png")
    png = _export_png(p)
    png.save(browser_output / "same-frame-zoomed-export.png")
    found = _same_three_hubs(p.url, screen, png, box)
    with (browser_output / "same-frame.txt").open("a") as out:
        out.write(f"after the mouse {p.url}\n{found}\n")
