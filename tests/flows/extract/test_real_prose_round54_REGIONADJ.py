"""Round 54 (REGIONADJ): adjectives of regions within a state, as tables of words and sentences
written for the tests (not taken from the gold corpus).

The adjective of a region inside a country names that region as a flow's end, as a nationality
word names a country: "les côtes siciliennes" / "the Sicilian coasts" (Sicily), "des ports
bretons" (Brittany), "the Calabrian coast", "les côtes andalouses", "Scottish ports". The words
are data (lexicon ``region_demonyms``, read like ``city_demonyms``: French in lower case only,
since "le Sicilien Paolo Rabbito" is a man). "Middle Eastern" (a compass word and "Eastern") and
"moyen-orientaux" (an irregular plural) name the Middle East.

Left out: words of networks' homes that the gold does not make an end ("kurde", "the Sinaloa
cartel"), and words with another sense ("l'affaire se corse", "l'Institut flamand"); "la mafia
calabraise" stays a crime group, no end.
"""

from __future__ import annotations

import pytest

from flows.extract.demonyms import compass_region, demonym_region, demonym_subregion
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        ("siciliennes", "fr", "Sicily"), ("calabraise", "fr", "Calabria"),
        ("bretons", "fr", "Brittany"), ("andalouses", "fr", "Andalusia"),
        ("sardes", "fr", "Sardinia"), ("catalanes", "fr", "Catalonia"),
        ("écossais", "fr", "Scotland"), ("Sicilian", "en", "Sicily"),
        ("Calabrian", "en", "Calabria"), ("Andalusian", "en", "Andalusia"),
        ("Scottish", "en", "Scotland"), ("Texan", "en", "Texas"), ("Corsican", "en", "Corsica"),
        # guards: French capitalised (a person), other senses, homes of networks
        ("Siciliens", "fr", None), ("corse", "fr", None), ("flamand", "fr", None),
        ("kurdes", "fr", None), ("Kurdish", "en", None), ("Sinaloa", "en", None),
        ("Libyan", "en", None),
    ],
)  # fmt: skip
def test_round54_demonym_subregion(word, lang, expected):
    assert demonym_subregion(word, lang) == expected


def test_round54_middle_east_words():
    assert compass_region("Middle", "Eastern") == "Middle East"
    assert demonym_region("moyen-orientaux") == "Middle East"
    # guards: "Eastern" alone, or after another compass word, is no region
    assert demonym_region("Eastern") is None
    assert compass_region("South", "Eastern") is None


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Le cannabis marocain arrive sur les côtes andalouses.", "fr",
         ("drugs", "MA", "Andalusia")),
        ("Hashish from Morocco is landed on the Andalusian coast.", "en",
         ("drugs", "MA", "Andalusia")),
        ("Des migrants ont débarqué sur les côtes calabraises depuis la Turquie.", "fr",
         ("migrant_smuggling", "TR", "Calabria")),
        ("Migrants from Turkey landed on the Calabrian coast.", "en",
         ("migrant_smuggling", "TR", "Calabria")),
        ("The gang smuggled migrants from the African coasts to the Sicilian coasts.", "en",
         ("migrant_smuggling", "Africa", "Sicily")),
        ("La cocaïne venait du Brésil. Les cargos ont été contrôlés à leur arrivée dans des "
         "ports bretons.", "fr", ("drugs", "BR", "Brittany")),
        ("Heroin from the Balkans was smuggled into Scottish ports.", "en",
         ("drugs", "Balkans", "Scotland")),
        ("Every year 30,000 Pakistanis attempt illegal passage to the Middle Eastern countries "
         "through Balochistan.", "en", ("migrant_smuggling", "PK", "Middle East")),
        ("Des migrants moyen-orientaux sont arrivés en Grèce.", "fr",
         ("migrant_smuggling", "Middle East", "GR")),
        # guards: a known regional word and a city adjective keep their reading
        ("Des migrants subsahariens sont arrivés à Lampedusa.", "fr",
         ("migrant_smuggling", "Sub-Saharan Africa", "Lampedusa")),
        ("Les migrants ont débarqué sur les côtes libyennes depuis le Niger.", "fr",
         ("migrant_smuggling", "NE", "LY")),
    ],
)  # fmt: skip
def test_round54_region_adjective_flows(extractor, text, lang, expected):
    assert expected in _flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # a crime group's home is no end
        ("Les armes ont été saisies à la mafia calabraise, la Ndrangheta.", "fr"),
        ("L'argent était réinvesti en Italie par la mafia sicilienne.", "fr"),
    ],
)
def test_round54_mafia_no_region(extractor, text, lang):
    found = _flows(extractor, text, lang)
    assert all(
        end not in ("Calabria", "Sicily") for _, origin, dest in found for end in (origin, dest)
    )
