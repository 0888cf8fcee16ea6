"""Hand-written English gold texts (news style) with their hand annotations (see texts_fr)."""

# ruff: noqa: E501
C = "country"
TEXTS = [
    {
        "id": "en-01-antwerp",
        "published": "2023-03-02",
        "title": "Ecuador becomes Europe's cocaine gateway",
        "text": """Ecuador has overtaken Colombia as the main departure point for cocaine bound for Europe, according to a report published on Thursday. Most of the drug is smuggled from the port of Guayaquil to Antwerp and Rotterdam, hidden in containers of bananas.

Belgian customs seized a record 110 tonnes in Antwerp last year. Investigators say Albanian and Dutch networks then move the cocaine by road into France and Germany.

"We are only catching a fraction of what comes in," a senior Europol official said. Officials in Quito have promised to install new scanners at the port by the end of the year.""",
        "places": [
            ("Ecuador", "EC", C, None, None, None),
            ("Colombia", "CO", C, None, None, None),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Guayaquil", "EC", "city", "Guayaquil", -79.9, -2.19),
            ("Antwerp", "BE", "city", "Antwerp", 4.4, 51.22),
            ("Rotterdam", "NL", "city", "Rotterdam", 4.48, 51.92),
            ("France", "FR", C, None, None, None),
            ("Germany", "DE", C, None, None, None),
            ("Quito", "EC", "city", "Quito", -78.52, -0.22),
        ],
        "flows": [
            ("drugs", "Ecuador", "Europe", []),
            ("drugs", "Guayaquil", "Antwerp", []),
            ("drugs", "Guayaquil", "Rotterdam", []),
            ("drugs", "Antwerp", "France", []),
            ("drugs", "Antwerp", "Germany", []),
        ],
    },
    {
        "id": "en-02-channel",
        "published": "2023-08-11",
        "title": "Channel crossings: smugglers switch to larger boats",
        "text": """More than 500 people crossed the Channel in small boats on Thursday, the highest daily figure this year, according to the Home Office. The boats left beaches near Calais and Boulogne-sur-Mer before dawn and were intercepted off the coast of Kent.

Smuggling gangs, many of them run from Germany and Belgium, now pack up to 70 people into a single dinghy. The engines and inflatable hulls are bought in Turkey and trucked across Europe to warehouses near Dunkirk.

French police say they prevented 40 departures last month. The UK government has paid France more than £500 million since 2018 to step up patrols.""",
        "places": [
            ("Channel", None, "sea", "English Channel", -1.0, 50.2),
            ("Calais", "FR", "city", "Calais", 1.86, 50.95),
            ("Boulogne-sur-Mer", "FR", "city", "Boulogne-sur-Mer", 1.61, 50.73),
            ("Kent", "GB", "region", "Kent", 0.75, 51.2),
            ("Germany", "DE", C, None, None, None),
            ("Belgium", "BE", C, None, None, None),
            ("Turkey", "TR", C, None, None, None),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Dunkirk", "FR", "city", "Dunkirk", 2.38, 51.03),
            ("UK", "GB", C, None, None, None),
            ("France", "FR", C, None, None, None),
        ],
        "mask": ["Home Office"],
        "flows": [
            ("migrant_smuggling", "Calais", "Kent", []),
            ("migrant_smuggling", "Boulogne-sur-Mer", "Kent", []),
            ("migrant_smuggling", "Turkey", "Dunkirk", ["Europe"]),
        ],
    },
    {
        "id": "en-03-heroin",
        "published": "2018-06-26",
        "title": "Heroin still flows along the Balkan route",
        "text": """Afghan heroin continues to reach Western Europe in large quantities, the UN Office on Drugs and Crime said in its annual report. Most of it is trafficked from Afghanistan through Iran and Turkey, then across Bulgaria and the Western Balkans before arriving in Germany and the Netherlands.

Turkish police seized 17 tonnes of heroin last year, up from 8 tonnes in 2015. A smaller share is now routed through the Caucasus and the Black Sea to Romania and Ukraine.

The report warns that opium cultivation in Afghanistan reached a record level in 2017.""",
        "places": [
            ("Western Europe", None, "region", "Western Europe", 5.0, 48.0),
            ("Afghanistan", "AF", C, None, None, None),
            ("Iran", "IR", C, None, None, None),
            ("Turkey", "TR", C, None, None, None),
            ("Bulgaria", "BG", C, None, None, None),
            ("Western Balkans", None, "region", "Western Balkans", 19.5, 43.0),
            ("Germany", "DE", C, None, None, None),
            ("Netherlands", "NL", C, None, None, None),
            ("Caucasus", None, "region", "Caucasus", 44.0, 42.0),
            ("Black Sea", None, "sea", "Black Sea", 34.0, 43.0),
            ("Romania", "RO", C, None, None, None),
            ("Ukraine", "UA", C, None, None, None),
        ],
        "flows": [
            ("drugs", "@AF", "Western Europe", []),
            ("drugs", "Afghanistan", "Germany", ["Iran", "Turkey", "Bulgaria", "Western Balkans"]),
            (
                "drugs",
                "Afghanistan",
                "Netherlands",
                ["Iran", "Turkey", "Bulgaria", "Western Balkans"],
            ),
            ("drugs", "Afghanistan", "Romania", ["Caucasus", "Black Sea"]),
            ("drugs", "Afghanistan", "Ukraine", ["Caucasus", "Black Sea"]),
        ],
    },
    {
        "id": "en-04-iron-river",
        "published": "2022-04-19",
        "title": "The 'iron river' of guns flowing south into Mexico",
        "text": """An estimated 200,000 firearms are smuggled from the United States into Mexico every year, feeding the violence of drug cartels, according to a study cited by the U.S. State Department. Many of the weapons are bought at gun shows in Texas and Arizona by straw purchasers and driven across the border at Nogales or Laredo.

Mexican officials say more than 70% of guns recovered at crime scenes in Mexico were traced back to American dealers. The government in Mexico City has sued several U.S. manufacturers in Boston.

Meanwhile, cocaine and fentanyl move in the opposite direction, from Sinaloa to markets in California and beyond.""",
        "places": [
            ("United States", "US", C, None, None, None),
            ("Mexico", "MX", C, None, None, None),
            ("Texas", "US", "region", "Texas", -99.0, 31.0),
            ("Arizona", "US", "region", "Arizona", -111.7, 34.3),
            ("Nogales", "MX", "city", "Nogales", -110.94, 31.31),
            ("Laredo", "US", "city", "Laredo", -99.5, 27.5),
            ("Mexico City", "MX", "city", "Mexico City", -99.13, 19.43),
            ("Boston", "US", "city", "Boston", -71.06, 42.36),
            ("Sinaloa", "MX", "region", "Sinaloa", -107.5, 25.0),
            ("California", "US", "region", "California", -119.4, 36.8),
        ],
        "mask": ["U.S. State Department", "U.S. manufacturers"],
        "flows": [
            ("weapons", "United States", "Mexico", []),
            ("weapons", "Texas", "Mexico", []),
            ("weapons", "Arizona", "Mexico", []),
            ("drugs", "Sinaloa", "California", []),
        ],
    },
    {
        "id": "en-05-nigeria",
        "published": "2019-11-07",
        "title": "Trafficked from Benin City to the streets of Turin",
        "text": """Nigerian women are trafficked to Italy in their thousands every year, most of them from Edo State and its capital, Benin City. Recruiters promise jobs as hairdressers or nannies in Europe, then hand the women over to smugglers who take them through Niger and across the Sahara to Libya.

After weeks in detention centres near Tripoli, the victims are put on boats to Sicily. On arrival in Italy they are forced into prostitution in Turin, Naples or Rome to repay debts of up to 35,000 euros.

Italian prosecutors say some of the women are later moved on to France and Spain. The International Organization for Migration estimated that 80% of Nigerian women arriving by sea in 2016 were likely victims of trafficking.""",
        "places": [
            ("Italy", "IT", C, None, None, None),
            ("Edo State", "NG", "region", "Edo", 6.0, 6.6),
            ("Benin City", "NG", "city", "Benin City", 5.63, 6.34),
            ("Europe", None, "region", "Europe", 15.0, 54.0),
            ("Niger", "NE", C, None, None, None),
            ("Sahara", None, "region", "Sahara", 10.0, 23.0),
            ("Libya", "LY", C, None, None, None),
            ("Tripoli", "LY", "city", "Tripoli", 13.19, 32.89),
            ("Sicily", "IT", "region", "Sicily", 14.0, 37.5),
            ("Turin", "IT", "city", "Turin", 7.69, 45.07),
            ("Naples", "IT", "city", "Naples", 14.27, 40.85),
            ("Rome", "IT", "city", "Rome", 12.5, 41.9),
            ("France", "FR", C, None, None, None),
            ("Spain", "ES", C, None, None, None),
        ],
        "flows": [
            ("human_trafficking", "@NG", "Italy", []),
            ("human_trafficking", "Benin City", "Libya", ["Niger", "Sahara"]),
            ("human_trafficking", "Tripoli", "Sicily", []),
            ("human_trafficking", "Italy", "France", []),
            ("human_trafficking", "Italy", "Spain", []),
        ],
    },
    {
        "id": "en-06-dubai",
        "published": "2021-10-04",
        "title": "How dirty money from London ends up in Dubai",
        "text": """Cash from drug sales in British cities is being laundered through gold traders and money service businesses and moved to Dubai, the National Crime Agency said on Monday. Couriers carry suitcases of banknotes from London to the United Arab Emirates, where the money is used to buy property or gold.

Part of the proceeds is routed through shell companies in Cyprus and Malta before being invested in real estate in Spain. Investigators estimate that £12 billion of criminal money is laundered in or through the UK each year.

The Emirates were placed on the grey list of the Financial Action Task Force in 2022.""",
        "places": [
            ("Dubai", "AE", "city", "Dubai", 55.3, 25.27),
            ("British", "GB", C, "United Kingdom", None, None),
            ("London", "GB", "city", "London", -0.13, 51.51),
            ("United Arab Emirates", "AE", C, None, None, None),
            ("Cyprus", "CY", C, None, None, None),
            ("Malta", "MT", C, None, None, None),
            ("Spain", "ES", C, None, None, None),
            ("UK", "GB", C, None, None, None),
            ("Emirates", "AE", C, "United Arab Emirates", None, None),
        ],
        "flows": [
            ("illicit_finance", "British", "Dubai", []),
            ("illicit_finance", "London", "United Arab Emirates", []),
            ("illicit_finance", "London", "Spain", ["Cyprus", "Malta"]),
        ],
    },
    {
        "id": "en-07-aid-negation",
        "published": "2023-06-20",
        "title": "No sign of large-scale diversion of Western arms in Ukraine, officials say",
        "text": """Military aid sent to Ukraine by NATO members since February 2022 has not been diverted to criminal groups on any significant scale, European officials told reporters in Brussels. The United States and the United Kingdom have delivered thousands of anti-tank missiles to Kyiv under strict end-use monitoring.

There is no evidence that weapons were smuggled from Ukraine into Moldova, a Moldovan police spokesman said. Separately, 800 Ukrainian refugees were relocated from Poland to Ireland under an EU resettlement scheme.

Analysts warn that the risk will grow once the war ends, as happened in the Balkans in the 1990s.""",
        "places": [
            ("Ukraine", "UA", C, None, None, None),
            ("Brussels", "BE", "city", "Brussels", 4.35, 50.85),
            ("United States", "US", C, None, None, None),
            ("United Kingdom", "GB", C, None, None, None),
            ("Kyiv", "UA", "city", "Kyiv", 30.52, 50.45),
            ("Moldova", "MD", C, None, None, None),
            ("Poland", "PL", C, None, None, None),
            ("Ireland", "IE", C, None, None, None),
            ("Balkans", None, "region", "Balkans", 21.0, 43.0),
        ],
        "flows": [],
    },
    {
        "id": "en-08-central-med",
        "published": "2023-05-15",
        "title": "Tunisia overtakes Libya as main departure point to Italy",
        "text": """Tunisia has overtaken Libya as the main departure point for migrants trying to reach Italy, with more than 25,000 people leaving from the port city of Sfax since January. Smugglers charge between 1,000 and 2,000 dinars for a place on flimsy metal boats heading for Lampedusa, 190 kilometres away.

Departures from eastern Libya have also surged: fishing boats carrying up to 600 people now sail from Tobruk directly to Calabria. Most passengers on that route are from Egypt, Bangladesh and Pakistan.

The Italian coastguard rescued 1,200 people in the Central Mediterranean over the weekend.""",
        "places": [
            ("Tunisia", "TN", C, None, None, None),
            ("Libya", "LY", C, None, None, None),
            ("Italy", "IT", C, None, None, None),
            ("Sfax", "TN", "city", "Sfax", 10.76, 34.74),
            ("Lampedusa", "IT", "city", "Lampedusa", 12.6, 35.5),
            ("Tobruk", "LY", "city", "Tobruk", 23.96, 32.08),
            ("Calabria", "IT", "region", "Calabria", 16.35, 39.0),
            ("Egypt", "EG", C, None, None, None),
            ("Bangladesh", "BD", C, None, None, None),
            ("Pakistan", "PK", C, None, None, None),
            ("Central Mediterranean", None, "sea", "Central Mediterranean", 15.0, 35.0),
        ],
        "flows": [
            ("migrant_smuggling", "Tunisia", "Italy", []),
            ("migrant_smuggling", "Sfax", "Lampedusa", []),
            ("migrant_smuggling", "Tobruk", "Calabria", []),
            ("migrant_smuggling", "Egypt", None, []),
            ("migrant_smuggling", "Bangladesh", None, []),
            ("migrant_smuggling", "Pakistan", None, []),
        ],
    },
    {
        "id": "en-09-meth",
        "published": "2020-07-22",
        "title": "Dutch labs supply crystal meth to Australia",
        "text": """Methamphetamine produced in clandestine laboratories in the Netherlands is increasingly shipped to Australia and New Zealand, where street prices are among the highest in the world, the Australian Federal Police said. In March, officers in Sydney seized 300 kilograms hidden in industrial machinery sent from Rotterdam via Singapore.

Mexican cartels have been sending chemists to Dutch labs since 2019, Europol says. Australian authorities also intercepted ecstasy from Belgium and cocaine from Peru at the port of Melbourne last year.""",
        "places": [
            ("Netherlands", "NL", C, None, None, None),
            ("Australia", "AU", C, None, None, None),
            ("New Zealand", "NZ", C, None, None, None),
            ("Sydney", "AU", "city", "Sydney", 151.21, -33.87),
            ("Rotterdam", "NL", "city", "Rotterdam", 4.48, 51.92),
            ("Singapore", "SG", "city", "Singapore", 103.85, 1.29),
            ("Belgium", "BE", C, None, None, None),
            ("Peru", "PE", C, None, None, None),
            ("Melbourne", "AU", "city", "Melbourne", 144.96, -37.81),
        ],
        "mask": ["Australian Federal Police"],
        "flows": [
            ("drugs", "Netherlands", "Australia", []),
            ("drugs", "Netherlands", "New Zealand", []),
            ("drugs", "Rotterdam", "Sydney", ["Singapore"]),
            ("drugs", "Belgium", "Melbourne", []),
            ("drugs", "Peru", "Melbourne", []),
        ],
    },
    {
        "id": "en-10-ivory",
        "published": "2017-02-09",
        "title": "Ivory smugglers exploit East African ports",
        "text": """Customs officers in Mombasa have seized 3.2 tonnes of ivory hidden in a container declared as groundnuts and bound for Haiphong in Vietnam. The tusks, from elephants poached in Mozambique and Tanzania, had been trucked to the Kenyan coast by a network operating from Dar es Salaam.

Wildlife trafficking from East Africa to Asia has shifted from Kenya to smaller ports in Mozambique since 2015, according to TRAFFIC. Most of the ivory ends up in China, where the domestic trade was banned this year.""",
        "places": [
            ("Mombasa", "KE", "city", "Mombasa", 39.67, -4.04),
            ("Haiphong", "VN", "city", "Haiphong", 106.68, 20.86),
            ("Vietnam", "VN", C, None, None, None),
            ("Mozambique", "MZ", C, None, None, None),
            ("Tanzania", "TZ", C, None, None, None),
            ("Kenyan", "KE", C, "Kenya", None, None),
            ("Dar es Salaam", "TZ", "city", "Dar es Salaam", 39.28, -6.82),
            ("East Africa", None, "region", "East Africa", 37.0, 0.0),
            ("Asia", None, "region", "Asia", 90.0, 35.0),
            ("Kenya", "KE", C, None, None, None),
            ("China", "CN", C, None, None, None),
        ],
        "flows": [
            ("other", "Mombasa", "Haiphong", []),
            ("other", "Mozambique", "Kenyan", []),
            ("other", "Tanzania", "Kenyan", []),
            ("other", "East Africa", "Asia", []),
            ("other", "East Africa", "China", []),
        ],
    },
]
