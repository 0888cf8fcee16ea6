"""Round 54 (EXONYMS): the French name of a city that ``geodata/data/exonyms.yaml`` lists is a
name the gazetteer reads, not only the name the map shows. GeoNames' alternate names carry no
language tag and the index drops those of towns under 100,000 that look unlike the main name,
so French exonyms of sizeable towns went unread ("Ypres", "Coire", "Renaix", "Coni",
"Deux-Ponts", "Figuières", "Marsa Matrouh"), and some resolved to another sense ("La Valette"
the town in the Var rather than Malta's capital, "Syracuse" the American city rather than
Sicily's port, "Saint-Jean-d'Acre" cut into "Saint-Jean" + "Acre"). The build now indexes every
entry of ``exonyms.yaml`` as a name (French) of its city; names that are also French words
("Côme", "Trente", "Sienne") stay, like the city's other such names, readable only where the
text names the city's country.

The guard rows keep today's reading: an English text's "Syracuse" and "La Valette", an
exonym the gazetteer read already ("Anvers", "Tanger"), and a word-like exonym with no country
in the text.
"""

from __future__ import annotations

import pytest

from geodata.gazetteer import ResolveContext, load_gazetteer
from geodata.names import exonym_entries
from tests.flows.extract import test_real_prose_round3 as round3
from tests.geodata.test_places_round41_TOWNS import _places

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a French exonym of a town under 100,000 that GeoNames' alternates lack or the index drops
        ("Les migrants ont été interpellés à Ypres, en Belgique.", "fr",
         [("Ypres", "Ieper", "BE"), ("Belgique", "Belgium", "BE")]),
        ("Le passeur a été arrêté à Coire, en Suisse.", "fr",
         [("Coire", "Chur", "CH"), ("Suisse", "Switzerland", "CH")]),
        ("La cocaïne a été saisie dans un camion à Figuières.", "fr",
         [("Figuières", "Figueres", "ES")]),
        ("Le réseau convoyait les migrants de Coni vers Nice.", "fr",
         [("Coni", "Cuneo", "IT"), ("Nice", "Nice", "FR")]),
        ("Les armes ont été découvertes à Renaix.", "fr", [("Renaix", "Ronse", "BE")]),
        ("Le trafic passait par Deux-Ponts et Sarrebruck.", "fr",
         [("Deux-Ponts", "Zweibrücken", "DE"), ("Sarrebruck", "Saarbrücken", "DE")]),
        ("Les migrants partaient de Marsa Matrouh vers la Crète.", "fr",
         [("Marsa Matrouh", "Marsá Maţrūḩ", "EG"), ("Crète", "Crete", "GR")]),
        # an exonym that resolved to another sense
        ("Le bateau est arrivé à La Valette.", "fr", [("La Valette", "Valletta", "MT")]),
        ("Le navire a quitté Syracuse pour Malte.", "fr",
         [("Syracuse", "Siracusa", "IT"), ("Malte", "Malta", "MT")]),
        ("Le navire a quitté Saint-Jean-d'Acre pour Chypre.", "fr",
         [("Saint-Jean-d'Acre", "Acre", "IL"), ("Chypre", "Cyprus", "CY")]),
        # guards: English texts keep their reading; exonyms read already; a word-like exonym
        # with the city's country in the text, and without
        ("The drugs were seized in Syracuse, New York.", "en",
         [("Syracuse", "Syracuse", "US"), ("New York", "New York City", "US")]),
        ("The boat reached La Valette.", "en", [("La Valette", "La Valette-du-Var", "FR")]),
        ("Le conteneur venait d'Anvers et allait à Tanger.", "fr",
         [("Anvers", "Antwerp", "BE"), ("Tanger", "Tangier", "MA")]),
        ("Les 21 suspects arrêtés en Italie entre Milan et Côme.", "fr",
         [("Italie", "Italy", "IT"), ("Milan", "Milan", "IT"), ("Côme", "Como", "IT")]),
        ("Il a reçu trente kilos de résine.", "fr", []),
    ],
)  # fmt: skip
def test_round54_exonyms_in_prose(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(("cc", "name", "local"), exonym_entries("fr"))
def test_every_french_exonym_is_read(cc: str, name: str, local: str) -> None:
    """Every name exonyms.yaml shows a French reader resolves, in French and with its country
    in the context, to its city (Mexico, the name of both the country and its capital, is
    the country when the context names Mexico)."""
    res = load_gazetteer().resolve(local, "fr", ResolveContext((cc,)))
    assert res.place is not None, local
    if (cc, name) == ("MX", "Mexico City"):
        assert res.place.kind == "country"
        return
    assert (res.place.country_code, res.place.name, res.place.kind) == (cc, name, "city")
