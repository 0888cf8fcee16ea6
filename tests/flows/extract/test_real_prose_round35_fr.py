"""Round 35 of the extractor for real French prose, as a table of sentences written for the
tests (not taken from the gold corpus) -> (category, origin, destination):

- "apporter" is a verb of movement: money "retiré en espèces et apporté en Syrie" goes there
  (not "apporter son soutien à", which moves nothing).
- where victims are exploited, named after the trade and a comma, is where they were taken:
  "exploités dans le commerce de rue, en Côte d'Ivoire et au Ghana"; and where they are held
  in servitude: "en situation de servitude domestique au Koweït".
- "pour" and a pronoun standing for the same goods, then a verb of sending, after a
  destination starts a new leg from there: "vers l'Espagne, pour enfin le transporter au
  Maroc" (Spain to Morocco, not France to Morocco).
- the receivers of money or goods may be followed by a comma before where they are ("leurs
  gains aux proxénètes, restés en Roumanie"); goods resold to accomplices somewhere go there
  ("revendues ensuite à des complices au Liban"), as money sent to them does.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les passeurs ont retiré l'argent sale en espèces et l'ont apporté en Syrie.", "fr",
         {("illicit_finance", None, "SY")}),
        # guard: support given to a country is no movement
        ("La France a apporté son soutien au Mali contre les trafiquants d'armes.", "fr",
         set()),
        ("Ces enfants togolais sont exploités dans le commerce de rue, en Côte d'Ivoire et au "
         "Ghana.", "fr",
         {("human_trafficking", "TG", "CI"), ("human_trafficking", "TG", "GH")}),
        ("Les victimes nigérianes étaient en situation de servitude domestique au Koweït.",
         "fr", {("human_trafficking", "NG", "KW")}),
        # guard: a place after a comma and a verb of saying is where it was said
        ("Les enfants étaient exploités dans des champs de cacao, a indiqué mardi à Abidjan "
         "la police.", "fr", set()),
        ("Les passeurs d'argent transféraient l'argent sale de la France vers l'Espagne, pour "
         "enfin le transporter au Maroc.", "fr",
         {("illicit_finance", "FR", "ES"), ("illicit_finance", "ES", "MA")}),
        ("Le réseau faisait passer des sommes d'argent sale depuis la Belgique vers les "
         "Pays-Bas, pour les transférer à Dubaï.", "fr",
         {("illicit_finance", "BE", "NL"), ("illicit_finance", "NL", "Dubai")}),
        # guard: "pour" without a pronoun for the goods is no new leg
        ("Le réseau faisait passer de l'argent sale vers les Pays-Bas pour financer des achats "
         "à Dubaï.", "fr", {("illicit_finance", None, "NL")}),
        ("Les prostituées reversaient leurs gains illicites aux proxénètes, restés en "
         "Roumanie.", "fr", {("illicit_finance", None, "RO")}),
        ("Avec l'argent de la drogue, ils achètent des montres de luxe en Espagne, revendues "
         "ensuite à des complices au Liban.", "fr", {("illicit_finance", "ES", "LB")}),
        # guard: accomplices, then a comma and a verb of saying: no place of the receivers
        ("Les trafiquants ont revendu la drogue à des complices, a indiqué la police en "
         "France.", "fr", set()),
    ],
)  # fmt: skip
def test_round35_fr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
