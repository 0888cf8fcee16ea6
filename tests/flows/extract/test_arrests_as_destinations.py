"""Places of arrest or seizure listed in one clause are destinations, one flow each
(ANNOTATION.md: "buyers arrested in five countries give one flow per destination"), as a
table of sentences written for the tests -> expected (category, origin, destination).
Arrests of the network's own members in several countries at once are a police operation,
no list of destinations (round 37 hT; see test_real_prose_round37_hT.py).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows

FR_TITLE = "Trafic d'armes : un réseau démantelé\n\n"
EN_TITLE = "Arms trafficking ring dismantled\n\n"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the whole list, not its first place only, and no place of the list as an origin
        (
            FR_TITLE
            + "Des acheteurs des armes trafiquées ont été arrêtés en France, en Allemagne et "
            "en Belgique.",
            "fr",
            {("weapons", None, "FR"), ("weapons", None, "DE"), ("weapons", None, "BE")},
        ),
        (
            EN_TITLE
            + "Buyers of the trafficked weapons were arrested in France, Germany and Belgium.",
            "en",
            {("weapons", None, "FR"), ("weapons", None, "DE"), ("weapons", None, "BE")},
        ),
        # the origin said in the sentence before reaches every place of the list
        (
            EN_TITLE
            + "The weapons came from Croatia. Buyers of the trafficked guns were arrested in "
            "France, Germany and Belgium.",
            "en",
            {("weapons", "HR", "FR"), ("weapons", "HR", "DE"), ("weapons", "HR", "BE")},
        ),
        # "acheteurs" (buyers) is not "acheté" (bought): where buyers are arrested is no origin
        (
            FR_TITLE + "Des acheteurs d'armes ont été arrêtés en France.",
            "fr",
            set(),
        ),
        # a fronted place before a list still starts the flow
        (
            "After weeks in camps near Tripoli, the victims are put on boats to Sicily.",
            "en",
            {("human_trafficking", "LY", "Sicily")},
        ),
    ],
)
def test_places_of_arrest_in_a_list(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
