"""Round 56 (SPECIFIC) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the ends of the flows the extractor
gives (``flows.extract.finer_ends``):

- a destination country, then later in the same clause a finer place of it where the people
  were put to work, held or exploited ("moved to America but made to work at bars in
  Houston"): the finer place is the destination (the most specific place, ANNOTATION.md);
- guards: a finer place after a comma (who speaks, another event) or where the people were
  only arrested, with no word of work or exploitation, leaves the country the destination.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


def _ends(extractor, text: str, lang: str) -> set[tuple]:
    """(category, origin name, destination name) of every candidate of ``text``."""
    found = extractor.extract(Document(id="t", text=text, lang=lang)).candidates
    return {
        (c.category, c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in found
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the place of work or exploitation in the destination country ends the movement
        ("Trafficked women from Honduras were promised decent wages if they moved to America "
         "but made to work for free as hostesses at bars in Houston.", "en",
         {("human_trafficking", "Honduras", "Houston")}),
        ("Five girls who were being trafficked to India to lure them with employment in "
         "Kolkata have been rescued.", "en", {("human_trafficking", None, "Kolkata")}),
        ("Victims of the trafficking ring were moved to Britain and held for months at a farm "
         "in Kent.", "en", {("human_trafficking", None, "Kent")}),
        ("Des femmes victimes de traite ont été conduites en Suisse et hébergées dans un salon "
         "de massage à Zurich.", "fr", {("human_trafficking", None, "Zürich")}),
        # guards: who speaks after a comma; where they were only arrested
        ("The trafficked women were brought to Canada, police in Toronto said.", "en",
         {("human_trafficking", None, "Canada")}),
        ("Migrants smuggled into Spain were arrested by police in Madrid.", "en",
         {("migrant_smuggling", None, "Spain")}),
    ],
)  # fmt: skip
def test_round56_place_of_work_in_the_destination(extractor, text, lang, expected):
    assert _ends(extractor, text, lang) == expected
