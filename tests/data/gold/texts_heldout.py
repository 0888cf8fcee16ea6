"""Held-out texts: written and annotated after the extractor rules were written, and scored
once before any change to the extractor (figures in benchmarks/README.md). Same format as
texts_fr.py."""

# ruff: noqa: E501
C = "country"
TEXTS = [
    {
        "id": "ho-fr-23-cigarettes",
        "lang": "fr",
        "published": "2022-09-14",
        "title": "Contrebande de cigarettes : un camion intercepté à la frontière belge",
        "text": """Les douaniers du Nord ont intercepté mardi un camion transportant 8 millions de cigarettes de contrebande près de Tourcoing. Le chargement, déclaré comme des meubles, venait de Pologne et devait être livré à des revendeurs de la région parisienne.

Selon la direction des douanes, les cigarettes sont fabriquées illégalement en Biélorussie puis introduites dans l'Union européenne par la Lituanie. Elles traversent ensuite l'Allemagne et la Belgique avant d'arriver en France, où le paquet se revend deux fois moins cher qu'en bureau de tabac.

Les saisies de tabac de contrebande ont atteint 650 tonnes l'an dernier.""",
        "places": [
            ("Tourcoing", "FR", "city", "Tourcoing", 3.16, 50.72),
            ("Pologne", "PL", C, None, None, None),
            ("Biélorussie", "BY", C, None, None, None),
            ("Union européenne", None, "region", "European Union", 10.0, 50.0),
            ("Lituanie", "LT", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Belgique", "BE", C, None, None, None),
            ("France", "FR", C, None, None, None),
        ],
        "flows": [
            ("other", "Pologne", "Tourcoing", []),
            ("other", "Biélorussie", "Union européenne", ["Lituanie"]),
            ("other", "Biélorussie", "France", ["Lituanie", "Allemagne", "Belgique"]),
        ],
    },
    {
        "id": "ho-fr-24-fermes-cannabis",
        "lang": "fr",
        "published": "2021-06-30",
        "title": "Au Royaume-Uni, des mineurs vietnamiens exploités dans des fermes de cannabis",
        "text": """Ils ont parfois quinze ans. Des adolescents vietnamiens, recrutés dans les provinces pauvres du centre du Viêt Nam, sont acheminés jusqu'au Royaume-Uni pour travailler dans des fermes de cannabis clandestines, selon un rapport d'ONG publié mercredi.

Le voyage dure plusieurs mois : les jeunes passent par la Russie, puis traversent la Pologne et l'Allemagne avant d'être cachés dans des camions à Calais. Arrivés en Angleterre, ils sont enfermés dans des maisons transformées en plantations, à Birmingham ou à Manchester, pour rembourser la dette contractée auprès des passeurs.

La police britannique a identifié plus de 700 victimes vietnamiennes de la traite en 2020.""",
        "places": [
            ("Royaume-Uni", "GB", C, None, None, None),
            ("Viêt Nam", "VN", C, None, None, None),
            ("Russie", "RU", C, None, None, None),
            ("Pologne", "PL", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Calais", "FR", "city", "Calais", 1.86, 50.95),
            ("Angleterre", "GB", "region", "England", -1.5, 52.8),
            ("Birmingham", "GB", "city", "Birmingham", -1.9, 52.48),
            ("Manchester", "GB", "city", "Manchester", -2.24, 53.48),
        ],
        "flows": [
            ("human_trafficking", "Viêt Nam", "Royaume-Uni", []),
            ("human_trafficking", "Russie", "Angleterre", ["Pologne", "Allemagne", "Calais"]),
            ("human_trafficking", "@VN", None, []),
        ],
    },
    {
        "id": "ho-fr-25-grenades-suede",
        "lang": "fr",
        "published": "2023-11-08",
        "title": "Grenades des Balkans : la Suède face à une vague d'explosions",
        "text": """La Suède a enregistré plus de 140 explosions liées aux règlements de comptes entre gangs cette année. Selon la police nationale, une grande partie des grenades à main utilisées provient des stocks de l'ex-Yougoslavie : elles sont achetées quelques dizaines d'euros en Serbie ou au Monténégro, puis acheminées par la route jusqu'à Stockholm et Göteborg.

Les armes n'ont pas été introduites par les ports danois, précise un enquêteur, mais cachées dans des autocars de ligne qui traversent la Hongrie, l'Autriche et l'Allemagne. Europol a lancé en septembre dernier une opération commune avec Belgrade et Podgorica.""",
        "places": [
            ("Suède", "SE", C, None, None, None),
            ("ex-Yougoslavie", None, "region", "Yugoslavia", 19.0, 44.0),
            ("Serbie", "RS", C, None, None, None),
            ("Monténégro", "ME", C, None, None, None),
            ("Stockholm", "SE", "city", "Stockholm", 18.07, 59.33),
            ("Göteborg", "SE", "city", "Gothenburg", 11.97, 57.71),
            ("danois", "DK", C, "Danemark", None, None),
            ("Hongrie", "HU", C, None, None, None),
            ("Autriche", "AT", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Belgrade", "RS", "city", "Belgrade", 20.46, 44.82),
            ("Podgorica", "ME", "city", "Podgorica", 19.26, 42.44),
        ],
        "flows": [
            ("weapons", "ex-Yougoslavie", "Suède", []),
            ("weapons", "Serbie", "Stockholm", []),
            ("weapons", "Serbie", "Göteborg", []),
            ("weapons", "Monténégro", "Stockholm", []),
            ("weapons", "Monténégro", "Göteborg", []),
        ],
    },
    {
        "id": "ho-fr-26-methamphetamine",
        "lang": "fr",
        "published": "2023-09-12",
        "title": "La méthamphétamine afghane gagne l'Europe",
        "text": """La production de méthamphétamine à partir de l'éphédra sauvage explose en Afghanistan, alerte l'ONUDC. Les saisies de cette drogue de synthèse afghane ont été multipliées par douze en cinq ans dans les pays voisins.

Une partie de la production part vers l'Iran et le Pakistan, mais les enquêteurs notent désormais des cargaisons à destination de l'Europe, transportées par les mêmes réseaux que l'héroïne via la Turquie. En revanche, rien n'indique à ce stade que la drogue transite par l'Asie centrale.

En mai dernier, la police grecque a saisi 140 kilos de méthamphétamine dans un conteneur arrivé au Pirée.""",
        "places": [
            ("Afghanistan", "AF", C, None, None, None),
            ("Iran", "IR", C, None, None, None),
            ("Pakistan", "PK", C, None, None, None),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Turquie", "TR", C, None, None, None),
            ("Asie centrale", None, "region", "Central Asia", 66.0, 42.0),
            ("Pirée", "GR", "city", "Piraeus", 23.65, 37.94),
        ],
        "flows": [
            ("drugs", "Afghanistan", "Iran", []),
            ("drugs", "Afghanistan", "Pakistan", []),
            ("drugs", "Afghanistan", "Europe", ["Turquie"]),
            ("drugs", None, "Pirée", []),
        ],
    },
    {
        "id": "ho-fr-27-samos",
        "lang": "fr",
        "published": "2019-10-02",
        "title": "Mer Égée : nouvelle hausse des arrivées à Samos",
        "text": """Plus de 600 personnes ont débarqué à Samos depuis les côtes turques au cours du week-end, a annoncé lundi le ministère grec de la Protection civile. Les passeurs font partir les canots de la région de Kusadasi, à moins de deux kilomètres de l'île.

Le camp de Vathy, prévu pour 650 personnes, en accueille désormais plus de 5 000. Athènes a annoncé le transfert de 1 000 demandeurs d'asile vers le continent, et le Portugal a accepté d'en accueillir 50 dans le cadre d'un programme de relocalisation.

« Les réseaux turcs s'adaptent très vite aux patrouilles », regrette un officier des garde-côtes.""",
        "places": [
            ("Samos", "GR", "region", "Samos", 26.83, 37.75),
            ("turques", "TR", C, "Turquie", None, None),
            ("Kusadasi", "TR", "city", "Kuşadası", 27.26, 37.86),
            ("Vathy", "GR", "city", "Vathy", 26.97, 37.76),
            ("Athènes", "GR", "city", "Athens", 23.73, 37.98),
            ("Portugal", "PT", C, None, None, None),
        ],
        "flows": [
            ("migrant_smuggling", "turques", "Samos", []),
            ("migrant_smuggling", "Kusadasi", "Samos", []),
        ],
    },
    {
        "id": "ho-en-11-bananas",
        "lang": "en",
        "published": "2022-02-17",
        "title": "Cocaine found in banana boxes at German supermarkets",
        "text": """Staff at supermarkets in Berlin and Brandenburg found more than 100 kilograms of cocaine hidden in boxes of bananas on Tuesday, police said. The fruit had been shipped from Colombia to the port of Hamburg and then trucked to a ripening warehouse near Berlin.

Investigators believe the drugs were meant to be collected in Hamburg by accomplices working at the port but were missed. Similar shipments have been found in Poland and the Czech Republic in recent years.

Germany seized a record 20 tonnes of cocaine in 2021, most of it at Hamburg.""",
        "places": [
            ("Berlin", "DE", "city", "Berlin", 13.4, 52.52),
            ("Brandenburg", "DE", "region", "Brandenburg", 13.0, 52.4),
            ("Colombia", "CO", C, None, None, None),
            ("Hamburg", "DE", "city", "Hamburg", 9.99, 53.55),
            ("Poland", "PL", C, None, None, None),
            ("Czech Republic", "CZ", C, None, None, None),
            ("Germany", "DE", C, None, None, None),
        ],
        "flows": [
            ("drugs", "Colombia", "Hamburg", []),
            ("drugs", "Hamburg", "Berlin", []),
            ("drugs", None, "Poland", []),
            ("drugs", None, "Czech Republic", []),
        ],
    },
    {
        "id": "ho-en-12-danske",
        "lang": "en",
        "published": "2018-09-19",
        "title": "Danske Bank: 200 billion euros flowed through a small Estonian branch",
        "text": """About 200 billion euros of suspicious payments flowed through the Estonian branch of Danske Bank between 2007 and 2015, an internal inquiry found on Wednesday. Much of the money came from Russia, Azerbaijan and Moldova, and was moved through non-resident accounts in Tallinn before being wired to shell companies registered in the United Kingdom and Cyprus.

The bank's chief executive resigned. Prosecutors in Denmark and Estonia have opened money laundering investigations, and the U.S. Justice Department is examining whether dollar transactions passed through American banks.""",
        "places": [
            ("Estonian", "EE", C, "Estonia", None, None),
            ("Russia", "RU", C, None, None, None),
            ("Azerbaijan", "AZ", C, None, None, None),
            ("Moldova", "MD", C, None, None, None),
            ("Tallinn", "EE", "city", "Tallinn", 24.75, 59.44),
            ("United Kingdom", "GB", C, None, None, None),
            ("Cyprus", "CY", C, None, None, None),
            ("Denmark", "DK", C, None, None, None),
            ("Estonia", "EE", C, None, None, None),
        ],
        "mask": ["U.S. Justice Department"],
        "flows": [
            ("illicit_finance", "Russia", "Estonian", []),
            ("illicit_finance", "Azerbaijan", "Estonian", []),
            ("illicit_finance", "Moldova", "Estonian", []),
            ("illicit_finance", "Tallinn", "United Kingdom", []),
            ("illicit_finance", "Tallinn", "Cyprus", []),
        ],
    },
    {
        "id": "ho-en-13-el-paso",
        "lang": "en",
        "published": "2019-05-30",
        "title": "Smugglers bring record numbers of families to El Paso",
        "text": """Border Patrol agents in El Paso apprehended more than 1,000 people in a single group on Wednesday, the largest ever recorded. Most were families from Guatemala and Honduras who had travelled through Mexico by bus, paying smugglers up to 6,000 dollars each.

Smuggling networks based in Ciudad Juárez guide the groups across the Rio Grande at night. Mexican authorities said they had not detected the group as it crossed the southern state of Chiapas.

Some asylum seekers were later released into the United States pending their hearings.""",
        "places": [
            ("El Paso", "US", "city", "El Paso", -106.44, 31.76),
            ("Guatemala", "GT", C, None, None, None),
            ("Honduras", "HN", C, None, None, None),
            ("Mexico", "MX", C, None, None, None),
            ("Ciudad Juárez", "MX", "city", "Ciudad Juárez", -106.45, 31.72),
            ("Rio Grande", None, "other", "Rio Grande", -106.5, 31.7),
            ("Chiapas", "MX", "region", "Chiapas", -92.6, 16.5),
            ("United States", "US", C, None, None, None),
        ],
        "flows": [
            ("migrant_smuggling", "Guatemala", "El Paso", ["Mexico"]),
            ("migrant_smuggling", "Honduras", "El Paso", ["Mexico"]),
            ("migrant_smuggling", "Ciudad Juárez", None, ["Rio Grande"]),
        ],
    },
]
