"""Round 53 (CATWORDS) of flows in real French and English prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> the category terms and flows
``flows extract`` gives (ANNOTATION.md, "Categories"):

- the words French and English news use for the goods and people of each category, taken from
  the languages rather than from the read part: the press's and the regions' names of drugs
  ("la poudre blanche", "l'héro", "kif", "résine" alone (round 56), "chira", "zamal", "beuh",
  "qat", "Lyrica", "des substances illicites", "illegal substances", "coke", "chitta", "kush",
  "nitazenes"),
  of weapons ("kalachs", "AK-47", "carabines", "détonateurs", "Glocks", "silencers",
  "detonators"), of money ("hundi", "bitcoins", "rétrocommissions", "caisses noires") and of
  people ("les candidats à l'exil / à l'émigration", "des domestiques" sent abroad, "pateras",
  "undocumented Ethiopians", "canoes", "housemaids", "prostitutes"), and the couriers of
  cocaine ("les mules", a weak term);
- guards: the same words where they are lawful or figurative keep today's reading ("les
  violences domestiques", "mules financières", "résine synthétique", "Coke" the drink,
  "undocumented claims").
"""

from __future__ import annotations

import pytest

from flows.extract.categories import find_category_terms
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("Les enquêteurs ont saisi 400 kg de poudre blanche.", "fr", "drugs"),
        ("L'odyssée de l'héro, de Kaboul à Paris.", "fr", "drugs"),
        ("Neuf tonnes de kif traité ont été saisies.", "fr", "drugs"),
        ("Deux tonnes de résine ont été saisies au port.", "fr", "drugs"),
        ("Les douaniers ont trouvé de la chira et du zamal.", "fr", "drugs"),
        ("Des cartons de Lyrica et de qat ont été saisis.", "fr", "drugs"),
        ("Des substances illicites ont été découvertes.", "fr", "drugs"),
        ("Les kalachs et les carabines étaient cachées.", "fr", "weapons"),
        ("Des détonateurs et de la dynamite ont été saisis.", "fr", "weapons"),
        ("Les rétrocommissions transitaient par des caisses noires.", "fr", "illicit_finance"),
        ("Les candidats à l'exil attendent sur la plage.", "fr", "migrant_smuggling"),
        (
            "Quatre-vingt-dix candidats à l'émigration ont été interpellés.",
            "fr",
            "migrant_smuggling",
        ),
        ("Une patera a chaviré.", "fr", "migrant_smuggling"),
        ("Le réseau recrutait des domestiques malgaches.", "fr", "human_trafficking"),
        ("Des dizaines de mules embarquent chaque jour.", "fr", "drugs"),
        ("Illegal substances were found in the truck.", "en", "drugs"),
        ("Police found coke and kush in the car.", "en", "drugs"),
        ("Nitazenes and xylazine are spreading.", "en", "drugs"),
        ("Officers seized detonators, silencers and two Glocks.", "en", "weapons"),
        ("Payments went through traditional hundi.", "en", "illicit_finance"),
        ("Police held 40 undocumented Ethiopians.", "en", "migrant_smuggling"),
        ("Another canoe was rescued after 14 days at sea.", "en", "migrant_smuggling"),
        ("The women were hired as housemaids.", "en", "human_trafficking"),
        # guards: lawful or figurative uses keep today's reading (no category)
        ("Les violences domestiques ont augmenté.", "fr", None),
        ("C'est kif-kif, a-t-il dit.", "fr", None),
        ("Des meubles en résine synthétique ont été livrés.", "fr", None),
        ("He drank a Coke at the airport.", "en", None),
        ("The company rejected undocumented claims.", "en", None),
    ],
)
def test_category_words(text: str, lang: str, category: str | None) -> None:
    cats = {h.category for h in find_category_terms(text, lang)}
    if category is None:
        assert not cats
    else:
        assert category in cats


def test_money_mules_stay_money() -> None:
    hits = find_category_terms("Ces mules financières ouvraient des comptes.", "fr")
    assert "drugs" not in {h.category for h in hits}


@pytest.mark.parametrize(
    ("text", "lang", "flow"),
    [
        (
            "Les candidats à l'exil partaient du Sénégal vers les Canaries.",
            "fr",
            ("migrant_smuggling", "SN", "Canary Islands"),
        ),
        (
            "Neuf tonnes de kif traité ont été acheminées du Maroc vers l'Algérie.",
            "fr",
            ("drugs", "MA", "DZ"),
        ),
        (
            "Le réseau envoyait des domestiques de Madagascar vers le Koweït.",
            "fr",
            ("human_trafficking", "MG", "KW"),
        ),
        (
            "Des dizaines de mules partent chaque jour de Cayenne vers Orly.",
            "fr",
            ("drugs", "Cayenne", "Orly"),
        ),
        ("Illegal substances are smuggled from Mexico into Texas.", "en", ("drugs", "MX", "Texas")),
        (
            "40 undocumented Ethiopians were being taken from Kenya to South Africa.",
            "en",
            ("migrant_smuggling", "KE", "ZA"),
        ),
        (
            "The girls were sent from Uganda to Oman to work as housemaids.",
            "en",
            ("human_trafficking", "UG", "OM"),
        ),
    ],
)
def test_flows_of_category_words(extractor, text: str, lang: str, flow: tuple) -> None:
    assert flow in _flows(extractor, text, lang)


def test_guard_lawful_word_gives_no_flow(extractor) -> None:
    assert not _flows(extractor, "Les violences domestiques ont augmenté à Paris et à Lyon.", "fr")
