"""Round 30 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination). Each row was first a sentence
that said nothing, or the wrong thing, in one language or both:

- laundered money sent "to China" with no origin in its sentence leaves from the place the
  document is about (the country or city named most often), as annotators read it: the case
  happens there ("Spanish police dismantled a network in Spain ... the money was transferred
  to China": Spain to China), unless its sentence sends money there too ("vers la Turquie
  et la Syrie");
- a dateline in capitals that names a region ("EUROPE – La Bulgarie a contrecarré...") has no
  one country to stand for: the extractor failed on the whole document;
- "dans le sens Espagne – France" (at a toll gate) is the way the goods go, as "l'axe
  Agadez-Zinder" was;
- destinations listed before a list of origins ("fournissait l'Angleterre, la Suisse et la
  Turquie en cocaïne, depuis l'Argentine et le Brésil") give one flow for each pair, as they
  did with the origins first (the second origin took only the last destination);
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # laundered money leaves from the place the document is about
        ("Spanish police dismantled a money laundering network in Spain. The network was "
         "based in Madrid and Spain was its hub. The laundered money was then transferred to "
         "China.", "en", {("illicit_finance", "ES", "CN")}),
        ("La police a démantelé un réseau de blanchiment en Espagne. Trente comptes ont été "
         "gelés en Espagne. L'argent blanchi était ensuite transféré en Chine.", "fr",
         {("illicit_finance", "ES", "CN")}),
        # ... unless the same sentence sends money there too
        ("Blanchiment\n\nLe réseau envoyait l'argent vers la Turquie. Ces fonds auraient été "
         "dirigés vers la Turquie et la Syrie.", "fr",
         {("illicit_finance", None, "TR"), ("illicit_finance", None, "SY")}),
        # a region in capitals as the dateline (the extractor failed on the document)
        ("EUROPE – La Bulgarie a contrecarré une tentative de contrebande d’armes depuis la "
         "Turquie vers l’Europe de l’Ouest.", "fr", {("weapons", "TR", "Western Europe")}),
        ("EUROPE – Bulgaria foiled an attempt to smuggle weapons from Turkey to Western "
         "Europe.", "en", {("weapons", "TR", "Western Europe")}),
        # "dans le sens Espagne – France": the way the traffic goes, as "l'axe"
        ("Trafic de cannabis\n\nAu péage du Boulou, dans le sens Espagne – France, les "
         "douaniers ont saisi 300 kilos de résine de cannabis.", "fr",
         {("drugs", "ES", "FR")}),
        # destinations listed before a list of origins: one flow for each pair
        ("The cocaine was shipped to England and Switzerland from Argentina and Brazil.", "en",
         {("drugs", "AR", "England"), ("drugs", "AR", "CH"), ("drugs", "BR", "England"),
          ("drugs", "BR", "CH")}),
        ("L'organisation fournissait l'Angleterre et la Suisse en cocaïne, depuis l'Argentine "
         "et le Brésil.", "fr",
         {("drugs", "AR", "England"), ("drugs", "AR", "CH"), ("drugs", "BR", "England"),
          ("drugs", "BR", "CH")}),
    ],
)  # fmt: skip
def test_round30_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
