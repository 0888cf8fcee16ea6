"""Round 55 (HOMONYMS) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives:

- a town found only by another of its spellings ("Okala" for Ocala, Florida; "El Mina" for
  Elmina, Ghana; "Sahar" for Sohar, Oman) in a country the text names neither by another
  place nor by a nationality word is a place the gazetteer lacks or a word: left out
  (``flows.extract.foreign_aliases``);
- a small town named by its own name in such a country, where no word before it places it
  ("in", "near", "à", "près de"): a person ("Judge Bruno de Castro"), a month, a firm or an
  office ("media outlets Fairfax", "le Ministère public de la Confédération"): left out;
- guards: the exonyms of well-known cities ("Bâle", "Anvers", "the Hague") and those of
  ``exonyms.yaml``, a name that keeps the town's own word beside a translated generic one
  ("Port Klang"), a town of a country the text names, a town a word places ("arrested in
  Middleton", "the port of", "between ... and") and a French town in a French text stay
  places;
- the French spelling "îles Turques-et-Caïcos" names the Turks and Caicos Islands.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # another spelling of a small town of a country the text never names
        ("Au Gabon, la jeune fille a fui une maison d'Okala, à Libreville.", "fr",
         [("Gabon", "Gabon"), ("Libreville", "Libreville")]),
        ("La police mauritanienne a arrêté le réseau de passeurs d'El Mina.", "fr", []),
        ("Indian sailors said the dhow had left Sahar with its cargo for Dubai.", "en",
         [("Dubai", "Dubai")]),
        # guards: exonyms of well-known cities, a translated generic word, a named country
        ("La cocaïne a transité par Bâle avant d'arriver en Turquie.", "fr",
         [("Bâle", "Basel"), ("Turquie", "Türkiye")]),
        ("Customs officers at Port Klang seized the shipment bound for Australia.", "en",
         [("Port Klang", "Pelabuhan Klang"), ("Australia", "Australia")]),
        ("A Florida court heard that the guns were bought in Okala, in the United States.", "en",
         [("Florida", "Florida"), ("Okala", "Ocala"), ("United States", "United States")]),
        # a small town by its own name, in a country the text never names, nothing placing it
        ("Judge Bruno de Castro sentenced the Pakistani captain to 20 years.", "en", []),
        ("The March 2007 report said Guyanese traffickers moved cocaine through Suriname.",
         "en", [("Suriname", "Suriname")]),
        ("Media outlets Fairfax and SBS traced the money from Papua New Guinea to Australia.",
         "en", [("Papua New Guinea", "Papua New Guinea"), ("Australia", "Australia")]),
        ("Le Ministère public de la Confédération enquête sur un réseau albanais en Suisse.",
         "fr", [("Suisse", "Switzerland")]),
        # guards: a word that places it, a French town in a French text, a named country
        ("The woman was arrested in Middleton by officers of the agency.", "en",
         [("Middleton", "Middleton")]),
        ("Les billets ont été saisis par les douanes de Mulhouse.", "fr",
         [("Mulhouse", "Mulhouse")]),
        ("Prosecutors in Brazil said the cocaine was loaded at Castro.", "en",
         [("Brazil", "Brazil"), ("Castro", "Castro")]),
        # the French name of the Turks and Caicos Islands that mixes two spellings
        ("Des migrants ont été interceptés près des îles Turques-et-Caïcos.", "fr",
         [("îles Turques-et-Caïcos", "Turks and Caicos Islands")]),
    ],
)  # fmt: skip
def test_round55_homonyms_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected
