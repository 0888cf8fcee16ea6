"""Hand annotations of the five seed articles (French; texts copied from shared/seeds)."""

# ruff: noqa: E501

C = "country"
EUROPE = ("Europe", None, "region", "Europe", 15.0, 54.0)
TEXTS = [
    {
        "id": "seed-000",
        "file": "000_4830469c994f1d8b.txt",
        "published": None,
        "title": "Les experts européens estiment que des gangs russes en Occident travaillent pour les intérêts du Kremlin",
        "places": [
            EUROPE,
            ("Russie", "RU", C, None, None, None),
            ("Bruxelles", "BE", "city", "Brussels", 4.35, 50.85),
        ],
        "flows": [("drugs", None, "Europe", [])],
    },
    {
        "id": "seed-001",
        "file": "001_14793a9d70f67110.txt",
        "published": "2015-10-15",
        "title": "Forum opérationnel Interpol/Europol sur le trafic de migrants",
        "places": [EUROPE, ("Lyon", "FR", "city", "Lyon", 4.84, 45.76)],
        "flows": [],
    },
    {
        "id": "seed-002",
        "file": "002_456f37d9765322da.txt",
        "published": "2022-06-09",
        "title": "Sur le Darknet les Ukrainiens inondent l’Europe de livraisons d’armes de l’OTAN",
        "places": [
            EUROPE,
            ("Ukraine", "UA", C, None, None, None),
            ("États-Unis", "US", C, None, None, None),
            ("Etats-Unis", "US", C, "États-Unis", None, None),
            ("Kiev", "UA", "city", "Kyiv", 30.52, 50.45),
            ("Marioupol", "UA", "city", "Mariupol", 37.55, 47.1),
            ("Balkans", None, "region", "Balkans", 21.0, 43.0),
            ("Grèce", "GR", C, None, None, None),
            ("Espagne", "ES", C, None, None, None),
            ("Suède", "SE", C, None, None, None),
            ("Allemagne", "DE", C, None, None, None),
            ("Kosovo", "XK", C, None, None, None),
            ("Afghanistan", "AF", C, None, None, None),
            ("Irak", "IQ", C, None, None, None),
            ("Colombie", "CO", C, None, None, None),
        ],
        "glued": ["Suède"],
        "flows": [
            ("weapons", "Ukraine", "Europe", []),
            ("weapons", "Ukraine", None, []),
        ],
    },
    {
        "id": "seed-003",
        "file": "003_a9abffe2dad13850.txt",
        "published": None,
        "title": "Criminalité organisée",
        "places": [],
        "flows": [],
    },
    {
        "id": "seed-004",
        "file": "004_7b9f5d77efc71347.txt",
        "published": None,
        "title": "Le plan de 260 millions de livres sterling de Poutine pour influencer les politiciens",
        "places": [
            EUROPE,
            ("États-Unis", "US", C, None, None, None),
            ("Etats-Unis", "US", C, "États-Unis", None, None),
            ("Moscou", "RU", "city", "Moscow", 37.62, 55.75),
            ("Asie du Sud", None, "region", "South Asia", 78.0, 22.0),
            ("Afrique", None, "region", "Africa", 20.0, 5.0),
            ("Russie", "RU", C, None, None, None),
            ("Europe de l’Est", None, "region", "Eastern Europe", 30.0, 52.0),
            ("Albanie", "AL", C, None, None, None),
            ("Bosnie", "BA", C, None, None, None),
            ("Monténégro", "ME", C, None, None, None),
        ],
        "flows": [("illicit_finance", "Russie", None, [])],
    },
]
