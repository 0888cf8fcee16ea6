"""Round 37: a country followed by the continent or multi-country region that holds it ("from
Ecuador in South America", "depuis la Colombie, en Amérique du Sud,") says where the country
lies; the region is no second end. A part of the country listed after it ("Britain, Scotland
and Germany") is still a place of its own. Sentences written for the tests -> (category,
origin, destination).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Cocaine is shipped from Colombia in South America to Spain.", "en",
         {("drugs", "CO", "ES")}),
        ("La cocaïne a été acheminée depuis la Colombie, en Amérique du Sud, jusqu'en "
         "Espagne.", "fr", {("drugs", "CO", "ES")}),
        ("The cocaine was found on the yacht on its arrival in Cork from Ecuador in South "
         "America.", "en", {("drugs", "EC", "Cork")}),
        # guard: a continent listed with a country as a second destination stays an end
        ("Heroin is smuggled from Afghanistan to Iran and Europe.", "en",
         {("drugs", "AF", "IR"), ("drugs", "AF", "Europe")}),
        # guard: a part of a country listed after it is an end of its own
        ("The girls were trafficked from Romania to Ireland, Britain, Scotland and Germany.",
         "en", {("human_trafficking", "RO", d) for d in ("IE", "GB", "Scotland", "DE")}),
    ],
)  # fmt: skip
def test_round37_apposition_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
