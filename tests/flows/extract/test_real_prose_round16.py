"""Round 16 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- a country's possessive before a finer place of it ("Myanmar's northern Shan state",
  "Mexico's Sinaloa state") names where the place lies: the finer place is the end (the most
  specific place, ANNOTATION.md), whichever role the country's cue gave;
- "Police seized 500 kg of cocaine in Rotterdam. It was bound for Australia": the goods seized
  go on from where they were seized, when the next sentence opens on them ("It", "The
  shipment", "Elle", "La cargaison"), in either voice of the seizure (one movement told over
  two sentences, ANNOTATION.md).

Endpoints: the ISO code of a country, the gazetteer name of any other place; None when the
text gives no such end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Methamphetamine trafficking. Syndicates smuggle methamphetamine produced in "
            "Myanmar's northern Shan state to Japan.",
            "en",
            {("drugs", "Shan", "JP")},
        ),
        (
            "Cocaine trafficking. The cocaine was flown from Colombia to Mexico’s Sinaloa state.",
            "en",
            {("drugs", "CO", "Sinaloa")},
        ),
        (
            "Cocaine trafficking. Police seized 500 kg of cocaine in the port of Rotterdam on "
            "Monday. It was bound for Australia.",
            "en",
            {("drugs", "Rotterdam", "AU")},
        ),
        (
            "Trafic de cocaïne. La police a saisi 500 kg de cocaïne à Rotterdam lundi. La "
            "cargaison était destinée au marché australien.",
            "fr",
            {("drugs", "Rotterdam", "AU")},
        ),
        # guards: no seizure just before; the sentence does not open on the goods; the seizure
        # two sentences back
        (
            "Cocaine trafficking. Police met in Rotterdam on Monday. It was bound for Australia.",
            "en",
            {("drugs", None, "AU")},
        ),
        (
            "Cocaine trafficking. Police seized 500 kg of cocaine in Rotterdam on Monday. "
            "Other cocaine was bound for Australia.",
            "en",
            {("drugs", None, "AU")},
        ),
        (
            "Cocaine trafficking. Police seized 500 kg of cocaine in Rotterdam on Monday. The "
            "investigation lasted a year. It was bound for Australia.",
            "en",
            {("drugs", None, "AU")},
        ),
        # guard: a country with no finer place after it stays the end
        (
            "Methamphetamine trafficking. The drugs were smuggled from Myanmar to Thailand.",
            "en",
            {("drugs", "MM", "TH")},
        ),
    ],
)
def test_round16_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
