"""Round 53 (FINER) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

The pattern: a flow's end is a country, and the flow's own sentence names a town of that
country and ties the two together, the country placing the town right after it ("Muscat, the
capital of Oman", "Dubai in the United Arab Emirates", "Mombasa, Kenya", "Bamako, la capitale
du Mali", "Asunción, la capitale du Paraguay"). The most specific place the text gives is the
endpoint (ANNOTATION.md): the end is the town. Guards: a town the sentence names without
placing it in the country ("arrested two men in Nong Khai"), a town and country with other
words between them ("died off Cutro in southern Italy", "the Torkham border from
Afghanistan"), a dateline's town ("BELGRADE, Serbia -") and a sentence with no such town keep
the country.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the country's town, placed in it by the sentence, is the end
        ("The network moved cash from the United Arab Emirates to the U.S. using shell "
         "companies located in Dubai in the United Arab Emirates.", "en",
         {("illicit_finance", "Dubai", "US")}),
        ("Two Ugandan girls were trafficked to Oman and held in a house in Muscat, the "
         "capital of Oman.", "en",
         {("human_trafficking", "UG", "Muscat")}),
        ("Heroin was shipped from Pakistan to Kenya and stored in Mombasa, Kenya, before it "
         "reached Europe.", "en",
         {("drugs", "PK", "Mombasa"), ("drugs", "Mombasa", "Europe")}),
        ("Des fusils achetés en Belgique ont été expédiés au Mali, où ils ont été remis à un "
         "trafiquant d'armes de Bamako, la capitale du Mali.", "fr",
         {("weapons", "BE", "Bamako")}),
        # guards: a town not placed in its country by the sentence, or with other words
        # between them, or a dateline's town, leaves the country as it is
        ("Police arrested two men in Nong Khai for smuggling methamphetamine from Laos to "
         "Thailand.", "en",
         {("drugs", "LA", "TH")}),
        ("The sea route from Turkey to Italy has been notorious since 94 migrants died off "
         "Cutro in southern Italy.", "en",
         {("migrant_smuggling", "TR", "IT")}),
        ("Police foiled a bid to smuggle weapons across the Torkham border from Afghanistan "
         "into Pakistan.", "en",
         {("weapons", "AF", "PK")}),
        ("BELGRADE, Serbia - Police seized rifles smuggled from Serbia to Croatia.", "en",
         {("weapons", "RS", "HR")}),
        ("Le réseau de passeurs faisait venir des migrants de Libye en Italie, où ils étaient "
         "hébergés à Crotone, dans le sud de l'Italie.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
        ("Les jeunes Nigérianes étaient conduites en France et contraintes de se prostituer "
         "dans un appartement à Lyon en France.", "fr",
         {("human_trafficking", "NG", "Lyon")}),
    ],
)  # fmt: skip
def test_round53_finer_town_of_the_country(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
