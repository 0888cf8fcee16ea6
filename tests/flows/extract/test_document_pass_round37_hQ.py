"""Round 37 hQ of the document pass, as a table of short documents written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- money with no origin, in a document where no place stands out, leaves from the place whose
  police, prosecutors or courts act on the case ("le parquet de Bobigny", "Prosecutors in
  Madrid"); other goods do not (annotators often leave their origin empty);
- else from the country the document names most after the one the money goes to ("jugé à
  Bruges ... en Belgique": Belgium), not when two countries are named as often;
- people trafficked with no origin come from the country whose police act ("Romanian police
  arrested the gang leader"); smuggled migrants do not.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Six hommes soupçonnés de blanchiment ont été mis en examen. Ils auraient transféré 20 "
         "millions d'euros vers la Chine grâce à de fausses factures. Le parquet de Bobigny a "
         "requis leur détention.", "fr",
         {("illicit_finance", "Bobigny", "CN")}),
        ("Ten people were charged with money laundering. They sent the profits to Dubai through "
         "hawala brokers. Prosecutors in Madrid said the network had been active since 2019.",
         "en",
         {("illicit_finance", "Madrid", "Dubai")}),
        # guard: drugs do not leave from where the prosecutors act
        ("Ten people were charged with drug trafficking. They shipped cocaine to Antwerp in "
         "banana crates. Prosecutors in Madrid said the network had been active since 2019.",
         "en",
         {("drugs", None, "Antwerp")}),
        ("Un réseau de proxénètes jugé à Bruges. Le troisième prévenu transportait l'argent "
         "chaque semaine en Roumanie. Les victimes venaient de Roumanie et travaillaient en "
         "Belgique.", "fr",
         {("illicit_finance", "BE", "RO"), ("human_trafficking", "RO", None)}),
        # guard: Belgium and France named as often, no country of the case
        ("Un réseau de proxénètes jugé à Bruges et à Lille. Le troisième prévenu transportait "
         "l'argent chaque semaine en Roumanie. Les victimes venaient de Roumanie et "
         "travaillaient en Belgique et en France.", "fr",
         {("illicit_finance", None, "RO"), ("human_trafficking", "RO", None)}),
        ("Eight women were trafficked into the United Kingdom with promises of work. They were "
         "forced into prostitution. Romanian police arrested the gang leader in April.", "en",
         {("human_trafficking", "RO", "GB")}),
        # guard: smuggled migrants do not come from where the police act
        ("Eight migrants were smuggled into the United Kingdom in a lorry. They paid the "
         "smugglers 3,000 pounds each. Romanian police arrested the driver in April.", "en",
         {("migrant_smuggling", None, "GB")}),
    ],
)  # fmt: skip
def test_round37_hq_document_pass(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
