"""Round 40 (NETW) of the extractor, as a table of sentences written for the tests (not taken
from the gold corpus) -> (category, origin, destination): people trafficked to where a network
settled or operates, or to the brothels they end up in, with the origin the network's
nationality gives.

- where a trafficking network settled ("le réseau s'est implanté à Lyon, Grenoble et Dijon",
  "ses membres se sont établis en Belgique": the network or its members as subject, with
  "s'est / se sont") is where it took its victims (lexicon_fr destination cue, before "établi
  en", which alone says where someone operates);
- a network "with (known) operations in" places, and the brothels, massage parlours, strip
  clubs in places the women get or end up in ("young women get through brothels in Russia,
  Turkey"; not "police raided brothels in Italy"), are where victims were taken, one flow per
  place (lexicon_en destination cue, before "through" as a transit);
- a trafficking network named by one nationality ("un réseau de proxénétisme roumain", "a
  Romanian pimping network") gives the origin of the document's destination-only flows of
  human trafficking when nothing else does (``document_flows.network_nationality``, last
  fallback of ``document_ends.complete_from_document`` after the victims' nationality); two
  nationalities ("les mafias italiennes ou albanaises") give none.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_HT = "human_trafficking"


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Un réseau de proxénétisme bulgare a été démantelé. L'enquête a duré deux ans. Le "
         "réseau s'est implanté à Lyon, Grenoble et Dijon.", "fr",
         {(_HT, "BG", "Lyon"), (_HT, "BG", "Grenoble"), (_HT, "BG", "Dijon")}),
        ("Les membres du réseau de proxénétisme se sont établis en Belgique.", "fr",
         {(_HT, None, "BE")}),
        ("Nepalese women were trafficked by a network with known operations in Oman, Qatar "
         "and Kuwait.", "en",
         {(_HT, "NP", "OM"), (_HT, "NP", "QA"), (_HT, "NP", "KW")}),
        ("A Romanian pimping network was dismantled. Prosecutors charged nine men. The "
         "trafficked women worked in brothels in Lyon and Nice.", "en",
         {(_HT, "RO", "Lyon"), (_HT, "RO", "Nice")}),
        ("Instead of well-paid jobs, young women from Moldova get through brothels in Russia, "
         "Turkey and Cyprus.", "en", {(_HT, "MD", "RU"), (_HT, "MD", "TR"), (_HT, "MD", "CY")}),
        # two nationalities give no origin
        ("Ces réseaux de proxénétisme rappellent les mafias italiennes ou albanaises. Le réseau "
         "s'est implanté à Lyon.", "fr", {(_HT, None, "Lyon")}),
        # guards: a network settled "sur" a part of a country keeps today's reading; "end up
        # in brothels" already went there; "operated in" alone says where a network works
        ("Un réseau de proxénétisme s'était implanté sur une large partie du nord de la "
         "France.", "fr", {(_HT, "Northern France", None)}),
        ("Young women from Moldova end up in brothels in Russia, Turkey and Cyprus.", "en",
         {(_HT, "MD", "RU"), (_HT, "MD", "TR"), (_HT, "MD", "CY")}),
        ("The trafficking network operated in Oman and Qatar.", "en", set()),
    ],
)  # fmt: skip
def test_round40_netw_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
