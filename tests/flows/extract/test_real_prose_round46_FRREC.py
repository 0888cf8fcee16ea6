"""Round 46 (FRREC) of the extractor for real French prose, as a table of sentences written for
the tests (not taken from the gold corpus) -> (category, origin, destination): a list of origins
ends at a comma followed by a preposition of place.

- "un aéronef en provenance du Venezuela, à l'aéroport Osvaldo Vieira de Bissau", "un conteneur
  en provenance de Colombie, à Marseille": the place after ", à" / ", au" / ", aux" / ", dans"
  is where the goods were (seized), not one more origin of the list "de X, de Y"; it ends the
  flow as any place of seizure does;
- "sortir du port de Santos, à São Paulo, à destination du Maroc": the town or state after the
  comma says where the origin lies, no second origin (the end is the most specific place,
  ANNOTATION.md).

English already reads "from Venezuela, at Bissau airport" so (guard rows); lists of origins
joined by "de", "et", "ou" stay lists (guard rows).
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La police a annoncé la saisie de 2 633 kilos de cocaïne dans un aéronef en provenance "
         "du Venezuela, à l'aéroport Osvaldo Vieira de Bissau.", "fr",
         {("drugs", "VE", "Osvaldo Vieira International Airport")}),
        ("Les douaniers ont saisi 300 kilos de cocaïne dans un conteneur en provenance de "
         "Colombie, à Marseille.", "fr", {("drugs", "CO", "Marseille")}),
        ("Les gendarmes ont intercepté une cargaison d'armes en provenance de Libye, à Djanet.",
         "fr", {("weapons", "LY", "Djanet")}),
        ("La drogue devait sortir du port de Santos, à São Paulo, à destination du Maroc.", "fr",
         {("drugs", "Santos", "MA")}),
        # guard: a list of origins joined by "de" / "et" stays a list
        ("Des migrants en provenance de Tunisie, de Libye et d'Algérie ont débarqué à "
         "Lampedusa.", "fr",
         {("migrant_smuggling", "TN", "Lampedusa"), ("migrant_smuggling", "LY", "Lampedusa"),
          ("migrant_smuggling", "DZ", "Lampedusa")}),
        # guard: the country an origin lies in, after a comma, is no other place
        ("Des passeurs ont convoyé des migrants originaires de la région de Kolda, au Sénégal, "
         "vers les Canaries.", "fr", {("migrant_smuggling", "Kolda", "Canary Islands")}),
        # guard: English reads the place of seizure after the comma already
        ("Police seized 2,633 kilos of cocaine on an aircraft coming from Venezuela, at Osvaldo "
         "Vieira airport in Bissau.", "en",
         {("drugs", "VE", "Osvaldo Vieira International Airport")}),
        ("Police seized cocaine in a container from Colombia, at Marseille.", "en",
         {("drugs", "CO", "Marseille")}),
    ],
)  # fmt: skip
def test_round46_frrec_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
