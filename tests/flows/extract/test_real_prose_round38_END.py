"""Round 38 (END) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination): the
other end of a flow taken from elsewhere in the document, in another country, where the
sentence names the place the goods or people moved on from.

- a place the goods or people were held at ("in a house in", "au Mexique" after a noun of
  arrival), right before a cue that they were sent on ("before sending them to", "avant de les
  faire passer"), is the origin of the next leg: the stop ends one leg and starts the next
  (ANNOTATION.md), also for two towns of one country ("in a house in Lyon before sending it
  to Paris"); before, the flow had no origin in its sentence and took one from the rest of
  the document, most often a place of another country;
- with no place between, the place and the cue next to each other only.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Police said the gang stored the heroin in a warehouse in Antwerp before shipping it "
         "to Dublin.", "en", {("drugs", "Antwerp", "Dublin")}),
        ("The smugglers hid the cocaine in a house in Lyon before sending it to Paris.", "en",
         {("drugs", "Lyon", "Paris")}),
        ("Le réseau de passeurs organisait la venue de migrants au Mexique avant de les faire "
         "passer aux États-Unis.", "fr", {("migrant_smuggling", "MX", "US")}),
        # guard: a stated leg joined by "and later sent" keeps today's reading
        ("The smugglers hid the cocaine in a house in Lyon and later sent it to Paris.", "en",
         {("drugs", "Lyon", "Paris")}),
        # guard: the place already the destination of a first leg keeps both legs
        ("Les passeurs organisaient l'arrivée des migrants au Mexique pour les faire passer aux "
         "États-Unis.", "fr",
         {("migrant_smuggling", "MX", "US"), ("migrant_smuggling", None, "MX")}),
        # guard: no cue of sending on, no origin from the place the goods were kept
        ("The smugglers hid the cocaine in a house in Lyon. Police seized it on its way to "
         "Paris.", "en", {("drugs", None, "Paris")}),
    ],
)  # fmt: skip
def test_round38_end_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
