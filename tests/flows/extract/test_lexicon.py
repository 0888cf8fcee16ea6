"""The cue tables are data (flows/extract/data/lexicon_*.yaml): every entry compiles, every
<<fragment>> resolves, roles and categories are the ones the rules know."""

from __future__ import annotations

import re

import pytest

from flows.extract.direction import BETWEEN, DEST, LOCATION, ORIGIN, VIA, WEAK_ORIGIN
from flows.extract.lexicon import Lexicon, _load, lexicon
from flows.vocab import CATEGORIES


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_table_compiles(lang):
    lex = lexicon(lang)
    own, common = _load(lang), _load("common")
    for table in (own, common):
        for section in ("patterns", "fragments"):
            for name in table.get(section) or {}:
                text = lex.text(name)
                assert "<<" not in text, (lang, name)
                re.compile(text)
    roles = {role for role, _ in lex.cues()}
    assert roles <= {BETWEEN, DEST, LOCATION, ORIGIN, VIA, WEAK_ORIGIN}
    assert {ORIGIN, DEST, VIA} <= roles
    assert {cat for _, cat, _ in lex.categories()} <= set(CATEGORIES)
    assert lex.words("carried") and lex.words("list_words")


@pytest.mark.parametrize(
    ("lang", "name", "text", "found"),
    [
        ("fr", "whence", "envoyée au Maroc, d'où provenait la résine", True),
        ("en", "whence", "to Benghazi, from where boats leave", True),
        ("fr", "movement", "des cargaisons de cocaïne", True),
        ("en", "movement", "the weather was fine", False),
        ("en", "neg", "the weapons were not diverted", True),
    ],
)
def test_patterns_find_what_they_name(lang, name, text, found):
    assert (lexicon(lang).regex(name).search(text) is not None) is found


def test_unknown_names_and_languages():
    with pytest.raises(KeyError, match="no pattern or fragment 'nope'"):
        lexicon("fr").text("nope")
    assert Lexicon("de").lang == "en"  # other languages use the English rules
