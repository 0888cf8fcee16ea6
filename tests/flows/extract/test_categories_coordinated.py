"""Category terms joined by "and"/"et" (flows/extract/categories.py:coordinated)."""

from __future__ import annotations

import pytest

from flows.extract import categories as cat


@pytest.mark.parametrize(
    ("text", "lang", "first", "expected"),
    [
        ("illegal arms and drugs entering Sweden", "en", "weapons", ["drugs"]),
        ("des armes et de la cocaïne vers la Suède", "fr", "weapons", ["drugs"]),
        ("cocaine, heroin and weapons", "en", "drugs", ["weapons"]),
        # far apart: not one cargo
        ("weapons were seized; later the police found drugs", "en", "weapons", []),
        # terms of the same category only
        ("cocaine and heroin", "en", "drugs", []),
    ],
)
def test_coordinated(text, lang, first, expected):
    hits = cat.find_category_terms(text, lang)
    hit = next(h for h in hits if h.category == first)
    assert [h.category for h in cat.coordinated(hits, hit, text)] == expected
