"""Round 37 (helper hA) of the extractor for real English prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination):

- a dateline's town whose customs stop goods on their way out is where the goods leave from,
  not only its country: "KARACHI: Customs foiled a bid to smuggle heroin to Oman" (a dateline
  with no outbound seizure still stands for its country).
- "their country", "his country", "their home country" is the country of the nationality named
  before it ("the Ghanaian official embezzled millions from his country"), not the last
  country named ("Australian men ... from Thailand to their home country").
- in English, a province named with its country ("from Bokeo Province, Laos") and a country
  named with a region of several ("from Ecuador in South America") say where it lies: the
  country or the region is no end of its own (a list of countries and a part of one, "Britain,
  Scotland and Germany", stays a list).
- "for further smuggling to", as "for onward travel to", starts a new leg where the previous
  one stopped ("to Gwadar for further smuggling to Oman").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("KARACHI: Customs officials at the airport foiled a bid to smuggle heroin to Oman.",
         "en", {("drugs", "Karachi", "OM")}),
        ("KARACHI: Customs officers seized a parcel of methamphetamine destined for Melbourne.",
         "en", {("drugs", "Karachi", "Melbourne")}),
        # guard: a dateline with goods brought in, no outbound seizure, stands for its country
        ("KARACHI: Police arrested two men who had brought heroin from Afghanistan.", "en",
         {("drugs", "AF", "PK")}),
        ("The Ghanaian official embezzled millions of dollars from his country and hid them in "
         "London.", "en", {("illicit_finance", "GH", "London")}),
        ("Two Australian men smuggled heroin from Thailand to their home country.", "en",
         {("drugs", "TH", "AU")}),
        # guard: no nationality named before "their country": no end read from it
        ("Traffickers smuggled the women out of their country to Oman.", "en",
         {("migrant_smuggling", None, "OM")}),
        ("Cocaine was found on a ship that arrived in Cork from Ecuador in South America.", "en",
         {("drugs", "EC", "Cork")}),
        ("Police seized methamphetamine smuggled across the river from Bokeo Province, Laos.",
         "en", {("drugs", "Bokeo", None)}),
        # guard: a list of countries and a part of one is still a list of destinations
        ("Women were trafficked from Romania to Ireland, Britain, Scotland and Germany.", "en",
         {("human_trafficking", "RO", "IE"), ("human_trafficking", "RO", "GB"),
          ("human_trafficking", "RO", "Scotland"), ("human_trafficking", "RO", "DE")}),
        # guard: a town named with its country, as before
        ("Heroin was smuggled from Agadez, Niger to Libya.", "en", {("drugs", "Agadez", "LY")}),
        ("The heroin is sent to Quetta, from where gangs take it to Gwadar for further smuggling "
         "to Oman and Yemen.", "en",
         {("drugs", None, "Quetta"), ("drugs", "Quetta", "Gwadar"), ("drugs", "Gwadar", "OM"),
          ("drugs", "Gwadar", "YE")}),
        ("The cocaine was shipped to Rotterdam for further distribution to Germany.", "en",
         {("drugs", None, "Rotterdam"), ("drugs", "Rotterdam", "DE")}),
        # guard: "for onward travel to" started a new leg already
        ("Migrants cross into Libya for onward travel to Europe.", "en",
         {("migrant_smuggling", None, "LY"), ("migrant_smuggling", "LY", "Europe")}),
    ],
)  # fmt: skip
def test_round37_ha_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
