"""Round 36 of the document pass (the place a half-flow's destination is carried to), as a table
of short documents written for the tests (not taken from the gold corpus) -> (category, origin,
destination):

- an origin-only flow that takes the end the document's whole flows share (or the title
  flow's) takes the document's most named place instead when that place lies within it and is
  more specific: a country or a town of a continent-wide end ("to Europe", in a story of
  Bulgarian customs: Bulgaria), a town of a country end ("vers la France", in a story told from
  Le Havre: Le Havre), a town near the point of a part of one country ("to Sicily", in a story
  on Lampedusa: Lampedusa).
- guards: the most named place outside that end (Pakistan is not in Europe, Brussels is not
  in France), or a town of the country far from the part (Milan is no town of Sicily), leaves
  the shared end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# sentences with no place between the network's whole flow and the half-flow: further back than
# the sentences the rules look at, so only the document's shared end can fill the destination
_GAP_EN = "The investigation lasted three years. Prosecutors charged eleven people. "
_GAP_FR = "L'enquête a duré deux ans. Onze personnes ont été mises en examen. "


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a continent-wide shared end: the country the story is about, which lies in it
        ("Customs officers in Bulgaria seized 300 kg of heroin on Monday. Heroin is smuggled "
         "from Afghanistan to Europe along the Balkan route. " + _GAP_EN + "The truck had come "
         "from Iran, officials in Bulgaria said.", "en",
         {("drugs", "AF", "Europe"), ("drugs", "IR", "BG")}),
        # guard: the most named country is not in Europe
        ("Police in Pakistan seized 300 kg of heroin on Monday. Heroin is smuggled from "
         "Afghanistan to Europe along the Balkan route. " + _GAP_EN + "The truck had come from "
         "Iran, officials in Pakistan said.", "en",
         {("drugs", "AF", "Europe"), ("drugs", "IR", "Europe")}),
        # a country shared end: the town of it the story is told from
        ("Les douaniers du Havre ont saisi 500 kg de cocaïne. La drogue est expédiée du Brésil "
         "vers la France. " + _GAP_FR + "Le cargo était parti de Paranaguá, précise le parquet "
         "du Havre.", "fr",
         {("drugs", "BR", "FR"), ("drugs", "Paranaguá", "Le Havre")}),
        # guard: the most named town lies in another country
        ("Les douaniers de Bruxelles ont saisi 500 kg de cocaïne. La drogue est expédiée du "
         "Brésil vers la France. " + _GAP_FR + "Le cargo était parti de Paranaguá, précise le "
         "parquet de Bruxelles.", "fr",
         {("drugs", "BR", "FR"), ("drugs", "Paranaguá", "FR")}),
        # a part of one country as the shared end: the town near it the story is about
        ("Smugglers took migrants from Libya to Sicily. " + _GAP_EN + "Most of the migrants "
         "came from Eritrea, the coast guard in Lampedusa said. The mayor of Lampedusa asked "
         "Rome for help.", "en",
         {("migrant_smuggling", "LY", "Sicily"), ("migrant_smuggling", "ER", "Lampedusa")}),
        # guard: a town of the same country far from that part
        ("Smugglers took migrants from Libya to Sicily. " + _GAP_EN + "Most of the migrants "
         "came from Eritrea, officials in Milan said. The mayor of Milan asked Rome for help.",
         "en",
         {("migrant_smuggling", "LY", "Sicily"), ("migrant_smuggling", "ER", "Sicily")}),
    ],
)  # fmt: skip
def test_round37_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
