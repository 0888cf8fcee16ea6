"""Periods: explicit and relative date expressions -> ISO partial dates, precision kept."""

from __future__ import annotations

import pytest

from flows.extract.periods import sentence_period


@pytest.mark.parametrize(
    ("sentence", "lang", "published", "expected"),
    [
        ("Le 9 juin 2022, la police a saisi des armes.", "fr", None, ("2022-06-09", None)),
        ("En juin 2022, les saisies ont doublé.", "fr", None, ("2022-06", None)),
        ("En 2019, le trafic a augmenté.", "fr", None, ("2019", None)),
        ("Entre 2010 et 2014, 20 milliards ont quitté la Russie.", "fr", None, ("2010", "2014")),
        ("Depuis 2014, les saisies ont doublé.", "fr", "2019-06-26", ("2014", "2019-06-26")),
        ("En mars dernier, un réseau a été démantelé.", "fr", "2022-06-09", ("2022-03", None)),
        (
            "En décembre dernier, la police a saisi des fusils.",
            "fr",
            "2023-04-14",
            ("2022-12", None),
        ),
        ("Ces 20 dernières années, le rôle des gangs a changé.", "fr", "2017-11", ("1997", "2017")),
        ("L'an dernier, 28 000 personnes ont traversé.", "fr", "2022-11-20", ("2021", None)),
        ("Cette année, le record est battu.", "fr", "2022-11-20", ("2022", None)),
        ("On June 9, 2022 police seized rifles.", "en", None, ("2022-06-09", None)),
        ("On 9 June 2022 police seized rifles.", "en", None, ("2022-06-09", None)),
        ("Between 2015 and 2018 the route shifted.", "en", None, ("2015", "2018")),
        ("Since 2018 the UK has paid France.", "en", "2023-08-11", ("2018", "2023-08-11")),
        ("Last year customs seized a record.", "en", "2023-03-02", ("2022", None)),
        ("Last March officers seized 300 kg.", "en", "2020-07-22", ("2020-03", None)),
        ("Over the past 10 years the trade grew.", "en", "2020-07-22", ("2010", "2020")),
        ("Rifles were trafficked to Greece in the 1990s.", "en", None, ("1990", "1999")),
        ("Dans les années 1990, les armes circulaient.", "fr", None, ("1990", "1999")),
        # relative expressions need a publication date: none given, nothing invented
        ("En mars dernier, un réseau a été démantelé.", "fr", None, (None, None)),
        ("No date at all here.", "en", None, (None, None)),
    ],
)
def test_sentence_period(sentence, lang, published, expected):
    p = sentence_period(sentence, lang, published)
    assert (p.start, p.end) == expected


# sentence, lang, published, the flow's first and last place, period -> (start, end)
@pytest.mark.parametrize(
    ("sentence", "lang", "published", "places", "expected"),
    [
        (
            "Migrants are smuggled from Libya to Italy since 2014; in the 1990s the route "
            "started in Albania.",
            "en", "2020", ("Libya", "Italy"), ("2014", "2020"),
        ),
        (
            "Migrants are smuggled from Libya to Italy since 2014; in the 1990s the route "
            "started in Albania.",
            "en", "2020", ("Albania", "Albania"), ("1990", "1999"),
        ),
        (
            "In 2021 heroin went from Afghanistan to Iran, while in 2015 it went through Pakistan.",
            "en", None, ("Afghanistan", "Iran"), ("2021", None),
        ),
        (
            "Police said: in June 2019 rifles were driven from Serbia to Sweden.",
            "en", None, ("Serbia", "Sweden"), ("2019-06", None),
        ),
        (
            "In 2019, rifles were driven from Serbia to Sweden.",
            "en", None, ("Serbia", "Sweden"), ("2019", None),
        ),
        (
            "Between 2010 and 2014, money left Russia for Cyprus.",
            "en", None, ("Russia", "Cyprus"), ("2010", "2014"),
        ),
        (
            "Les migrants partent de Libye vers l'Italie depuis 2014 ; dans les années 1990, la "
            "route partait d'Albanie.",
            "fr", "2020", ("Libye", "Italie"), ("2014", "2020"),
        ),
        (
            "Les migrants partent de Libye vers l'Italie depuis 2014 ; dans les années 1990, la "
            "route partait d'Albanie.",
            "fr", "2020", ("Albanie", "Albanie"), ("1990", "1999"),
        ),
        (
            "En 2022, la cocaïne arrive d'Équateur à Anvers, alors qu'en 2012 elle passait par "
            "l'Espagne.",
            "fr", None, ("Équateur", "Anvers"), ("2022", None),
        ),
        (
            "En mars 2018 — selon la police — des fusils ont été convoyés de Serbie en Suède.",
            "fr", None, ("Serbie", "Suède"), ("2018-03", None),
        ),
        (
            "Des armes circulent de Serbie vers la Suède.",
            "fr", None, ("Serbie", "Suède"), (None, None),
        ),
    ],
)  # fmt: skip
def test_period_of_the_flow_clause(sentence, lang, published, places, expected):
    first, last = places
    focus = (sentence.index(first), sentence.index(last) + len(last))
    p = sentence_period(sentence, lang, published, focus)
    assert (p.start, p.end) == expected
