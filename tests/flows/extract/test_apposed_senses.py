"""A town named with the region or country it lies in takes its sense in that country
(``toponyms._apposed_senses``): "Nogales, Arizona" is the American Nogales, "Santa Elena in
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
        # no apposition: a list of countries ("Benin" is not Benin City, Nigeria)
        ("Des enfants venus du Bénin, le Nigéria et le Cameroun.",
         [("Benin", "BJ"), ("Nigeria", "NG"), ("Cameroon", "CM")]),
    ],
)  # fmt: skip
def test_a_town_takes_its_sense_in_the_area_named_after_it(scanner, text, expected):  # noqa: F811
    lang = "fr" if "Des " in text else "en"
    got = [(m.place.name, m.place.country_code) for m in scanner.scan(text, lang)]
    assert got == expected
