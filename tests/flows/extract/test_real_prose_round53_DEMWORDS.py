"""Round 53 (DEMWORDS): nationality words the product lacked, as tables of words and sentences
written for the tests (not taken from the gold corpus).

A demonym gives the origin of people moved ("seize femmes sahraouies", "16 Sahrawi women") and
of goods ("le sol chérifien"). The table (``geodata/data/demonyms.yaml``) lacked:

- countries and territories with no word at all: Western Sahara ("sahraoui", "Sahrawi"), the
  French overseas departments, which have their own codes as the gold gives them ("les jeunes
  Guyanais", "les côtes mahoraises", "les autorités réunionnaises"; "guyanais" is French Guiana,
  "guyanien" Guyana), Seychelles, Puerto Rico, Hong Kong, Timor-Leste, Tonga, Eswatini,
  Lesotho, ...;
- second spellings of countries it knew ("Somalis", "Srilankais", "Sri Lankais",
  "costaricain", "capverdien", "sierraléonais", "surinamais", "chérifien" for Morocco, "thaï";
  "Yemenite", "Aussie", "Brit", "Motswana", "Bosniak", "Icelander", "Saudi Arabian",
  "Equatorial Guinean");
- regional words: "sahélien" / "Sahelian" (Sahel), "est-européen", "ouest-européen",
  "sud-asiatique".

Words naming a people with no one country stay out ("Rohingya": Myanmar or the camps of
Bangladesh; "Kurdes"; "Tamils": Sri Lanka or India), as does a nickname that is also a word
("Kiwis").
"""

from __future__ import annotations

import pytest

from flows.extract.demonyms import demonym_country, demonym_country_pair, demonym_region
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("word", "lang", "expected"),
    [
        # countries and territories the table lacked
        ("Sahraouis", "fr", "EH"), ("sahraouies", "fr", "EH"), ("Sahrawi", "en", "EH"),
        ("Guyanais", "fr", "GF"), ("guyanaise", "fr", "GF"), ("mahoraises", "fr", "YT"),
        ("réunionnaises", "fr", "RE"), ("Martiniquais", "fr", "MQ"),
        ("Guadeloupéens", "fr", "GP"), ("Seychellois", "fr", "SC"), ("Seychellois", "en", "SC"),
        ("portoricaines", "fr", "PR"), ("Hongkongers", "en", "HK"), ("Timorese", "en", "TL"),
        ("Tongan", "en", "TO"), ("swazies", "fr", "SZ"), ("Basotho", "en", "LS"),
        # second spellings of countries it knew
        ("Somalis", "fr", "SO"), ("Srilankais", "fr", "LK"), ("Sri-Lankans", "en", "LK"),
        ("costaricaines", "fr", "CR"), ("capverdiens", "fr", "CV"),
        ("sierraléonaises", "fr", "SL"), ("Surinamais", "fr", "SR"),
        ("chérifiennes", "fr", "MA"), ("thaïes", "fr", "TH"), ("Yemenites", "en", "YE"),
        ("Aussies", "en", "AU"), ("Brits", "en", "GB"), ("Motswana", "en", "BW"),
        ("Bosniaks", "en", "BA"), ("Icelanders", "en", "IS"),
        # guards: today's words keep their country, two countries stay apart
        ("érythréennes", "fr", "ER"), ("Nigérians", "fr", "NG"), ("Nigériens", "fr", "NE"),
        ("guyaniens", "fr", "GY"), ("Guyanese", "en", "GY"), ("Burkinabè", "fr", "BF"),
        ("Saudis", "en", "SA"), ("Kosovars", "fr", "XK"),
        # guards: a people of no one country, a nickname that is also a word
        ("Rohingya", "en", None), ("Rohingyas", "fr", None), ("Kurdes", "fr", None),
        ("Tamils", "en", None), ("Kiwis", "en", None),
    ],
)  # fmt: skip
def test_round53_demonym_country(word, lang, expected):
    assert demonym_country(word, lang) == expected


@pytest.mark.parametrize(
    ("first", "second", "lang", "expected"),
    [
        ("Sri", "Lankais", "fr", "LK"), ("sri", "lankaises", "fr", "LK"),
        ("Puerto", "Ricans", "en", "PR"), ("Saudi", "Arabian", "en", "SA"),
        ("Equatorial", "Guineans", "en", "GQ"), ("East", "Timorese", "en", "TL"),
        # guards
        ("Sri", "Lankans", "en", "LK"), ("Costa", "Rican", "en", "CR"),
        ("Sri", "Lanka", "fr", None),
    ],
)  # fmt: skip
def test_round53_demonym_pair(first, second, lang, expected):
    assert demonym_country_pair(first, second, lang) == expected


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("sahéliens", "Sahel"), ("sahélienne", "Sahel"), ("Sahelian", "Sahel"),
        ("est-européen", "Eastern Europe"), ("ouest-européennes", "Western Europe"),
        ("sud-asiatiques", "South Asia"),
        # guards
        ("ouest-africaines", "West Africa"), ("European", "Europe"), ("Libyan", None),
    ],
)  # fmt: skip
def test_round53_demonym_region(word, expected):
    assert demonym_region(word) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les jeunes Guyanais transportent la cocaïne vers la France hexagonale.", "fr",
         ("drugs", "GF", "FR")),
        ("Seize femmes sahraouies ont été conduites vers l'Espagne par des passeurs.", "fr",
         ("migrant_smuggling", "EH", "ES")),
        ("Smugglers took 16 Sahrawi women to Spain.", "en",
         ("migrant_smuggling", "EH", "ES")),
        ("Des passeurs ont conduit douze Somalis vers le Yémen.", "fr",
         ("migrant_smuggling", "SO", "YE")),
        ("Douze Sri Lankais ont été conduits vers La Réunion par des passeurs.", "fr",
         ("migrant_smuggling", "LK", "RE")),
        # guard: a known demonym keeps its reading
        ("Seize femmes érythréennes ont été conduites vers l'Italie par des passeurs.", "fr",
         ("migrant_smuggling", "ER", "IT")),
    ],
)  # fmt: skip
def test_round53_demonym_flows(extractor, text, lang, expected):
    assert expected in _flows(extractor, text, lang)


def test_round53_rohingya_no_country(extractor):
    """Guard: "Rohingya" names no origin (Myanmar or the camps of Bangladesh)."""
    found = _flows(extractor, "Smugglers took 60 Rohingya refugees to Malaysia by boat.", "en")
    assert all(origin is None for _, origin, _ in found)
