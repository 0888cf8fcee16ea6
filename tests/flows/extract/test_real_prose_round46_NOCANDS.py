"""Round 46 (NOCANDS) of the extractor for real English and French prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination): documents that state a flow and got no candidate at all.

- a sea that small boats cross from one shore to the other (``crossings`` in
  lexicon_common.yaml: the English Channel, the Strait of Gibraltar, the Aegean Sea), said
  crossed right before or after its name ("organisaient des traversées de la Manche", "pour
  traverser la Manche", "helped migrants cross the English Channel", "crossings of the
  English Channel"), in a sentence that gives the migrants' movement no other end, goes from
  the departure shore to the far one (France -> United Kingdom); a town of the departure
  shore named in the sentence is the start ("A Calais, ...");
- only for migrants (goods crossing a sea go anywhere), not for deaths at sea ("78 people
  died attempting to cross the Channel"), and only in a document that tells no other flow:
  where a flow of the document says where the migrants went or came from, that flow is the
  document's (a crossing beside it added wrong flows on the read part).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a crossing of the Channel with no end said: shore to shore
        ("Le réseau de passeurs organisait des traversées de la Manche pour des centaines de "
         "migrants.", "fr", {("migrant_smuggling", "FR", "GB")}),
        ("Les passeurs faisaient payer 3 000 euros aux migrants pour traverser la Manche.",
         "fr", {("migrant_smuggling", "FR", "GB")}),
        ("The gang helped hundreds of migrants cross the English Channel in small boats.",
         "en", {("migrant_smuggling", "FR", "GB")}),
        ("The smugglers organised crossings of the English Channel for migrants.", "en",
         {("migrant_smuggling", "FR", "GB")}),
        ("The gang organised English Channel crossings for hundreds of migrants.", "en",
         {("migrant_smuggling", "FR", "GB")}),
        ("Les passeurs organisaient la traversée du détroit de Gibraltar pour des migrants.",
         "fr", {("migrant_smuggling", "MA", "ES")}),
        # a town of the departure shore named in the sentence starts the crossing
        ("A Calais, les passeurs faisaient traverser la Manche à des dizaines de migrants.",
         "fr", {("migrant_smuggling", "Calais", "GB")}),
        # guards: an end the sentence states is kept as today
        ("Des centaines de migrants ont traversé la Manche depuis la France.", "fr",
         {("migrant_smuggling", "FR", "GB")}),
        ("Des migrants ont rejoint l'Angleterre depuis Calais en traversant la Manche.", "fr",
         {("migrant_smuggling", "Calais", "England")}),
        # guards: goods crossing a sea, deaths at sea, a sea only named: nothing
        ("Hundreds of tonnes of cocaine crossed the English Channel last year.", "en", set()),
        ("Last year at least 78 migrants died attempting to cross the English Channel.", "en",
         set()),
        ("Les passeurs sont actifs sur les plages de la Manche.", "fr", set()),
        # guard: another flow of the document tells where the migrants went; the crossing of
        # another sentence adds nothing
        ("The smugglers moved migrants from Dunkirk to the United Kingdom. Hundreds of "
         "migrants crossed the English Channel in small boats.", "en",
         {("migrant_smuggling", "Dunkirk", "GB")}),
    ],
)  # fmt: skip
def test_round46_nocands_sea_crossing(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
