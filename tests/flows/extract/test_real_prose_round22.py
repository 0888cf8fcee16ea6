"""Round 22 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- who speaks, named like a town, is a person, no end ("According to Harrison, the cocaine
  ...", "..., Lyons said"; see also ``test_toponyms.py``);
- the French verb "aller" says where things go ("la cocaïne allait en Espagne", "les migrants
  voulaient aller en Italie");
- a table of common verbs of movement, written in both languages and run through the
  extractor, found these that said nothing: "parvient en Europe" (only "parvenu" was read),
  "affluent en Italie", "déferlent sur le Sahel", "the boat docked in Sicily"; and where people
  embark is where they leave from ("ils embarquent à Nador pour l'Espagne", "they board boats
  in Nador bound for Spain");
- goods or migrants "of Colombian origin", "d'origine colombienne" (a second table, of common
  nouns and phrasings) come from that country; people "of Albanian origin" who drive or are
  arrested are not what moves;
- "Jamaica" in a story that names the U.S. is the country: a town of a context country takes a
  country's own name only from 250,000 people (Salvador, Brazil; Armenia, Colombia), not
  Jamaica, Queens (216,866);
- the place that imports or buys is where the goods go ("Spain imports most of its hashish
  from Morocco", "L'Espagne importe ...");
- a third table, on trafficking in persons: "recruited girls in Moldova for brothels in
  Turkey" (and "pour des bordels en Turquie") go to Turkey; "Des Thaïlandaises ont été
  victimes de traite vers le Japon" come from Thailand; "attirées du Nigeria par des
  promesses" come from Nigeria;
- a fourth table, of headlines: "Cocaïne d'Équateur saisie au port d'Anvers" (a commodity
  opening the headline, then "de" and a place, says where from, as "la cocaïne du Pérou"
  does); "Haschisch marocain", "précurseurs de fentanyl chinois" (drug words the nationality
  qualifies: haschisch, fentanyl, ecstasy, kétamine, tramadol, yaba, khat); "Record cocaine
  haul in Rotterdam" (a haul is a seizure);
- a fifth table, on weapons and drugs: "envoient la cocaïne en Europe" (the cue read
  "envoyer" only with a y: "envoient", "envoie", "l'envoi" said nothing); "le captagon produit
  en Syrie est introduit en Arabie saoudite" (the place of production no longer reads past a
  verb, which made Saudi Arabia an origin); "reconvertis en Slovaquie" (where the pistols
  were converted); "L'Afghanistan produit 80 % de l'opium mondial, dont la majeure partie
  finit en Europe", "Afghanistan produces ..." (the producer sends; "finit en" ends);
- the forms of the verbs of movement, conjugated, against the lexicon's ``movement`` pattern:
  "conduisent", "transfèrent", "emmènent", "amenées", "convoient", "déplaçait", "transfert"
  and "ferried", "trucked", "wired", "dispatched", "conveyed", "flown" were not read;
- the words of each category, in a table of singular, plural and feminine forms and common
  phrases: "une passeuse", "des migrantes", "des clandestines", "hachisch", "mitrailleuses",
  "évasion fiscale", "paradis fiscaux"; "enslaved", "bonded labour", "pimps", "tax evasion",
  "tax havens", "embezzlement", "kickbacks", "capital flight" named no category ("sociétés
  écrans", "shell companies" were tried: they took a weapons sentence for money);
- from the last stops' notes of what was noticed and not fixed: a crew or the smugglers named
  by nationality in an aside ("The crew, a Colombian and three Venezuelan men, were
  arrested", "Les passeurs, deux Albanais, ...") is no origin; an extent ("le trafic s'étend
  de l'Ontario à l'Alberta") is no movement, with the article after "de" too;
- the round's changes run over round 21's 560 probe excerpts changed 8: two were wrong and
  are guarded here ("un convoi exceptionnel jusqu'à Irun" is a wide load; "recrutées pour
  travailler au Qatar" is where they go, not where they were recruited).
"""

from __future__ import annotations

import re

import pytest

from flows.extract.categories import find_category_terms
from flows.extract.lexicon import lexicon
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("According to Harrison, the cocaine was shipped from Colombia to Spain.", "en",
         {("drugs", "CO", "ES")}),
        ("Cocaine from Colombia reached Spain, Lyons said.", "en", {("drugs", "CO", "ES")}),
        ("La cocaïne venait de Colombie et allait en Espagne.", "fr", {("drugs", "CO", "ES")}),
        ("Les migrants voulaient aller en Italie.", "fr", {("migrant_smuggling", None, "IT")}),
        ("Les migrants iront ensuite en Allemagne.", "fr", {("migrant_smuggling", None, "DE")}),
        ("L'héroïne parvient en Europe par la route des Balkans.", "fr",
         {("drugs", None, "Europe")}),
        ("Les migrants affluent en Italie.", "fr", {("migrant_smuggling", None, "IT")}),
        ("Un trafic d'armes : les armes de Libye déferlent sur le Sahel.", "fr",
         {("weapons", "LY", "Sahel")}),
        ("Les migrants embarquent à Nador pour l'Espagne.", "fr",
         {("migrant_smuggling", "Nador", "ES")}),
        ("The migrants board boats in Nador bound for Spain.", "en",
         {("migrant_smuggling", "Nador", "ES")}),
        ("The smugglers' boat with 40 migrants docked in Sicily.", "en",
         {("migrant_smuggling", None, "Sicily")}),
        # guard: "on board", with no vehicle named, says no departure
        ("The migrants were on board in Libya.", "en", set()),
        ("De la cocaïne d'origine colombienne a été saisie à Rotterdam.", "fr",
         {("drugs", "CO", "Rotterdam")}),
        ("Cocaine of Colombian origin was seized in Rotterdam.", "en",
         {("drugs", "CO", "Rotterdam")}),
        ("Les migrants, surtout d'origine syrienne, passaient en Hongrie.", "fr",
         {("migrant_smuggling", "SY", "HU")}),
        # guards: descent of who drives or is arrested
        ("Des chauffeurs d'origine roumaine transportaient des migrants vers l'Angleterre.", "fr",
         {("migrant_smuggling", None, "England")}),
        ("The smugglers, who are of Albanian origin, took migrants to Italy.", "en",
         {("migrant_smuggling", None, "IT")}),
        # "Jamaica" in a story that names the U.S. is the country, not Jamaica, Queens
        ("Guns from the US were recovered in Jamaica.", "en", {("weapons", "US", "JM")}),
        # the place that imports or buys is where the goods go
        ("Spain imports most of its hashish from Morocco.", "en", {("drugs", "MA", "ES")}),
        ("L'Espagne importe la majeure partie de son haschisch.", "fr", {("drugs", None, "ES")}),
        ("Europe buys cocaine from Colombia.", "en", {("drugs", "CO", "Europe")}),
        ("The network recruited girls in Moldova for brothels in Turkey.", "en",
         {("human_trafficking", "MD", "TR")}),
        ("Le réseau recrutait des jeunes filles en Moldavie pour des bordels en Turquie.", "fr",
         {("human_trafficking", "MD", "TR")}),
        ("Des Thaïlandaises ont été victimes de traite vers le Japon.", "fr",
         {("human_trafficking", "TH", "JP")}),
        ("Les victimes étaient attirées du Nigeria par des promesses d'emploi en Europe.", "fr",
         {("human_trafficking", "NG", "Europe")}),
        ("Cocaïne d'Équateur saisie au port d'Anvers", "fr", {("drugs", "EC", "Antwerp")}),
        ("Haschisch marocain : 3 tonnes saisies au large de l'Espagne", "fr",
         {("drugs", "MA", "ES")}),
        ("Des précurseurs de fentanyl chinois expédiés au Mexique", "fr",
         {("drugs", "CN", "MX")}),
        ("Record cocaine haul in Rotterdam from Colombia", "en",
         {("drugs", "CO", "Rotterdam")}),
        # guard: "de" after the goods, with no place, says nothing
        ("Armes de la police saisies en France", "fr", set()),
        ("Les cartels colombiens envoient la cocaïne en Europe via l'Afrique de l'Ouest.", "fr",
         {("drugs", None, "Europe")}),
        ("Le captagon produit en Syrie est introduit en Arabie saoudite via la Jordanie.", "fr",
         {("drugs", "SY", "SA")}),
        ("L'Afghanistan produit 80 % de l'opium mondial, dont la majeure partie finit en "
         "Europe.", "fr", {("drugs", "AF", "Europe")}),
        ("Afghanistan produces 80% of the world's opium, most of which ends up in Europe.",
         "en", {("drugs", "AF", "Europe")}),
        ("Un trafic d'armes : les pistolets étaient reconvertis en Slovaquie puis vendus en "
         "France.", "fr", {("weapons", "SK", "FR")}),
        # guards: "produit" the noun; the drug a lab produced where police found it
        ("En France, la cocaïne est le deuxième produit stupéfiant le plus consommé.", "fr",
         set()),
        # a table of 166 French and 89 English nationality forms found one unread: "Filipina"
        ("Filipina domestic workers were trafficked to Kuwait.", "en",
         {("human_trafficking", "PH", "KW")}),
        ("Police seized 2 tons of cocaine aboard a boat off Spain. The crew, a Colombian and "
         "three Venezuelan men, were arrested.", "en", set()),
        ("Les passeurs, deux Albanais, ont été arrêtés en Italie avec 40 migrants syriens.",
         "fr", {("migrant_smuggling", "SY", "IT")}),
        ("Le trafic de drogue s'étend de l'Ontario à l'Alberta.", "fr", set()),
        # guard: the people moved, in an aside, still come from their country
        ("The migrants, mostly Syrians, were taken to Greece by the crew.", "en",
         {("migrant_smuggling", "SY", "GR")}),
        ("Des migrantes sont recrutées pour travailler au Qatar.", "fr",
         {("migrant_smuggling", None, "QA")}),
        # guard: "va" and "aller à l'encontre" name no place
        ("Cette saisie de cocaïne va à l'encontre des chiffres.", "fr", set()),
    ],
)  # fmt: skip
def test_round22_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("lang", "word", "moves"),
    [
        *(("fr", w, True) for w in (
            "envoie envoient envoyait envoyé envoyées conduit conduisent conduisait conduisant "
            "introduisent parvient parviennent parvenu transfère transfèrent transféré transfert "
            "transferts acheminent expédiées livrent emmène emmènent emmené amène amenées "
            "convoie convoient convoyé déplace déplaçait arrivent débarquent transportées"
        ).split()),
        *(("en", w, True) for w in (
            "sends sent brought carried shipped moved smuggled trafficked exported imported "
            "delivered transferred funnelled ferried ferrying trucked rerouted wired conveyed "
            "dispatched flown flew"
        ).split()),
        # words that look like them and move nothing
        ("fr", "amende", False),
        ("fr", "convoi", False),  # "un convoi exceptionnel": a wide load
        ("fr", "amendes", False),
        ("en", "took", False),
        ("en", "driving", False),
    ],
)  # fmt: skip
def test_round22_movement_verb_forms(lang, word, moves):
    pattern = re.compile(rf"(?:{lexicon(lang).text('movement')})$", re.IGNORECASE)
    assert bool(pattern.match(word)) is moves


@pytest.mark.parametrize(
    ("text", "lang", "category"),
    [
        ("une passeuse", "fr", "migrant_smuggling"),
        ("des passeuses", "fr", "migrant_smuggling"),
        ("des migrantes", "fr", "migrant_smuggling"),
        ("des clandestines", "fr", "migrant_smuggling"),
        ("du hachisch", "fr", "drugs"),
        ("des mitrailleuses", "fr", "weapons"),
        ("l'évasion fiscale", "fr", "illicit_finance"),
        ("les paradis fiscaux", "fr", "illicit_finance"),
        ("enslaved", "en", "human_trafficking"),
        ("bonded labour", "en", "human_trafficking"),
        ("the pimps", "en", "human_trafficking"),
        ("tax evasion", "en", "illicit_finance"),
        ("tax havens", "en", "illicit_finance"),
        ("embezzlement", "en", "illicit_finance"),
        ("kickbacks", "en", "illicit_finance"),
        ("capital flight", "en", "illicit_finance"),
        # guard: the adjective names nothing ("l'immigration clandestine" names the crossing)
        ("une filière clandestine", "fr", None),
    ],
)  # fmt: skip
def test_round22_category_words(text, lang, category):
    """Forms of the category words that a table of them found naming no category."""
    found = [h.category for h in find_category_terms(text, lang)]
    assert found == ([category] if category else [])
