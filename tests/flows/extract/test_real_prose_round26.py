"""Round 26 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- where victims are exploited is where they went, also after a comma and an adverb ("forced
  into prostitution, mostly in the cities of Benidorm and Malaga", "elles étaient prostituées,
  surtout dans les villes de ...");
- a sum that a verb of money moves is the flow even beside the people who move it ("the
  subjects, all Iraqi immigrants, wired in excess of $4 million ... to accounts in Amman",
  "l'argent était d'abord collecté en Tunisie puis transféré en Italie"), but a sum paid per
  person stays a fare;
- a country named by its formal title is the place after a cue ("to the Kingdom of Bahrain",
  "au Royaume du Maroc");
- people trafficked somewhere and then sent home were trafficked there ("Filipino workers
  trafficked to Syria were repatriated", "victimes de traite au Koweït ont été rapatriées"),
  where a repatriation alone is the state moving people (no flow);
- people held in scam compounds are victims of trafficking ("rescued from scam compounds in
  Myanmar", "libérés de centres d'arnaque au Myanmar");
- in French as in English: weapons that "ont atteint des groupes armés au Mali" went to Mali;
  "vers des sociétés écrans à Chypre" is Cyprus; "l'or" with its article is the metal ("L'or
  sorti clandestinement du Venezuela"), not the conjunction nor "l'or noir"; arms "passées en
  contrebande vers les cartels mexicains" go to Mexico, as "sold to Mexican cartels" do;
- arms "ordered online from Slovakia" / "commandés en ligne en Slovaquie" come from there, and
  "delivered by post to addresses in Belgium" / "à des adresses en Belgique" go there;
- a nationality of two words is an origin as one of one word is ("Sierra Leonean women",
  "Sri Lankans", "Costa Rican cocaine").
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Nigerian women were trafficked to Spain. Once in Spain they were forced into "
         "prostitution, mostly in the cities of Benidorm and Malaga.", "en",
         {("human_trafficking", "NG", "ES"), ("human_trafficking", "NG", "Benidorm"),
          ("human_trafficking", "NG", "Málaga")}),
        ("Des Nigérianes ont été victimes de traite vers l'Espagne. Une fois en Espagne, elles "
         "étaient prostituées, surtout dans les villes de Benidorm et Malaga.", "fr",
         {("human_trafficking", "NG", "ES"), ("human_trafficking", "NG", "Benidorm"),
          ("human_trafficking", "NG", "Málaga")}),
        ("The subjects, all Iraqi immigrants, illegally wired in excess of $4 million from a "
         "U.S. bank to accounts in Amman, Jordan.", "en", {("illicit_finance", "US", "Amman")}),
        ("Les passeurs réclamaient 3000 euros par personne, et l'argent était d'abord collecté "
         "en Tunisie puis transféré en Italie.", "fr", {("illicit_finance", "TN", "IT")}),
        ("Customs foiled an attempt to smuggle heroin from Karachi to the Kingdom of Bahrain.",
         "en", {("drugs", "Karachi", "BH")}),
        ("Des trafiquants ont envoyé de la cocaïne au Royaume du Maroc.", "fr",
         {("drugs", None, "MA")}),
        ("Filipino workers trafficked to Syria were repatriated.", "en",
         {("human_trafficking", "PH", "SY")}),
        ("Des Ivoiriennes victimes de traite au Koweït ont été rapatriées.", "fr",
         {("human_trafficking", "CI", "KW")}),
        ("The cartel leader was extradited to the United States from Mexico.", "en", set()),
        ("Sixty Kenyans were rescued from scam compounds in Myanmar.", "en",
         {("human_trafficking", "KE", "MM")}),
        ("Soixante Kényans ont été libérés de centres d'arnaque au Myanmar.", "fr",
         {("human_trafficking", "KE", "MM")}),
        ("Les armes, volées dans les arsenaux libyens après 2011, ont atteint des groupes armés "
         "au Mali et au Niger.", "fr", {("weapons", "LY", "ML"), ("weapons", "LY", "NE")}),
        ("Des fonds ont été transférés de banques russes vers des sociétés écrans à Chypre et en "
         "Lettonie.", "fr", {("illicit_finance", "RU", "CY"), ("illicit_finance", "RU", "LV")}),
        ("L'or sorti clandestinement du Venezuela a été acheminé par avion vers la Turquie et "
         "les Émirats arabes unis.", "fr",
         {("illicit_finance", "VE", "TR"), ("illicit_finance", "VE", "AE")}),
        ("Des armes achetées aux États-Unis sont passées en contrebande vers les cartels "
         "mexicains.", "fr", {("weapons", "US", "MX")}),
        ("Les pistolets étaient commandés illégalement en ligne en Slovaquie et livrés par la "
         "poste à des adresses en Belgique.", "fr", {("weapons", "SK", "BE")}),
        ("The converted pistols were ordered online from Slovakia.", "en",
         {("weapons", "SK", None)}),
        ("Sierra Leonean women were trafficked to Lebanon.", "en",
         {("human_trafficking", "SL", "LB")}),
        ("Nearly 500 Sri Lankans trying to reach Australia by boat were intercepted.", "en",
         {("migrant_smuggling", "LK", "AU")}),
        ("Costa Rican cocaine was shipped to Spain.", "en", {("drugs", "CR", "ES")}),
    ],
)  # fmt: skip
def test_round26_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("The migrants transferred 3,000 euros each to the smugglers in Libya before crossing "
         "to Italy.", "en"),
        ("The migrants wired 3,000 euros per person to the smugglers before crossing from Libya "
         "to Italy.", "en"),
    ],
)  # fmt: skip
def test_round26_fare_is_no_money_flow(extractor, text, lang):
    assert "illicit_finance" not in {c for c, _, _ in _flows(extractor, text, lang)}


@pytest.mark.parametrize(
    ("text", "gold"),
    [
        ("L'or sorti clandestinement du Venezuela.", True),
        ("Le cours de l'or noir a chuté.", False),
        ("Les armes ont été saisies, or la police cherche encore.", False),
    ],
)
def test_round26_french_gold_word(text, gold):
    assert any(h.commodity == "gold" for h in find_category_terms(text, "fr")) is gold
