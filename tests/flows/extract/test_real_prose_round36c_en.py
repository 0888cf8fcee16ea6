"""Round 36c of the extractor for real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- a person's home, said before what was done to the person, is no origin: "both from Ripon",
  "aged 22 and from Monaghan", a nationality and a person ("Thai national Sangkhom Paphan from
  Ranong province", "an Indian woman named Bidya Lama from West Bengal", "A Finnish man from
  the western Uusimaa region is suspected"), "who hails from Sargodha" (people moved who come
  from a place still leave from it).
- the crews, skippers and soldiers of a place are where those who act come from, no end:
  "boats sailed by skippers mainly from Ukraine", "soldiers from Pakistan's Anti-Narcotics
  Force" (migrants from a place still leave from it).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Four couriers were found guilty of smuggling cash to Dubai: Jonathan Johnson and Jo "
         "Larvin, both from Ripon, and Amy Harrison.", "en",
         {("illicit_finance", None, "Dubai")}),
        # guard: people moved, both from a country, leave from it
        ("Two migrants, both from Syria, were smuggled to Greece.", "en",
         {("migrant_smuggling", "SY", "GR")}),
        ("One, aged 22 and from Monaghan, was later taken to hospital and arrested for smuggling "
         "cocaine to Ireland.", "en", {("drugs", None, "IE")}),
        # guard: the women trafficked, of an age and from a town, leave from it
        ("The women, aged 19 and from Kathmandu, were trafficked to Dubai.", "en",
         {("human_trafficking", "Kathmandu", "Dubai")}),
        ("The boat captain, Thai national Sangkhom Paphan from Ranong province, allegedly "
         "admitted that he was hired to collect the immigrants from Bangladesh and transport "
         "them to Malaysia.", "en", {("migrant_smuggling", "BD", "MY")}),
        # guard: a woman of a nationality trafficked from her town leaves from it
        ("A Nigerian woman from Benin City was trafficked to Italy.", "en",
         {("human_trafficking", "Benin City", "IT")}),
        ("His associate, an Indian woman named Bidya Lama from West Bengal who sheltered the "
         "victims before they were trafficked to Dubai, has also been arrested.", "en",
         {("human_trafficking", None, "Dubai")}),
        # guard: women from a place who were trafficked leave from it
        ("Women from West Bengal who had been promised jobs were trafficked to Dubai.", "en",
         {("human_trafficking", "West Bengal", "Dubai")}),
        ("A Finnish man from the western Uusimaa region is suspected of smuggling amphetamine to "
         "Finland.", "en", {("drugs", None, "FI")}),
        # guard: a man from a town who smuggled, with nothing done to him, is where goods leave
        ("A Finnish man from Helsinki smuggled amphetamine to Estonia.", "en",
         {("drugs", "Helsinki", "EE")}),
        ("The courier ─ who hails from Sargodha ─ has been arrested for smuggling heroin to "
         "Jeddah.", "en", {("drugs", None, "Jeddah")}),
        # guard: migrants who hail from a country leave from it
        ("The migrants, who hail from Eritrea, were smuggled to Italy.", "en",
         {("migrant_smuggling", "ER", "IT")}),
        ("The yachts that carried migrants to Italy were sailed by skippers mainly from "
         "Ukraine.", "en", {("migrant_smuggling", None, "IT")}),
        ("Soldiers from Pakistan's Anti-Narcotics Force ambushed traffickers moving heroin to "
         "Iran.", "en", {("drugs", None, "IR")}),
        # guard: migrants from a country carried on the boats leave from it
        ("Migrants from Myanmar are usually carried to Malaysia on these boats.", "en",
         {("migrant_smuggling", "MM", "MY")}),
    ],
)  # fmt: skip
def test_round36c_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
