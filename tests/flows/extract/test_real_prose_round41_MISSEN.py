"""Round 41 (MISSEN) of the extractor for real English prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination): a second
good named in the list of the moved goods, qualified by an adjective, is moved too.

- goods of two trades joined by "and" keep both categories also when the second one is
  qualified ("a plane from Venezuela ... carrying cocaine and heavy weaponry": a drugs flow and
  a weapons flow between the same ends; lexicon ``goods_modifier``, categories.coordinated);
- money listed with strong goods moves with them, although "money", "cash" or "funds" alone
  say little (weak terms): "weapons and cash originating from the United States", "money and
  guns move south across the border" (lexicon ``listed_money``, English words only);
- arms or money moved with goods illicit of themselves (drugs, people) are moved illicitly, with
  no illicit cue of their own (document_flows._carried_illicitly).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A light aircraft from Colombia was intercepted by the army in Gracias a Dios, "
         "carrying 300 kilos of cocaine and heavy weaponry.", "en",
         {("drugs", "CO", "Gracias a Dios"), ("weapons", "CO", "Gracias a Dios")}),
        ("A boat from Yemen carrying heroin and illegal firearms was intercepted off Bosaso.",
         "en", {("drugs", "YE", "Bosaso"), ("weapons", "YE", "Bosaso")}),
        # guard: goods joined with no qualifier were read before
        ("A light aircraft from Colombia was intercepted by the army in Gracias a Dios, "
         "carrying 300 kilos of cocaine and weapons.", "en",
         {("drugs", "CO", "Gracias a Dios"), ("weapons", "CO", "Gracias a Dios")}),
        # guard: arms named apart from the drugs, with no illicit cue, stay lawful
        ("A light aircraft from Colombia carrying 300 kilos of cocaine was intercepted in "
         "Gracias a Dios; the soldiers carried heavy weapons.", "en",
         {("drugs", "CO", "Gracias a Dios")}),
        ("Smuggled weapons and cash were moved from the United States across the border into "
         "Mexico.", "en", {("weapons", "US", "MX"), ("illicit_finance", "US", "MX")}),
        ("The cartel smuggled cocaine and cash from Colombia to Spain.", "en",
         {("drugs", "CO", "ES"), ("illicit_finance", "CO", "ES")}),
        # guard: money paid, not listed with the moved goods, moves nothing
        ("The migrants paid cash to smugglers who took them from Libya to Italy.", "en",
         {("migrant_smuggling", "LY", "IT")}),
    ],
)  # fmt: skip
def test_round41_missen_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
