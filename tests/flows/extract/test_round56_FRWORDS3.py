"""Round 56 (FRWORDS3) of the words of movement in real English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> whether the sentence states a
movement (``flows.extract.direction.has_movement``, the ``MOVE`` words of the lexicon):

- the verbs of taking and leading people or goods somewhere are words of movement: "the agents
  took them to Kathmandu", "paid gangs to take them through Mexico", "the couriers drove the
  rifles into Mexico", "snuck into Britain", "guided her through the desert to Tucson",
  "escorted to the border", "shuttled between brothels", "bussed the workers to Bangkok",
  "led them across the border";
- guards: "take" and "drive" with no one or nothing carried ("took place", "take part",
  "drove home", "the driving force") and "led" as heading a body ("an operation led by Europol")
  state no movement.
"""

from __future__ import annotations

import pytest

from flows.extract.direction import has_movement


@pytest.mark.parametrize(
    ("sentence", "moves"),
    [
        ("According to the victims, an agent took them to Kathmandu in March.", True),
        ("The family paid a gang to take them through Guatemala.", True),
        ("The traffickers took the girls to a hotel in Pune.", True),
        ("The couriers drove the rifles across the border into Mexico.", True),
        ("The gang snuck Vietnamese nationals into Britain in lorries.", True),
        ("The smugglers guided her for days on foot through the hills to Tucson.", True),
        ("Members of the network escorted the group to the Spanish border.", True),
        ("The women were shuttled between brothels in two states.", True),
        ("The recruiters bussed the workers to Bangkok.", True),
        ("Two guides led them across the border at night.", True),
        # guards: no one and nothing carried, or "led" as heading a body
        ("The ceremony took place in Geneva last week.", False),
        ("Officers from five countries will take part in the operation.", False),
        ("After the hearing the judge drove home to Leeds.", False),
        ("Greed is the driving force of the ring, the prosecutor said.", False),
        ("The inquiry was led by Europol and the Spanish police.", False),
    ],
)  # fmt: skip
def test_round56_taking_verbs_move(sentence: str, moves: bool) -> None:
    assert has_movement(sentence, "en") is moves
