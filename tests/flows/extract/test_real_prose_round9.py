"""Round 9 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- "sent as far afield as the U.S., France and Spain": every place of the list is a destination;
- "from all over the world, including Italy and Germany": every place of the list is an origin;
- "sold to criminal outfits operating in Minas Gerais": who buys says where the goods go;
- "en provenance du Togo pour le Gabon": "pour" after a provenance is where they go;
- smuggled gold is illicit finance, as annotators file it, not `other`; French "or" alone (the
  conjunction) is no gold.

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Human trafficking\n\nTrafficked Georgian women are sent as far afield as the U.S., "
            "France and Spain, the report says.",
            "en",
            {
                ("human_trafficking", "GE", "US"),
                ("human_trafficking", "GE", "FR"),
                ("human_trafficking", "GE", "ES"),
            },
        ),
        (
            "Money laundering in Hong Kong\n\nThe laundered money was transferred into Hong Kong "
            "from all over the world, including Italy and Germany, police said.",
            "en",
            {("illicit_finance", "IT", "HK"), ("illicit_finance", "DE", "HK")},
        ),
        (
            "Arms smuggling\n\nThe contraband rifles were sold to criminal outfits operating in "
            "Minas Gerais.",
            "en",
            {("weapons", None, "Minas Gerais")},
        ),
        (
            "Traite d'enfants\n\nLes enfants victimes de traite seraient en provenance du Togo "
            "pour le Gabon, selon la police.",
            "fr",
            {("human_trafficking", "TG", "GA")},
        ),
        (
            "Gold smuggling\n\nTonnes of illegal gold were smuggled from Mali to Dubai.",
            "en",
            {("illicit_finance", "ML", "AE")},
        ),
        (
            "Contrebande d'or\n\nDes lingots d'or ont été exportés illégalement du Mali vers "
            "les Émirats arabes unis.",
            "fr",
            {("illicit_finance", "ML", "AE")},
        ),
    ],
)
def test_round9_patterns(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
