"""Round 37 (hJ) of the extractor for real English prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination):

- drug money paid to those who sold the drugs goes where they are: "to smugglers based in
  Pakistan", "to drug barons in places like Turkey", "to narcotics kingpins in Europe".
- ammunition named by its short word or its rounds is weapons: "2,500 rounds of ammo", "The
  rounds were bound for ..." (not "three rounds of talks").
- "aliens", "illegal aliens" (the word of US and Kenyan officials) are migrants.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The cartel's accountants wired drug money every week to smugglers based in "
         "Pakistan.", "en", {("illicit_finance", None, "PK")}),
        # guard: smugglers based somewhere, who move the people, are no destination
        ("Migrants were smuggled from Libya to Italy by smugglers based in Tunisia.", "en",
         {("migrant_smuggling", "LY", "IT")}),
        ("The hawala banker sent the drug money out to drug barons in places like Turkey.", "en",
         {("illicit_finance", None, "TR")}),
        # guard: "in places like" with no receiver before it is no destination
        ("Rebels were seen in places like Mali.", "en", set()),
        ("Officers seized 2,500 rounds of ammo that were being smuggled to Haiti.", "en",
         {("weapons", None, "HT")}),
        # guard: rounds of talks are no ammunition
        ("The delegates agreed after three rounds of talks that the migrants smuggled to Italy "
         "would stay.", "en", {("migrant_smuggling", None, "IT")}),
        ("Hundreds of aliens from Ethiopia use the Moyale route to find their way to South "
         "Africa.", "en", {("migrant_smuggling", "ET", "ZA")}),
        # guard: aliens of a film moving between planets are no flow
        ("The aliens in the film came from Mars to Earth.", "en", set()),
    ],
)  # fmt: skip
def test_round37_hj_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
