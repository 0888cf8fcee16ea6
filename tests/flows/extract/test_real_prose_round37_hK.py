"""Round 37 hK of the extractor: the category of a candidate is the commodity the sentence moves,
as a table of sentences written for the tests (not taken from the gold corpus) -> (category,
origin, destination):

- money named right after a verb that moves it ("moving money generated from drug sales in
  Canada to the US", "transferring funds from the arms trade to Yemen") is the flow, not the
  drugs or arms the money comes from (lexicon ``MONEY_MOVING``, a ``finance_first`` term).
- people taken across a border on the sly ("tentait de les passer clandestinement de la
  Belgique vers le Royaume-Uni") are smuggled, even when the sentence calls them "victimes";
  goods passed the same way stay goods.
- the word of the movement at the flow ("l'immigration en provenance de la Libye") keeps its
  category when the sentence goes on to people sold into slavery; people named at the flow
  ("des migrants ... emmenés en Italie, où les femmes sont exploitées") still take the
  sentence's exploitation.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The accused took part in a hawala scheme that was moving money generated from drug "
         "sales in Canada to the US.", "en", {("illicit_finance", "CA", "US")}),
        ("A hawala broker was found transferring funds from the arms trade in Bosaso to "
         "Yemen.", "en", {("illicit_finance", "Bosaso", "YE")}),
        # guard: the drugs a verb moves stay drugs, whatever money the sentence names after
        ("The gang was moving drugs from Canada to the US and laundering the cash at home.",
         "en", {("drugs", "CA", "US")}),
        ("Le gang recrutait ses victimes dans une gare et tentait de les passer clandestinement "
         "de la France vers l'Angleterre.", "fr", {("migrant_smuggling", "FR", "England")}),
        # guard: goods passed on the sly stay goods
        ("Le réseau tentait de faire passer clandestinement de la cocaïne de la Belgique vers le "
         "Royaume-Uni.", "fr", {("drugs", "BE", "GB")}),
        ("Les passeurs sont parvenus à réduire l'immigration en provenance de la Libye vers "
         "l'Italie, mais les migrants qui arrivent sont vendus en esclavage sexuel.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
        # guard: the migrants moved, then exploited, are trafficked
        ("Des migrants venus de Libye sont emmenés en Italie, où les femmes sont exploitées dans "
         "des réseaux de prostitution.", "fr", {("human_trafficking", "LY", "IT")}),
    ],
)  # fmt: skip
def test_round37_hk_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
