"""What the browser tests do again and again: wait for the page, find the map, read it."""

from __future__ import annotations

import math
from io import BytesIO
from urllib.parse import urlparse

LOCAL_HOSTS = {"127.0.0.1"}
# Schemes that never leave the browser process.
LOCAL_SCHEMES = {"data", "blob", "about", "chrome-extension"}
# The explorer's map: a Streamlit component (dashboard/mapcomponent.py) in an iframe.
MAP = "iframe[title='dashboard.mapcomponent.flows_atlas_map']"


def external(urls: list[str]) -> list[str]:
    """The requests that left the machine."""
    out = []
    for url in urls:
        parsed = urlparse(url)
        if parsed.scheme in LOCAL_SCHEMES:
            continue
        if parsed.hostname not in LOCAL_HOSTS:
            out.append(url)
    return out


def wait_idle(page, timeout: float = 90_000) -> None:
    """Wait until Streamlit has run the script to the end (and the page has settled)."""
    page.wait_for_timeout(300)  # let a rerun triggered just before start
    page.wait_for_selector(
        "[data-testid='stApp'][data-test-script-state='notRunning']", timeout=timeout
    )
    page.wait_for_timeout(800)


def map_frame(page):
    """The map's iframe as a Playwright frame (to run script in it)."""
    frame = page.locator(MAP).first.element_handle(timeout=60_000).content_frame()
    assert frame is not None, "the map's iframe has no document"
    return frame


def next_frames(frame) -> None:
    """Wait until the map's page has drawn two more frames: deck.gl picks what is under the
    mouse, and updates its tooltip, in its next frame, so a tooltip read after that belongs
    to where the mouse is now (a fixed sleep was too short when the CPU was busy)."""
    frame.evaluate("() => new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")


def wait_map_settled(page, timeout: float = 90_000) -> None:
    """Wait as a person does before using the map: its records drawn (``data-drawn``), no
    camera or size report waiting to be sent (``data-pending``: each one reruns the page),
    and the page idle."""
    map_box(page)
    page.frame_locator(MAP).first.locator("#map[data-drawn]").wait_for(
        state="attached", timeout=timeout
    )
    map_frame(page).wait_for_function(
        "() => document.getElementById('map').dataset.pending !== '1'", timeout=timeout
    )
    wait_idle(page, timeout)


def screenshot(target, path, tries: int = 3) -> bytes:
    """``target.screenshot(path=path)`` (a page or a locator), tried again when Chromium
    cannot capture the frame (busy compositor on a loaded machine); the last error is
    raised with what could not be captured."""
    from playwright.sync_api import Error as PlaywrightError  # TimeoutError is one too

    error = None
    for _ in range(tries):
        try:
            return target.screenshot(path=str(path) if path else None)
        except PlaywrightError as exc:
            error = exc
            page = getattr(target, "page", target)
            page.wait_for_timeout(1000)
    raise AssertionError(
        f"chromium could not capture a screenshot ({path or target}) in {tries} tries: {error}"
    ) from error


def map_box(page) -> dict:
    """The map's box on the page (x, y, width, height in CSS pixels)."""
    frame = page.locator(MAP).first
    frame.wait_for(state="attached", timeout=60_000)
    page.frame_locator(MAP).first.locator("canvas").first.wait_for(state="attached", timeout=60_000)
    return frame.bounding_box()


def map_canvas(page):
    return page.frame_locator(MAP).first.locator("canvas").first


def canvas_not_blank(page) -> bool:
    """True when the deck.gl canvas holds more than a few colours (something is drawn)."""
    from PIL import Image

    map_box(page)
    page.wait_for_timeout(1500)
    image = Image.open(BytesIO(screenshot(map_canvas(page), None))).convert("RGB")
    return len(image.getcolors(maxcolors=1_000_000) or []) > 20


def tooltip(page):
    return page.frame_locator(MAP).first.locator(".deck-tooltip")


def mercator(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Web Mercator world pixels of (lon, lat) at ``zoom`` (deck.gl's 512 px tiles)."""
    world = 512 * 2**zoom
    x = (lon + 180) / 360 * world
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * world
    return x, y
