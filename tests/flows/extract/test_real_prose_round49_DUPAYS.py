"""Round 49 (DUPAYS): an end of a flow named by a back-reference to a country named before
("le pays", "ce pays", "the kingdom"), as a table of sentences written for the tests (not
taken from the gold corpus) -> the flows ``flows extract`` gives (ANNOTATION.md, "Flows"):

- "le pays" that begins a country's own name ("au Pays basque", "au Pays-Bas", "du pays du
  Cèdre") is no back-reference: it named the last country before as a second end (six read
  documents, no flow changed there);
- "the kingdom" is the last monarchy named before ("officials in Thailand ... shipped out of
  the kingdom": Thailand), never "the Kingdom of Bahrain" nor a republic;
- "rejoindre ce pays", "regagner ce pays": the demonstrative stands where an article would,
  so the verb of movement before it gives the back-reference its role (French only: in
  English "what it brings in this country" read the same way gave a false flow);
  "regagner" is a word of arrival as "gagner" is.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # "au Pays basque" is a place, not "the country" (Libya) as a destination
        ("Les armes viennent de Libye. Elles sont revendues au Pays basque.", "fr",
         {("weapons", "LY", None)}),
        # guards: the names themselves are read as before
        ("La drogue venait d'Équateur. Elle a été expédiée au Pays-Bas.", "fr",
         {("drugs", "EC", "NL")}),
        ("Le captagon venait de Syrie. Il a été envoyé au pays des cèdres.", "fr",
         {("drugs", "SY", "LB")}),
        # "the kingdom": the last monarchy named before
        ("The meth was seized in Thailand last year. It had been shipped out of the kingdom "
         "to Australia.", "en", {("drugs", "TH", "AU")}),
        ("Customs officers in Jordan seized the pills. The captagon was smuggled out of the "
         "kingdom towards the Gulf.", "en", {("drugs", "JO", "Arabian Peninsula")}),
        # guards: no monarchy named, a kingdom named in full, "the country" as before
        ("Police in Brazil seized cocaine in Santos. The drugs were smuggled out of the kingdom "
         "to Spain.", "en", {("drugs", None, "ES")}),
        ("Heroin was smuggled from Pakistan to the Kingdom of Bahrain.", "en",
         {("drugs", "PK", "BH")}),
        ("Police in Brazil seized cocaine in Santos. The drugs were smuggled out of the country "
         "to Spain.", "en", {("drugs", "BR", "ES")}),
        # "rejoindre ce pays", "regagner l'Espagne": where they go
        ("La police a arrêté les passeurs en Italie. Les victimes devaient ensuite rejoindre "
         "ce pays depuis la Libye.", "fr", {("human_trafficking", "LY", "IT")}),
        ("Les migrants venus du Mali ont traversé le Niger pour rejoindre ce pays par le "
         "désert.", "fr", {("migrant_smuggling", "ML", "NE")}),
        ("Une fois en Italie, le réseau fournissait aux victimes nigérianes des papiers de "
         "femmes résidant en Espagne afin qu'elles puissent regagner l'Espagne.", "fr",
         {("human_trafficking", "IT", "ES"), ("human_trafficking", "NG", "ES")}),
    ],
)  # fmt: skip
def test_round49_dupays_back_references(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
