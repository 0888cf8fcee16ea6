"""Second held-out set (ids ``ho2-``): twelve texts written and annotated before any change to
the extractor rules of the second round, and scored once before and once after that round
(figures in benchmarks/README.md). Same format as texts_fr.py; ``lang`` per entry.

The phrasing varies on purpose: passive voice, "bound for", "trafficked into", "arrived from",
"moved ... across the border from X into Y", "transited", "en transit par", "acheminée
jusqu'en", "à bord d'embarcations parties de", lists of origins, nationalities as origins,
"the country"/"le pays"/"the emirate"/"l'archipel" pointing back, "from there"/"ensuite"/"puis"
continuing a route, negations and lawful transfers (which are not flows).
"""

# ruff: noqa: E501
C = "country"
TEXTS = [
    {
        "id": "ho2-en-01-europol-bananas",
        "lang": "en",
        "published": "2023-05-16",
        "title": "Europol: cocaine network using the port of Antwerp dismantled",
        "text": """The Hague – Europol has supported Belgian and Dutch investigators in dismantling a criminal network that imported cocaine into Europe through the port of Antwerp. The drugs were shipped from Ecuador and Panama, hidden in containers of bananas. From Antwerp, the cocaine was then distributed to the Netherlands, France and Germany by lorries belonging to a logistics company controlled by the network.

Investigators established that several containers had transited through the Dominican Republic, where the cargo was repackaged. A further 3 tonnes of cocaine bound for Rotterdam were seized in Guayaquil before departure. The network did not move any shipments through Spanish ports, the investigation found.

Profits were laundered through real estate in Dubai: couriers carried cash from Amsterdam to the emirate on commercial flights. Thirty-four suspects were arrested on 10 May in Belgium, the Netherlands and Spain.""",
        "places": [
            ("The Hague", "NL", "city", "The Hague", 4.3, 52.08),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Antwerp", "BE", "city", "Antwerp", 4.4, 51.22),
            ("Ecuador", "EC", C, None, None, None),
            ("Panama", "PA", C, None, None, None),
            ("Netherlands", "NL", C, None, None, None),
            ("France", "FR", C, None, None, None),
            ("Germany", "DE", C, None, None, None),
            ("Dominican Republic", "DO", C, None, None, None),
            ("Rotterdam", "NL", "city", "Rotterdam", 4.48, 51.92),
            ("Guayaquil", "EC", "city", "Guayaquil", -79.89, -2.19),
            ("Spanish", "ES", C, "Spain", None, None),
            ("Dubai", "AE", "city", "Dubai", 55.27, 25.2),
            ("Amsterdam", "NL", "city", "Amsterdam", 4.9, 52.37),
            ("Belgium", "BE", C, None, None, None),
            ("Spain", "ES", C, None, None, None),
        ],
        "flows": [
            ("drugs", "Ecuador", "Europe", ["Antwerp"]),
            ("drugs", "Panama", "Europe", ["Antwerp"]),
            ("drugs", "Antwerp", "Netherlands", []),
            ("drugs", "Antwerp", "France", []),
            ("drugs", "Antwerp", "Germany", []),
            ("drugs", "Guayaquil", "Rotterdam", []),
            ("illicit_finance", "Amsterdam", "Dubai", []),
        ],
    },
    {
        "id": "ho2-en-02-frontex-central-med",
        "lang": "en",
        "published": "2023-08-15",
        "title": "Frontex: crossings on the Central Mediterranean route up 30%",
        "text": """Warsaw, 15 August – Irregular crossings on the Central Mediterranean route rose by 30% in the first seven months of the year, Frontex said on Tuesday. Most migrants arrived in Italy on boats that had set off from Libya and Tunisia.

Bangladeshi, Egyptian and Syrian nationals accounted for half of the arrivals. Many of the Bangladeshis had first flown to Dubai and then on to Benghazi, where they were handed over to smugglers. From there, they were taken by sea to Lampedusa in overcrowded fishing boats, often after weeks of detention in warehouses in eastern Libya.

Detections in the Western Balkans fell by 20% after Serbia aligned its visa policy with that of the European Union, the agency added. Frontex currently deploys more than 2,000 officers at the external borders.""",
        "places": [
            ("Warsaw", "PL", "city", "Warsaw", 21.01, 52.23),
            ("Central Mediterranean", None, "sea", "Central Mediterranean", 15.0, 35.0),
            ("Italy", "IT", C, None, None, None),
            ("Libya", "LY", C, None, None, None),
            ("Tunisia", "TN", C, None, None, None),
            ("Dubai", "AE", "city", "Dubai", 55.27, 25.2),
            ("Benghazi", "LY", "city", "Benghazi", 20.07, 32.12),
            ("Lampedusa", "IT", "region", "Lampedusa", 12.6, 35.5),
            ("Western Balkans", None, "region", "Western Balkans", 19.5, 43.0),
            ("Serbia", "RS", C, None, None, None),
            ("European Union", None, "region", "European Union", 10.0, 50.0),
        ],
        "flows": [
            ("migrant_smuggling", "Libya", "Italy", []),
            ("migrant_smuggling", "Tunisia", "Italy", []),
            ("migrant_smuggling", "@BD", "Italy", []),
            ("migrant_smuggling", "@EG", "Italy", []),
            ("migrant_smuggling", "@SY", "Italy", []),
            ("migrant_smuggling", "@BD", "Dubai", []),
            ("migrant_smuggling", "Dubai", "Benghazi", []),
            ("migrant_smuggling", "Benghazi", "Lampedusa", []),
        ],
    },
    {
        "id": "ho2-en-03-arizona-rifles",
        "lang": "en",
        "published": "2022-03-10",
        "title": "Mexico charges 14 over rifles smuggled from Arizona",
        "text": """Mexico City (Reuters) – Mexican prosecutors on Thursday charged 14 members of a smuggling ring that moved assault rifles across the border from Arizona into Sonora, hidden in the spare tyres of pickup trucks. The weapons had been bought at gun shows in Phoenix and Tucson by straw purchasers and were delivered to a cartel cell in Hermosillo.

U.S. officials estimate that about 200,000 firearms are trafficked into Mexico from the United States every year. Some of the guns seized in Sonora had previously been sold in Texas, according to tracing data.

Separately, Washington approved the sale of 24 Black Hawk helicopters to the Mexican navy, a transfer authorised under U.S. export law and delivered through official channels.""",
        "places": [
            ("Mexico City", "MX", "city", "Mexico City", -99.13, 19.43),
            ("Arizona", "US", "region", "Arizona", -111.7, 34.3),
            ("Sonora", "MX", "region", "Sonora", -110.7, 29.3),
            ("Phoenix", "US", "city", "Phoenix", -112.07, 33.45),
            ("Tucson", "US", "city", "Tucson", -110.97, 32.22),
            ("Hermosillo", "MX", "city", "Hermosillo", -110.96, 29.07),
            ("Mexico", "MX", C, None, None, None),
            ("United States", "US", C, None, None, None),
            ("Texas", "US", "region", "Texas", -99.3, 31.5),
            ("Washington", "US", "city", "Washington", -77.04, 38.9),
        ],
        "flows": [
            ("weapons", "Arizona", "Sonora", []),
            ("weapons", "Phoenix", "Hermosillo", []),
            ("weapons", "Tucson", "Hermosillo", []),
            ("weapons", "United States", "Mexico", []),
            ("weapons", "Texas", "Sonora", []),
        ],
    },
    {
        "id": "ho2-en-04-mali-gold-mines",
        "lang": "en",
        "published": "2023-02-06",
        "title": "UNODC: women trafficked into Mali's gold mines",
        "text": """Vienna – Women and girls from Nigeria, Ghana and Cameroon are increasingly trafficked into Mali to work in illegal gold mines, the UN Office on Drugs and Crime (UNODC) said in a report published on Monday. Recruiters promise jobs as hairdressers or shop assistants in Spain or Italy, but the victims are taken overland through Niger and Burkina Faso and end up in mining camps in the west of the country.

Once there, they are forced into prostitution and their passports are confiscated. Some are later sold on to networks that move them across the Sahara to Libya.

The report identified more than 2,000 victims in West Africa in 2022, up from 1,300 two years earlier. Ghana and Nigeria have signed a cooperation agreement to speed up repatriations.""",
        "places": [
            ("Vienna", "AT", "city", "Vienna", 16.37, 48.21),
            ("Nigeria", "NG", C, None, None, None),
            ("Ghana", "GH", C, None, None, None),
            ("Cameroon", "CM", C, None, None, None),
            ("Mali", "ML", C, None, None, None),
            ("Spain", "ES", C, None, None, None),
            ("Italy", "IT", C, None, None, None),
            ("Niger", "NE", C, None, None, None),
            ("Burkina Faso", "BF", C, None, None, None),
            ("Sahara", None, "region", "Sahara", 10.0, 23.0),
            ("Libya", "LY", C, None, None, None),
            ("West Africa", None, "region", "West Africa", -2.0, 12.0),
        ],
        "flows": [
            ("human_trafficking", "Nigeria", "Mali", ["Niger", "Burkina Faso"]),
            ("human_trafficking", "Ghana", "Mali", ["Niger", "Burkina Faso"]),
            ("human_trafficking", "Cameroon", "Mali", ["Niger", "Burkina Faso"]),
            ("human_trafficking", "Mali", "Libya", ["Sahara"]),
        ],
    },
    {
        "id": "ho2-en-05-pangolin",
        "lang": "en",
        "published": "2021-07-23",
        "title": "Singapore seizes 12 tonnes of pangolin scales bound for Vietnam",
        "text": """Singapore – Customs officers have seized 12 tonnes of pangolin scales in a shipment bound for Vietnam, the largest seizure of its kind this year. The scales, declared as frozen beef, had been loaded in Lagos and were found in a container at the Pasir Panjang terminal.

Nigeria has become the main export hub for pangolin scales sourced from Cameroon, Gabon and the Democratic Republic of Congo, according to the Wildlife Justice Commission. Traffickers move the scales by road to Lagos, where they are packed into containers for Asia.

The authorities said the shipment had not transited through Malaysia, contrary to earlier reports. Vietnam and China remain the main markets for the scales, which are used in traditional medicine.""",
        "places": [
            ("Singapore", "SG", C, None, None, None),
            ("Vietnam", "VN", C, None, None, None),
            ("Lagos", "NG", "city", "Lagos", 3.38, 6.52),
            ("Pasir Panjang", "SG", "city", "Pasir Panjang", 103.76, 1.28),
            ("Nigeria", "NG", C, None, None, None),
            ("Cameroon", "CM", C, None, None, None),
            ("Gabon", "GA", C, None, None, None),
            ("Democratic Republic of Congo", "CD", C, None, None, None),
            ("Asia", None, "region", "Asia", 90.0, 35.0),
            ("Malaysia", "MY", C, None, None, None),
            ("China", "CN", C, None, None, None),
        ],
        "flows": [
            ("other", "Lagos", "Vietnam", ["Singapore"]),
            ("other", "Cameroon", "Lagos", []),
            ("other", "Gabon", "Lagos", []),
            ("other", "Democratic Republic of Congo", "Lagos", []),
            ("other", "Lagos", "Asia", []),
        ],
    },
    {
        "id": "ho2-en-06-kent-small-boats",
        "lang": "en",
        "published": "2022-08-22",
        "title": "Record 800 people cross the Channel in a day",
        "text": """London – More than 800 people arrived in Kent from France on Saturday in small boats, the Home Office said, the highest daily figure this year. Most had set off from beaches near Dunkirk and Boulogne-sur-Mer before dawn.

Many of the migrants were Eritrean and Sudanese nationals who had crossed the Mediterranean to Italy and then travelled north by train to Calais, according to the National Crime Agency. Two men from Birmingham were charged with organising the crossings.

Separately, 50 asylum seekers were transferred by the Home Office from the Manston processing centre to hotels in Essex. Police also found 12 Vietnamese migrants hidden in a lorry that had arrived at Purfleet from Zeebrugge.""",
        "places": [
            ("London", "GB", "city", "London", -0.13, 51.51),
            ("Kent", "GB", "region", "Kent", 0.7, 51.2),
            ("France", "FR", C, None, None, None),
            ("Dunkirk", "FR", "city", "Dunkirk", 2.38, 51.03),
            ("Boulogne-sur-Mer", "FR", "city", "Boulogne-sur-Mer", 1.61, 50.73),
            ("Mediterranean", None, "sea", "Mediterranean Sea", 18.0, 35.0),
            ("Italy", "IT", C, None, None, None),
            ("Calais", "FR", "city", "Calais", 1.86, 50.95),
            ("Birmingham", "GB", "city", "Birmingham", -1.9, 52.48),
            ("Manston", "GB", "city", "Manston", 1.35, 51.35),
            ("Essex", "GB", "region", "Essex", 0.55, 51.77),
            ("Purfleet", "GB", "city", "Purfleet", 0.24, 51.48),
            ("Zeebrugge", "BE", "city", "Zeebrugge", 3.2, 51.33),
        ],
        "flows": [
            ("migrant_smuggling", "France", "Kent", []),
            ("migrant_smuggling", "Dunkirk", "Kent", []),
            ("migrant_smuggling", "Boulogne-sur-Mer", "Kent", []),
            ("migrant_smuggling", "@ER", "Italy", ["Mediterranean"]),
            ("migrant_smuggling", "@SD", "Italy", ["Mediterranean"]),
            ("migrant_smuggling", "Italy", "Calais", []),
            ("migrant_smuggling", "Zeebrugge", "Purfleet", []),
            ("migrant_smuggling", "@VN", "Purfleet", []),
        ],
    },
    {
        "id": "ho2-fr-01-santos-havre",
        "lang": "fr",
        "published": "2023-03-22",
        "title": "Le Havre : 2,3 tonnes de cocaïne dans un conteneur de café",
        "text": """Les douaniers du Havre ont saisi 2,3 tonnes de cocaïne dans un conteneur de café en provenance du Brésil, a annoncé mercredi le ministère chargé des Comptes publics. La marchandise, embarquée à Santos, avait fait escale en Espagne, à Algésiras, avant d'arriver en Normandie.

Selon les enquêteurs, la drogue devait être acheminée jusqu'en Île-de-France par la route, puis revendue en Belgique et aux Pays-Bas. Une partie des cargaisons saisies depuis le début de l'année étaient en transit par les Antilles françaises.

Les autorités précisent que le conteneur n'a pas transité par le port d'Anvers, contrairement à ce qu'avaient affirmé plusieurs médias. L'Office anti-stupéfiants a ouvert une enquête pour importation de stupéfiants en bande organisée.""",
        "places": [
            ("Havre", "FR", "city", "Le Havre", 0.11, 49.49),
            ("Brésil", "BR", C, None, None, None),
            ("Santos", "BR", "city", "Santos", -46.33, -23.96),
            ("Espagne", "ES", C, None, None, None),
            ("Algésiras", "ES", "city", "Algeciras", -5.45, 36.13),
            ("Normandie", "FR", "region", "Normandy", 0.2, 49.1),
            ("Île-de-France", "FR", "region", "Île-de-France", 2.5, 48.7),
            ("Belgique", "BE", C, None, None, None),
            ("Pays-Bas", "NL", C, None, None, None),
            ("Antilles françaises", None, "region", "French West Indies", -61.0, 15.5),
            ("Anvers", "BE", "city", "Antwerp", 4.4, 51.22),
        ],
        "flows": [
            ("drugs", "Brésil", "Havre", ["Algésiras"]),
            ("drugs", "Santos", "Normandie", ["Espagne", "Algésiras"]),
            ("drugs", "Havre", "Île-de-France", []),
            ("drugs", "Île-de-France", "Belgique", []),
            ("drugs", "Île-de-France", "Pays-Bas", []),
        ],
    },
    {
        "id": "ho2-fr-02-pirogues-canaries",
        "lang": "fr",
        "published": "2023-10-02",
        "title": "Canaries : plus de 1 500 arrivées en un week-end",
        "text": """Plus de 1 500 migrants sont arrivés aux Canaries au cours du week-end à bord d'embarcations parties des côtes sénégalaises et mauritaniennes, selon le ministère espagnol de l'Intérieur. Une pirogue partie de Mbour avec 200 personnes à bord a accosté dimanche à El Hierro après huit jours de mer.

La plupart des passagers sont des Sénégalais, des Maliens et des Guinéens. Beaucoup de Maliens gagnent d'abord la Mauritanie par la route, puis embarquent à Nouadhibou pour l'archipel. Le pays a signé en mars un accord avec l'Union européenne prévoyant 210 millions d'euros pour lutter contre les réseaux de passeurs.

Madrid a par ailleurs organisé le transfert de 300 mineurs non accompagnés vers des centres d'accueil de la péninsule.""",
        "places": [
            ("Canaries", "ES", "region", "Canary Islands", -15.5, 28.3),
            ("sénégalaises", "SN", C, "Sénégal", None, None),
            ("mauritaniennes", "MR", C, "Mauritanie", None, None),
            ("Mbour", "SN", "city", "Mbour", -16.97, 14.42),
            ("El Hierro", "ES", "region", "El Hierro", -18.0, 27.75),
            ("Mauritanie", "MR", C, None, None, None),
            ("Nouadhibou", "MR", "city", "Nouadhibou", -17.03, 20.93),
            ("Union européenne", None, "region", "European Union", 10.0, 50.0),
            ("Madrid", "ES", "city", "Madrid", -3.7, 40.42),
        ],
        "flows": [
            ("migrant_smuggling", "sénégalaises", "Canaries", []),
            ("migrant_smuggling", "mauritaniennes", "Canaries", []),
            ("migrant_smuggling", "Mbour", "El Hierro", []),
            ("migrant_smuggling", "@ML", "Canaries", []),
            ("migrant_smuggling", "@GN", "Canaries", []),
            ("migrant_smuggling", "@ML", "Mauritanie", []),
            ("migrant_smuggling", "Nouadhibou", "Canaries", []),
        ],
    },
    {
        "id": "ho2-fr-03-kalachnikovs-slovaquie",
        "lang": "fr",
        "published": "2022-11-25",
        "title": "Des kalachnikovs remilitarisées importées de Slovaquie",
        "text": """Les policiers de l'Office central de lutte contre le crime organisé ont démantelé un réseau qui importait des fusils d'assaut de Slovaquie, a indiqué vendredi le parquet. Les armes, des kalachnikovs neutralisées puis remilitarisées, étaient achetées légalement dans le pays avant d'être cachées dans des voitures et convoyées jusqu'à Marseille via l'Autriche et l'Italie.

Les enquêteurs soupçonnent le réseau d'avoir également fourni des pistolets, achetés en Croatie, à des trafiquants de drogue de Lyon et de Grenoble. Selon une source proche du dossier, aucune arme ne provenait de l'aide militaire livrée à l'Ukraine : les livraisons d'armes de la France à Kiev font l'objet d'un suivi strict.

Douze personnes ont été mises en examen et écrouées. Une trentaine d'armes ont été saisies lors des perquisitions.""",
        "places": [
            ("Slovaquie", "SK", C, None, None, None),
            ("Marseille", "FR", "city", "Marseille", 5.37, 43.3),
            ("Autriche", "AT", C, None, None, None),
            ("Italie", "IT", C, None, None, None),
            ("Croatie", "HR", C, None, None, None),
            ("Lyon", "FR", "city", "Lyon", 4.84, 45.76),
            ("Grenoble", "FR", "city", "Grenoble", 5.72, 45.19),
            ("Ukraine", "UA", C, None, None, None),
            ("France", "FR", C, None, None, None),
            ("Kiev", "UA", "city", "Kyiv", 30.52, 50.45),
        ],
        "flows": [
            ("weapons", "Slovaquie", "Marseille", ["Autriche", "Italie"]),
            ("weapons", "Croatie", "Lyon", []),
            ("weapons", "Croatie", "Grenoble", []),
        ],
    },
    {
        "id": "ho2-fr-04-proxenetisme-alsace",
        "lang": "fr",
        "published": "2021-10-14",
        "title": "Alsace : un réseau de proxénétisme roumain démantelé",
        "text": """Un réseau de proxénétisme qui exploitait des jeunes femmes roumaines a été démantelé, a annoncé jeudi la gendarmerie. Recrutées dans des villages pauvres de Transylvanie avec de fausses promesses d'emploi, les victimes étaient conduites en minibus jusqu'en Alsace, où elles étaient contraintes de se prostituer dans des appartements loués à Strasbourg et à Mulhouse. Elles étaient ensuite déplacées vers la Suisse et le Luxembourg au gré de la demande.

Les enquêteurs ont identifié 37 victimes, dont huit mineures. Les gains, estimés à 2 millions d'euros, étaient rapatriés en Roumanie par des transferts d'argent ou en liquide.

Le réseau était dirigé depuis Constanța par un couple interpellé en juin par la police roumaine, en exécution d'un mandat d'arrêt européen.""",
        "places": [
            ("Transylvanie", "RO", "region", "Transylvania", 24.5, 46.5),
            ("Alsace", "FR", "region", "Alsace", 7.5, 48.3),
            ("Strasbourg", "FR", "city", "Strasbourg", 7.75, 48.58),
            ("Mulhouse", "FR", "city", "Mulhouse", 7.34, 47.75),
            ("Suisse", "CH", C, None, None, None),
            ("Luxembourg", "LU", C, None, None, None),
            ("Roumanie", "RO", C, None, None, None),
            ("Constanța", "RO", "city", "Constanța", 28.65, 44.18),
        ],
        "flows": [
            ("human_trafficking", "Transylvanie", "Alsace", []),
            ("human_trafficking", "Alsace", "Suisse", []),
            ("human_trafficking", "Alsace", "Luxembourg", []),
            ("illicit_finance", None, "Roumanie", []),
        ],
    },
    {
        "id": "ho2-fr-05-captagon-lattaquie",
        "lang": "fr",
        "published": "2025-02-18",
        "title": "Le captagon syrien continue d'inonder le Golfe",
        "text": """Le captagon produit en Syrie continue d'inonder les pays du Golfe, selon un rapport publié mardi. Les comprimés sont expédiés depuis le port de Lattaquié, dissimulés dans des cargaisons de fruits, à destination de l'Arabie saoudite et des Émirats arabes unis. Une autre partie de la production est acheminée par camion jusqu'en Jordanie, puis passe la frontière saoudienne.

Malgré la chute du régime, le pays reste un producteur majeur, même si plusieurs laboratoires ont été détruits. Les enquêteurs notent que la drogue ne transite plus par le Liban, où les contrôles au port de Beyrouth ont été renforcés.

Des saisies ont aussi été signalées en Italie, où 14 tonnes de comprimés arrivées de Lattaquié avaient été interceptées à Salerne en 2020.""",
        "places": [
            ("Syrie", "SY", C, None, None, None),
            ("Golfe", None, "region", "Gulf", 51.0, 25.0),
            ("Lattaquié", "SY", "city", "Latakia", 35.78, 35.52),
            ("Arabie saoudite", "SA", C, None, None, None),
            ("Émirats arabes unis", "AE", C, None, None, None),
            ("Jordanie", "JO", C, None, None, None),
            ("saoudienne", "SA", C, "Arabie saoudite", None, None),
            ("Liban", "LB", C, None, None, None),
            ("Beyrouth", "LB", "city", "Beirut", 35.5, 33.89),
            ("Italie", "IT", C, None, None, None),
            ("Salerne", "IT", "city", "Salerno", 14.77, 40.68),
        ],
        "flows": [
            ("drugs", "Syrie", "Golfe", []),
            ("drugs", "Lattaquié", "Arabie saoudite", []),
            ("drugs", "Lattaquié", "Émirats arabes unis", []),
            ("drugs", "Syrie", "Jordanie", []),
            ("drugs", "Jordanie", "saoudienne", []),
            ("drugs", "Lattaquié", "Salerne", []),
        ],
    },
    {
        "id": "ho2-fr-06-blanchiment-dubai",
        "lang": "fr",
        "published": "2024-06-05",
        "title": "Blanchiment : l'argent de la drogue passait par Dubaï et Hong Kong",
        "text": """Le parquet national financier a ouvert une information judiciaire visant un réseau soupçonné d'avoir blanchi près de 400 millions d'euros issus du trafic de stupéfiants. Selon les enquêteurs, l'argent liquide collecté en Seine-Saint-Denis et à Marseille était remis à des collecteurs chinois, puis compensé par des virements depuis la Chine vers des comptes ouverts à Dubaï.

Les fonds ont ensuite transité par des sociétés écrans enregistrées à Hong Kong avant d'être réinvestis dans l'immobilier en Espagne, sur la Costa del Sol. Contrairement à ce qu'indiquaient les premières investigations, l'argent n'a pas transité par la Suisse.

Une partie des sommes était aussi envoyée au Maroc, d'où provenait la résine de cannabis vendue par le réseau en France.""",
        "places": [
            ("Seine-Saint-Denis", "FR", "region", "Seine-Saint-Denis", 2.45, 48.91),
            ("Marseille", "FR", "city", "Marseille", 5.37, 43.3),
            ("Chine", "CN", C, None, None, None),
            ("Dubaï", "AE", "city", "Dubai", 55.27, 25.2),
            ("Hong Kong", "HK", "city", "Hong Kong", 114.17, 22.32),
            ("Espagne", "ES", C, None, None, None),
            ("Costa del Sol", "ES", "region", "Costa del Sol", -4.6, 36.6),
            ("Suisse", "CH", C, None, None, None),
            ("Maroc", "MA", C, None, None, None),
            ("France", "FR", C, None, None, None),
        ],
        "flows": [
            ("illicit_finance", "Chine", "Dubaï", []),
            ("illicit_finance", "Dubaï", "Espagne", ["Hong Kong"]),
            ("illicit_finance", None, "Maroc", []),
            ("drugs", "Maroc", "France", []),
        ],
    },
]
