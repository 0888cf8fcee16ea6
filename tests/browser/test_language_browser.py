"""The Explorer in French in headless Chromium: the browser's language picks it on a first
visit, a French view's URL opens in French in a new browser whatever its language, and the
map's tooltip, the legend and the details speak French (screenshots in test-results/browser).
"""

from __future__ import annotations

import pytest
from playwright.sync_api import expect

from tests.browser.helpers import external as _external
from tests.browser.helpers import screenshot, tooltip, wait_map_settled
from tests.browser.helpers import wait_idle as _wait_idle
from tests.browser.test_explorer import OSLO, REYKJAVIK, _centre_between, _click_arc, _find_arc

pytestmark = pytest.mark.browser


def _context(chromium, locale: str):
    return chromium.new_context(viewport={"width": 1920, "height": 1080}, locale=locale)


def test_a_french_browser_gets_the_french_page(chromium, dashboard_url, browser_output):
    context = _context(chromium, "fr-FR")
    try:
        page = context.new_page()
        page.goto(dashboard_url + "/?cat=weapons")
        _wait_idle(page)
        # the page writes the language into the URL on its first run; wait for it rather than
        # read the URL at one instant (a slow first run failed this now and then in CI)
        page.wait_for_url("**lang=fr**", timeout=30_000)
        page.get_by_text("Flux d'armes, toutes années").first.wait_for(timeout=30_000)
        assert page.get_by_role("heading", name="Filtres").count() == 1
        # the map's frame draws in the page's own process: capture once it has drawn, not
        # while deck.gl is still building it (the capture then waited for a frame in vain)
        wait_map_settled(page)
        screenshot(page, browser_output / "explorer-fr-browser-locale.png")
    finally:
        context.close()


def test_the_url_of_a_french_view_opens_in_french_in_a_new_browser(
    chromium, dashboard_url, browser_output
):
    first = _context(chromium, "fr-FR")
    try:
        page = first.new_page()
        page.goto(dashboard_url + "/?cat=weapons,drugs&shade=in&lat=46.0&lon=18.0&zoom=3.6")
        _wait_idle(page)
        page.wait_for_url("**lang=fr**", timeout=30_000)
        shared = page.url
    finally:
        first.close()
    assert "lang=fr" in shared
    second = _context(chromium, "en-US")  # another browser, in English
    try:
        page = second.new_page()
        requests: list[str] = []
        page.on("request", lambda r: requests.append(r.url))
        page.goto(shared)
        _wait_idle(page)
        page.get_by_text("Flux d'armes et de drogues, toutes années").first.wait_for(timeout=30_000)
        # the legend is drawn with the map, after the title: wait for its French text
        legend = page.locator(".flows-legend", has_text="affichés sur").first
        legend.wait_for(timeout=30_000)
        text = legend.inner_text()
        assert "affichés sur" in text and "Catégorie" in text and "Pays" in text
        assert "Showing" not in text
        wait_map_settled(page)
        screenshot(page, browser_output / "explorer-fr-map-legend.png")
        assert _external(requests) == []
    finally:
        second.close()


def test_french_tooltip_and_details(chromium, dashboard_url, browser_output):
    context = _context(chromium, "en-GB")
    try:
        page = context.new_page()
        zoom = 4.0
        page.goto(f"{dashboard_url}/?lang=fr&org=IS&{_centre_between(REYKJAVIK, OSLO, zoom)}")
        _wait_idle(page)
        point = _find_arc(page, REYKJAVIK, OSLO, zoom, "Oslo")
        assert point is not None, "no arc under the mouse between Reykjavik and Oslo"
        tip = tooltip(page).first.inner_text()  # the map's own tooltip (in its frame)
        assert "Armes · 1 enregistrement" in tip and "Cliquez pour voir les sources" in tip
        screenshot(page, browser_output / "explorer-fr-tooltip.png")
        _click_arc(page, point, "Oslo")
        page.get_by_text("Sources de la sélection").wait_for(timeout=30_000)
        details = page.locator(".flows-details").first
        expect(details).to_contain_text("enregistrement", timeout=30_000)
        _wait_idle(page)
        details.scroll_into_view_if_needed()
        text = details.inner_text()
        assert "enregistrement" in text and "confiance" in text
        screenshot(page, browser_output / "explorer-fr-details.png")
    finally:
        context.close()
