"""Round 35 of the extractor for real prose, on the ends of flows (one end right, the other
wrong or missing), as a table of sentences written for the tests (not taken from the gold
corpus) -> (category, origin, destination):

- one moved person named by nationality, or a feminine plural the tables lacked, says where
  the moved come from, as the plural nouns already did: "a Syrian boy ... bound for Germany",
  "une mineure togolaise amenée au Bénin", "huit mineures togolaises qu'une passeuse avait
  fait venir au Bénin", "cinquante femmes et transsexuels thaïlandais". A single woman or man
  named by nationality stays out of the table: in the news she is most often who runs the
  network ("led by a Nicaraguan woman", "une femme politique géorgienne").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Rescuers met a 14-year-old Afghan boy who had been smuggled to Italy by boat.", "en",
         {("migrant_smuggling", "AF", "IT")}),
        ("La police a intercepté six mineures guinéennes qu'un passeur avait fait venir au "
         "Sénégal.", "fr", {("migrant_smuggling", "GN", "SN")}),
        ("Les gendarmes ont libéré une mineure nigérienne amenée au Bénin pour y être "
         "exploitée.", "fr", {("human_trafficking", "NE", "BJ")}),
        # guard: one woman named by nationality leads the network, she is moved nowhere
        ("The smuggling ring that moved migrants to Panama was led by a Nicaraguan woman.", "en",
         {("migrant_smuggling", None, "PA")}),
        # guard: "femme" alone is not in the table ("une femme politique géorgienne")
        ("Une femme politique géorgienne a reçu de l'argent blanchi transféré vers la Russie.",
         "fr", {("illicit_finance", None, "RU")}),
    ],
)  # fmt: skip
def test_round35_ends(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
