"""Round 49 (FALSEPOS) of the extractor for real prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination): the state moving
people is no flow (ANNOTATION.md, "Lawful movements are not flows: ... authorities
transferring migrants"), also when the text says it with a state vessel or with the
authorities receiving or removing them.

- "the survivors were brought to the port of Catania on a coast guard vessel", "taken to
  Lampedusa aboard a navy ship": a state vessel carries them after the rescue;
- "pris en charge par les autorités comoriennes à leur arrivée à Anjouan": the authorities
  receive them; "les personnes éloignées viennent des Comores": people the state removes
  (these were false candidates of the read part sharing no end with any gold flow);
- guards: a smugglers' boat, smugglers taking charge of the migrants, and the smuggled
  journey told in another sentence of the same text keep today's flows.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Smugglers packed the migrants into a fishing boat in Libya. The survivors were "
         "brought to the Sicilian port of Catania on a coast guard vessel.", "en", set()),
        ("Twenty Eritrean migrants rescued at sea were taken to Lampedusa aboard a navy ship.",
         "en", set()),
        ("Un kwassa-kwassa transportant des migrants a été intercepté. Les migrants ont ensuite "
         "été pris en charge par les autorités comoriennes à leur arrivée à Anjouan.", "fr",
         set()),
        ("Un réseau de passeurs a été démantelé à Mayotte. La plupart des personnes éloignées "
         "viennent des Comores.", "fr", set()),
        # the smuggled journey told apart stays
        ("Smugglers took the migrants from Libya to Italy. The survivors were brought to the "
         "Sicilian port of Catania on a coast guard vessel.", "en",
         {("migrant_smuggling", "LY", "IT")}),
        # guards: a smugglers' boat, smugglers taking charge, a rescue with no state transfer
        ("Smugglers took the migrants to Lampedusa on a fishing boat.", "en",
         {("migrant_smuggling", None, "Lampedusa")}),
        ("Les migrants ont été pris en charge par des passeurs à Tanger puis conduits en "
         "Espagne.", "fr", {("migrant_smuggling", None, "ES")}),
        ("Les migrants passés clandestinement de Libye en Italie ont été secourus.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
    ],
)  # fmt: skip
def test_round49_falsepos_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
