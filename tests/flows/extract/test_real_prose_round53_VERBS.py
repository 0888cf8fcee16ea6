"""Round 53 (VERBS): words of a journey that news on smuggling and trafficking uses, as a
table of sentences written for the tests (not taken from the gold corpus).

The pattern: a sentence tells a movement with a verb or noun of travel that the lexicon did
not count as movement ("a dhow that had set sail from Baluchistan", "after having
disembarked", "embarked on a journey"; "une pirogue partie de Laâyoune", "ils ont quitté
Tanger", "les départs de pirogues", "ils embarquaient vers la Grande-Bretagne", "les passeurs
partaient de Zouara").
These words now count as movement (``MOVE`` in the lexicons; ``direction.has_movement`` and
the ``ev_move`` feature of the confidence model read them).

Guards: words of an intended end stay out ("rejoindre", "traverser", "destined for",
"bound for", "destinées à", "avant leur départ"). Said of migrants stopped before they leave
("des migrants qui tentaient de rejoindre l'Europe ont été interceptés au Maroc"), the
place of the interception is where they left from; as movement words they would turn it
into a destination. Words for lawful or figurative goings ("reach an agreement", "entered
into a deal") are not added either ("enter", "reach" were tried and dropped: they cost the
read part precision).
"""

from __future__ import annotations

import pytest

from flows.extract.direction import has_movement
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the new words of a journey
        ("The dhow had set sail from Baluchistan.", "en", True),
        ("The migrants disembarked at dawn.", "en", True),
        ("They embarked on an epic journey.", "en", True),
        ("Une pirogue partie de Laâyoune.", "fr", True),
        ("Ils ont quitté Tanger dans une patera.", "fr", True),
        ("Les départs de pirogues se multiplient.", "fr", True),
        ("Les clandestins embarquaient vers la Grande-Bretagne.", "fr", True),
        ("Les passeurs partaient de Zouara.", "fr", True),
        # guards: no word of movement
        ("The talks reached an agreement.", "en", False),
        ("He entered into a deal with prosecutors.", "en", False),
        ("Le parti de la majorité a voté contre.", "fr", False),
        ("Une partie des armes a été saisie.", "fr", False),
        ("La majeure partie de la drogue a été saisie.", "fr", False),
        ("Les migrants tentaient de rejoindre l'Europe.", "fr", False),
        ("The cocaine was destined for Europe.", "en", False),
        ("Des armes destinées au marché européen.", "fr", False),
        ("Ils ont été arrêtés avant leur départ.", "fr", False),
        ("Ils ont traversé une période difficile.", "fr", False),
    ],
)
def test_words_of_a_journey(text: str, lang: str, expected: bool) -> None:
    assert has_movement(text, lang) is expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Une pirogue partie de Nouadhibou a été interceptée aux Canaries.",
            "fr",
            ("migrant_smuggling", "Nouadhibou", "Canary Islands"),
        ),
        # guards: today's reading of migrants stopped before they leave
        (
            "Des migrants qui tentaient de rejoindre l'Europe ont été interceptés au Maroc.",
            "fr",
            ("migrant_smuggling", "MA", "Europe"),
        ),
        (
            "Les exilés qui traversent la Manche ont été interceptés à Calais.",
            "fr",
            ("migrant_smuggling", "Calais", "GB"),
        ),
        (
            "Some 80 migrants who had set sail from Libya were rescued near Malta.",
            "en",
            ("migrant_smuggling", "LY", "MT"),
        ),
        (
            "The cocaine, destined for Europe, was seized in Rotterdam.",
            "en",
            ("drugs", "Rotterdam", "Europe"),
        ),
        ("Heroin bound for Europe was seized in Turkey.", "en", ("drugs", "TR", "Europe")),
        (
            "Des armes destinées à la France ont été saisies en Belgique.",
            "fr",
            ("weapons", "BE", "FR"),
        ),
    ],
)
def test_flows_of_a_journey(extractor, text: str, lang: str, expected: tuple) -> None:
    assert expected in _flows(extractor, text, lang)


def test_stopped_before_leaving(extractor) -> None:
    # where migrants were stopped before they left is no destination ("départ" alone stays out)
    text = "Des migrants ont été interceptés avant leur départ au Sénégal."
    found = _flows(extractor, text, "fr")
    assert ("migrant_smuggling", None, "SN") not in found
