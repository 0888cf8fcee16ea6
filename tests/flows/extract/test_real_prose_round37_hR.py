"""Round 37 hR of the extractor for real English and French prose: goods, people or money moved
to receivers, and where the receivers are, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- the receivers of French goods after "à destination de", where they are after "dans" too:
  "à destination de groupes liés à Boko Haram dans les États de Borno";
- who goods belong or are tied to receives nothing: "des drogues appartenant à des réseaux
  proches de l'Iran" (French), "in addition to armed groups and bandits across southern
  Libya", "traffickers linked to cartels in Mexico" (English);
- English armed receivers named with more words ("to radical Islamist al-Shabab fighters in
  southern Somalia", "to the Houthi rebels in Yemen"), the armed group weapons are smuggled
  from ("smuggled from al-Qaida militants in Yemen"), and a named group ("to Hezbollah in
  Lebanon"; not al-Qaida, whose branches bear place names);
- money routed, funnelled or channelled to people and associates ("routed to his associates in
  Nigeria", "giving it to people in Dubai").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Les enquêteurs pensent que ces fusils étaient à destination de groupes liés aux "
         "jihadistes dans l'État de Borno.", "fr", {("weapons", None, "Borno")}),
        # guard: a seizure "dans" a state, no receivers, is no destination
        ("Les fusils ont été saisis par l'armée dans l'État de Borno.", "fr", set()),
        ("La police a saisi des drogues appartenant à des réseaux proches de l'Iran.", "fr",
         set()),
        # guard: goods sold to networks in a country go there
        ("Les armes ont été vendues à des réseaux criminels en Italie.", "fr",
         {("weapons", None, "IT")}),
        ("Weapons trafficking is rife in Niger, which suffers from jihadists, in addition to "
         "armed gangs across southern Libya.", "en", set()),
        # guard: weapons smuggled to armed gangs go where the gangs are
        ("Weapons were smuggled to armed gangs across southern Libya.", "en",
         {("weapons", None, "Southern Libya")}),
        ("The weapons were smuggled from Islamist militants in Yemen to radical al-Shabab "
         "fighters in southern Somalia.", "en", {("weapons", "YE", "Southern Somalia")}),
        # guard: fighters to be arrested receive nothing
        ("Police moved to arrest radical Islamist fighters in Kenya after the arms seizure.",
         "en", set()),
        ("The proceeds were then transferred through a bank in Dubai to Hezbollah in Lebanon.",
         "en", {("illicit_finance", None, "LB")}),
        # guard: al-Qaida's branch named after a region is no place the weapons went to
        ("Weapons smuggled from Libya were sold to al-Qaida in the Islamic Maghreb.", "en",
         {("weapons", "LY", None)}),
        ("The bribes were routed to his associates in Ghana.", "en",
         {("illicit_finance", None, "GH")}),
        # guard: cash handed to the police is no flow
        ("The smuggled cash was handed to the police in Dubai.", "en", set()),
    ],
)  # fmt: skip
def test_round37_hr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
