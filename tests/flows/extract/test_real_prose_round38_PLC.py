"""Round 38 (PLC) of the places in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the places ``flows places`` gives
(ANNOTATION.md, "Places"):

- a demonym is no place of its own, even next to a geographic noun ("les côtes libyennes",
  "la frontière tunisienne", "the Libyan coast", "Swiss banks"): it still gives a flow its
  endpoint (the flows read it, the last rows), but the places a document names leave it out;
  a country named outright stays ("vers la Suisse");
- a French département in brackets right after a French town, the press's way to place a
  town ("Hyères (Var)", "Grande-Synthe (Nord)", "Montauban (Tarn-et-Garonne)"), is a place,
  the names that are also words or rivers too ("Nord", "Loire", "Aude"), which are not read
  alone;
- a few regions and seas French prose writes in lower case are places in lower case too
  ("présents au sahel", "les deux rives de la méditerranée", "le maghreb", "les caraïbes"),
  and "l'espace Schengen" is the Schengen area ("espace" heads a name as "mer" or "golfe" do).
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows
from tests.geodata.test_places_round35 import assert_resolves

extractor = round3.extractor


def _places(extractor, text: str, lang: str) -> list[tuple[str, str]]:
    doc = Document(id="t", text=text, lang=lang)
    return [(m.surface, m.place.name) for m in extractor.places(doc).mentions]


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # demonyms next to a geographic noun: no place of their own
        ("Les passeurs ont été arrêtés près de la frontière tunisienne.", "fr", []),
        ("Les pirogues longent les côtes sénégalaises et mauritaniennes.", "fr", []),
        ("L'argent dormait sur des comptes bancaires suisses.", "fr", []),
        ("The migrants left from the Libyan coast.", "en", []),
        ("The money was moved through Latvian and Moldovan banks.", "en", []),
        ("Boats crossed into Greek waters near Lesbos.", "en", [("Lesbos", "Lesbos")]),
        # guards: a country named outright stays, and so does a demonym's place named apart
        ("L'argent partait vers la Suisse.", "fr", [("Suisse", "Switzerland")]),
        ("The boat left the Libyan coast for Libya's neighbour Tunisia.", "en",
         [("Libya", "Libya"), ("Tunisia", "Tunisia")]),
        # départements in brackets after a French town
        ("Les armes étaient cachées dans un garage d'Hyères (Var).", "fr",
         [("Hyères", "Hyères"), ("Var", "Var")]),
        ("Un garagiste de Grande-Synthe (Nord) a été condamné.", "fr",
         [("Grande-Synthe", "Grande-Synthe"), ("Nord", "Nord department")]),
        ("Le camion a été arrêté à Roanne (Loire).", "fr",
         [("Roanne", "Roanne"), ("Loire", "Loire department")]),
        ("La drogue a été saisie à Narbonne (Aude) mardi.", "fr",
         [("Narbonne", "Narbonne"), ("Aude", "Aude department")]),
        # guards: a département named alone keeps today's reading; a bare "Nord", "Loire" or
        # "Aude" elsewhere is no place; a bracket after no French town adds nothing
        ("Les gendarmes du Var ont saisi des armes.", "fr", [("Var", "Var")]),
        ("Le camion a été contrôlé au péage de Montauban (Tarn-et-Garonne).", "fr",
         [("Montauban", "Montauban"), ("Tarn-et-Garonne", "Tarn-et-Garonne")]),
        ("La drogue remontait vers le Nord de la France.", "fr", [("France", "France")]),
        ("Les migrants ont longé la Loire à pied.", "fr", []),
        ("Le conteneur venait de Hambourg (Nord) selon la douane.", "fr",
         [("Hambourg", "Hamburg")]),
        # regions and seas French prose writes in lower case; "l'espace Schengen"
        ("Des groupes armés présents au sahel achètent ces armes.", "fr",
         [("sahel", "Sahel")]),
        ("Les passeurs font la navette entre les deux rives de la méditerranée.", "fr",
         [("méditerranée", "Mediterranean Sea")]),
        ("Une fois passées les frontières de l'espace Schengen, il n'y a plus de contrôle.",
         "fr", [("espace Schengen", "Schengen area")]),
        # guards: other lower-case words stay words
        ("Les saisies ont eu lieu dans un espace vert du nord de la ville.", "fr", []),
        ("Le lot a été saisi à la frontière de la manche du port.", "fr", []),
    ],
)  # fmt: skip
def test_round38_plc_places(extractor, text, lang, expected):
    assert _places(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the flows still read a demonym as an endpoint
        ("Des migrants ont quitté les côtes libyennes pour rejoindre l'Italie.", "fr",
         {("migrant_smuggling", "LY", "IT")}),
        ("Cocaine smuggled from the Colombian coast reached Spain.", "en",
         {("drugs", "CO", "ES")}),
    ],
)  # fmt: skip
def test_round38_plc_flows_keep_demonyms(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("name", "place_id"),
    [
        ("département du Nord", "region:nord-department"),
        ("département de l'Aude", "region:aude-department"),
        ("département de la Loire", "region:loire-department"),
        ("département du Var", "region:var-department"),
    ],
)
def test_round38_plc_departement_names(name, place_id):
    assert_resolves(name, "fr", place_id, "region", "FR")
