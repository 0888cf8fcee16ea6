"""Fixed texts that the page and every export share, in the reader's language.

One place for each of them, so the screen, the PNG, the PPTX and the HTML say the same words.
Each is a function: the text is looked up in the catalogue of the current language
(:mod:`flows.i18n`) when it is needed, never once at import.
"""

from __future__ import annotations

from flows.i18n import gettext


def app_title() -> str:
    """The product's name as a reader sees it (browser tab, slide author line)."""
    return gettext("Trafficking flows atlas")


def disclaimer() -> str:
    """The boundary disclaimer under every map."""
    return gettext(
        "Boundaries and names shown do not imply official endorsement or acceptance. "
        "Lines join the places sources name; they are not exact routes."
    )


def generated_line(day: str) -> str:
    """``"Generated 2026-01-02 with flows-atlas."`` (``day`` already written for the reader)."""
    return gettext("Generated {date} with flows-atlas.").format(date=day)


def briefing_title() -> str:
    """The default title of a PPTX briefing pack."""
    return gettext("Trafficking flows briefing")


__all__ = ["app_title", "briefing_title", "disclaimer", "generated_line"]
