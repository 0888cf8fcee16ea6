"""Round 46 (DEMSENT) of the flows in real French and English prose, as a table of texts
written for the tests (not taken from the gold corpus) -> the flows ``flows extract`` gives.

Pattern: a sentence names the people it moves by their nationality and gives only where they
go ("a Bulgarian woman trafficked to Ireland", "Eritreans cross the desert on their way to
Sudan", "des Ivoiriennes ... emmenées en Espagne"). The nationality's country is the origin
(ANNOTATION.md: "Nigerian women brought to Italy has origin Nigeria"), before any place the
sentences before give (their flow's origin, the document's focus). On the read part the origin
came from elsewhere in 4 such sentences, and the gold took the nationality's country in all 4.

Guards: the nationality of who is arrested or charged ("arrested a Malaysian national for
smuggling"), of who acts ("Greek coastguards"), of a vehicle ("un camion turc", a rule of its
own), a nationality that is the destination's own, two different nationalities, and an origin
the sentence states ("from Lagos") keep today's reading.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the nationality of the people moved wins over the sentences before
        ("Women are trafficked from Mozambique to South Africa. Police rescued a "
         "Bulgarian woman trafficked to Ireland under false promises of work.", "en",
         ("human_trafficking", "BG", "IE")),
        ("Smugglers move migrants from Somalia to Yemen. Eritreans brave the desert and the "
         "smugglers on their way to Sudan.", "en",
         ("migrant_smuggling", "ER", "SD")),
        ("The trafficking network operated from Kenya. Many Ugandans have been recruited by "
         "agents with the promise of work in Oman.", "en",
         ("human_trafficking", "UG", "OM")),
        ("Des migrants partent de Lampedusa vers la Tunisie. Sa mère érythréenne a raconté "
         "sa longue traversée du désert vers la Libye.", "fr",
         ("migrant_smuggling", "ER", "LY")),
    ],
)  # fmt: skip
def test_round46_demsent_nationality_is_origin(extractor, text, lang, expected):
    assert expected in _flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # who is arrested or acts, not who moves
        ("Migrants crossed from Myanmar to Thailand. Police arrested a Malaysian national on "
         "charges of smuggling 40 migrants into Thailand.", "en",
         ("migrant_smuggling", "MY", "TH")),
        ("Migrants left Libya for Malta. A boat carrying Tunisian smugglers and migrants "
         "was bound for Italy.", "en", ("migrant_smuggling", "TN", "IT")),
        ("Iraqi man arrested for smuggling migrants into Britain via a Dutch port.", "en",
         ("migrant_smuggling", "IQ", "GB")),
        ("Migrants left Libya for Italy. Greek coastguards rescued 80 migrants bound for Italy.",
         "en", ("migrant_smuggling", "GR", "IT")),
        # a vehicle's nationality stays no origin
        ("L'héroïne venait d'Afghanistan. Un camion turc transportait 300 kg d'héroïne vers "
         "l'Autriche.", "fr", ("drugs", "TR", "AT")),
    ],
)  # fmt: skip
def test_round46_demsent_guards(extractor, text, lang, absent):
    assert absent not in _flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an origin the sentence states stays
        ("Nigerian women were trafficked from Lagos to Italy by the network.", "en",
         ("human_trafficking", "Lagos", "IT")),
    ],
)  # fmt: skip
def test_round46_demsent_stated_origin_stays(extractor, text, lang, expected):
    assert expected in _flows(extractor, text, lang)
