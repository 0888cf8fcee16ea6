"""Round 39 (FNfrA) of the flows in real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

The pattern: a French list after a cue of direction ("à destination de", "en provenance de",
"vers") that opens on things that are no places ("à destination du marché local, des pays
voisins, du Moyen-Orient et de l'Europe", "en provenance de sociétés écrans, de banques et du
Belize"). The places the list goes on to take the cue's role (one flow each, ANNOTATION.md
"Several destinations, several flows"); before, the first place had no cue right before it
("du" alone) and the list gave no flow. Guards keep today's reading: a list of places only, a
place qualifying the goods ("la drogue du Maroc"), buyers named before a place.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a list opening on items that are no places, after a cue of direction
        ("La drogue saisie au Maroc était à destination du marché local, des pays voisins, "
         "du Moyen-Orient et de l'Europe.",
         {("drugs", "MA", "Middle East"), ("drugs", "MA", "Europe")}),
        ("Le trafic de cocaïne saisie à Dakar était en provenance des ports, des aéroports et "
         "du Brésil.",
         {("drugs", "BR", "Dakar")}),
        # guards: a list of places only; buyers before a place (their own cue, today); the
        # goods' place, with no cue of direction
        ("Les armes saisies en Libye étaient à destination des groupes armés, des milices et "
         "du Tchad.",
         {("weapons", "LY", "TD")}),
        ("La drogue saisie au Maroc était à destination du Moyen-Orient et de l'Europe.",
         {("drugs", "MA", "Middle East"), ("drugs", "MA", "Europe")}),
        ("Les douaniers ont saisi de la résine, des comprimés et de la drogue du Maroc.",
         {("drugs", "MA", None)}),
    ],
)  # fmt: skip
def test_round39_fnfra_list_past_items(extractor, text, expected):
    assert _flows(extractor, text, "fr") == expected
