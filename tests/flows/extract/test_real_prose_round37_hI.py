"""Round 37 (hI) of the extractor for real English prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination):

- a list of nationalities with a count before each ("2 Afghan, 2 Indian, 8 Iraqi and 4 Syrian
  nationals", "109 Thais, 50 Pakistanis, 48 Indians") is one list: every nationality of the
  people moved is an origin, not only the last one (demonym_hints.demonym_hints).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police stopped a van carrying 12 migrants (3 Afghan, 4 Iraqi and 5 Syrian nationals) "
         "who were being smuggled to Germany.", "en",
         {("migrant_smuggling", "AF", "DE"), ("migrant_smuggling", "IQ", "DE"),
          ("migrant_smuggling", "SY", "DE")}),
        ("The lorry held 30 migrants, including 10 Eritrean, 12 Sudanese and eight Somali "
         "nationals, who had been smuggled into Italy.", "en",
         {("migrant_smuggling", "ER", "IT"), ("migrant_smuggling", "SD", "IT"),
          ("migrant_smuggling", "SO", "IT")}),
        # guard: a counted list of the smugglers' nationalities is still no origin
        ("The smugglers, 2 Albanian and 3 Kosovar nationals, were arrested for smuggling "
         "migrants to Italy.", "en", {("migrant_smuggling", None, "IT")}),
    ],
)  # fmt: skip
def test_round37_hi(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
