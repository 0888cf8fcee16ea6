"""Round 30 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination). Each row was first a sentence
that said nothing, or the wrong thing, in one language or both:

- laundered money sent "to China" with no origin in its sentence leaves from the place the
  document is about (the country or city named most often), as annotators read it: the case
  happens there ("Spanish police dismantled a network in Spain ... the money was transferred
  to China": Spain to China), unless its sentence sends money there too ("vers la Turquie
  et la Syrie");
- a dateline in capitals that names a region ("EUROPE – La Bulgarie a contrecarré...") has no
  one country to stand for: the extractor failed on the whole document;
- "dans le sens Espagne – France" (at a toll gate) is the way the goods go, as "l'axe
  Agadez-Zinder" was;
- destinations listed before a list of origins ("fournissait l'Angleterre, la Suisse et la
  Turquie en cocaïne, depuis l'Argentine et le Brésil") give one flow for each pair, as they
  did with the origins first (the second origin took only the last destination);
- goods "destined for export at the port city of Casablanca" / "destinés à l'exportation au
  port de Casablanca" leave from there (they were read as arriving);
- a smuggling attempt "foiled" / "thwarted" / "déjouée" at a place stops the goods there, as
  one "intercepted" does;
- money spent "to destabilize the situation in Moldova" / "pour déstabiliser", or "to
  overthrow" / "pour renverser" a government, is covert funding, as money spent "to
  influence" is;
- "la région Sava" is Madagascar's Sava Region (places: supplement.yaml);
- "South African police ... arrived in this country": "South African" is South Africa's, not
  the continent's ("South" before "African" was no compass region, and no two-word demonym
  was looked for once "African" named Africa);
- "les immigrants illégaux" (Québec's word) are migrants, and the sums they pay "dans
  l'espoir de rejoindre" / "in the hope of reaching" a country are their fare, no flow of
  money;
- goods seized in France and "destinée au marché européen" in the next sentence do not go
  from France to Europe, the region France lies in (from where they were seized to a place
  abroad, as before);
- "moved by boat to Libya and Italy, before arriving in Spain": the legs from Libya and Italy
  to Spain gave their origin, Italy, to the move to Libya (the document's shared origin);
- "The contraband metal allegedly was sent ... to the U.S. and Switzerland": the goods named
  again move on from where the flow before them arrived (Colombia), for each place of the
  list (the second took the first flow's origins: a flow of the same sentence counted as
  the one told before);
- "Iraqi money laundering syndicate", "Chinese money laundering networks": the nationality
  of a group named by its crime is its members', not where the money comes from;
- "la traite des Vietnamiens vers et en Europe": the nationality right after "la traite des"
  / "the trafficking of" names those moved (as after a verb of moving), and "vers et en"
  still says where they go;
- where people "hope for a better future" / "espèrent un meilleur devenir" / "rêvent d'une
  vie meilleure" is where they mean to go, as where they seek work;
- "the border between Texas and Mexico", "la zone frontière entre le Nigeria et le Cameroun":
  any border between two places is where something happens, not which way it goes (only "at
  the border between" was), unless it is crossed ("ont franchi la frontière entre la
  Biélorussie et la Pologne" goes from the first to the second);
- "le premier producteur mondial de cacao", "the largest producer of cocoa": the producer of a
  good traded lawfully is no source of the children trafficked to its farms (a producer of
  opium still is);
- "flights bound for Hong Kong en route to the United Arab Emirates": the first place is a
  stop on the way ("en route to" / "en route vers" after a destination, as "then");
- people "éloignés vers leur pays d'origine" are removed by the state, as those "expulsés".

Places (the second table): a three-letter town at the end of a list of names ("Oujda, Nador
et Fès"), a town before "Bridge", "la Centrafrique", Nepal's districts, "NSW" alone, "Turks
and Caicos", "le monde arabe" / "the Arab world", "the Americas", "le Vieux Continent"
(Europe), "l'Union des Comores"; and no town for "Xinhua", "Mission", "Bank", "Union",
"Alliance", "Fleet" or a place before "Crime".
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # laundered money leaves from the place the document is about
        ("Spanish police dismantled a money laundering network in Spain. The network was "
         "based in Madrid and Spain was its hub. The laundered money was then transferred to "
         "China.", "en", {("illicit_finance", "ES", "CN")}),
        ("La police a démantelé un réseau de blanchiment en Espagne. Trente comptes ont été "
         "gelés en Espagne. L'argent blanchi était ensuite transféré en Chine.", "fr",
         {("illicit_finance", "ES", "CN")}),
        # ... unless the same sentence sends money there too
        ("Blanchiment\n\nLe réseau envoyait l'argent vers la Turquie. Ces fonds auraient été "
         "dirigés vers la Turquie et la Syrie.", "fr",
         {("illicit_finance", None, "TR"), ("illicit_finance", None, "SY")}),
        # a region in capitals as the dateline (the extractor failed on the document)
        ("EUROPE – La Bulgarie a contrecarré une tentative de contrebande d’armes depuis la "
         "Turquie vers l’Europe de l’Ouest.", "fr", {("weapons", "TR", "Western Europe")}),
        ("EUROPE – Bulgaria foiled an attempt to smuggle weapons from Turkey to Western "
         "Europe.", "en", {("weapons", "TR", "Western Europe")}),
        # "dans le sens Espagne – France": the way the traffic goes, as "l'axe"
        ("Trafic de cannabis\n\nAu péage du Boulou, dans le sens Espagne – France, les "
         "douaniers ont saisi 300 kilos de résine de cannabis.", "fr",
         {("drugs", "ES", "FR")}),
        # destinations listed before a list of origins: one flow for each pair
        ("The cocaine was shipped to England and Switzerland from Argentina and Brazil.", "en",
         {("drugs", "AR", "England"), ("drugs", "AR", "CH"), ("drugs", "BR", "England"),
          ("drugs", "BR", "CH")}),
        ("L'organisation fournissait l'Angleterre et la Suisse en cocaïne, depuis l'Argentine "
         "et le Brésil.", "fr",
         {("drugs", "AR", "England"), ("drugs", "AR", "CH"), ("drugs", "BR", "England"),
          ("drugs", "BR", "CH")}),
        # goods "destined for export" at a port leave from there
        ("Customs seized 240 kilograms of hashish destined for export at the port city of "
         "Casablanca.", "en", {("drugs", "Casablanca", None)}),
        ("Les douanes ont saisi 240 kilos de haschisch destinés à l'exportation au port de "
         "Casablanca.", "fr", {("drugs", "Casablanca", None)}),
        # a smuggling attempt "foiled" / "déjouée" somewhere stops the goods there
        ("The attempt to smuggle 51 kg of methamphetamine to Australia was foiled by customs "
         "at a warehouse in Port Klang.", "en", {("drugs", "Pelabuhan Klang", "AU")}),
        ("La tentative de faire passer 51 kg de méthamphétamine vers l'Australie a été "
         "déjouée par les douanes dans un entrepôt de Port Klang.", "fr",
         {("drugs", "Pelabuhan Klang", "AU")}),
        # money spent "to destabilize" / "pour déstabiliser" a country is covert funding
        ("Russia spent about $5.7 million to overthrow the government and destabilize the "
         "situation in Moldova.", "en", {("illicit_finance", "RU", "MD")}),
        ("La Russie a dépensé environ 5,7 millions de dollars pour renverser le gouvernement "
         "et déstabiliser la situation en Moldavie.", "fr", {("illicit_finance", "RU", "MD")}),
        # "la région Sava" is Madagascar's (the bare "Sava" stays the Balkan river)
        ("Traite\n\nCes jeunes femmes viennent de la région Sava et ils les ont fait venir à "
         "Tana.", "fr", {("human_trafficking", "Sava Region", "Antananarivo")}),
        # "South African police ... this country": South Africa, not the continent
        ("South African police have seized cocaine that arrived in the country from Brazil.",
         "en", {("drugs", "BR", "ZA")}),
        # "les immigrants illégaux" are migrants, and what they pay "dans l'espoir de
        # rejoindre" a country is their fare
        ("Trafic de migrants\n\nLes immigrants illégaux payaient de fortes sommes d'argent "
         "dans l'espoir de rejoindre les États-Unis.", "fr",
         {("migrant_smuggling", None, "US")}),
        # goods seized in a country and bound for the region it lies in: no movement from it
        ("Les douanes ont saisi 800 kg de cocaïne en France. La drogue était destinée au "
         "marché européen.", "fr", {("drugs", None, "Europe")}),
        ("Customs seized 800 kg of cocaine in France. The drugs were bound for the European "
         "market.", "en", {("drugs", None, "Europe")}),
        # the next leg told in the same sentence gives no origin to the leg before it (round
        # 37: "before arriving in" makes Libya and Italy stops on the way to Spain, one flow)
        ("The women were moved by boat to Libya and Italy, before arriving in Spain.", "en",
         {("migrant_smuggling", None, "ES")}),
        # "the contraband gold was then sent to" two places: each moves on from where the
        # gold arrived, not from the first flow's origins
        ("Gold smuggling\n\nGold was smuggled into Colombia from Venezuela and Panama. The "
         "contraband gold was then sent to the United States and Switzerland.", "en",
         {("illicit_finance", "VE", "CO"), ("illicit_finance", "PA", "CO"),
          ("illicit_finance", "CO", "US"), ("illicit_finance", "CO", "CH")}),
        # the nationality of a group named by its crime is its members', not the money's
        ("Iraqi money laundering syndicate based in Germany dismantled", "en", set()),
        # "la traite des Vietnamiens vers et en Europe": those trafficked, and where to
        ("Traite des êtres humains\n\nLa traite des Vietnamiens vers et en Europe a "
         "augmenté ces dernières années.", "fr", {("human_trafficking", "VN", "Europe")}),
        ("Ils ne lutteront plus contre le trafic de drogue si les Européens ne les aident "
         "pas.", "fr", set()),
        # where people "hope for a better future" / "espèrent un meilleur devenir" is where
        # they mean to go
        ("Migrants\n\nMany migrants from Morocco hope for a better future in Europe.", "en",
         {("migrant_smuggling", "MA", "Europe")}),
        ("Migrants\n\nDes centaines d'hommes et de femmes quittent le Maroc et espèrent un "
         "meilleur devenir en Europe.", "fr", {("migrant_smuggling", "MA", "Europe")}),
        # "the border between X and Y" is where, not which way, with or without "at"
        ("Drug cartels\n\nOne crucial area for these cartels is the border between Texas and "
         "Mexico.", "en", set()),
        ("Trafic d'armes\n\nDes caches d'armes de contrebande ont été découvertes dans la "
         "zone frontière entre le Nigeria et le Cameroun.", "fr", set()),
        # ... but a border crossed is crossed from the first side to the second
        ("Migrant smuggling\n\nThe migrants illegally crossed the border between Belarus and "
         "Poland.", "en", {("migrant_smuggling", "BY", "PL")}),
        # the first producer of a lawful good is no source of what is trafficked
        ("Traite des enfants\n\nLa Côte d'Ivoire est le premier producteur mondial de cacao "
         "et compte près d'un million d'enfants qui travaillent dans les plantations.", "fr",
         set()),
        ("Heroin\n\nAfghanistan is the largest producer of opium and sends heroin to Europe.",
         "en", {("drugs", "AF", "Europe")}),
        # "bound for Hong Kong en route to the UAE": Hong Kong is a stop on the way
        ("Human trafficking\n\nThe victims were intercepted at Manila airport before they "
         "could board their flights bound for Hong Kong en route to the United Arab Emirates.",
         "en", {("human_trafficking", "Manila", "AE")}),
        # people "éloignés" (removed by the state) move lawfully, as those expelled
        ("Migrants\n\nLa préfecture de Mayotte indique que 52 étrangers en situation "
         "irrégulière ont été éloignés vers leur pays d'origine par un vol à destination de "
         "Nosy Be.", "fr", set()),
    ],
)  # fmt: skip
def test_round30_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a three-letter town at the end of a list of names ("et Fès", not only "à Fès")
        ("notamment à Oujda, Nador et Fès, pour ne citer que ces provinces.", "fr",
         ["Oujda", "Nador", "Fes"]),
        # a bridge of a town is in it ("the Laredo Bridge 2 Port of Entry")
        ("The incident occurred at the Laredo Bridge 2 Port of Entry in Texas.", "en",
         ["Laredo", "Texas"]),
        # "la Centrafrique", the usual French short name
        ("La Centrafrique reçoit des armes du Soudan.", "fr",
         ["Central African Republic", "Sudan"]),
        # a news agency, a mission and a central bank are no towns
        ("SOFIA, Aug. 17 (Xinhua) -- The permission of Bangladesh Bank is needed.", "en",
         ["Sofia"]),
        ("En dépit de la présence de la Mission multinationale en Haïti.", "fr", ["Haiti"]),
        # Nepal's districts, not an Australian suburb; "NSW" alone; "Turks and Caicos"
        ("Four are from Morang district and one each from Jhapa and Parbat.", "en",
         ["Morang", "Jhapa", "Parbat"]),
        ("The drugs were sent to Norwest in NSW.", "en", ["New South Wales"]),
        ("They were trying to reach the Bahamas and Turks and Caicos.", "en",
         ["Bahamas", "Turks and Caicos Islands"]),
        # "le monde arabe" in lower case, "le Vieux Continent", "the Americas"
        ("Les migrants viennent du monde arabe et rêvent du Vieux Continent.", "fr",
         ["Arab world", "Europe"]),
        ("Cocaine goes to the Americas.", "en", ["Americas"]),
        # "l'Union des Comores" is the Comoros; "the Union government", "the 5th Fleet" no town
        ("Elles sont arrivées à Mayotte en passant par l'Union des Comores.", "fr",
         ["Mayotte", "Comoros"]),
        ("The Union government said the 5th Fleet stopped a dhow off Yemen.", "en", ["Yemen"]),
        # "the NSW Crime Commission" names an organisation
        ("The NSW Crime Commission said the drugs were sent to Sydney.", "en", ["Sydney"]),
    ],
)  # fmt: skip
def test_round30_places(extractor, text, lang, expected):
    doc = Document(id="t", text=text, lang=lang)
    assert [m.place.name for m in extractor.places(doc).mentions] == expected
