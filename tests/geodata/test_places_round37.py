"""Round 37/38 (hZ): places of the read part that the gazetteer lacked or the scanner could not
reach: ports, airports and crossings named with a lower-case French head ("aéroport de
Plaisance", "passage d'Omari", "lac Tanganyika"), names with "van" or "a" inside ("Hoek van
Holland", "Gracias a Dios"), a place before "-linked", "-controlled" or "-area", postal codes
after a town ("NOGALES, AZ", "Laredo, TX"), and towns, ports and camps news names. The last rows
of each table guard senses that must not move."""

from __future__ import annotations

import pytest

from flows.extract.toponyms import ToponymScanner
from tests.geodata.test_places_round35 import assert_resolves

# name, language, expected place id, kind, country code
NAMES = [
    ("Dover Eastern Docks", "en", "other:dover-eastern-docks", "other", "GB"),
    ("Osvaldo Vieira International Airport", "en", "other:osvaldo-vieira-airport", "other", "GW"),
    ("aéroport de Plaisance", "fr", "other:sir-seewoosagur-ramgoolam-airport", "other", "MU"),
    ("Sanga-Sanga Airport", "en", "other:sanga-sanga-airport", "other", "PH"),
    ("Al-Hol", "en", "other:al-hol-camp", "other", "SY"),
    ("Kalifourou", "fr", "city:kalifourou", "city", "SN"),
    ("Qwiha", "en", "city:qwiha", "city", "ET"),
    ("Doshi", "en", "city:doshi", "city", "AF"),
    ("Porters Lake", "en", "city:porters-lake", "city", "CA"),
    ("North Portal", "en", "city:north-portal", "city", "CA"),
    ("Hudson County", "en", "region:hudson-county", "region", "US"),
    # guards: the Ohio city, the English port town, Piacenza by its French name alone
    ("Cleveland", "en", "geonames:5150529", "city", "US"),
    ("Dover", "en", "geonames:2651048", "city", "GB"),
    ("Plaisance", "fr", "geonames:3171058", "city", "IT"),
]


@pytest.mark.parametrize(("name", "lang", "place_id", "kind", "cc"), NAMES)
def test_names_resolve(name, lang, place_id, kind, cc):
    assert_resolves(name, lang, place_id, kind, cc)


# sentence, language, surface, expected place id
SENTENCES = [
    ("Ils partent via l’aéroport international Tribhuvan avec des visas.", "fr",
     "aéroport international Tribhuvan", "other:tribhuvan-airport"),
    ("Ils avaient été appréhendés à l’aéroport de Plaisance avec de l'or.", "fr",
     "aéroport de Plaisance", "other:sir-seewoosagur-ramgoolam-airport"),
    ("La drogue a été découverte au niveau du passage d’Omari, selon Reuters.", "fr",
     "passage d’Omari", "other:al-omari-crossing"),
    ("La contrebande dans le bassin du lac Tanganyika augmente.", "fr",
     "lac Tanganyika", "region:lake-tanganyika"),
    ("22 firearms were seized in Hoek van Holland, the Netherlands, on their way to the UK.", "en",
     "Hoek van Holland", "city:hook-of-holland"),
    ("A plane was intercepted in the department of Gracias a Dios, in the east.", "en",
     "Gracias a Dios", "admin1:HN:gracias-a-dios"),
    ("Russia-linked crooks bought a bank to launder cyber loot.", "en", "Russia", "country:RU"),
    ("The boat had set off from China-controlled Gwadar port.", "en", "China", "country:CN"),
    ("His jet landed at a New York-area airport.", "en", "New York", "geonames:5128581"),
    ("The cargo traveled through Badakhshan-Doshi-Bamiyan-Herat, then into Iran.", "en",
     "Herat", "geonames:1140026"),
    ("NOGALES, AZ – On the evening of August 28, officers seized rifles heading to Mexico.", "en",
     "NOGALES", "geonames:5306611"),
    ("NOGALES, AZ – On the evening of August 28, officers seized rifles heading to Mexico.", "en",
     "AZ", "admin1:US:arizona"),
    ("The guns were seized in Laredo, TX, at the bridge.", "en", "TX", "admin1:US:texas"),
    ("He was arrested at his home in Cleveland, Texas, U.S. authorities said.", "en",
     "Cleveland", "city:cleveland-tx"),
    ("Officers at the Hidalgo, Texas, port of entry found rifles.", "en",
     "Hidalgo", "city:hidalgo-tx"),
    ("Guns were seized in Porters Lake, N.S., and North Portal, Sask., records show.", "en",
     "North Portal", "city:north-portal"),
    ("The CBSA seized meth at the Tsawwassen Container Examination Facility.", "en",
     "Tsawwassen", "geonames:6169661"),
    ("He was stopped at Dover Eastern Docks in a lorry travelling from Belgium.", "en",
     "Dover Eastern Docks", "other:dover-eastern-docks"),
    ("Money was sent to women held at Al-Hol, a camp run by Kurds.", "en",
     "Al-Hol", "other:al-hol-camp"),
    # guards: a town of the Nogales of Mexico, a postal code not read after a foreign town
    ("Migrants crossed from Nogales, Sonora, into Arizona.", "en", "Nogales", "geonames:4004886"),
    ("He flew to Cleveland on Monday.", "en", "Cleveland", "geonames:5150529"),
    ("Guns were seized in Laredo, Texas, on Monday.", "en", "Laredo", "geonames:4705349"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "lang", "surface", "place_id"), SENTENCES)
def test_places_in_sentences(text, lang, surface, place_id):
    got = {m.surface: m.place.id for m in ToponymScanner().scan(text, lang)}
    assert got.get(surface) == place_id, got


@pytest.mark.parametrize(
    "text",
    [
        "ARRESTED IN LAGOS, IN MARCH, THE MEN WERE CHARGED.",  # "IN" after a Nigerian town
        "Police in Paris, OR so it seems, made arrests.",
    ],
)
def test_postal_codes_only_after_a_town_of_their_country(text):
    got = [m.surface for m in ToponymScanner().scan(text, "en")]
    assert "IN" not in got and "OR" not in got, got
