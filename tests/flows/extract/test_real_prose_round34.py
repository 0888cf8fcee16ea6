"""Round 34 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- goods "packed into", "stowed aboard" a vessel in a place leave from there, as they do when
  "loaded onto" it; the vessel may be named in several words ("packed into the hulls of
  sailing boats in the U.S and Latin America and transported to Australia").
- a trip or a load between two places goes from the first to the second, as a route or a
  traffic between them does: "un vol entre Cayenne et Paris", "plusieurs chargements de
  drogue entre Espagne et France", "flights between Moscow and Chisinau".
- the active voice of recruiting and forcing, as French has it: "recruits women in Romania and
  forces them into prostitution in the United Kingdom" (the rules read only "recruited" and
  "were forced into").
- people brought "from across sub-Saharan Africa", "venus d'un peu partout en Afrique de
  l'Ouest", come from there ("across" alone is a transit); goods bought "from merchants in
  Mumbai" leave from there, as from dealers or suppliers.
- money wired "to a subject in Jordan" goes there, as to an associate; guns that "cropped up
  in Paris" ended there; "des déplacements entre" two places is a route.
- the places listed right before one that sends send too, one flow each: "Mauritania and
  Morocco are departure points for migrants hoping to reach Europe" (up to three senders: a
  longer list is where things happened or who reports).
- "monies" is money ("All monies ended up in Nigeria" after a sentence on trafficked girls is
  illicit finance, not trafficking).
- the entry points or gateways of a commodity are where it arrives: "the main entry points for
  heroin into the EU are Germany, the Netherlands and Belgium", "les principales « portes
  d'entrée » de l'héroïne en Union européenne sont : l'Allemagne, les Pays-Bas".
- a country called the "source" country in quotes sends as without them; people moved "de la
  frontière avec la Turquie vers Athènes" leave from that border, as in English.

The places of the round (one sense per name in a document, a city elsewhere over a small
namesake) are rows of ``test_apposed_senses.py``.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Cocaine is packed into the hulls of sailing boats in Peru and Colombia and "
         "transported to Australia.", "en",
         {("drugs", "PE", "AU"), ("drugs", "CO", "AU")}),
        ("The heroin was stowed aboard a fishing trawler in Karachi that sailed to Mozambique.",
         "en", {("drugs", "Karachi", "MZ")}),
        ("Des mules de cocaïne empruntent chaque jour un vol entre Cayenne et Paris.", "fr",
         {("drugs", "Cayenne", "Paris")}),
        ("Les douaniers ont intercepté plusieurs chargements de drogue entre Espagne et "
         "France.", "fr", {("drugs", "ES", "FR")}),
        ("Illicit cash was carried by couriers on flights between Moscow and Chisinau.", "en",
         {("illicit_finance", "Moscow", "Chisinau")}),
        ("Cocaine shipments between Ecuador and Antwerp have doubled.", "en",
         {("drugs", "EC", "Antwerp")}),
        ("The gang recruits women in Romania and forces them into prostitution in the United "
         "Kingdom.", "en", {("human_trafficking", "RO", "GB")}),
        # (parity: the French rules read it already)
        ("Le réseau recrute des femmes en Roumanie et les force à se prostituer au Royaume-Uni.",
         "fr", {("human_trafficking", "RO", "GB")}),
        ("He forced the girls into prostitution in Milan.", "en",
         {("human_trafficking", None, "Milan")}),
        ("The migrants are first brought to Libya from across sub-Saharan Africa and the "
         "Middle East.", "en",
         {("migrant_smuggling", "Sub-Saharan Africa", "LY"),
          ("migrant_smuggling", "Middle East", "LY")}),
        ("Les migrants, venus d'un peu partout en Afrique de l'Ouest, sont conduits en Libye "
         "par des passeurs.", "fr", {("migrant_smuggling", "West Africa", "LY")}),
        ("The drug money was used to purchase clothes, hair and groceries from merchants in "
         "Mumbai, which were then shipped to Lagos.", "en",
         {("illicit_finance", "Mumbai", "Lagos")}),
        # guard: "across" alone is the way, not the start
        ("Migrants were smuggled across Niger to Libya.", "en",
         {("migrant_smuggling", None, "LY")}),
        ("He wired $1.8 million in drug proceeds to a subject in Jordan.", "en",
         {("illicit_finance", None, "JO")}),
        ("Smuggled guns from the Balkans cropped up during the attacks in Paris.", "en",
         {("weapons", "Balkans", "Paris")}),
        ("Des passeurs effectuaient des déplacements entre la Tunisie et Trapani pour "
         "transporter des migrants clandestins.", "fr",
         {("migrant_smuggling", "TN", "Trapani")}),
        ("Mauritania and Morocco are departure points for migrants hoping to reach Europe.",
         "en", {("migrant_smuggling", "MR", "Europe"), ("migrant_smuggling", "MA", "Europe")}),
        ("La Mauritanie ou le Maroc constituent des points de départ pour des migrants qui "
         "espèrent rejoindre l'Europe.", "fr",
         {("migrant_smuggling", "MR", "Europe"), ("migrant_smuggling", "MA", "Europe")}),
        # guard: police of a listed country seize, they send nothing
        ("Police in Spain and Morocco seized cocaine shipped from Colombia.", "en",
         {("drugs", "CO", "ES"), ("drugs", "CO", "MA")}),
        ("Girls were sexually exploited for financial gain. All monies ended up in Nigeria.",
         "en", {("illicit_finance", None, "NG")}),
        ("The main entry points for heroin into the EU are Germany, the Netherlands and "
         "Belgium.", "en",
         {("drugs", None, "European Union"), ("drugs", None, "DE"), ("drugs", None, "NL"),
          ("drugs", None, "BE")}),
        ("Les principales « portes d’entrée » de l’héroïne en Union européenne sont : "
         "l’Allemagne, les Pays-Bas et la Belgique.", "fr",
         {("drugs", None, "European Union"), ("drugs", None, "DE"), ("drugs", None, "NL"),
          ("drugs", None, "BE")}),
        ("SSB calls Nepal the “source” country for the trafficking of women to India.", "en",
         {("human_trafficking", "NP", "IN")}),
        ("Les passeurs acheminaient les migrants de la frontière avec la Turquie vers Athènes.",
         "fr", {("migrant_smuggling", "TR", "Athens")}),
        # guard: near a border is where, not where from
        ("Les trafiquants d'armes ont été arrêtés près de la frontière avec la Croatie.", "fr",
         set()),
        # guard: a time between two dates is no place
        ("Des vols de cocaïne entre 2016 et 2018 vers Paris.", "fr", {("drugs", None, "Paris")}),
        # guard: where packed goods are found is no origin (a find alone moves nothing)
        ("Police found cocaine packed into boxes of bananas in Antwerp.", "en", set()),
    ],
)  # fmt: skip
def test_round34_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
