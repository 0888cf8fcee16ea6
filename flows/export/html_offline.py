"""Offline interactive HTML: one self-contained file that opens with no network at all.

The map is the dashboard's own deck (:func:`flows.render.deck.deck_of` of the pipeline's answer),
so layers, colours and tooltips match the screen. pydeck ships the deck.gl bundle inside its
wheel; ``offline=True`` inlines it, but the template still links CDN stylesheets and a
mapbox script, so every external ``<script src>`` and ``<link href>`` is removed. Title,
legend, source line and disclaimer are an HTML overlay, escaped because records come from
documents.
"""

from __future__ import annotations

import dataclasses
import html
import json
import re
from collections.abc import Sequence

import geopandas as gpd

from flows.export.scene import Scene
from flows.i18n import gettext, use_language

# <script src="http..."></script> and <link ... href="http..."> (any quote style).
_EXTERNAL_SCRIPT = re.compile(
    r"<script[^>]*\bsrc\s*=\s*['\"]?(?:https?:)?//[^>]*>\s*</script>\s*", re.IGNORECASE
)
_EXTERNAL_LINK = re.compile(r"<link[^>]*\bhref\s*=\s*['\"]?(?:https?:)?//[^>]*>\s*", re.IGNORECASE)

OVERLAY_CSS = """
#flows-overlay { position: absolute; top: 12px; left: 12px; z-index: 10; max-width: 380px;
  max-height: calc(100vh - 48px); overflow-y: auto;
  background: rgba(255,255,255,0.94); border-radius: 6px; padding: 12px 14px;
  font: 14px/1.35 "DejaVu Sans", Arial, sans-serif; color: #1f1f1f;
  box-shadow: 0 1px 4px rgba(0,0,0,0.25); }
#flows-overlay h1 { font-size: 20px; margin: 0 0 4px; }
#flows-overlay .subtitle { color: #555; margin: 0 0 8px; }
#flows-overlay .warning { color: #b00020; font-weight: bold; border: 2px solid #b00020;
  border-radius: 4px; padding: 3px 6px; margin: 6px 0; }
#flows-overlay ul { list-style: none; padding: 0; margin: 4px 0 8px; }
#flows-overlay li { margin: 2px 0; }
#flows-overlay .swatch { display: inline-block; width: 26px; height: 5px; margin-right: 8px;
  vertical-align: middle; border-radius: 2px; }
#flows-overlay .box { display: inline-block; width: 18px; height: 12px; margin-right: 8px;
  vertical-align: middle; border: 1px solid #bebab4; }
#flows-overlay .small { font-size: 11px; color: #555; margin: 4px 0 0; }
"""


def strip_external(document: str) -> str:
    """Remove every tag that would load something from another host.

    >>> strip_external('<link rel="stylesheet" href="https://cdn.x/a.css" /><p>x</p>')
    '<p>x</p>'
    """
    document = _EXTERNAL_SCRIPT.sub("", document)
    return _EXTERNAL_LINK.sub("", document)


def legend_html(scene: Scene) -> str:
    """Title, subtitle, the page's own legend (flows.render.legend.legend_for: the same
    words as on screen) and sources, as escaped HTML, in the scene's language."""
    with use_language(scene.lang):
        return _legend_html(scene)


def _legend_html(scene: Scene) -> str:
    from flows.render.legend import legend_for

    e = html.escape
    parts = [f"<h1>{e(scene.title)}</h1>", f'<p class="subtitle">{e(scene.subtitle)}</p>']
    if scene.n_unreviewed:
        parts.append(f'<div class="warning">&#9888; {e(scene.unreviewed_text)}</div>')
    parts.append(legend_for(scene.answer))
    parts.append(f'<p class="small">{e(scene.source_line)}</p>')
    hover = gettext("Hover a flow for details.")
    parts.append(f'<p class="small">{e(scene.footer_line)} {e(hover)}</p>')
    return '<div id="flows-overlay">' + "".join(parts) + "</div>"


def html_document(scene: Scene, countries: gpd.GeoDataFrame) -> str:
    """The whole self-contained HTML page of ``scene``."""
    from pydeck.io.html import render_json_to_html

    from flows.render.deck import TOOLTIP, deck_of, escape_tooltips
    from flows.render.palette import LIGHT
    from flows.render.shapes import build_country_shapes, country_shapes

    # The page is documented as offline: an "online" view still gets the bundled basemap here,
    # never the tile server's style and tiles.
    answer = dataclasses.replace(
        scene.answer, view=dataclasses.replace(scene.view, basemap="offline", lang=scene.lang)
    )
    shapes = country_shapes() if len(countries) > 200 else build_country_shapes(countries)
    deck = deck_of(answer, shapes, LIGHT)
    # Streamlit escapes tooltip values, pydeck's standalone page does not: escape them here.
    escape_tooltips(deck)
    # The JSON goes inside a <script>: "</" would let document text close it early.
    deck_json = deck.to_json().replace("</", "<\\/").replace("<!--", "<\\!--")
    tooltip = json.dumps(TOOLTIP).replace("</", "<\\/")
    page = render_json_to_html(deck_json, tooltip=tooltip, offline=True)
    page = strip_external(page)
    page = page.replace("<title>pydeck</title>", f"<title>{html.escape(scene.title)}</title>", 1)
    page = page.replace("<html>", f'<html lang="{html.escape(scene.lang)}">', 1)
    page = page.replace("</style>", OVERLAY_CSS + sea_css(LIGHT.sea) + "</style>", 1)
    return page.replace("<body>", "<body>\n" + legend_html(scene), 1)


def sea_css(sea: Sequence[int]) -> str:
    """The page's background in the theme's sea colour: beyond the world's edges (a wide
    window at the world view) the page shows sea, not white.

    >>> sea_css((221, 233, 242, 255))
    '\\nbody, #deck-container { background: rgb(221, 233, 242); }\\n'
    """
    r, g, b = (int(c) for c in sea[:3])
    return f"\nbody, #deck-container {{ background: rgb({r}, {g}, {b}); }}\n"
