"""The extractor's nationality words are the gazetteer's table (geodata/data/demonyms.yaml)."""

from __future__ import annotations

import pytest

from flows.extract.demonyms import demonym_country, demonym_index
from geodata.normalize import fold_key
from geodata.supplement import load_demonyms


def test_every_extractor_demonym_comes_from_the_gazetteer_table() -> None:
    table = {(fold_key(form), lang): code for code, forms in load_demonyms().items()
             for form, lang in forms}  # fmt: skip
    index = demonym_index()
    missing = [(k, lang) for lang in index for k in index[lang] if (k, lang) not in table]
    assert missing == []
    assert all(table[(k, lang)] == code for lang in index for k, code in index[lang].items())


@pytest.mark.parametrize(
    ("word", "lang", "code"),
    [
        ("dominicaines", "fr", "DO"),  # was only in the extractor's own list
        ("Dominicans", "en", "DO"),
        ("kosoviens", "fr", "XK"),  # was only in the gazetteer's list
        ("Spaniards", "en", "ES"),
        ("Czechs", "en", "CZ"),
        ("burkinabès", "fr", "BF"),  # irregular: listed whole
        ("anglaises", "fr", None),  # a region (England), read by demonym_region
        ("English", "en", None),
        ("South", "en", None),  # "South African" is two words, never one token
        ("African", "en", None),
    ],
)
def test_demonym_country(word: str, lang: str, code: str | None) -> None:
    assert demonym_country(word, lang) == code
