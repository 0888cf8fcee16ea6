"""Round 50 (DESTLIST) of the flows in real French and English prose: destinations listed
after a destination noun or a verb of targeting, the origin from the context. Sentences
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives
(ANNOTATION.md, "Flows": several destinations, several flows):

- the list right after a destination noun and a colon is a list of destinations ("en
  fonction du pays de destination : pour la Suisse, la France et la Suède", "onward
  destinations: Italy, France and Germany"), and "6000 euros par personne et, pour le
  Royaume-Uni" prices one more destination (cue tables of lexicon_fr.yaml / lexicon_en.yaml);
- a price by destination ("le montant variait en fonction du lieu de destination : 2400
  francs pour l'Italie, 3500 pour la Suisse") lists where the story's network takes people:
  those destinations take the story's origin, unlike a network's reach over several places
  (``document_ends._spread``, ``price_by_destination`` in the lexicons);
- a route or a network that targets a place names a destination ("a south route that
  commences from the Libyan coast and targets Italy or Malta", "la route qui part des côtes
  libyennes et vise l'Italie ou Malte"); police who target smugglers somewhere do not.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_STORY_FR = (
    "La police italienne a démantelé un trafic de migrants kosovars. Pour venir en Suisse, "
    "les clandestins déboursaient une fortune. L'enquête a duré deux ans. Onze personnes ont "
    "été mises en examen. "
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a list after a destination noun and a colon: one flow per destination
        ("Un réseau de passeurs de migrants a été démantelé en Grèce. Le prix variait en "
         "fonction du pays de destination : pour la Suisse, la France et la Suède, il "
         "s'élevait à 5000 euros par personne.", "fr",
         {("migrant_smuggling", "GR", "CH"), ("migrant_smuggling", "GR", "FR"),
          ("migrant_smuggling", "GR", "SE")}),
        ("Police dismantled a ring that smuggled migrants from Turkey to Greece. Onward "
         "destinations: Italy, France and Germany.", "en",
         {("migrant_smuggling", "TR", "GR"), ("migrant_smuggling", "GR", "IT"),
          ("migrant_smuggling", "GR", "FR"), ("migrant_smuggling", "GR", "DE")}),
        # a price by destination: the story's origin for each destination priced
        (_STORY_FR + "Le montant à débourser variait en fonction du lieu de destination : "
         "2400 francs pour l'Italie, 3500 pour la Suisse et 8000 francs pour l'Allemagne.",
         "fr",
         {("migrant_smuggling", "XK", "CH"), ("migrant_smuggling", "XK", "IT"),
          ("migrant_smuggling", "XK", "DE")}),
        # guard: a network's reach over several places keeps no origin, and is no repeat of
        # the priced flow to one of its places (round 50 DOCLOSS, document_ends.spread)
        (_STORY_FR + "Le réseau a aussi fait entrer 500 migrants en Italie et 300 en "
         "Allemagne.", "fr",
         {("migrant_smuggling", "XK", "CH"), ("migrant_smuggling", "XK", "IT"),
          ("migrant_smuggling", None, "IT"), ("migrant_smuggling", None, "DE")}),
        # a route that targets a place
        ("Many migrants take the route that starts from the Libyan coast and targets Italy "
         "or Malta.", "en",
         {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", "LY", "MT")}),
        ("Les migrants empruntent la route qui part des côtes libyennes et vise l'Italie ou "
         "Malte.", "fr",
         {("migrant_smuggling", "LY", "IT"), ("migrant_smuggling", "LY", "MT")}),
        # guards: police who target smugglers, smugglers who target people somewhere
        ("Greek police targeted smugglers in Athens who moved migrants from Turkey.", "en",
         {("migrant_smuggling", "TR", "GR")}),
        ("The smugglers targeted poor women in Nepal and sent them to Kuwait.", "en",
         {("migrant_smuggling", "NP", "KW")}),
    ],
)  # fmt: skip
def test_round50_destlist_flows(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
