"""Round 53 (OTHERSENT) of the flows in real French and English prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> the flows ``flows
extract`` gives (ANNOTATION.md, "Flows"):

- where the police raided or searched ("after a raid in Austria", "during police raids in
  Portugal", "lors de raids dans plusieurs pays d'Europe", "une descente de police à
  Marseille") is where they acted, not where the goods or people set off from: a seizure
  told there with a destination ("on its way to Denmark", "destinée à l'Espagne") no longer
  starts the flow at the raid's place, and the origin stays open (null), as annotators leave
  it;
- guards: a place of seizure with no raid said before it still starts a flow bound elsewhere
  ("seized in Mombasa, bound for Haiphong"), a raid's place still ends a flow that came from
  elsewhere ("venaient de Serbie ... saisies lors d'une perquisition à Lyon"), and a raid
  named in a sentence that states its own movement leaves that movement alone.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a raid's place starts no flow bound elsewhere
        ("Police became aware of the ring after a raid in Austria last spring where five "
         "rifles were found in a car on its way to Denmark.", "en",
         {("weapons", None, "DK")}),
        ("The cocaine was seized during police raids in Portugal on a truck heading to "
         "France.", "en", {("drugs", None, "FR")}),
        ("Le réseau de passeurs vers l'Italie a été démantelé lors de raids dans plusieurs "
         "pays d'Europe.", "fr", {("migrant_smuggling", None, "IT")}),
        ("Une descente de police à Marseille a permis de saisir de la cocaïne destinée à "
         "l'Espagne.", "fr", {("drugs", None, "ES")}),
        # guards: a seizure place with no raid still starts the flow
        ("Customs officers seized heroin in Bulgaria bound for Germany.", "en",
         {("drugs", "BG", "DE")}),
        ("The weapons were seized in Mombasa, bound for Haiphong.", "en",
         {("weapons", "Mombasa", "Haiphong")}),
        ("La douane a saisi à Dakar de la cocaïne destinée à l'Angola.", "fr",
         {("drugs", "Dakar", "AO")}),
        # guards: a raid's place still ends a flow; a movement stated outright stays
        ("Les armes venaient de Serbie et ont été saisies lors d'une perquisition à Lyon.",
         "fr", {("weapons", "RS", "Lyon")}),
        ("Police raids in Spain targeted smugglers who ferried migrants from Morocco to "
         "Spain.", "en", {("migrant_smuggling", "MA", "ES")}),
    ],
)  # fmt: skip
def test_round53_othersent_raid_place(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
