"""Hand-written French gold texts (news style) with their hand annotations.

Each entry: id, published, title, text, places [(surface, CC, kind, name, lon, lat)] (every
occurrence of ``surface`` as a whole word is a mention unless inside a ``mask`` string), and
flows [(category, origin, destination, via)] where endpoints are surfaces from ``places``,
``@CC`` for a country not named as such (a demonym), or None.
"""

# ruff: noqa: E501
C = "country"
TEXTS = [
    {
        "id": "fr-01-balkans",
        "published": "2016-02-15",
        "title": "Sur la route des Balkans, les passeurs s'adaptent",
        "text": """Sur la route des Balkans, les passeurs s'adaptent à chaque fermeture de frontière.

Depuis l'été 2015, des centaines de milliers de migrants venus de Syrie, d'Irak et d'Afghanistan ont rejoint la Grèce depuis la Turquie, le plus souvent à bord de canots pneumatiques surchargés. Ils remontent ensuite vers le nord en passant par la Macédoine et la Serbie pour gagner la Hongrie, puis l'Autriche et l'Allemagne.

Selon la police serbe, les réseaux facturent entre 1 000 et 3 000 euros pour le passage de la frontière hongroise. Depuis la construction d'une clôture par Budapest, les itinéraires ont basculé vers la Croatie et la Slovénie.

« Les passeurs changent de route en quelques jours », résume un enquêteur à Belgrade.""",
        "places": [
            ("Balkans", None, "region", "Balkans", 21.0, 43.0),
            ("Syrie", "SY", C, None, None, None),
            ("Irak", "IQ", C, None, None, None),
            ("Afghanistan", "AF", C, None, None, None),
            ("Grèce", "GR", C, None, None, None),
            ("Turquie", "TR", C, None, None, None),
            ("Macédoine", "MK", C, None, None, None),
            ("Serbie", "RS", C, None, None, None),
            ("Hongrie", "HU", C, None, None, None),
            ("Autriche", "AT", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Budapest", "HU", "city", "Budapest", 19.04, 47.5),
            ("Croatie", "HR", C, None, None, None),
            ("Slovénie", "SI", C, None, None, None),
            ("Belgrade", "RS", "city", "Belgrade", 20.46, 44.82),
            ("hongroise", "HU", C, "Hongrie", None, None),
        ],
        "flows": [
            ("migrant_smuggling", "Turquie", "Grèce", []),
            ("migrant_smuggling", "Syrie", "Grèce", ["Turquie"]),
            ("migrant_smuggling", "Irak", "Grèce", ["Turquie"]),
            ("migrant_smuggling", "Afghanistan", "Grèce", ["Turquie"]),
            ("migrant_smuggling", "Grèce", "Hongrie", ["Macédoine", "Serbie"]),
            ("migrant_smuggling", "Serbie", "Croatie", []),
        ],
    },
    {
        "id": "fr-02-libye-italie",
        "published": "2017-07-04",
        "title": "Méditerranée centrale : nouveau record de départs depuis la Libye",
        "text": """Plus de 85 000 personnes ont traversé la Méditerranée centrale depuis le début de l'année, selon l'Organisation internationale pour les migrations. La grande majorité sont parties des côtes libyennes, notamment de Zouara et de Sabratha, à destination de l'Italie.

Les passeurs entassent jusqu'à 150 personnes sur des embarcations pneumatiques qui n'ont aucune chance d'atteindre Lampedusa sans être secourues. Les migrants, originaires pour la plupart du Nigeria, de Guinée et de Côte d'Ivoire, ont souvent transité par le Niger avant d'arriver en Libye.

Rome réclame davantage de solidarité européenne et menace de fermer ses ports aux navires des ONG.""",
        "places": [
            ("Méditerranée centrale", None, "sea", "Central Mediterranean", 15.0, 35.0),
            ("Libye", "LY", C, None, None, None),
            ("libyennes", "LY", C, "Libye", None, None),
            ("Zouara", "LY", "city", "Zuwara", 12.08, 32.93),
            ("Sabratha", "LY", "city", "Sabratha", 12.49, 32.79),
            ("Italie", "IT", C, None, None, None),
            ("Lampedusa", "IT", "city", "Lampedusa", 12.6, 35.5),
            ("Nigeria", "NG", C, None, None, None),
            ("Guinée", "GN", C, None, None, None),
            ("Côte d'Ivoire", "CI", C, None, None, None),
            ("Niger", "NE", C, None, None, None),
            ("Rome", "IT", "city", "Rome", 12.5, 41.9),
        ],
        "flows": [
            ("migrant_smuggling", "Libye", "Italie", []),
            ("migrant_smuggling", "Nigeria", "Libye", ["Niger"]),
            ("migrant_smuggling", "Guinée", "Libye", ["Niger"]),
            ("migrant_smuggling", "Côte d'Ivoire", "Libye", ["Niger"]),
        ],
    },
    {
        "id": "fr-03-manche",
        "published": "2022-11-20",
        "title": "Traversées de la Manche : les small boats partent de plus en plus loin",
        "text": """Les traversées de la Manche à bord de small boats ont atteint un niveau inédit cette année : plus de 40 000 personnes sont arrivées au Royaume-Uni depuis les côtes françaises, contre 28 000 l'an dernier.

Sous la pression des patrouilles sur les plages de Calais et de Dunkerque, les passeurs font désormais partir les embarcations depuis la baie de Somme, plus au sud. Les bateaux, achetés en Allemagne et acheminés par camion jusqu'au littoral, peuvent transporter plus de 60 personnes.

La plupart des exilés sont originaires d'Albanie, d'Afghanistan et d'Iran. Les autorités britanniques ont conclu en mars dernier un nouvel accord avec Paris pour financer des moyens de surveillance.""",
        "places": [
            ("Manche", None, "sea", "English Channel", -1.0, 50.2),
            ("Royaume-Uni", "GB", C, None, None, None),
            ("françaises", "FR", C, "France", None, None),
            ("Calais", "FR", "city", "Calais", 1.86, 50.95),
            ("Dunkerque", "FR", "city", "Dunkirk", 2.38, 51.03),
            ("baie de Somme", "FR", "region", "Baie de Somme", 1.6, 50.2),
            ("Allemagne", "DE", C, None, None, None),
            ("Albanie", "AL", C, None, None, None),
            ("Afghanistan", "AF", C, None, None, None),
            ("Iran", "IR", C, None, None, None),
            ("Paris", "FR", "city", "Paris", 2.35, 48.86),
        ],
        "flows": [
            ("migrant_smuggling", "françaises", "Royaume-Uni", []),
            ("migrant_smuggling", "baie de Somme", None, []),
            ("migrant_smuggling", "Albanie", None, []),
            ("migrant_smuggling", "Afghanistan", None, []),
            ("migrant_smuggling", "Iran", None, []),
        ],
    },
    {
        "id": "fr-04-cocaine-anvers",
        "published": "2023-01-12",
        "title": "Record de saisies de cocaïne dans le port d'Anvers",
        "text": """Les douanes belges ont saisi 110 tonnes de cocaïne dans le port d'Anvers en 2022, un record. Selon les enquêteurs, la majorité de la drogue arrive d'Équateur, dissimulée dans des conteneurs de bananes chargés à Guayaquil.

Une partie des cargaisons transite ensuite par Rotterdam avant d'être redistribuée vers la France, l'Allemagne et le Royaume-Uni. Les réseaux criminels néerlandais et albanais contrôlent désormais l'essentiel de cette logistique.

Le ministre belge de la Justice a annoncé le recrutement de 200 douaniers supplémentaires. « Anvers est devenu la porte d'entrée de la cocaïne en Europe », a-t-il reconnu.""",
        "places": [
            ("Anvers", "BE", "city", "Antwerp", 4.4, 51.22),
            ("Équateur", "EC", C, None, None, None),
            ("Guayaquil", "EC", "city", "Guayaquil", -79.9, -2.19),
            ("Rotterdam", "NL", "city", "Rotterdam", 4.48, 51.92),
            ("France", "FR", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Royaume-Uni", "GB", C, None, None, None),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
        ],
        "flows": [
            ("drugs", "Équateur", "Anvers", []),
            ("drugs", "Rotterdam", "France", []),
            ("drugs", "Rotterdam", "Allemagne", []),
            ("drugs", "Rotterdam", "Royaume-Uni", []),
            ("drugs", "Anvers", "Europe", []),
        ],
    },
    {
        "id": "fr-05-heroine",
        "published": "2019-06-26",
        "title": "L'héroïne afghane emprunte toujours la route des Balkans",
        "text": """L'héroïne produite en Afghanistan continue d'inonder l'Europe, selon le dernier rapport de l'Office des Nations unies contre la drogue et le crime. La route principale part d'Afghanistan, traverse l'Iran puis la Turquie, avant de remonter les Balkans jusqu'aux marchés d'Europe de l'Ouest.

Une route secondaire, dite route du Sud, passe par le Pakistan et les ports de l'océan Indien vers l'Afrique de l'Est. Les saisies en Turquie ont doublé depuis 2014, signe que les volumes transportés ne faiblissent pas.

Les enquêteurs notent aussi que l'opium afghan est de plus en plus transformé sur place, ce qui réduit les volumes à transporter.""",
        "places": [
            ("Afghanistan", "AF", C, None, None, None),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Iran", "IR", C, None, None, None),
            ("Turquie", "TR", C, None, None, None),
            ("Balkans", None, "region", "Balkans", 21.0, 43.0),
            ("Europe de l'Ouest", None, "region", "Western Europe", 5.0, 48.0),
            ("Pakistan", "PK", C, None, None, None),
            ("océan Indien", None, "sea", "Indian Ocean", 75.0, -10.0),
            ("Afrique de l'Est", None, "region", "East Africa", 37.0, 0.0),
        ],
        "mask": ["Office des Nations unies"],
        "flows": [
            ("drugs", "Afghanistan", "Europe", []),
            ("drugs", "Afghanistan", "Europe de l'Ouest", ["Iran", "Turquie", "Balkans"]),
            ("drugs", "Afghanistan", "Afrique de l'Est", ["Pakistan"]),
        ],
    },
    {
        "id": "fr-06-armes-balkans",
        "published": "2021-03-18",
        "title": "Kalachnikovs des Balkans : un réseau démantelé à Marseille",
        "text": """La police judiciaire a démantelé mardi un réseau qui importait des armes de guerre depuis la Serbie et la Bosnie-Herzégovine vers Marseille. Une quarantaine de fusils d'assaut, principalement des kalachnikovs issues des stocks des guerres de Yougoslavie, ont été saisis dans un garage des quartiers nord.

Les armes étaient dissimulées dans des doubles fonds de camionnettes qui passaient par la Slovénie et l'Italie. Selon les enquêteurs, une partie de la marchandise était également revendue en Belgique.

Les Balkans occidentaux restent la principale source d'armes illégales en Europe, rappelle un rapport d'Europol publié en 2020.""",
        "places": [
            ("Serbie", "RS", C, None, None, None),
            ("Bosnie-Herzégovine", "BA", C, None, None, None),
            ("Marseille", "FR", "city", "Marseille", 5.37, 43.3),
            ("Yougoslavie", None, "region", "Yugoslavia", 19.0, 44.0),
            ("Slovénie", "SI", C, None, None, None),
            ("Italie", "IT", C, None, None, None),
            ("Belgique", "BE", C, None, None, None),
            ("Balkans occidentaux", None, "region", "Western Balkans", 19.5, 43.0),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
        ],
        "flows": [
            ("weapons", "Serbie", "Marseille", ["Slovénie", "Italie"]),
            ("weapons", "Bosnie-Herzégovine", "Marseille", ["Slovénie", "Italie"]),
            ("weapons", "Serbie", "Belgique", []),
            ("weapons", "Bosnie-Herzégovine", "Belgique", []),
            ("weapons", "Balkans occidentaux", "Europe", []),
        ],
    },
    {
        "id": "fr-07-nigerianes",
        "published": "2018-09-05",
        "title": "Traite des Nigérianes : un procès hors norme à Palerme",
        "text": """Le procès de quatorze membres d'un réseau de traite d'êtres humains s'est ouvert lundi à Palerme. Ils sont accusés d'avoir fait venir en Italie plus de 200 femmes nigérianes, recrutées à Benin City avec la promesse d'un emploi.

Les victimes étaient conduites par la route jusqu'à Agadez, au Niger, puis à travers le désert jusqu'en Libye, où elles étaient enfermées pendant des semaines avant d'être embarquées vers la Sicile. Arrivées en Italie, elles étaient contraintes à la prostitution pour rembourser une dette de 30 000 euros.

Selon les magistrats, une partie des jeunes femmes a ensuite été revendue à des proxénètes en France et en Espagne.""",
        "places": [
            ("Palerme", "IT", "city", "Palermo", 13.36, 38.12),
            ("Italie", "IT", C, None, None, None),
            ("Benin City", "NG", "city", "Benin City", 5.63, 6.34),
            ("Agadez", "NE", "city", "Agadez", 7.99, 16.97),
            ("Niger", "NE", C, None, None, None),
            ("Libye", "LY", C, None, None, None),
            ("Sicile", "IT", "region", "Sicily", 14.0, 37.5),
            ("France", "FR", C, None, None, None),
            ("Espagne", "ES", C, None, None, None),
        ],
        "flows": [
            ("human_trafficking", "@NG", "Italie", []),
            ("human_trafficking", "Benin City", "Sicile", ["Agadez", "Libye"]),
            ("human_trafficking", "Italie", "France", []),
            ("human_trafficking", "Italie", "Espagne", []),
        ],
    },
    {
        "id": "fr-08-dubai",
        "published": "2022-05-10",
        "title": "Blanchiment : l'argent du trafic de drogue file vers Dubaï",
        "text": """Les enquêteurs de l'Office central pour la répression de la grande délinquance financière décrivent un système bien rodé : l'argent liquide du trafic de stupéfiants collecté en région parisienne est confié à des collecteurs qui le font sortir de France par des circuits de compensation de type hawala.

Les fonds sont ensuite blanchis à Dubaï, aux Émirats arabes unis, où ils sont investis dans l'immobilier de luxe. Certains trafiquants y résident désormais et pilotent à distance les points de deal de Marseille ou de Grenoble.

Une partie de l'argent transite aussi par Hong Kong avant d'être réinjectée dans des sociétés écrans au Maroc, selon un rapport publié en 2021.""",
        "places": [
            ("France", "FR", C, None, None, None),
            ("Dubaï", "AE", "city", "Dubai", 55.3, 25.27),
            ("Émirats arabes unis", "AE", C, None, None, None),
            ("Marseille", "FR", "city", "Marseille", 5.37, 43.3),
            ("Grenoble", "FR", "city", "Grenoble", 5.72, 45.19),
            ("Hong Kong", "HK", "city", "Hong Kong", 114.17, 22.32),
            ("Maroc", "MA", C, None, None, None),
        ],
        "flows": [
            ("illicit_finance", "France", "Dubaï", []),
            ("illicit_finance", "France", "Maroc", ["Hong Kong"]),
        ],
    },
    {
        "id": "fr-09-negation",
        "published": "2020-10-02",
        "title": "Cocaïne : la piste brésilienne se confirme",
        "text": """Les 2,3 tonnes de cocaïne saisies la semaine dernière au port de Sines, au Portugal, venaient bien du Brésil. Contrairement à ce qui avait été annoncé, la cargaison n'a pas transité par l'Espagne : le navire a fait escale aux Canaries avant de rejoindre directement le Portugal.

Les enquêteurs portugais estiment que la drogue devait ensuite être acheminée vers la France et les Pays-Bas par la route. Aucune arrestation n'a eu lieu en Espagne, précise le parquet de Lisbonne.

Le Brésil est devenu en dix ans un point de départ majeur de la cocaïne produite en Bolivie et au Pérou.""",
        "places": [
            ("Sines", "PT", "city", "Sines", -8.87, 37.96),
            ("Portugal", "PT", C, None, None, None),
            ("Brésil", "BR", C, None, None, None),
            ("Espagne", "ES", C, None, None, None),
            ("Canaries", "ES", "region", "Canary Islands", -15.5, 28.3),
            ("France", "FR", C, None, None, None),
            ("Pays-Bas", "NL", C, None, None, None),
            ("Lisbonne", "PT", "city", "Lisbon", -9.14, 38.72),
            ("Bolivie", "BO", C, None, None, None),
            ("Pérou", "PE", C, None, None, None),
        ],
        "flows": [
            ("drugs", "Brésil", "Portugal", ["Canaries"]),
            ("drugs", "Portugal", "France", []),
            ("drugs", "Portugal", "Pays-Bas", []),
            ("drugs", "Bolivie", "Brésil", []),
            ("drugs", "Pérou", "Brésil", []),
        ],
    },
    {
        "id": "fr-10-aide-militaire",
        "published": "2023-04-14",
        "title": "Armes livrées à l'Ukraine : Europol n'observe pas de détournement massif",
        "text": """L'aide militaire envoyée à l'Ukraine par les pays occidentaux depuis février 2022 fait l'objet d'un suivi renforcé. Les États-Unis ont déployé des inspecteurs à Kiev pour contrôler l'inventaire des armes livrées par Washington.

Europol indique ne pas avoir constaté à ce jour de trafic massif d'armes en provenance d'Ukraine vers l'Union européenne. Des cas isolés ont toutefois été signalés : en décembre dernier, la police finlandaise a saisi des fusils d'assaut qui auraient été introduits illégalement en Finlande depuis la Russie.

Les experts rappellent que les armes de l'ex-Yougoslavie avaient alimenté le marché noir pendant des décennies.""",
        "places": [
            ("Ukraine", "UA", C, None, None, None),
            ("États-Unis", "US", C, None, None, None),
            ("Kiev", "UA", "city", "Kyiv", 30.52, 50.45),
            ("Washington", "US", "city", "Washington", -77.04, 38.9),
            ("Union européenne", None, "region", "European Union", 10.0, 50.0),
            ("Finlande", "FI", C, None, None, None),
            ("Russie", "RU", C, None, None, None),
            ("ex-Yougoslavie", None, "region", "Yugoslavia", 19.0, 44.0),
        ],
        "flows": [
            ("weapons", "Russie", "Finlande", []),
        ],
    },
    {
        "id": "fr-11-plusieurs-flux",
        "published": "2021-09-30",
        "title": "Espagne : la porte d'entrée de la cocaïne et du haschich",
        "text": """L'Espagne reste au carrefour de deux grands trafics. La cocaïne arrive d'Amérique latine vers les ports de Valence et d'Algésiras, tandis que le haschich marocain traverse le détroit de Gibraltar vers l'Andalousie à bord de vedettes rapides.

De là, la résine de cannabis remonte par la route vers la France, où elle alimente les points de deal de la région lyonnaise et de l'Île-de-France. La Garde civile a saisi 400 tonnes de haschich en 2020.

Les autorités espagnoles soulignent que les mêmes réseaux gèrent souvent les deux produits.""",
        "places": [
            ("Espagne", "ES", C, None, None, None),
            ("Amérique latine", None, "region", "Latin America", -60.0, -15.0),
            ("Valence", "ES", "city", "Valencia", -0.38, 39.47),
            ("Algésiras", "ES", "city", "Algeciras", -5.45, 36.13),
            ("détroit de Gibraltar", None, "sea", "Strait of Gibraltar", -5.6, 35.97),
            ("Andalousie", "ES", "region", "Andalusia", -4.5, 37.4),
            ("France", "FR", C, None, None, None),
            ("Île-de-France", "FR", "region", "Île-de-France", 2.5, 48.7),
        ],
        "flows": [
            ("drugs", "Amérique latine", "Valence", []),
            ("drugs", "Amérique latine", "Algésiras", []),
            ("drugs", "@MA", "Andalousie", ["détroit de Gibraltar"]),
            ("drugs", "Andalousie", "France", []),
        ],
    },
    {
        "id": "fr-12-captagon",
        "published": "2022-12-08",
        "title": "Le captagon syrien inonde les pays du Golfe",
        "text": """Produit en masse dans des laboratoires du sud de la Syrie, le captagon est devenu une source de revenus majeure pour le régime de Damas. Les pilules sont acheminées vers la Jordanie, puis vers l'Arabie saoudite, principal marché de consommation.

Une autre filière passe par le Liban : les cachets sont cachés dans des cargaisons de fruits expédiées depuis le port de Beyrouth à destination des Émirats et du Koweït. En avril dernier, les douanes saoudiennes ont intercepté 12 millions de comprimés dissimulés dans des grenades.

L'armée jordanienne dit mener une « guerre » contre les contrebandiers à sa frontière nord.""",
        "places": [
            ("Syrie", "SY", C, None, None, None),
            ("Damas", "SY", "city", "Damascus", 36.29, 33.51),
            ("Jordanie", "JO", C, None, None, None),
            ("Arabie saoudite", "SA", C, None, None, None),
            ("Liban", "LB", C, None, None, None),
            ("Beyrouth", "LB", "city", "Beirut", 35.5, 33.89),
            ("Émirats", "AE", C, "Émirats arabes unis", None, None),
            ("Koweït", "KW", C, None, None, None),
        ],
        "flows": [
            ("drugs", "Syrie", "Jordanie", []),
            ("drugs", "Syrie", "Arabie saoudite", ["Jordanie"]),
            ("drugs", "Beyrouth", "Émirats", []),
            ("drugs", "Beyrouth", "Koweït", []),
        ],
    },
    {
        "id": "fr-13-go-fast",
        "published": "2019-03-22",
        "title": "Go-fast : 900 kilos de cannabis interceptés sur l'A7",
        "text": """Les douaniers ont intercepté dans la nuit de jeudi à vendredi un convoi de trois véhicules transportant 900 kilos de résine de cannabis sur l'autoroute A7, près de Valence, dans la Drôme. La drogue, chargée au Maroc, avait traversé la Méditerranée en bateau avant d'être débarquée en Espagne, près de Marbella.

Les véhicules roulaient à plus de 200 km/h en direction de Lyon. Les trois chauffeurs, âgés de 22 à 30 ans, ont été placés en garde à vue.

Depuis 2015, les saisies de cannabis sur cet axe ont triplé, selon la direction régionale des douanes.""",
        "places": [
            ("Valence", "FR", "city", "Valence", 4.89, 44.93),
            ("Drôme", "FR", "region", "Drôme", 5.17, 44.73),
            ("Maroc", "MA", C, None, None, None),
            ("Méditerranée", None, "sea", "Mediterranean Sea", 18.0, 35.0),
            ("Espagne", "ES", C, None, None, None),
            ("Marbella", "ES", "city", "Marbella", -4.88, 36.51),
            ("Lyon", "FR", "city", "Lyon", 4.84, 45.76),
        ],
        "flows": [
            ("drugs", "Maroc", "Espagne", ["Méditerranée"]),
            ("drugs", "Maroc", "Lyon", []),
        ],
    },
    {
        "id": "fr-14-roumanie",
        "published": "2020-02-27",
        "title": "Exploitation sexuelle : un réseau roumain démantelé à Lyon",
        "text": """Un réseau de proxénétisme qui faisait venir de jeunes femmes de Roumanie vers la France a été démantelé cette semaine par l'Office central pour la répression de la traite des êtres humains. Les victimes, recrutées dans la région de Constanța, étaient exploitées à Lyon, à Grenoble et à Genève.

Selon les enquêteurs, les gains, estimés à un million d'euros, étaient renvoyés en Roumanie par virements fractionnés. Deux autres victimes, originaires de Bulgarie, ont été placées dans un foyer.

Le réseau était actif depuis 2016.""",
        "places": [
            ("Roumanie", "RO", C, None, None, None),
            ("France", "FR", C, None, None, None),
            ("Constanța", "RO", "city", "Constanța", 28.65, 44.18),
            ("Lyon", "FR", "city", "Lyon", 4.84, 45.76),
            ("Grenoble", "FR", "city", "Grenoble", 5.72, 45.19),
            ("Genève", "CH", "city", "Geneva", 6.14, 46.2),
            ("Bulgarie", "BG", C, None, None, None),
        ],
        "flows": [
            ("human_trafficking", "Roumanie", "France", []),
            ("human_trafficking", "Bulgarie", None, []),
            ("illicit_finance", "France", "Roumanie", []),
        ],
    },
    {
        "id": "fr-15-sahel",
        "published": "2016-11-03",
        "title": "Les arsenaux libyens alimentent toujours le Sahel",
        "text": """Cinq ans après la chute de Kadhafi, les armes pillées dans les dépôts libyens continuent de circuler dans toute la région. Selon un rapport de l'ONU, des fusils d'assaut et des munitions sortis de Libye sont acheminés par des contrebandiers vers le nord du Mali et le Niger, en passant par le sud de l'Algérie.

Ces armes alimentent les groupes armés du Sahel et, plus au sud, les réseaux criminels du nord du Nigeria. Les saisies effectuées à Agadez en juin 2016 montrent que les trafiquants utilisent les mêmes pistes que les passeurs de migrants.

Le Tchad a renforcé ses contrôles à la frontière libyenne.""",
        "places": [
            ("Libye", "LY", C, None, None, None),
            ("Mali", "ML", C, None, None, None),
            ("Niger", "NE", C, None, None, None),
            ("Algérie", "DZ", C, None, None, None),
            ("Sahel", None, "region", "Sahel", 2.0, 15.0),
            ("Nigeria", "NG", C, None, None, None),
            ("Agadez", "NE", "city", "Agadez", 7.99, 16.97),
            ("Tchad", "TD", C, None, None, None),
            ("libyenne", "LY", C, "Libye", None, None),
        ],
        "flows": [
            ("weapons", "Libye", "Mali", ["Algérie"]),
            ("weapons", "Libye", "Niger", ["Algérie"]),
            ("weapons", "Libye", "Sahel", []),
        ],
    },
    {
        "id": "fr-16-canaries",
        "published": "2023-10-25",
        "title": "Route atlantique : afflux de pirogues aux Canaries",
        "text": """Plus de 30 000 migrants ont débarqué aux Canaries depuis janvier, un chiffre en forte hausse. Les pirogues partent principalement du Sénégal, notamment de Mbour et de Saint-Louis, mais aussi de Mauritanie, pour une traversée de plus de 1 500 kilomètres dans l'Atlantique.

À El Hierro, la plus petite île de l'archipel, les secours sont débordés. Madrid a demandé à l'Union européenne de renforcer la coopération avec Dakar et Nouakchott pour lutter contre les réseaux de passeurs.

Beaucoup de candidats au départ sont des pêcheurs sénégalais ruinés par la raréfaction du poisson.""",
        "places": [
            ("Canaries", "ES", "region", "Canary Islands", -15.5, 28.3),
            ("Sénégal", "SN", C, None, None, None),
            ("Mbour", "SN", "city", "Mbour", -16.96, 14.42),
            ("Saint-Louis", "SN", "city", "Saint-Louis", -16.49, 16.03),
            ("Mauritanie", "MR", C, None, None, None),
            ("Atlantique", None, "sea", "Atlantic Ocean", -30.0, 20.0),
            ("El Hierro", "ES", "city", "El Hierro", -18.0, 27.75),
            ("Madrid", "ES", "city", "Madrid", -3.7, 40.42),
            ("Union européenne", None, "region", "European Union", 10.0, 50.0),
            ("Dakar", "SN", "city", "Dakar", -17.44, 14.69),
            ("Nouakchott", "MR", "city", "Nouakchott", -15.98, 18.09),
        ],
        "flows": [
            ("migrant_smuggling", "Sénégal", "Canaries", []),
            ("migrant_smuggling", "Mauritanie", "Canaries", []),
        ],
    },
    {
        "id": "fr-17-afrique-ouest",
        "published": "2015-05-19",
        "title": "L'Afrique de l'Ouest, plaque tournante de la cocaïne",
        "text": """Depuis une dizaine d'années, l'Afrique de l'Ouest s'est imposée comme un point de transit de la cocaïne sud-américaine destinée à l'Europe. Les cargaisons, expédiées du Venezuela et de Colombie, arrivent par bateau ou par avion en Guinée-Bissau.

La drogue est ensuite transportée vers le nord à travers le Mali et le Niger, avant de gagner l'Europe via l'Afrique du Nord. D'autres cargaisons repartent directement de Conakry vers l'Espagne dans des conteneurs.

Les autorités de Bissau n'ont jamais reconnu l'ampleur du phénomène.""",
        "places": [
            ("Afrique de l'Ouest", None, "region", "West Africa", -2.0, 12.0),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Venezuela", "VE", C, None, None, None),
            ("Colombie", "CO", C, None, None, None),
            ("Guinée-Bissau", "GW", C, None, None, None),
            ("Mali", "ML", C, None, None, None),
            ("Niger", "NE", C, None, None, None),
            ("Afrique du Nord", None, "region", "North Africa", 10.0, 28.0),
            ("Conakry", "GN", "city", "Conakry", -13.68, 9.54),
            ("Espagne", "ES", C, None, None, None),
            ("Bissau", "GW", "city", "Bissau", -15.6, 11.86),
        ],
        "mask": ["Guinée-Bissau"],
        "flows": [
            ("drugs", None, "Europe", ["Afrique de l'Ouest"]),
            ("drugs", "Venezuela", "Guinée-Bissau", []),
            ("drugs", "Colombie", "Guinée-Bissau", []),
            ("drugs", "Guinée-Bissau", "Europe", ["Mali", "Niger", "Afrique du Nord"]),
            ("drugs", "Conakry", "Espagne", []),
        ],
    },
    {
        "id": "fr-18-vietnam",
        "published": "2020-01-16",
        "title": "Essex : le procès des passeurs s'ouvre à Londres",
        "text": """Trois mois après la découverte de 39 corps dans un camion frigorifique dans l'Essex, le procès de quatre passeurs s'est ouvert à Londres. Les victimes, toutes originaires du Viêt Nam, avaient voyagé depuis Hanoï par avion jusqu'en Russie, puis par la route à travers l'Europe de l'Est jusqu'en France.

La remorque avait été chargée près de Dunkerque avant d'embarquer à Zeebrugge, en Belgique, à destination de Purfleet. Selon la police britannique, chaque migrant avait payé jusqu'à 30 000 livres pour rejoindre le Royaume-Uni.

Les familles, restées dans la province de Nghe An, réclament le rapatriement des corps.""",
        "places": [
            ("Essex", "GB", "region", "Essex", 0.55, 51.77),
            ("Londres", "GB", "city", "London", -0.13, 51.51),
            ("Viêt Nam", "VN", C, None, None, None),
            ("Hanoï", "VN", "city", "Hanoi", 105.85, 21.03),
            ("Russie", "RU", C, None, None, None),
            ("Europe de l'Est", None, "region", "Eastern Europe", 30.0, 52.0),
            ("France", "FR", C, None, None, None),
            ("Dunkerque", "FR", "city", "Dunkirk", 2.38, 51.03),
            ("Zeebrugge", "BE", "city", "Zeebrugge", 3.2, 51.33),
            ("Belgique", "BE", C, None, None, None),
            ("Purfleet", "GB", "city", "Purfleet", 0.24, 51.48),
            ("Royaume-Uni", "GB", C, None, None, None),
            ("Nghe An", "VN", "region", "Nghe An", 104.9, 19.2),
        ],
        "flows": [
            ("migrant_smuggling", "Hanoï", "Russie", []),
            ("migrant_smuggling", "Russie", "France", ["Europe de l'Est"]),
            ("migrant_smuggling", "Zeebrugge", "Purfleet", []),
            ("migrant_smuggling", "Hanoï", "Royaume-Uni", []),
        ],
    },
    {
        "id": "fr-19-laverie",
        "published": "2019-03-05",
        "title": "La « laverie » russe : des milliards blanchis via la Lettonie",
        "text": """Entre 2010 et 2014, plus de 20 milliards de dollars d'origine douteuse ont quitté la Russie grâce à un mécanisme baptisé la « laverie ». Les fonds transitaient par des banques de Moldavie et de Lettonie avant d'être transférés vers des sociétés écrans enregistrées au Royaume-Uni et à Chypre.

Selon les journalistes d'investigation qui ont révélé l'affaire, une partie de l'argent a fini dans l'immobilier à Londres et dans des produits de luxe achetés en Suisse. La banque centrale lettone a retiré plusieurs licences l'an dernier.

Moscou dément toute implication des autorités russes.""",
        "places": [
            ("Russie", "RU", C, None, None, None),
            ("Moldavie", "MD", C, None, None, None),
            ("Lettonie", "LV", C, None, None, None),
            ("Royaume-Uni", "GB", C, None, None, None),
            ("Chypre", "CY", C, None, None, None),
            ("Londres", "GB", "city", "London", -0.13, 51.51),
            ("Suisse", "CH", C, None, None, None),
            ("Moscou", "RU", "city", "Moscow", 37.62, 55.75),
        ],
        "flows": [
            ("illicit_finance", "Russie", "Royaume-Uni", ["Moldavie", "Lettonie"]),
            ("illicit_finance", "Russie", "Chypre", ["Moldavie", "Lettonie"]),
        ],
    },
    {
        "id": "fr-20-lesbos",
        "published": "2016-09-12",
        "title": "Lesbos : les passeurs ne désarment pas malgré l'accord UE-Turquie",
        "text": """Six mois après l'entrée en vigueur de l'accord entre l'Union européenne et la Turquie, les arrivées sur les îles grecques ont fortement baissé, mais elles n'ont pas cessé. En août dernier, près de 3 400 personnes sont encore arrivées à Lesbos et à Chios depuis la côte turque, selon le HCR.

Parallèlement, les autorités grecques ont organisé la relocalisation de 4 000 demandeurs d'asile vers l'Allemagne et les Pays-Bas dans le cadre du programme européen. Ces transferts légaux restent très en deçà des objectifs fixés.

Les passeurs demandent désormais 1 500 euros pour la traversée depuis Ayvalık, contre 800 l'an dernier.""",
        "places": [
            ("Union européenne", None, "region", "European Union", 10.0, 50.0),
            ("Turquie", "TR", C, None, None, None),
            ("grecques", "GR", C, "Grèce", None, None),
            ("Lesbos", "GR", "region", "Lesbos", 26.3, 39.2),
            ("Chios", "GR", "region", "Chios", 26.0, 38.4),
            ("turque", "TR", C, "Turquie", None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Pays-Bas", "NL", C, None, None, None),
            ("Ayvalık", "TR", "city", "Ayvalık", 26.69, 39.32),
        ],
        "mask": ["autorités grecques"],  # people, not a place: demonyms count next to places
        "flows": [
            ("migrant_smuggling", "turque", "Lesbos", []),
            ("migrant_smuggling", "turque", "Chios", []),
            ("migrant_smuggling", None, "grecques", []),
            ("migrant_smuggling", "Ayvalık", None, []),
        ],
    },
    {
        "id": "fr-21-armes-mexique",
        "published": "2021-08-05",
        "title": "Le Mexique attaque en justice des fabricants d'armes américains",
        "text": """Le gouvernement mexicain a déposé plainte à Boston contre onze fabricants et distributeurs d'armes des États-Unis. Selon Mexico, entre 200 000 et 500 000 armes à feu sont introduites illégalement chaque année au Mexique depuis le territoire américain, en particulier depuis le Texas et l'Arizona.

Ces armes, achetées légalement dans des armureries puis passées en contrebande par la frontière, équipent les cartels de Sinaloa et de Jalisco. Le ministère des Affaires étrangères estime que 70 % des armes saisies sur des scènes de crime au Mexique proviennent des États-Unis.""",
        "places": [
            ("Boston", "US", "city", "Boston", -71.06, 42.36),
            ("États-Unis", "US", C, None, None, None),
            ("Mexico", "MX", "city", "Mexico City", -99.13, 19.43),
            ("Mexique", "MX", C, None, None, None),
            ("américain", "US", C, "États-Unis", None, None),
            ("Texas", "US", "region", "Texas", -99.0, 31.0),
            ("Arizona", "US", "region", "Arizona", -111.7, 34.3),
        ],
        "mask": ["cartels de Sinaloa", "de Jalisco"],
        "flows": [
            ("weapons", "américain", "Mexique", []),
            ("weapons", "Texas", "Mexique", []),
            ("weapons", "Arizona", "Mexique", []),
            ("weapons", "États-Unis", "Mexique", []),
        ],
    },
    {
        "id": "fr-22-pieges",
        "published": "2024-02-02",
        "title": "Cocaïne au Havre : Europe 1 révèle les détails de l'enquête",
        "text": """Selon les informations d'Europe 1, les enquêteurs de l'Office anti-stupéfiants ont saisi 10 tonnes de cocaïne sur le port du Havre depuis le début de l'année. Sur les quais, les dockers corrompus sortent les sacs des conteneurs arrivés de Colombie et du Panama.

Le Conseil de l'Europe a appelé les États membres à mieux protéger les ports. Les Nations unies estiment que la production mondiale de cocaïne a atteint un record. Selon Antony Blinken, le secrétaire d'État, Washington est prêt à coopérer avec Paris.

Les sacs sont ensuite écoulés en région parisienne et à Lille.""",
        "places": [
            ("Havre", "FR", "city", "Le Havre", 0.11, 49.49),
            ("Colombie", "CO", C, None, None, None),
            ("Panama", "PA", C, None, None, None),
            ("Washington", "US", "city", "Washington", -77.04, 38.9),
            ("Paris", "FR", "city", "Paris", 2.35, 48.86),
            ("Lille", "FR", "city", "Lille", 3.06, 50.63),
        ],
        "flows": [
            ("drugs", "Colombie", "Havre", []),
            ("drugs", "Panama", "Havre", []),
            ("drugs", "Havre", "Lille", []),
        ],
    },
]
