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
    image = Image.open(BytesIO(map_canvas(page).screenshot())).convert("RGB")
    return len(image.getcolors(maxcolors=1_000_000) or []) > 20


def tooltip(page):
    return page.frame_locator(MAP).first.locator(".deck-tooltip")


def mercator(lon: float, lat: float, zoom: float) -> tuple[float, float]:
    """Web Mercator world pixels of (lon, lat) at ``zoom`` (deck.gl's 512 px tiles)."""
    world = 512 * 2**zoom
    x = (lon + 180) / 360 * world
    y = (1 - math.log(math.tan(math.pi / 4 + math.radians(lat) / 2)) / math.pi) / 2 * world
    return x, y
