"""Round 36c of the extractor for real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- the country a place borders, named after "frontalier du/de/au" ("Calabar au Nigeria, pays
  frontalier au Cameroun", "le Cameroun, pays frontalier du Nigeria"), is where the place lies,
  no end of the movement (but "la ville frontalière de Dajabón" names the town itself, and
  "les régions frontalières du Bénin" lie in Benin).
- where a driver or a suspect comes from or lives ("le conducteur ... est âgé de 66 ans et
  originaire de Naples", "un jeune de 32 ans, originaire de la ville de Floirac") is no origin
  of the goods (where victims or migrants come from still is).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # (Sudan is only what Chad borders: no origin of the weapons)
        ("Le Tchad, pays frontalier du Soudan, est devenu une plaque tournante d'un trafic "
         "d'armes destinées aux rebelles.", "fr", set()),
        # guard: the town "frontalière de" is named by the words, and is where the goods go
        ("Les enfants victimes de traite sont conduits depuis Haïti vers la ville frontalière "
         "de Dajabón.", "fr", {("human_trafficking", "HT", "Dajabón")}),
        ("Le chauffeur du camion, âgé de 45 ans et originaire de Lyon, transportait 300 kilos "
         "de cannabis vers l'Italie.", "fr", {("drugs", None, "IT")}),
        # guard: where the victims come from is the origin
        ("Les victimes de traite, originaires de Roumanie, étaient exploitées à Paris.", "fr",
         {("human_trafficking", "RO", "Paris")}),
    ],
)  # fmt: skip
def test_round36c_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
