"""Round 47 (SUCHAS) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

The pattern: a movement cue, then a general noun of places (countries, cities, towns, pays,
villes...) and an example marker ("such as", "like", "including", "tels que", "comme",
"dont"), then the places. The general noun is no place (ANNOTATION.md); the cue before it is
the cue of every listed place, and several destinations or origins give one flow each:

- the cue reaches past the noun phrase when the cue words alone do not cover it ("operate in
  several Southeast Asian countries like Cambodia and Laos": two words before the noun and
  "like"; ``general_examples`` in lexicon_common.yaml, ``direction._cue_before_examples``);
- a list goes on through such a phrase, a nationality in it skipped ("to Palermo, and its
  neighbouring towns such as Trapani", "de la région de Sfax, et de plusieurs villes
  côtières libyennes comme Zuwara": ``listed_examples``, ``direction._listed_examples``).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the cue before the general noun reaches the listed places
        ("Since 2021, hundreds of Kenyans have become victims of trafficking networks that "
         "operate in several Southeast Asian countries like Cambodia and Laos.", "en",
         {("human_trafficking", "KE", "KH"), ("human_trafficking", "KE", "LA")}),
        # the list goes on through the general noun and the marker
        ("Migrants were trafficked from Libya to Palermo, and its neighbouring towns such as "
         "Trapani and Marsala.", "en",
         {("migrant_smuggling", "LY", "Palermo"), ("migrant_smuggling", "LY", "Trapani"),
          ("migrant_smuggling", "LY", "Marsala")}),
        ("Les migrants sont partis de la région de Sfax, et de plusieurs villes côtières "
         "libyennes comme Zuwara et Sabratha, vers Lampedusa.", "fr",
         {("migrant_smuggling", "Sfax", "Lampedusa"),
          ("migrant_smuggling", "Zuwara", "Lampedusa"),
          ("migrant_smuggling", "Şabrātah", "Lampedusa")}),
        # guards: today's readings stay ("like" after a place is no example marker; the cue
        # words that cover the noun phrase already; a place inside the noun phrase)
        ("The cocaine was smuggled to Spain like every year.", "en", {("drugs", None, "ES")}),
        ("Heroin is trafficked from Afghanistan to several countries such as Iran and "
         "Pakistan.", "en", {("drugs", "AF", "IR"), ("drugs", "AF", "PK")}),
        ("The network moved migrants to cities across the United States, including Los "
         "Angeles and Chicago.", "en",
         {("migrant_smuggling", None, "Los Angeles"), ("migrant_smuggling", None, "Chicago")}),
    ],
)  # fmt: skip
def test_round47_suchas_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
