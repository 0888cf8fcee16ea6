"""The offline HTML is one file: deck.gl inlined, no tag that loads from another host."""

import re
from dataclasses import replace

import pytest

from flows.export.api import render_snapshot
from flows.export.html_offline import strip_external


@pytest.mark.parametrize(
    ("tag", "kept"),
    [
        ('<script src="https://cdn.jsdelivr.net/npm/x.js"></script>', ""),
        ("<script src='http://unpkg.com/a.js'></script>", ""),
        ('<script src="//cdn.example/a.js"></script>', ""),
        ('<link rel="stylesheet" href="https://maxcdn.example/b.css" />', ""),
        ("<link rel=stylesheet href=https://unpkg.com/c.css>", ""),
        ("<script>const a = 1;</script>", "<script>const a = 1;</script>"),
        ('<link rel="icon" href="data:," />', '<link rel="icon" href="data:," />'),
    ],
)
def test_strip_external(tag, kept):
    assert strip_external(tag) == kept


@pytest.fixture(scope="module")
def page(europe_view, table, countries):
    view = replace(europe_view, title="Weapons </script><script>alert(1)</script>")
    return render_snapshot(view, table, countries, "html").decode("utf-8")


def test_no_external_loads(page):
    tags = re.findall(r"<(?:script|link)\b[^>]*>", page, flags=re.IGNORECASE)
    assert not [t for t in tags if re.search(r"(src|href)\s*=\s*['\"]?(https?:)?//", t)]
    assert "createDeck" in page and len(page) > 1_000_000  # the bundle is inlined


def test_title_and_legend_are_escaped(page):
    assert "<title>Weapons &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</title>" in page
    assert "<script>alert(1)</script>" not in page
    overlay = page[page.index('<div id="flows-overlay">') :]
    assert "Weapons" in overlay and "Includes 1 unreviewed extracted record" in overlay
    assert "Countries: records arriving" in overlay


def test_the_html_legend_is_the_pages_legend(page, europe_view, table):
    """One legend, one wording: the page's legend (flows.render.legend.legend_for) is the
    one the offline HTML shows."""
    from flows.pipeline import answer_view
    from flows.render.legend import legend_for

    view = replace(europe_view, title="Weapons </script><script>alert(1)</script>")
    legend = legend_for(answer_view(table, view, timeline=False))
    assert legend in page
    assert "Showing" in legend and "Arcs darken toward the destination." in legend


def _deck_json(page: str) -> str:
    """The deck's own JSON in the page (the inlined deck.gl bundle holds URLs of its own)."""
    start = page.index("const jsonInput = ")
    deck = page[start : page.index("</script>", start)]
    assert '"layers"' in deck
    return deck


def test_an_online_view_exports_with_the_offline_basemap(europe_view, table, countries):
    view = replace(europe_view, basemap="online")
    page = render_snapshot(view, table, countries, "html").decode("utf-8")
    deck = _deck_json(page)
    assert not re.findall(r"https?://", deck)
    assert "carto" not in deck.lower() and "mapbox://" not in deck
    assert '"mapProvider":null' in deck.replace(" ", "") or "mapProvider" not in deck


def test_tooltip_text_is_escaped_in_the_standalone_page(europe_view, table, countries):
    # pydeck's page puts {title} into innerHTML unescaped (Streamlit escapes, this page not)
    places = table.places.assign(name="A & B <img src=x onerror=alert(1)>")
    hostile = replace(table, places=places, _cache={})
    # place labels are drawn as text on the canvas (never HTML): leave the hubs out here
    view = replace(europe_view, layers=replace(europe_view.layers, hubs=False))
    page = render_snapshot(view, hostile, countries, "html").decode("utf-8")
    deck = _deck_json(page)
    assert "A &amp; B &lt;img src=x onerror=alert(1)&gt;" in deck
    assert "<img" not in deck


def test_beyond_the_world_edges_the_page_is_sea_not_white(page):
    from flows.render.palette import LIGHT

    r, g, b = LIGHT.sea[:3]
    assert f"body, #deck-container {{ background: rgb({r}, {g}, {b}); }}" in page
