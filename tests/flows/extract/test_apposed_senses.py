"""A town named with the region or country it lies in takes its sense in that country
(``place_senses.apposed_senses``): "Nogales, Arizona" is the American Nogales, "Santa Elena in
Ecuador" is not Saint Helena; a list of countries is no apposition."""

from __future__ import annotations

import pytest

from tests.flows.extract.test_toponyms import scanner  # noqa: F401 (fixture)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guns were smuggled through Nogales, Arizona, into Mexico.",
         [("Nogales", "US"), ("Arizona", "US"), ("Mexico", "MX")]),
        ("The cocaine left Santa Elena in Ecuador.", [("Santa Elena", "EC"), ("Ecuador", "EC")]),
        ("The cocaine left Santa Elena (Ecuador).", [("Santa Elena", "EC"), ("Ecuador", "EC")]),
        # unchanged: the town already lies in the country named after it
        ("Cocaine seized in Lagos, Nigeria.", [("Lagos", "NG"), ("Nigeria", "NG")]),
        # the area takes its sense that holds the town: Ontario the province, not the
        # Californian town, and St. Thomas the Canadian town, not the Virgin Island
        ("Guns went from Detroit into St. Thomas, Ontario, where they were sold.",
         [("Detroit", "US"), ("St. Thomas", "CA"), ("Ontario", "CA")]),
        # a country's name is a town after ", en" ("Grenade" is Granada, not Grenada)
        ("Le haschich a été débarqué à Grenade, en Espagne.", [("Granada", "ES"), ("Spain", "ES")]),
        # a town given a country it does not lie in is one the gazetteer lacks: left out
        ("The boat left Sami Koto (northern Gambia) for the Canary Islands.",
         [("Gambia", "GM"), ("Canary Islands", "ES")]),
        ("La pirogue a quitté Sami Koto (nord de la Gambie).", [("Gambia", "GM")]),
        # ... and after a comma where the area closes the phrase (round 33): not Kōtō, Tokyo,
        # the Brazilian Barra, the Mexican Hidalgo
        ("The boat left Koto, Gambia.", [("Gambia", "GM")]),
        # the supplement's Balboa, Panama's port (the Colombian Balboa before round 33)
        ("The vessel was headed towards Balboa, Panama.", [("Balboa", "PA"), ("Panama", "PA")]),
        # round 35: the supplement's Gambian Barra and Réunion's Sainte-Rose now take the town
        ("Une pirogue partie de Barra, en Gambie, avec 230 personnes.",
         [("Barra", "GM"), ("Gambia", "GM")]),
        # the supplement's Hidalgo, Texas since round 38 (left out as the Mexican one before)
        ("He lived in Hidalgo, Texas, near the border.", [("Hidalgo", "US"), ("Texas", "US")]),
        ("La drogue a été saisie au port de Sainte-Rose, à La Réunion.",
         [("Sainte-Rose", "RE"), ("Réunion", "RE")]),
        ("Le navire s'était rendu au Marin (en Martinique), puis au large.",
         [("Martinique", "MQ")]),
        # guard: ", à" in a list of places is no apposition
        ("Les migrants arrivés à Lampedusa, à Malte et en Grèce.",
         [("Lampedusa", "IT"), ("Malta", "MT"), ("Greece", "GR")]),
        # guard: a town, then a list of countries, is a list
        ("Guns from Tamale, Togo and Benin.", [("Tamale", "GH"), ("Togo", "TG"), ("Benin", "BJ")]),
        ("Arms reached Accra and Tamale, Togo.",
         [("Accra", "GH"), ("Tamale", "GH"), ("Togo", "TG")]),
        # ... but a metropolis stays, and a town already in the country keeps its sense
        ("They came from Lagos in Ghana.", [("Lagos", "NG"), ("Ghana", "GH")]),
        # one sense per name in a document (round 34): the town an apposition settled keeps
        # its sense where the name comes back alone; another apposition gives another sense
        ("NOGALES, Ariz. - A man of Nogales was charged with smuggling guns to Mexico.",
         [("Nogales", "US"), ("Arizona", "US"), ("Nogales", "US"), ("Mexico", "MX")]),
        ("Guns went from Nogales, Arizona, through Nogales, Sonora, and on to Nogales.",
         [("Nogales", "US"), ("Arizona", "US"), ("Nogales", "MX"), ("Sonora", "MX"),
          ("Nogales", "US")]),
        # a city elsewhere eight times bigger under its own name beats a small namesake
        # near the text's other places: a "Geneva-based" agency in a story on Texas
        ("The Geneva-based agency said guns went from Texas to Mexico.",
         [("Geneva", "CH"), ("Texas", "US"), ("Mexico", "MX")]),
        ("He ran guns from Florence to Naples and Chicago.",
         [("Florence", "IT"), ("Naples", "IT"), ("Chicago", "US")]),
        # ... but not one that bears the name only as another name: Daru, Papua New Guinea
        ("Guns were moved to Daru in Papua New Guinea's Western Province.",
         [("Daru", "PG"), ("Papua New Guinea", "PG"), ("Western Province", "PG")]),
        # no apposition: a list of countries ("Benin" is not Benin City, Nigeria)
        ("Des enfants venus du Bénin, le Nigéria et le Cameroun.",
         [("Benin", "BJ"), ("Nigeria", "NG"), ("Cameroon", "CM")]),
    ],
)  # fmt: skip
def test_a_town_takes_its_sense_in_the_area_named_after_it(scanner, text, expected):  # noqa: F811
    lang = "fr" if any(w in text for w in ("Des ", "Le ", "La ", "Les ", "Une ")) else "en"
    got = [(m.place.name, m.place.country_code) for m in scanner.scan(text, lang)]
    assert got == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a small country's name that is also a larger town near the text's towns
        ("Le haschich a été débarqué près de Motril puis transporté à Grenade.",
         [("Motril", "ES"), ("Granada", "ES")]),
        # ... or a larger town of the country the text is about
        ("La police espagnole a saisi, près de la ville de Grenade, du cannabis venu du Maroc.",
         [("Granada", "ES"), ("Morocco", "MA")]),
        # no town of the text near: the country stays
        ("Arms from Grenada reached Miami and Kingston.",
         [("Grenada", "GD"), ("Miami", "US"), ("Kingston", "JM")]),
    ],
)  # fmt: skip
def test_a_country_name_near_the_texts_towns_is_the_larger_town(scanner, text, expected):  # noqa: F811
    lang = "fr" if text.startswith(("Le ", "La ")) else "en"
    got = [(m.place.name, m.place.country_code) for m in scanner.scan(text, lang)]
    assert got == expected
