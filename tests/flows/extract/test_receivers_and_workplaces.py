"""Ends that real prose gives without a cue word of direction, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination):

- where victims are exploited or forced to work is where they were brought;
- buyers named by nationality after a verb of supplying ("destinées à des gangs suédois");
- a payer named by nationality ("des fonds russes ont financé ...") and the place of the paid;
- the origin a sentence states ("de Calais vers l'Angleterre") over the nationality of who moves;
- goods taken from a store "in" a place ("stolen from army depots in Libya");
- "transits through Spain before being sold in France": sold where it arrives, one flow.

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_arrests_as_destinations as arrests
from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor
_flows = round3._flows

HT_FR = "Traite des êtres humains : un réseau démantelé\n\n"
HT_EN = "Human trafficking ring dismantled\n\n"
ARMS_FR = arrests.FR_TITLE
ARMS_EN = arrests.EN_TITLE


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            HT_FR + "Les jeunes femmes étaient exploitées dans des salons de massage en Allemagne.",
            "fr",
            {("human_trafficking", None, "DE")},
        ),
        (
            HT_EN + "The women were exploited in brothels and massage parlours in Germany.",
            "en",
            {("human_trafficking", None, "DE")},
        ),
        (
            HT_FR + "Des enfants vietnamiens sont contraints de travailler dans des fermes de "
            "cannabis au Royaume-Uni.",
            "fr",
            {("human_trafficking", "VN", "GB")},
        ),
        (
            HT_EN + "Vietnamese teenagers were forced to work on cannabis farms in Scotland.",
            "en",
            {("human_trafficking", "VN", "Scotland")},
        ),
        # buyers by nationality, after a verb of supplying
        (
            ARMS_FR + "Les armes saisies provenaient d'Ukraine et de Serbie et étaient destinées "
            "à des gangs suédois.",
            "fr",
            {("weapons", "UA", "SE"), ("weapons", "RS", "SE")},
        ),
        (
            ARMS_EN + "The rifles stolen in Ukraine were sold to Swedish gangs.",
            "en",
            {("weapons", "UA", "SE")},
        ),
        # ... not a nationality that only says who is linked to the goods
        (ARMS_FR + "Les armes étaient liées aux réseaux albanais.", "fr", set()),
        # a payer by nationality, and where the paid are
        (
            "Financement occulte\n\nDes fonds russes ont financé le parti d'extrême droite en "
            "Italie.",
            "fr",
            {("illicit_finance", "RU", "IT")},
        ),
        # the stated origin, not the nationalities of who moves
        (
            "Passeurs arrêtés\n\nLe réseau faisait passer des migrants afghans et irakiens de "
            "Calais vers l'Angleterre.",
            "fr",
            {("migrant_smuggling", "FR", "England")},
        ),
        (
            "Smuggling ring\n\nThe gang moved Afghan and Iraqi migrants from Calais to England.",
            "en",
            {("migrant_smuggling", "FR", "England")},
        ),
        # a store in a place: where the goods come from
        (
            ARMS_EN + "Rifles stolen from army depots in Libya have been sold to armed groups in "
            "Mali and Niger.",
            "en",
            {("weapons", "LY", "ML"), ("weapons", "LY", "NE")},
        ),
        # sold where it arrives: one flow, the transit is a via
        (
            "Trafic de cannabis\n\nLe cannabis marocain transite par l'Espagne avant d'être "
            "revendu en France.",
            "fr",
            {("drugs", "MA", "FR")},
        ),
        (
            "Cannabis smuggling\n\nMoroccan cannabis transits through Spain before being sold in "
            "France.",
            "en",
            {("drugs", "MA", "FR")},
        ),
        # ... while a redistribution from the transit is a new leg, as before
        (
            "Trafic de cannabis\n\nLa résine transite par Rotterdam avant d'être redistribuée "
            "vers la France.",
            "fr",
            {("drugs", "NL", "FR")},
        ),
        # what goods fuel or supply is where they go
        (
            ARMS_FR + "Selon Europol, des armes venues d'Ukraine pourraient alimenter le crime "
            "organisé en Europe.",
            "fr",
            {("weapons", "UA", "Europe")},
        ),
        (
            ARMS_EN + "Europol warns that weapons from Ukraine could fuel organised crime in "
            "Europe.",
            "en",
            {("weapons", "UA", "Europe")},
        ),
        # "retrouvés" is where they were found: the destination of the goods from Libya
        (
            ARMS_FR + "Des fusils d'assaut volés dans les arsenaux libyens ont été retrouvés au "
            "Mali et au Niger.",
            "fr",
            {("weapons", "LY", "ML"), ("weapons", "LY", "NE")},
        ),
        # a flood of goods into the cities of a nationality
        (
            ARMS_FR + "Les armes de guerre en provenance des Balkans inondent les cités "
            "françaises.",
            "fr",
            {("weapons", "Balkans", "FR")},
        ),
        # paid by a state, to parties named by nationality ("millions d'euros" is money)
        (
            "Financement occulte\n\nLa Russie aurait versé des millions d'euros à des partis "
            "européens.",
            "fr",
            {("illicit_finance", "RU", "Europe")},
        ),
        (
            "Covert funding\n\nRussia has covertly given money to political parties in Europe.",
            "en",
            {("illicit_finance", "RU", "Europe")},
        ),
        # money wired ("viré") to accounts in two places
        (
            "Blanchiment\n\nL'argent était ensuite viré sur des comptes à Dubaï et à Hong Kong.",
            "fr",
            {("illicit_finance", None, "AE"), ("illicit_finance", None, "HK")},
        ),
        # the stated origin, after the destination, over the nationality of who moves
        (
            "Migrants\n\nDes migrants subsahariens tentent de rejoindre l'Europe depuis les côtes "
            "libyennes.",
            "fr",
            {("migrant_smuggling", "LY", "Europe")},
        ),
        # a place of seizure inside the region the goods come from is no destination of them
        (
            ARMS_FR + "Des balles ont été retrouvées à Zenica. Les gangs disposent d'armes "
            "provenant des Balkans.",
            "fr",
            {("weapons", "Balkans", None)},
        ),
        # the producer said in the sentence before is where the goods come from
        (
            "Haschich\n\nLe Maroc reste le premier producteur de haschich. La résine est ensuite "
            "acheminée vers l'Espagne par go-fast.",
            "fr",
            {("drugs", "MA", "ES")},
        ),
        (
            "Cannabis\n\nMorocco remains the biggest producer of hashish. The resin is then "
            "smuggled to Spain by speedboat.",
            "en",
            {("drugs", "MA", "ES")},
        ),
        # "once in Italy": where they arrived
        (
            HT_EN + "Once in Italy, the Nigerian women are forced into prostitution.",
            "en",
            {("human_trafficking", "NG", "IT")},
        ),
        (
            HT_FR + "Une fois en Italie, les femmes nigérianes sont contraintes à la prostitution.",
            "fr",
            {("human_trafficking", "NG", "IT")},
        ),
        # where victims were recruited is where they come from
        (
            "Europol\n\nThe criminal network recruited women in Romania and sexually exploited "
            "them in Spain.",
            "en",
            {("human_trafficking", "RO", "ES")},
        ),
        (
            "Europol\n\nLe réseau criminel recrutait des femmes en Roumanie avant de les exploiter "
            "sexuellement en Espagne.",
            "fr",
            {("human_trafficking", "RO", "ES")},
        ),
        # ... but "the sexual exploitation of women in The Hague" says where they are, and
        # "prostitutes" is no verb of exploitation
        (
            HT_EN + "The women worked as prostitutes in Hungary.",
            "en",
            set(),
        ),
        # where drugs are consumed is where they arrive
        (
            "Héroïne\n\nL'essentiel de l'héroïne consommée en Europe provient d'Afghanistan.",
            "fr",
            {("drugs", "AF", "Europe")},
        ),
        # people named by nationality after a verb of being moved
        (
            HT_FR + "Des Indonésiennes ont été emmenées au Cambodge pour travailler dans des "
            "centres d'escroquerie.",
            "fr",
            {("human_trafficking", "ID", "KH")},
        ),
        # where boats are rescued "au large de" is where they are, not where from
        (
            "Migrants\n\nLes garde-côtes grecs ont secouru 80 migrants au large de Lesbos, partis "
            "des côtes turques.",
            "fr",
            {("migrant_smuggling", "TR", "Lesbos")},
        ),
        # the stated leg, with its destination said first, over the nationality of who moves
        (
            "Small boats\n\nIn 2022, Britain received 45,000 small boat arrivals, mostly "
            "Albanians, who crossed the Channel from France.",
            "en",
            {("migrant_smuggling", "FR", "GB")},
        ),
        # loaded in one port, unloaded in another
        (
            "Cocaine\n\nThe cocaine was loaded onto a container ship in Santos, Brazil, and "
            "unloaded in Le Havre.",
            "en",
            {("drugs", "BR", "FR")},
        ),
        (
            "Cocaïne\n\nLa cocaïne a été chargée sur un porte-conteneurs à Santos, au Brésil, "
            "puis déchargée au Havre.",
            "fr",
            {("drugs", "BR", "FR")},
        ),
        # "l'ex-Yougoslavie": the prefix does not hide the cue before it
        (
            ARMS_FR + "Selon la police, ces fusils proviennent de l'ex-Yougoslavie.",
            "fr",
            {("weapons", "former Yugoslavia", None)},
        ),
        # "in the hands of criminals in Finland": who receives the goods, and where
        (
            ARMS_EN + "These weapons are coming from Ukraine and ending up in the hands of "
            "criminals in Finland and Sweden, the official said.",
            "en",
            {("weapons", "UA", "FI"), ("weapons", "UA", "SE")},
        ),
        (
            ARMS_FR + "Ces armes viennent d'Ukraine et finissent entre les mains de criminels en "
            "Finlande et en Suède, a déclaré le responsable.",
            "fr",
            {("weapons", "UA", "FI"), ("weapons", "UA", "SE")},
        ),
        # a vehicle registered in a country, seized near a city
        (
            "Trafic de cannabis\n\nLes douaniers ont découvert 1,2 tonne de résine de cannabis "
            "dans un camion frigorifique immatriculé en Espagne, sur l'autoroute A9 près de "
            "Perpignan.",
            "fr",
            {("drugs", "ES", "FR")},
        ),
        # "se rendait aux Pays-Bas": where the driver was going
        (
            "Trafic de cannabis\n\nLe chauffeur venait d'Algésiras et se rendait aux Pays-Bas.",
            "fr",
            {("drugs", "ES", "NL")},
        ),
        # "l'Hexagone" is mainland France
        (
            "Cocaïne\n\nUn réseau de trafic de cocaïne entre la Guyane et l'Hexagone a été "
            "démantelé.",
            "fr",
            {("drugs", "GF", "FR")},
        ),
        # "aboutit en Europe occidentale": where the route ends
        (
            "Héroïne\n\nLa route de l'héroïne part d'Afghanistan, traverse l'Iran et la Turquie "
            "et aboutit en Europe occidentale.",
            "fr",
            {("drugs", "AF", "Western Europe")},
        ),
        # ordered from vendors based in a country: where the goods come from
        (
            ARMS_FR + "Des armes de poing ont été commandées sur le darknet auprès de vendeurs "
            "basés en Allemagne et livrées par colis postal en France.",
            "fr",
            {("weapons", "DE", "FR")},
        ),
        (
            ARMS_EN + "Handguns ordered on the darknet from vendors based in Germany were "
            "delivered by post to France.",
            "en",
            {("weapons", "DE", "FR")},
        ),
        # four words between the verb of movement and the place
        (
            "Cocaïne\n\nLe cartel importait de la cocaïne colombienne en Europe via le port de "
            "Rotterdam.",
            "fr",
            {("drugs", "CO", "Europe")},
        ),
        # a sum of money with a word of funding and no other commodity: money moves
        (
            "Russian influence\n\nRussia spent $300 million to influence politicians in more "
            "than 20 countries, including Italy and Albania.",
            "en",
            {("illicit_finance", "RU", "IT"), ("illicit_finance", "RU", "AL")},
        ),
        (
            "Ingérence russe\n\nLa Russie a dépensé 300 millions de dollars pour influencer des "
            "responsables politiques en Italie.",
            "fr",
            {("illicit_finance", "RU", "IT")},
        ),
        # ... while a sum next to a drug is its value
        (
            "Cocaine\n\nThe cocaine, worth $50 million, was shipped from Colombia to Spain.",
            "en",
            {("drugs", "CO", "ES")},
        ),
        # no end: the nationality of a vehicle, who is threatened, going home
        (
            "Heroin seized\n\nCustoms seized heroin hidden in a Turkish lorry bound for Germany.",
            "en",
            {("drugs", None, "DE")},
        ),
        (
            "Captagon\n\nCaptagon has come to be regarded as a national security threat to "
            "Saudi Arabia.",
            "en",
            set(),
        ),
        (HT_EN + "Seeking help or returning to Romania was made impossible for them.", "en", set()),
        (
            HT_FR + "Les victimes qui voulaient rentrer en Roumanie en étaient empêchées.",
            "fr",
            set(),
        ),
        # a chain of places after a route word: first origin, last destination
        (
            "Cannabis\n\nLa filière Maroc-Espagne-France de la résine de cannabis a été "
            "démantelée.",
            "fr",
            {("drugs", "MA", "FR")},
        ),
        # "reliait X à Y"
        (
            ARMS_FR + "Un réseau qui reliait la Serbie à la Belgique a été démantelé.",
            "fr",
            {("weapons", "RS", "BE")},
        ),
        # a ship boarded off islands the gazetteer now knows ("Açores")
        (
            "Cocaïne\n\nLe navire, parti du Brésil, a été arraisonné au large des Açores avec "
            "deux tonnes de cocaïne à bord.",
            "fr",
            {("drugs", "BR", "Azores")},
        ),
        # girls named by nationality, placed as maids abroad
        (
            HT_FR + "Des fillettes béninoises sont placées comme domestiques au Gabon.",
            "fr",
            {("human_trafficking", "BJ", "GA")},
        ),
        # an origin said with "pour la plupart" before it
        (
            "Passeurs\n\nOriginaires pour la plupart d'Érythrée et du Soudan, les migrants "
            "espéraient rejoindre l'Angleterre.",
            "fr",
            {("migrant_smuggling", "ER", "England"), ("migrant_smuggling", "SD", "England")},
        ),
        # ... while "acheminés sur le Nord de la France" says where they went, not whence
        (
            "Passeurs\n\nLes clandestins étaient acheminés sur le Nord de la France.",
            "fr",
            {("migrant_smuggling", None, "Northern France")},
        ),
        # money collected in a country is where it comes from
        (
            "Blanchiment\n\nL'argent liquide collecté en France était transporté par des mules "
            "jusqu'en Belgique.",
            "fr",
            {("illicit_finance", "FR", "BE")},
        ),
        (
            "Money laundering\n\nCash collected in France was carried by couriers to Belgium.",
            "en",
            {("illicit_finance", "FR", "BE")},
        ),
        # diverted to the black market in a place; a price on a black market is no movement
        (
            ARMS_FR + "Une partie des armes livrées à l'Ukraine aurait été détournée vers le "
            "marché noir en Europe.",
            "fr",
            {("weapons", "UA", "Europe")},
        ),
        (
            "Drugs\n\nThe supply has sent the price of the drug on the black market in Thailand "
            "to all-time lows.",
            "en",
            set(),
        ),
        # held in slavery in a place
        (
            HT_EN + "Police freed 40 Vietnamese workers held in slavery in clandestine workshops "
            "in Serbia.",
            "en",
            {("human_trafficking", "VN", "RS")},
        ),
        (
            HT_FR + "La police a libéré 40 travailleurs vietnamiens réduits en esclavage dans des "
            "ateliers clandestins en Serbie.",
            "fr",
            {("human_trafficking", "VN", "RS")},
        ),
        # "the main country of origin of": the country is where the goods come from
        (
            "Cannabis\n\nL'Albanie reste le principal pays de provenance du cannabis qui entre "
            "dans l'Union européenne.",
            "fr",
            {("drugs", "AL", "European Union")},
        ),
        (
            "Cocaine\n\nColombia remains the top source country for cocaine seized in Europe.",
            "en",
            {("drugs", "CO", "Europe")},
        ),
        (
            HT_FR + "Le Nigeria est le premier pays d'origine des victimes de la traite "
            "identifiées en France.",
            "fr",
            {("human_trafficking", "NG", "FR")},
        ),
        # "Yugoslav", "yougoslaves": the former Yugoslavia
        (
            ARMS_FR + "Des armes yougoslaves ont été introduites en France via la Belgique.",
            "fr",
            {("weapons", "former Yugoslavia", "FR")},
        ),
        # "other EU countries" is the EU; "distributed across" a region is where goods go
        (
            ARMS_EN + "The group is suspected of having trafficked over 1,000 firearms from "
            "Slovakia to other EU countries.",
            "en",
            {("weapons", "SK", "European Union")},
        ),
        (
            "Drugs\n\nThe drugs were sourced from the Netherlands and distributed across "
            "Scandinavia.",
            "en",
            {("drugs", "NL", "Northern Europe")},
        ),
        (
            "Drogue\n\nLa drogue provenait des Pays-Bas et était distribuée dans toute la "
            "Scandinavie.",
            "fr",
            {("drugs", "NL", "Northern Europe")},
        ),
        # nouns that look like verbs of movement: smugglers, firms, leaders, importance
        (
            "Démantèlement de deux réseaux de passeurs à Grande-Synthe\n\nLes policiers ont "
            "démantelé deux réseaux de passeurs à Grande-Synthe.",
            "fr",
            set(),
        ),
        (
            "Trafic de drogue\n\nLes trafiquants utilisaient des entreprises en Espagne et des "
            "dirigeants en Italie.",
            "fr",
            set(),
        ),
        (
            "Drug trafficking\n\nThe gang played an important role in Italy.",
            "en",
            set(),
        ),
        (ARMS_FR + "De notre envoyé spécial à Kiev, les armes circulent.", "fr", set()),
        (ARMS_FR + "Le groupe a été condamné à une amende en France.", "fr", set()),
        (
            "Passeurs\n\nLes revendications des migrants à Calais restent sans réponse.",
            "fr",
            set(),
        ),
        # patrol boats move too, lawfully
        (
            "Migrant boats\n\nThree patrol boats from Spain and Italy were heading towards "
            "Senegal to stop vessels bringing migrants to the Canary Islands.",
            "en",
            set(),
        ),
        # officials travel and experts come from places: no flow of goods or people
        (
            ARMS_EN + "The minister flew to Brussels to discuss arms trafficking with his "
            "counterparts.",
            "en",
            set(),
        ),
        (
            "Migrant smuggling\n\nExperts from Germany and France met in Rome to discuss "
            "migrant smuggling.",
            "en",
            set(),
        ),
        (
            ARMS_EN + "The Swedish government sent a delegation to Ukraine to discuss arms "
            "controls.",
            "en",
            set(),
        ),
        (
            "Drug trafficking\n\nA Europol officer travelled to Madrid to support the "
            "investigation into cocaine trafficking.",
            "en",
            set(),
        ),
        (
            ARMS_FR + "Le gouvernement suédois a envoyé une délégation en Ukraine pour discuter "
            "du contrôle des armes.",
            "fr",
            set(),
        ),
        (
            ARMS_FR + "Le ministre s'est rendu à Bruxelles pour évoquer le trafic d'armes avec "
            "ses homologues.",
            "fr",
            set(),
        ),
        # lawful: a licensed export, guards deployed; what states ask of others is no flow
        (
            ARMS_EN + "The weapons were legally exported from Germany to Saudi Arabia under a "
            "government licence.",
            "en",
            set(),
        ),
        (
            "Migrant smuggling\n\nFrontex has deployed 300 officers to Greece and Bulgaria.",
            "en",
            set(),
        ),
        ("Passeurs\n\nFrontex a déployé 300 agents en Grèce et en Bulgarie.", "fr", set()),
        (
            "Migrant smuggling\n\nItaly and Greece have called for more solidarity from other "
            "EU member states.",
            "en",
            set(),
        ),
        # the state moves a person (whatever crime is named), and a war is no flow
        (
            "Drug trafficking\n\nThe cartel leader was extradited from Mexico to the United "
            "States.",
            "en",
            set(),
        ),
        (
            "Trafic de drogue\n\nLe chef du cartel a été extradé du Mexique vers les États-Unis.",
            "fr",
            set(),
        ),
        (ARMS_FR + "La Russie a envahi l'Ukraine en février 2022.", "fr", set()),
        # the nationality of who commits the crime is no origin of what moves
        (
            "Migrant smuggling\n\nThe smugglers, mostly Albanians living in London, were "
            "arrested in a joint operation.",
            "en",
            set(),
        ),
        # ... while the nationality of who is moved still is
        (
            "Migrant smuggling\n\nThe passengers were mostly Eritreans who had reached Libya.",
            "en",
            {("migrant_smuggling", "ER", "LY")},
        ),
        # armed groups as buyers; migrants dropped off
        (
            ARMS_FR + "Des armes ont été fournies aux rebelles au Mali par des trafiquants venus "
            "de Libye.",
            "fr",
            {("weapons", "LY", "ML")},
        ),
        (
            "Smuggling\n\nThe migrants were dropped off in Germany after a journey through "
            "Hungary and Austria.",
            "en",
            {("migrant_smuggling", None, "DE")},
        ),
        # offshore accounts; "détournés vers" is where to, not a "de" of origin
        (
            "Blanchiment\n\nLes fonds ont été détournés vers des comptes offshore à Chypre et "
            "en Suisse.",
            "fr",
            {("illicit_finance", None, "CY"), ("illicit_finance", None, "CH")},
        ),
        # bribes paid to officials in a country
        (
            "Corruption\n\nBribes worth $2 million were paid to officials in Nigeria.",
            "en",
            {("illicit_finance", None, "NG")},
        ),
        # "North Korean" is not "Korean"; "Thai" is a nationality, not a Malaysian town
        (
            HT_EN + "North Korean workers are sent to Russia and China to earn foreign currency.",
            "en",
            {("human_trafficking", "KP", "RU"), ("human_trafficking", "KP", "CN")},
        ),
        (
            HT_FR + "Des travailleurs nord-coréens sont envoyés en Russie et en Chine.",
            "fr",
            {("human_trafficking", "KP", "RU"), ("human_trafficking", "KP", "CN")},
        ),
        (
            HT_EN + "Thai women were trafficked into Malaysia and forced to work in karaoke bars.",
            "en",
            {("human_trafficking", "TH", "MY")},
        ),
        # victims exploited on cannabis farms: the people are what moves, not the cannabis
        (
            "Cannabis farms\n\nThe victims were Albanian nationals exploited in cannabis farms "
            "in England.",
            "en",
            {("human_trafficking", "AL", "England")},
        ),
    ],
)
def test_ends_without_a_cue_of_direction(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cocaine\n\nThe shipment, which had left Santos in Brazil, was bound for the "
            "Spanish port of Algeciras.",
            "en",
            {("Santos", "Algeciras")},
        ),
        (
            ARMS_EN + "Missiles were intercepted on the road from Libya to the Egyptian city of "
            "Alexandria.",
            "en",
            {("Libya", "Alexandria")},
        ),
    ],
)
def test_a_named_place_not_its_country(extractor, text, lang, expected):
    """ "the Spanish port of Algeciras": the port is the end; Spain only says where it lies."""
    doc = Document(id="t", text=text, lang=lang)
    got = {
        (c.origin and c.origin.place.name, c.destination and c.destination.place.name)
        for c in extractor.extract(doc).candidates
    }
    assert got == expected
