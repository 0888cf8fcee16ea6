"""Round 36b of the extractor for real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- the second side of "entre X et Y" may be named with its kind of place ("entre la Guyane et
  l'aéroport d'Orly", "et la région sicilienne de Trapani"): it is still the other end (a
  "between" that only says where something happened, "à la frontière entre", stays a place).
- a named place after "depuis" or "de", then "pour" and a place ("ils convoient les jeunes
  filles depuis le Nigeria pour Abidjan") is a trip from the one to the other (a capitalised
  word, not an acronym: "le bureau de l'OIM pour la Méditerranée" names no end).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les douanes s'inquiètent du trafic de cocaïne entre la Martinique et l'aéroport de "
         "Roissy.", "fr", {("drugs", "MQ", "Paris-Charles de Gaulle Airport")}),
        # guard: a border "between" two places is where the seizure happened, no route
        ("La cocaïne a été saisie à la frontière entre le Brésil et la ville de Leticia.", "fr",
         set()),
        ("Les passeurs convoyaient les migrants depuis la Libye pour l'Italie.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
        # guard: an office "de l'OIM pour la Méditerranée" names no end of the flow
        ("Le bureau de l'OIM pour la Méditerranée a compté des arrivées de migrants en Italie.",
         "fr", {("migrant_smuggling", None, "IT")}),
    ],
)  # fmt: skip
def test_round36b_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
