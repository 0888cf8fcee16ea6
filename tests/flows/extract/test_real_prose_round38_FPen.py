"""Round 38 (FPen) of the extractor for real English prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination): the men trafficked
women are married or sold to, named by nationality after "to", are where the women go, not
where anything comes from.

A nationality before buyers ("men", "husbands", "buyers", "gangs") already made a destination
right after a verb of supplying ("sold to Albanian dealers", "forced to marry Chinese men"); it
was read as an origin when what is sold stands between the verb and "to" ("the trafficking of
Pakistani girls to Chinese men", "sold Nepali girls to Chinese buyers") or when a noun of the
sale or the marriage comes first ("forced marriages to Chinese men"): a spurious flow from China
that matched no annotated flow. Not when "to" ties the buyers to someone ("linked to").
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
            "Bride trafficking of Pakistani girls to Chinese men has risen sharply.",
            "en",
            {("human_trafficking", "PK", "CN")},
        ),
        (
            "Forced marriages of Nepali girls to Chinese men have risen since 2016.",
            "en",
            {("human_trafficking", "NP", "CN")},
        ),
        (
            "Forced or arranged marriages to Chinese men through trickery have risen.",
            "en",
            {("human_trafficking", None, "CN")},
        ),
        # guard: the verb right before "to" already gave the destination
        (
            "Nepali girls were sold as brides to Chinese men.",
            "en",
            {("human_trafficking", "NP", "CN")},
        ),
        # guard: a country named outright
        ("Pakistani girls were trafficked to China.", "en", {("human_trafficking", "PK", "CN")}),
        # guard: the men who traffic are no end of the flow
        (
            "Chinese men trafficked Nepali girls to India.",
            "en",
            {("human_trafficking", "NP", "IN"), ("human_trafficking", "CN", "IN")},
        ),
        # guard: goods sold to gangs go to the gangs' country
        (
            "Heroin was smuggled from Afghanistan to Albanian gangs in Italy.",
            "en",
            {("drugs", "AF", "AL"), ("drugs", "AF", "IT")},
        ),
    ],
)
def test_round38_fpen_patterns(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
