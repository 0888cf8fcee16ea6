"""Round 56 (GAZGAPS) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives:

- a village of 500 to 1,000 inhabitants (GeoNames ``cities500`` less ``cities1000``,
  ``geodata/data/towns500.csv``) is a place where the text says the word is a place, like the
  small towns of ``towns1000.csv``: after a noun that says it is a town ("the village of",
  "la commune de"), after a locative preposition in a country the text names, or right before
  the area that holds it;
- a town written with its state's agency abbreviation ("Trenton, N.J.", "Charleston, S.C.")
  is that town, nearest the state, with the state, even where its name is also a given name
  or a surname (``flows.extract.abbreviated_towns``);
- guards: the towns of ``towns1000.csv`` are read as before, a postal code after a name
  ("Trenton, IN") places nothing, and a town the scanner read keeps its sense.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from geodata.towns import towns_named
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # villages of cities500 that cities1000 lacks, placed by a noun, a preposition or an area
        ("Les douaniers ont arrêté la camionnette dans la commune de Hondelange, en Belgique.",
         "fr", [("Hondelange", "Hondelange"), ("Belgique", "Belgium")]),
        ("Les armes avaient été cachées dans une ferme à Saint-Jean-du-Doigt, en Bretagne.",
         "fr", [("Saint-Jean-du-Doigt", "Saint-Jean-du-Doigt"), ("Bretagne", "Brittany")]),
        ("Smugglers crossed into Italy on foot near the village of Gaggiolo last week.", "en",
         [("Italy", "Italy"), ("Gaggiolo", "Gaggiolo")]),
        # a town and its state's dotted abbreviation, a given name or a surname as well
        ("Trenton, N.J. - Two men were charged with smuggling pistols to Haiti.", "en",
         [("Trenton", "Trenton"), ("N.J.", "New Jersey"), ("Haiti", "Haiti")]),
        ("The container was opened by officers in Charleston, S.C., on Friday.", "en",
         [("Charleston", "Charleston"), ("S.C.", "South Carolina")]),
        # guards: a small town of towns1000.csv as before, a postal code, a town already read
        ("The woman was arrested in Middleton by officers of the agency.", "en",
         [("Middleton", "Middleton")]),
        ("Agent Trenton, IN his report, named no town.", "en", []),
        ("Nogales, Ariz. - Officers found the cocaine under the seats.", "en",
         [("Nogales", "Nogales"), ("Ariz.", "Arizona")]),
    ],
)  # fmt: skip
def test_round56_gazgaps_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


def test_round56_town_nearest_its_state(extractor):
    """Of the towns of one name, the one nearest the state the abbreviation names."""
    doc = Document(id="t", text="Trenton, Ga. - Agents seized 40 rifles.", lang="en")
    town = extractor.places(doc).mentions[0].place
    assert (town.name, town.country_code) == ("Trenton", "US")
    assert (round(town.lat, 1), round(town.lon, 1)) == (34.9, -85.5)


def test_round56_villages_table():
    """The villages' table answers with the towns' table, most populous first."""
    assert [t.country_code for t in towns_named("Wanlin")] == ["BE"]
    assert towns_named("Avrillé")[0].population == 13723
