"""Round 36: names that resolved to another place (a town's foreign alias took "Jura" to Győr
in Hungary) or to none (the canton of Vaud), alone and in sentences. The last rows guard
senses that must not move."""

from __future__ import annotations

import pytest

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from tests.geodata.test_places_round35 import assert_resolves

# name, language, expected place id, kind, country code
NAMES = [
    ("Jura", "fr", "region:jura-department", "region", "FR"),
    ("le Jura", "fr", "region:jura-department", "region", "FR"),
    ("Jura", "en", "region:jura-department", "region", "FR"),
    ("Vaud", "fr", "admin1:CH:vaud", "region", "CH"),
    # guards: Győr by its own name, and another département named alone
    ("Győr", "en", "geonames:3052009", "city", "HU"),
    ("Doubs", "fr", "region:doubs-department", "region", "FR"),
]


@pytest.mark.parametrize(("name", "lang", "place_id", "kind", "cc"), NAMES)
def test_names_resolve(name, lang, place_id, kind, cc):
    assert_resolves(name, lang, place_id, kind, cc)


# sentence, language, (category, origin name, destination name) of the first candidate
SENTENCES = [
    ("Des armes ont été saisies dans le Jura, en provenance de Suisse.", "fr",
     ("weapons", "Switzerland", "Jura")),
    ("Trois passeurs ont été arrêtés dans le Vaud : ils faisaient entrer des migrants depuis "
     "l'Italie.", "fr", ("migrant_smuggling", "Italy", "Vaud")),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "expected"), SENTENCES)
def test_sentences(text, lang, expected):
    r = Extractor().extract(Document(id="t", text=text, lang=lang), lang)
    got = [
        (c.category, c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in r.candidates
    ]
    assert expected in got, got
