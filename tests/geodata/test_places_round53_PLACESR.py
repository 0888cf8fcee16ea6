"""Round 53 (PLACESR): a small town (GeoNames ``cities1000`` less ``cities15000``,
``geodata/data/towns1000.csv``) right after a locative preposition ("à Maglaj", "A Mendrisio",
"près de Masnières", "in Bantry", "at Gżira", "near Jajinci") is that town when a country the
text names holds a town of the whole name. The gazetteer leaves such towns out (too often a
word or a surname), and the earlier rules only read them after a noun that says "town", before
an area in brackets or after a comma, or listed beside a known town; news names them most often
after a bare "à" / "in" ("Sa maison à Maglaj (nord) a été fouillée").

The guard rows keep today's reading: a month after "in", a town of a country the text does
not name, a name the text writes in lower case, a person's full name after "à" (the whole name
must be the town), and a town name after a noun that is no locative.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a bare locative before a town of a country the text names
        ("Le chauffeur a été arrêté en Bosnie. Sa maison à Maglaj (nord) a été fouillée.", "fr",
         [("Bosnie", "Bosnia and Herzegovina", "BA"), ("Maglaj", "Maglaj", "BA")]),
        ("L'argent est arrivé en Suisse par des banques tessinoises. A Mendrisio surtout.", "fr",
         [("Suisse", "Switzerland", "CH"), ("Mendrisio", "Mendrisio", "CH")]),
        ("Les douanes françaises ont saisi 3 kg de cannabis en France, près de Masnières.", "fr",
         [("France", "France", "FR"), ("Masnières", "Masnières", "FR")]),
        ("Two fishermen from Ireland were taken to hospital in Bantry on Sunday.", "en",
         [("Ireland", "Ireland", "IE"), ("Bantry", "Bantry", "IE")]),
        ("Police in Malta said the suspect was arrested at Gżira on Friday.", "en",
         [("Malta", "Malta", "MT"), ("Gżira", "Gżira", "MT")]),
        # every other occurrence of the name is the town too
        ("Les enfants ont été recrutés à Ouragahio par des passeurs de Côte d'Ivoire. "
         "Ouragahio est pauvre.", "fr",
         [("Ouragahio", "Ouragahio", "CI"), ("Côte d'Ivoire", "Côte d'Ivoire", "CI"),
          ("Ouragahio", "Ouragahio", "CI")]),
        # guards: a month, a town of a country the text does not name, a person's full name,
        # a noun that is no locative, a name the text writes in lower case
        ("Three men from Spain pleaded guilty in August.", "en", [("Spain", "Spain", "ES")]),
        ("Two fishermen were taken to hospital in Bantry, the French police said in France.",
         "en", [("France", "France", "FR")]),
        ("Le colis a été remis à Jean Maglaj. Il vit en Bosnie.", "fr",
         [("Bosnie", "Bosnia and Herzegovina", "BA")]),
        ("Le rapport de Maglaj a été publié en Bosnie.", "fr",
         [("Bosnie", "Bosnia and Herzegovina", "BA")]),
    ],
)  # fmt: skip
def test_round53_towns_after_locative(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


# Two places a hyphen joins before a border word, or after a place of several words: both are
# places ("the Mae Sot-Myawaddy border towns", "the Bhomra-Benapole border"); a hyphenated
# name after an unknown word with no border word stays part of a longer name.
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Smugglers operate along the Mae Sot-Myawaddy towns in Thailand and Myanmar.", "en",
         [("Mae Sot", "Mae Sot", "TH"), ("Myawaddy", "Myawaddy", "MM"),
          ("Thailand", "Thailand", "TH"), ("Myanmar", "Myanmar", "MM")]),
        ("Women were trafficked through the Bhomra-Benapole border from Bangladesh.", "en",
         [("Benapole", "Benapole", "BD"), ("Bangladesh", "Bangladesh", "BD")]),
        # guards: a place after another place and a hyphen already counted; a hyphenated
        # first name
        ("They crossed at the Tijuana-San Diego border.", "en",
         [("Tijuana", "Tijuana", "MX"), ("San Diego", "San Diego", "US")]),
        ("Jean-Lyon said the group was based in Spain.", "en", [("Spain", "Spain", "ES")]),
    ],
)  # fmt: skip
def test_round53_pair_of_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected
