"""Controlled vocabularies of the record contract, and the category palette.

The palette is Okabe-Ito (colour-blind safe); it lives here, not in the dashboard,
because static exports must use exactly the same colours as the map.
"""

from __future__ import annotations

CATEGORIES: tuple[str, ...] = (
    "weapons",
    "migrant_smuggling",
    "human_trafficking",
    "drugs",
    "illicit_finance",
    "other",
)
STATUSES: tuple[str, ...] = ("curated", "extracted", "reviewed", "rejected")
VERIFICATIONS: tuple[str, ...] = ("confirmed", "reported", "disputed", "unverified")
PLACE_KINDS: tuple[str, ...] = ("city", "country", "region", "sea", "route", "other")

CATEGORY_LABELS: dict[str, str] = {
    "weapons": "Weapons",
    "migrant_smuggling": "Migrant smuggling",
    "human_trafficking": "Human trafficking",
    "drugs": "Drugs",
    "illicit_finance": "Illicit finance",
    "other": "Other",
}

# Okabe-Ito, RGB. Chosen to stay distinguishable for deuteranopia and protanopia.
CATEGORY_COLOURS: dict[str, tuple[int, int, int]] = {
    "weapons": (213, 94, 0),  # vermillion
    "migrant_smuggling": (0, 114, 178),  # blue
    "human_trafficking": (204, 121, 167),  # reddish purple
    "drugs": (0, 158, 115),  # bluish green
    "illicit_finance": (230, 159, 0),  # orange
    "other": (128, 128, 128),  # grey
}


def category_hex(category: str) -> str:
    """Return the palette colour of ``category`` as ``#rrggbb``.

    >>> category_hex("drugs")
    '#009e73'
    """
    r, g, b = CATEGORY_COLOURS.get(category, CATEGORY_COLOURS["other"])
    return f"#{r:02x}{g:02x}{b:02x}"
