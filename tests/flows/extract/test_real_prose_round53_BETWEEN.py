"""Round 53 (BETWEEN) of the flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows"): places named "between" without a role of their own.

- a "between" list of more than two places is where a network works, not one way
  ("blanchiment entre la France, la Belgique, l'Inde et Dubaï"), except when countries are
  listed before the wider area that closes the list ("les passeurs opèrent entre le Sénégal,
  la Gambie, la Guinée et l'Europe"): each country sends to that area (several origins,
  several flows);
- "opèrent", "opère" (è) are a "between" cue as "opérant", "opéraient" are ("les passeurs
  opèrent entre le Maroc et l'Espagne");
- a transfer of money "entre A et B" ("transférer l'argent entre", "des transferts de fonds
  entre", "transferred the money between") is a route from A to B, as "un trafic d'argent
  entre" already was; people transferred by the authorities stay no flow;
- a place in brackets right after the first side, the country it lies in ("entre Anvers
  (Belgique) et Rotterdam"), is an aside: the list goes on past the bracket.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # countries, then the wider area that closes the "between" list
        ("Les passeurs opèrent entre le Sénégal, la Gambie, la Guinée et l'Europe.", "fr",
         {("migrant_smuggling", "SN", "Europe"), ("migrant_smuggling", "GM", "Europe"),
          ("migrant_smuggling", "GN", "Europe")}),
        ("The smugglers operated between Eritrea, Ethiopia, Sudan and Europe.", "en",
         {("migrant_smuggling", "ER", "Europe"), ("migrant_smuggling", "ET", "Europe"),
          ("migrant_smuggling", "SD", "Europe")}),
        ("Les trafiquants d'armes opèrent entre la Serbie, la Bosnie et l'Union européenne.",
         "fr", {("weapons", "RS", "European Union"), ("weapons", "BA", "European Union")}),
        # "opère" (è) is a between cue
        ("Les passeurs opèrent entre le Maroc et l'Espagne.", "fr",
         {("migrant_smuggling", "MA", "ES")}),
        # guards: a list closed by a city or a country, or a border, is where, not a route
        ("Un réseau de blanchiment entre la France, la Belgique, l'Inde et Dubaï a été démantelé.",
         "fr", set()),
        ("Le trafic d'armes entre la Turquie, la Grèce et la Bulgarie est en hausse.", "fr",
         set()),
        ("Des saisies de drogue ont eu lieu à la frontière entre le Mali, le Niger et l'Afrique "
         "de l'Ouest.", "fr", set()),
        # a transfer of money between two places
        ("Ils utilisaient la hawala, une méthode discrète, pour transférer l'argent entre la "
         "Belgique et le Maroc.", "fr", {("illicit_finance", "BE", "MA")}),
        ("Ils organisaient des transferts illégaux de fonds entre la Belgique et le Liban.", "fr",
         {("illicit_finance", "BE", "LB")}),
        ("The hawala bankers transferred the money between Canada and Hong Kong.", "en",
         {("illicit_finance", "CA", "HK")}),
        # a place in brackets after the first side (its country) does not end the list
        ("Le trafic de cocaïne entre Anvers (Belgique) et Rotterdam est en hausse.", "fr",
         {("drugs", "Antwerp", "Rotterdam")}),
        ("Le réseau de passeurs opérait entre Vintimille (Italie) et Nice.", "fr",
         {("migrant_smuggling", "Ventimiglia", "Nice")}),
        # guard: a bracketed country in a list of origins keeps today's reading
        ("La drogue partait de Tanger (Maroc) et de Nador vers l'Espagne.", "fr",
         {("drugs", "Tangier", "ES"), ("drugs", "Nador", "ES")}),
        # guards: people transferred, a money traffic already read
        ("Les migrants ont été transférés entre Calais et Lille par la préfecture.", "fr", set()),
        ("Transfers of prisoners between Belgium and France resumed.", "en", set()),
        ("Le trafic d'argent entre la France et l'Algérie a été démantelé.", "fr",
         {("illicit_finance", "FR", "DZ")}),
    ],
)  # fmt: skip
def test_round53_between_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
