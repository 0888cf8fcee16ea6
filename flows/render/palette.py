"""Colours shared by the map on screen and every export: categories, basemap themes, shading.

Category colours are Okabe-Ito (:data:`flows.vocab.CATEGORY_COLOURS`); the basemap themes are
used by the deck (screen, HTML) and by the static renderer (PNG, SVG, PDF), so an image looks
like the screen.

>>> category_rgba("drugs", 100), to_hex(LIGHT.land)
([0, 158, 115, 100], '#f6f4f0')
"""

from __future__ import annotations

from dataclasses import dataclass

from flows.vocab import CATEGORY_COLOURS


def category_rgba(category: str, alpha: int = 255) -> list[int]:
    """The palette colour of ``category`` as [r, g, b, alpha] (deck.gl's colour form)."""
    r, g, b = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["other"])
    return [r, g, b, alpha]


def to_hex(colour) -> str:
    """(r, g, b[, a]) -> ``#rrggbb``."""
    r, g, b = colour[:3]
    return f"#{r:02x}{g:02x}{b:02x}"


@dataclass(frozen=True)
class Theme:
    """Colours of the offline basemap."""

    sea: tuple[int, int, int, int]
    land: tuple[int, int, int, int]
    border: tuple[int, int, int, int]
    label: tuple[int, int, int, int]
    label_background: tuple[int, int, int, int]
    online_style: str
    dark: bool = False


LIGHT = Theme(
    sea=(221, 233, 242, 255),
    land=(246, 244, 240, 255),
    border=(190, 186, 180, 255),
    label=(25, 25, 25, 255),
    label_background=(255, 255, 255, 215),
    online_style="light",
)
DARK = Theme(
    sea=(20, 30, 44, 255),
    land=(52, 56, 62, 255),
    border=(95, 100, 108, 255),
    label=(245, 245, 245, 255),
    label_background=(20, 20, 20, 215),
    online_style="dark",
    dark=True,
)

HUB_FILL = (40, 40, 40, 190)
