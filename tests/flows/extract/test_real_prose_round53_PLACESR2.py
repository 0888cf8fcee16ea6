"""Round 53 (PLACESR2) of the places in real French and English prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> the places ``flows
places`` gives (ANNOTATION.md, "Places"): place names written another way.

- French typography abbreviates "Saint-"/"Sainte-" in compound names ("St-Gall",
  "St-Pol-sur-Mer", "Ste-Maxime"); GeoNames lists the short form for a few places only, so a
  hyphenated "St-"/"Ste-" name the gazetteer lacks is read as its written-out form (never as a
  country; the English "St Andrew" / "St. Mary's" are left alone);
- geographic features written in lower case ("le delta du Saloum", "l'archipel des Bijagos",
  "the horn of Africa", "the gulf of Aden", "the strait of Gibraltar") are places, as "golfe",
  "mer" or "corne" already were; these heads alone ("le delta", "the gulf between them") name
  nothing.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round38_PLC import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "St-"/"Ste-" abbreviations of French compound names
        ("Les douaniers du canton de St-Gall ont saisi la cocaïne.", "fr",
         [("St-Gall", "Sankt Gallen")]),
        ("Les suspects résidaient à St-Pol-sur-Mer.", "fr",
         [("St-Pol-sur-Mer", "Saint-Pol-sur-Mer")]),
        ("Le bateau a accosté à St-Raphaël dans la nuit.", "fr",
         [("St-Raphaël", "Saint-Raphaël")]),
        ("La cargaison a été saisie à St-Nazaire.", "fr", [("St-Nazaire", "Saint-Nazaire")]),
        # guards: the written-out form keeps its reading; no country from "St-"
        ("Le réseau opérait depuis Saint-Gall.", "fr", [("Saint-Gall", "Sankt Gallen")]),
        ("La cargaison a été saisie à St-Étienne.", "fr", [("St-Étienne", "Saint-Étienne")]),
        # lower-case features
        ("Les pirogues partaient du delta du Saloum.", "fr",
         [("delta du Saloum", "Sine Saloum")]),
        ("La drogue transitait par l'archipel des Bijagos.", "fr",
         [("archipel des Bijagos", "Bijagós")]),
        ("Migrants from the horn of Africa were moved into South Africa.", "en",
         [("horn of Africa", "Horn of Africa"), ("South Africa", "South Africa")]),
        ("The dhow crossed the gulf of Aden at night.", "en", [("gulf of Aden", "Gulf of Aden")]),
        ("The boats crossed the strait of Gibraltar.", "en",
         [("strait of Gibraltar", "Strait of Gibraltar")]),
        # guards: the heads alone name nothing; the capitalised features stay
        ("Le delta est plat et la pirogue a chaviré.", "fr", []),
        ("The gulf between the two gangs grew.", "en", []),
        ("The band played the horn all night.", "en", []),
        ("Migrants from the Horn of Africa arrived.", "en", [("Horn of Africa", "Horn of Africa")]),
        ("Des domestiques népalaises parvenues dans le golfe.", "fr",
         [("golfe", "Arabian Peninsula")]),
    ],
)  # fmt: skip
def test_round53_placesr2_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected
