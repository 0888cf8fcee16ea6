"""Round 55 (FRWORDS): French words of movement and of where goods come from, as tables of
sentences written for the tests (paraphrases, not sentences of the gold corpus):

- words of provenance and travel that name a movement (``has_movement``): "provenant",
  "provenaient", "proviennent", "en partance pour", "voyageaient", "rallier", "regagner",
  "prendre la mer", "faisant route", "franchir", "franchissements"; guards: "un voyageur",
  "se rendre compte", "le rallye" are no movement;
- the participles of provenance before a qualifier ("venant en majorité de Syrie") and an
  adverb between an export verb and who sends ("exportées illégalement par le Mali");
- the verbs that bring goods or people, before where from ("remontaient d'Espagne",
  "convoyées du Niger", "réexportée du Togo").
"""

from __future__ import annotations

import pytest

from flows.extract.direction import has_movement
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("sentence", "moves"),
    [
        ("Des fusils provenant de l'ex-Yougoslavie circulent encore.", True),
        ("Les victimes provenaient d'une dizaine de pays.", True),
        ("Ces pilules proviennent de laboratoires clandestins.", True),
        ("Un conteneur en partance pour Anvers a été fouillé.", True),
        ("Une trentaine de personnes voyageaient à bord.", True),
        ("Ils espéraient rallier l'Angleterre.", True),
        ("Elles devaient ensuite regagner l'Espagne.", True),
        ("Ils avaient pris la mer de nuit.", True),
        ("Deux camions faisant route vers Vienne ont été contrôlés.", True),
        ("Ils ont tenté de franchir la frontière.", True),
        ("Les franchissements irréguliers ont doublé.", True),
        # guards: a traveller, a realisation, a rally are no movement
        ("Un voyageur a été interpellé.", False),
        ("Il a fini par se rendre compte de la fraude.", False),
        ("Le rallye a réuni des milliers de fans.", False),
    ],
)
def test_words_of_movement(sentence: str, moves: bool) -> None:
    assert has_movement(sentence, "fr") is moves


@pytest.mark.parametrize(
    ("text", "flow"),
    [
        (
            "Le réseau a transporté près de 900 migrants venant en majorité d'Irak et de "
            "Syrie, entre Belgrade et Vienne.",
            ("migrant_smuggling", "IQ", None),
        ),
        (
            "Des tonnes d'or ont été exportées illégalement par le Burkina Faso vers Dubaï.",
            ("illicit_finance", "BF", "Dubai"),
        ),
        (
            "Plusieurs voitures remontaient d'Espagne avec 40 kilos de cannabis, saisies près "
            "de Cambrai.",
            ("drugs", "ES", "Cambrai"),
        ),
        ("Des armes convoyées du Niger ont été saisies à Kano.", ("weapons", "NE", "Kano")),
        ("La cocaïne réexportée du Togo a été saisie en Belgique.", ("drugs", "TG", "BE")),
        ("Des fusils introduits de Libye ont été retrouvés au Mali.", ("weapons", "LY", "ML")),
        ("Les armes ramenées de Belgique ont été saisies à Lyon.", ("weapons", "BE", "Lyon")),
    ],
)
def test_where_from(extractor, text: str, flow: tuple) -> None:
    assert flow in _flows(extractor, text, "fr")
