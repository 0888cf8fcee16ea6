"""Controlled vocabularies of the record contract, and the category palette.

The palette is Okabe-Ito (colour-blind safe); it lives here, not in the dashboard,
because static exports must use exactly the same colours as the map.
"""

from __future__ import annotations

from flows.i18n import N_, gettext

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

# Names a reader sees, in English; the catalogue gives them in the reader's language (see the
# *_label functions). CATEGORY_LABELS stays the English table for code that needs it.
CATEGORY_LABELS: dict[str, str] = {
    "weapons": N_("Weapons"),
    "migrant_smuggling": N_("Migrant smuggling"),
    "human_trafficking": N_("Human trafficking"),
    "drugs": N_("Drugs"),
    "illicit_finance": N_("Illicit finance"),
    "other": N_("Other"),
}
STATUS_LABELS: dict[str, str] = {
    "curated": N_("curated"),
    "extracted": N_("extracted"),
    "reviewed": N_("reviewed"),
    "rejected": N_("rejected"),
}
VERIFICATION_LABELS: dict[str, str] = {
    "confirmed": N_("confirmed"),
    "reported": N_("reported"),
    "disputed": N_("disputed"),
    "unverified": N_("unverified"),
}
PLACE_KIND_LABELS: dict[str, str] = {
    "city": N_("city"),
    "country": N_("country"),
    "region": N_("region"),
    # a province or state of a country (GeoNames' first-level division): a region to readers
    "admin1": N_("region"),
    "sea": N_("sea"),
    "route": N_("route"),
    "other": N_("other place"),
}
# Units the curated data and the extractor give; any other unit is shown as the source wrote it.
UNIT_LABELS: dict[str, str] = {
    "detections": N_("detections"),
    "persons": N_("persons"),
    "people": N_("people"),
    "migrants": N_("migrants"),
    "victims": N_("victims"),
    "tonnes": N_("tonnes"),
    "tonnes per year": N_("tonnes per year"),
    "t": N_("t"),
    "kg": N_("kg"),
    "deaths": N_("deaths"),
    "percent": N_("percent"),
    "weapons": N_("weapons"),
    "firearms": N_("firearms"),
    "countries": N_("countries"),
    "seizures": N_("seizures"),
    "cases": N_("cases"),
    "index score": N_("index score"),
    "index score (0-10)": N_("index score (0-10)"),
    "million USD": N_("million USD"),
    "billion USD": N_("billion USD"),
    "billion USD per year": N_("billion USD per year"),
    "million EUR": N_("million EUR"),
    "billion EUR": N_("billion EUR"),
    "million GBP": N_("million GBP"),
    "reported quantity": N_("reported quantity"),
}


def _label(table: dict[str, str], value: object) -> str:
    text = "" if value is None else str(value)
    return gettext(table[text]) if text in table else text


def category_label(category: object) -> str:
    """A category's name in the reader's language: ``"drugs"`` -> ``"Drugs"`` / ``"Drogues"``."""
    return _label(CATEGORY_LABELS, category)


def status_label(status: object) -> str:
    """A record status in the reader's language (``"reviewed"`` -> ``"vérifié"``)."""
    return _label(STATUS_LABELS, status)


def verification_label(level: object) -> str:
    """A verification level in the reader's language (``"reported"`` -> ``"signalé"``)."""
    return _label(VERIFICATION_LABELS, level)


def place_kind_label(kind: object) -> str:
    return _label(PLACE_KIND_LABELS, kind)


def unit_label(unit: object) -> str:
    """A quantity unit in the reader's language; units the vocabulary does not know stay as
    the source wrote them (they are the source's words, like a summary)."""
    return _label(UNIT_LABELS, unit)


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
