"""Round 45 (WRONG) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives:
one endpoint right, the other a different place.

When a half-flow takes its missing end from the rest of the document (the place the document
is about, the place goods were seized the sentence before, the place the case is), the end it
takes must not be a place that the document gives the *same* role:

- a place listed with the flow's known end ("en provenance de Tunisie ou de Libye", "from
  Colombia, Venezuela, Brazil and the Dominican Republic") is the same end of a parallel flow
  (ANNOTATION.md: several origins, several flows), never the other end; a list told as legs
  ("de Tunisie puis de Libye") is not such a list (read part: fr-736, en-326);
- a place of seizure told a sentence or two before is no destination of a flow whose own
  sentence gives that place as an origin, or lists it with the flow's origin (read part:
  en-326, "its base in the Dominican Republic ... The women, mostly from South American
  countries such as Colombia, Venezuela, Brazil, and the Dominican Republic": no row here,
  the short texts written for it take their end by the document's focus instead);
- for money with no stated origin, the place the document's whole flows of money go to, and
  none leaves from, is not where the case is ("un réseau de blanchiment d'argent vers
  l'Algérie ... les sommes collectées sont acheminées à Marseille" does not leave from Algeria;
  read part: fr-660).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_ALGERIA_FR = (
    "Transfert illégal d'argent vers l'Algérie : un réseau démantelé en France\n"
    "Un important réseau de blanchiment d'argent vers l'Algérie a été démantelé. Les prévenus "
    "s'adonnaient au transfert illégal de fortes sommes entre la France et l'Algérie, pour le "
    "compte de donneurs d'ordres basés en Algérie. "
)
_WOMEN_EN = "French police dismantled a human trafficking network and rescued 41 women. "


@pytest.mark.parametrize(
    ("text", "lang", "present", "absent"),
    [
        # money sent to Algeria all through the story: the next leg does not leave from there
        (_ALGERIA_FR + "Les sommes collectées sont acheminées aux domiciles d'autres suspects "
         "à Marseille.", "fr",
         {("illicit_finance", "FR", "DZ")}, {("illicit_finance", "DZ", "Marseille")}),
        # guard: a case told in Algeria, where no flow goes, still sends the money from there
        ("Un important réseau de blanchiment d'argent a été démantelé en Algérie. Les "
         "enquêteurs algériens ont saisi des bijoux en Algérie, pour le compte de donneurs "
         "d'ordres basés en Algérie. Les sommes collectées sont acheminées aux domiciles "
         "d'autres suspects à Marseille.", "fr",
         {("illicit_finance", "DZ", "Marseille")}, set()),
        # two origins in one list: the document's focus (one of them) is no destination
        ("Smugglers' boats, coming from Tunisia or Libya, crossed the Mediterranean. Libya is "
         "the main departure country. In Libya, smugglers are everywhere.", "en",
         set(), {("migrant_smuggling", "TN", "LY")}),
        ("Les embarcations des passeurs, en provenance de Tunisie ou de Libye, ont traversé la "
         "Méditerranée. La Libye est le premier pays de départ. En Libye, les passeurs sont "
         "nombreux.", "fr",
         set(), {("migrant_smuggling", "TN", "LY")}),
        # guards: named alone, or as a leg ("puis"), the focus stays the destination
        ("Smugglers' boats, coming from Tunisia, crossed the Mediterranean. Libya is the main "
         "departure country. In Libya, smugglers are everywhere.", "en",
         {("migrant_smuggling", "TN", "LY")}, set()),
        ("Les embarcations des passeurs, en provenance de Tunisie puis de Libye, ont traversé "
         "la Méditerranée. La Libye est le premier pays de départ. En Libye, les passeurs sont "
         "nombreux.", "fr",
         {("migrant_smuggling", "TN", "LY")}, set()),
        # guard: a focus outside the list is the destination of each origin of the list
        ("Smugglers' boats, coming from Tunisia or Libya, crossed the Mediterranean. Italy is "
         "the main arrival country. In Italy, the coast guard is overwhelmed.", "en",
         {("migrant_smuggling", "TN", "IT"), ("migrant_smuggling", "LY", "IT")}, set()),
        # guard: with no such country in the list, the story's country as today
        (_WOMEN_EN + "Nine people were arrested in Spain. The women, mostly from Colombia, "
         "Venezuela and Brazil, were trafficked from city to city.", "en",
         {("human_trafficking", "CO", "FR"), ("human_trafficking", "BR", "FR")}, set()),
    ],
)  # fmt: skip
def test_round45_wrong_end(extractor, text, lang, present, absent):
    found = _flows(extractor, text, lang)
    assert present <= found, found
    assert not (absent & found), found
