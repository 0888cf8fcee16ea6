"""Round 43 (FRPLACES): French names a first-level division after its kind, in lower case,
where the name alone is no place the scanner reads ("le département du Mono", "la région du
Sud-Ouest", "les provinces d'Hérat et de Nimroz"), as a table of sentences written for the
tests -> the places ``flows places`` gives:

- a kind word (département, région, province, gouvernorat, wilaya, comté, district, canton,
  État, préfecture, oblast; singular or plural), then "de", "du", "d'", "de la", "des", then a
  name or a list of names ("de Lucerne, de Soleure et de Thurgovie"), each a capitalised word
  or up to three;
- the name is a division of ``admin1.csv`` by its name, that name without its kind ("South-West
  Province"), its French name, or a French compass name put into English ("Sud-Ouest",
  "Extrême-Nord");
- only a division of a country the text names, the only one of that name there; a name that a
  mention holds already keeps that reading.

Four French names join ``admin1_names.yaml``: "Thurgovie" (Thurgau), "Nimroz" (Nimruz),
"Sud-Liban" (Liban-Sud), "Sud-Kivu" (South Kivu; "Nord-Kivu" is in the supplement already).

The guard rows keep today's reading: a town after "la région de" stays the town, a compass
name of no named country's division stays no place, a country after the kind word stays the
country.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a division whose name alone is not read
        ("Les enfants venaient de Lobogo, une localité du département du Mono, au Bénin.",
         [("Mono", "Mono", "BJ"), ("Bénin", "Benin", "BJ")]),
        # a compass name, in French
        ("La douane a saisi des munitions à Tiko, dans la région du Sud-Ouest, au Cameroun.",
         [("Tiko", "Tiko", "CM"), ("Sud-Ouest", "South-West Province", "CM"),
          ("Cameroun", "Cameroon", "CM")]),
        ("Les armes allaient à Bamenda, chef-lieu de la région du Nord-Ouest du Cameroun.",
         [("Bamenda", "Bamenda", "CM"), ("Nord-Ouest", "North-West Province", "CM"),
          ("Cameroun", "Cameroon", "CM")]),
        ("Au Burkina Faso, les saisies ont eu lieu dans la région du Centre.",
         [("Burkina Faso", "Burkina Faso", "BF"), ("Centre", "Centre", "BF")]),
        # a list after a plural kind word
        ("Au Cameroun, les régions du Nord-Ouest et du Sud-Ouest sont touchées.",
         [("Cameroun", "Cameroon", "CM"), ("Nord-Ouest", "North-West Province", "CM"),
          ("Sud-Ouest", "South-West Province", "CM")]),
        # French names of divisions (admin1_names.yaml)
        ("Des perquisitions ont eu lieu en Suisse, dans les cantons de Lucerne et de Thurgovie.",
         [("Suisse", "Switzerland", "CH"), ("Lucerne", "Lucerne", "CH"),
          ("Thurgovie", "Thurgau", "CH")]),
        ("L'héroïne est entrée en Iran par les provinces afghanes d'Hérat et de Nimroz.",
         [("Iran", "Iran", "IR"), ("Hérat", "Herāt", "AF"), ("Nimroz", "Nimruz", "AF")]),
        ("Les passagers, des Libanais du Sud-Liban, ont été arrêtés à Beyrouth.",
         [("Sud-Liban", "Liban-Sud", "LB"), ("Beyrouth", "Beirut", "LB")]),
        ("Les minerais du Sud-Kivu et du Nord-Kivu passent au Rwanda.",
         [("Sud-Kivu", "South Kivu", "CD"), ("Nord-Kivu", "North Kivu", "CD"),
          ("Rwanda", "Rwanda", "RW")]),
        # guards: a town after the kind word stays the town
        ("Les passeurs opéraient dans la région de Marseille, en France.",
         [("Marseille", "Marseille", "FR"), ("France", "France", "FR")]),
        # guard: the division of a country the text does not name is not read
        ("Les saisies ont eu lieu dans la région du Nord-Ouest, selon la police.", []),
        # guard: a country after the kind word stays the country
        ("Les trafiquants de la région du Sahel passent par le Niger.",
         [("Sahel", "Sahel", None), ("Niger", "Niger", "NE")]),
    ],
)  # fmt: skip
def test_round43_divisions_after_kind(extractor, text, expected):
    assert _places(extractor, text, "fr") == expected
