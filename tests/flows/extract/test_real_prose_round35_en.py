"""Round 35 of the extractor for real English prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- people or goods taken "from the border with Ecuador", "from the borders with Ecuador,
  Venezuela, and Brazil" leave from the neighbour named, as "de la frontière avec la Turquie"
  does in French (a distance, "miles from the border with Mexico", is no origin).
- a place that has become a "take-off point", a "jumping-off point", a "launch pad" or a
  "springboard" for migrants sends them, as a departure point does.
- people whom the police or a rescuer "sent them back to" a country are on the way back: that
  country is no end of the trafficking movement ("sent back to" was read already).
- goods sent "to various parts of the world, particularly neighbouring Jordan", "to many
  destinations, especially Iran" go to the places singled out.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The gang is accused of illegally taking more than 900 migrants from the border with "
         "Peru to the United States.", "en", {("migrant_smuggling", "PE", "US")}),
        ("The migrants were driven from the borders with Bolivia and Paraguay until they "
         "reached Sao Paulo.", "en",
         {("migrant_smuggling", "BO", "São Paulo"), ("migrant_smuggling", "PY", "São Paulo")}),
        # guard: a distance from a border is where, not where from
        ("Smugglers were arrested 40 miles from the border with Mexico carrying migrants to "
         "Houston.", "en", {("migrant_smuggling", None, "Houston")}),
        ("Algeria has become a jumping-off point for migrants trying to reach Spain.", "en",
         {("migrant_smuggling", "DZ", "ES")}),
        ("Sfax is now the main launch pad for smugglers sending migrants to Italy.", "en",
         {("migrant_smuggling", "Sfax", "IT")}),
        # guard: a point of entry is where they arrive, not where they leave
        ("Lampedusa remains the main entry point for migrants reaching Italy.", "en",
         {("migrant_smuggling", None, "IT")}),
        ("In India, the trafficked girls went to the police, who after arresting the agents sent "
         "them back to Nepal.", "en", {("human_trafficking", "IN", None)}),
        # guard: money sent back is dirty money on the move, not people returned
        ("The cartel collected the drug money in Texas and sent it back to Mexico.", "en",
         {("illicit_finance", "Texas", "MX")}),
        ("Captagon is smuggled from Syria to various parts of the world, particularly "
         "neighbouring Jordan.", "en", {("drugs", "SY", "JO")}),
        ("Heroin is smuggled from Afghanistan to many destinations, especially Iran and "
         "Pakistan.", "en", {("drugs", "AF", "IR"), ("drugs", "AF", "PK")}),
        # guard: parts of the world named alone are no place
        ("Cocaine from Colombia is shipped to many parts of the world.", "en",
         {("drugs", "CO", None)}),
    ],
)  # fmt: skip
def test_round35_en_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
