"""Round 31 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination). Each row was first a sentence
that said nothing, or the wrong thing, in one language or both:

- a text wrapped at a fixed width (a plain-text dispatch, a PDF's text) breaks its lines inside
  sentences: each line was read as a sentence, so "taken by road to the rural centres -
  including\\nMount Hagen" lost its places, and a name at the start of a line was read as
  the first word of a sentence ("Goroka et\\nKundiawa" lost Kundiawa);
- "the highlands' rural centres - including Mount Hagen, Goroka and Kundiawa": the places
  named after "centres" (or "hubs", "zones de combats comme") take its cue, as after
  "cities, including";
- "la ville de Ganta, qui borde la République de Guinée au nord du pays": the country a place
  borders is where the place lies, and "du pays" then is not that country (it was read as the
  origin of the flow to Ganta);
- "l'armée a détruit un convoi d'armement libyen à destination du Mali" / "the army destroyed
  a convoy of Libyan weapons bound for Mali": a convoy the forces destroy is an illicit one,
  and "armement libyen" is Libyan goods;
- "182 500 € trouvés ... à destination d'Istanbul / 14 600 € saisis à l'aéroport de Sétif sur
  une passagère venant de France": a sum seized or found is cash that moved, as one hidden;
- "Elles étaient chargées de faire passer en France les jeunes Nigérianes": "chargées de"
  (tasked with) is no loading place;
- "a intercepté près de 100 migrants près de Providenciales": migrants "near" a place are
  not from it;
- "smuggled from Turkey to a Syrian resident" / "to Syrian Resident" (a headline): one person
  named by nationality receives, no place the goods go to;
- boats, engines, life jackets and nautical equipment "acheminées ... en provenance de Chine",
  "sourced from Turkey", "venaient de Chine" are goods supplied to smugglers, category
  "other" (ANNOTATION.md), unless the sentence names people moved with them; they were
  migrant smuggling;
- "les transferts d'argent de la Guinée vers le Hezbollah": money going to a designated armed
  group is illicit, and a bare "de X" right before "vers" starts the movement even where no
  place follows;
- "Jakarta repatriated over 4,700 Indonesians from ...": a state bringing people home moves
  them lawfully (only "were repatriated" was);
- "to the Sughd region, from which they were smuggled into Russia": "from which" starts the
  next leg at the place just named, as "from where" does;
- "n'était pas destinée au marché montréalais et devait être acheminée vers la
  Colombie-Britannique": the negation ended at a comma or "mais", not at "et devait", and
  did not reach a market named by its demonym;
- "après avoir pris le départ à Diamniadio": where the vehicles left from;
- "L'argent qu'il retirait de l'exploitation des jeunes femmes était transféré en Roumanie":
  money named as what moves stays illicit finance, though the sentence names people
  exploited (it was human trafficking);
- "stolen cars", "voitures volées": stolen vehicles are goods, "other" (they took the
  category of the smugglers or drugs beside them); "remittances" are money (guarded by an
  illicit cue, as loans are);
- a sentence that names people (women, victims, migrants) and no money of its own, in a
  document on laundering, moves the people: "Plus de vingt femmes originaires de Bulgarie ...
  travaillaient sous la contrainte" took the money category of the sentences before;
- "fake marriages", "sham marriages" are trafficking in people, as "forced marriages" are.

Places (the second table): Tajikistan's Sughd region, the Grenadines, Tuggen and Nidau
(Switzerland), Bolnisi (Georgia), "la Papouasie occidentale", Nianing and Fimela (Senegal)
and Rio Hato (Panama); datelines in capitals that a capital word or a date follows
("KAMPALA- Government", "MANAMA, March 24, 2015"); "Saint-Vincent-les-Grenadines".
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

_WRAPPED_EN = (
    "Arms in the highlands\n\n"
    "An elaborate network of criminals is smuggling thousands of automatic\n"
    "weapons from West Papua into the highlands of the country, where the\n"
    "guns are then taken by road to the rural centres - including\n"
    "Mount Hagen, Goroka and Kundiawa - where arms dealers sell them for up to\n"
    "$5,000 each or trade them for more marijuana grown in the valleys."
)
_WRAPPED_FR = (
    "Trafic d'armes\n\n"
    "Un réseau de trafiquants fait entrer des milliers d'armes automatiques\n"
    "depuis la Papouasie occidentale dans les hautes terres du pays, où les\n"
    "armes sont ensuite acheminées par la route vers les villes de Goroka et\n"
    "Kundiawa, où des marchands les revendent jusqu'à 5 000 dollars pièce ou\n"
    "les échangent contre de la marijuana cultivée dans les vallées."
)
_SEIZURES_FR = (
    "Devises\n\nCette opération s'inscrit dans une série d'interventions similaires :\n"
    "- 182 500 € trouvés dans des boîtes de dattes à l'aéroport d'Alger, sur des passagers "
    "à destination d'Istanbul\n"
    "- 14 600 € saisis à l'aéroport de Sétif sur une passagère venant de France"
)
_SEIZURES_EN = (
    "Cash\n\nThe operation is one of a series of similar seizures:\n"
    "- 182,500 euros found in boxes of dates at Algiers airport on passengers bound for "
    "Istanbul\n"
    "- 14,600 euros seized at Setif airport from a passenger arriving from France"
)


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # a hard-wrapped text: lines break inside sentences
        (_WRAPPED_EN, "en",
         {("weapons", "West Papua", "Mount Hagen"), ("weapons", "West Papua", "Goroka"),
          ("weapons", "West Papua", "Kundiawa")}),
        (_WRAPPED_FR, "fr",
         {("weapons", "West Papua", "Goroka"), ("weapons", "West Papua", "Kundiawa")}),
        # the places named after "centres ... including" take its cue
        ("Weapons smuggled from West Papua are taken by road to rural centres including "
         "Mount Hagen and Goroka.", "en",
         {("weapons", "West Papua", "Mount Hagen"), ("weapons", "West Papua", "Goroka")}),
        ("Ces armes proviennent souvent d'anciennes zones de combats comme l'ex-Yougoslavie "
         "et sont écoulées en Belgique par des trafiquants.", "fr",
         {("weapons", "former Yugoslavia", "BE")}),
        # the country a town borders is not the country "du pays" refers to
        ("Traite\n\nPeu après leur arrivée à Monrovia, les victimes de la traite ont été "
         "emmenées dans la ville de Ganta, qui borde la République de Guinée au nord du pays.",
         "fr", {("human_trafficking", "Monrovia", "Ganta")}),
        ("Trafficking\n\nSoon after their arrival in Monrovia, the trafficking victims were "
         "taken to the town of Ganta, which borders Guinea in the north of the country.", "en",
         {("human_trafficking", "Monrovia", "Ganta")}),
        # a convoy the army destroys
        ("Au Niger, l'armée a détruit un convoi d'armement libyen à destination du Mali "
         "voisin.", "fr", {("weapons", "LY", "ML")}),
        ("In Niger, the army destroyed a convoy of Libyan weapons bound for neighbouring "
         "Mali.", "en", {("weapons", "LY", "ML")}),
        # a sum seized or found is cash that moved
        (_SEIZURES_FR, "fr",
         {("illicit_finance", "Algiers", "Istanbul"), ("illicit_finance", "FR", "Sétif")}),
        (_SEIZURES_EN, "en",
         {("illicit_finance", "Algiers", "Istanbul"), ("illicit_finance", "FR", "Sétif")}),
        # "chargées de" (tasked with) is no loading place
        ("Prostitution\n\nDeux autres personnes ont été interpellées au Portugal. Elles "
         "étaient chargées de faire passer en France les jeunes Nigérianes victimes de la "
         "traite.", "fr", {("human_trafficking", "NG", "FR")}),
        # migrants "near" a place are not from it
        ("Migrants\n\nEn avril 2025, la police américaine a intercepté près de 100 migrants "
         "près de Providenciales.", "fr", set()),
        # one person named by nationality receives: no destination
        ("Kuwait seized four million Captagon pills smuggled from Turkey to a Syrian "
         "resident.", "en", {("drugs", "TR", None)}),
        ("Smuggled from Turkey to Syrian Resident: Kuwait Seizes Four Million Captagon Pills",
         "en", {("drugs", "TR", None)}),
        # boats and equipment supplied to smugglers are goods ("other") ...
        ("Passeurs\n\nCes embarcations étaient acheminées sur le littoral français en "
         "provenance de Chine, via la Turquie puis l'Allemagne.", "fr", {("other", "CN", "FR")}),
        ("Passeurs\n\nLes bateaux utilisés pour la traversée, notamment des zodiacs, venaient "
         "de Chine.", "fr", {("other", "CN", None)}),
        ("Smugglers\n\nInvestigators watched as the gang sourced boats from Turkey and took "
         "them to a warehouse in Douai.", "en", {("other", "TR", "Douai")}),
        # ... unless the sentence moves people with them
        ("Les suspects ont organisé le transport de bateaux pneumatiques pour faire passer "
         "clandestinement des migrants depuis Calais vers le Royaume-Uni.", "fr",
         {("migrant_smuggling", "Calais", "GB")}),
        # money sent to a designated armed group; "de X vers" with no place after "vers"
        ("Selon le Trésor américain, il initie les transferts d'argent de la Guinée vers le "
         "Hezbollah.", "fr", {("illicit_finance", "GN", None)}),
        # a state bringing its people home moves them lawfully
        ("Trafficking\n\nBetween 2020 and 2024, Jakarta repatriated over 4,700 Indonesians "
         "from countries including Cambodia, Myanmar and Laos.", "en", set()),
        # "from which": the place just named starts the next leg
        ("Drugs were delivered from Gorno-Badakhshan to the Sughd region, from which they were "
         "smuggled into Russia.", "en",
         {("drugs", "Gorno-Badakhshan", "Sughd"), ("drugs", "Sughd", "RU")}),
        # a negation does not reach past "et devait": the second destination stands, and the
        # market named by its demonym ("marché montréalais") is negated like a named place
        ("Drogue\n\nSelon nos informations, cette cargaison de cocaïne n'était pas destinée au "
         "marché montréalais et devait être acheminée vers la Colombie-Britannique.", "fr",
         {("drugs", None, "British Columbia")}),
        ("Cocaine\n\nThe cocaine was not destined for the Montreal market and was to be taken to "
         "British Columbia.", "en", {("drugs", None, "British Columbia")}),
        # "après avoir pris le départ à": where they left from
        ("Migrants\n\nQuatre véhicules ayant acheminé les candidats à l'émigration vers Mbour "
         "ont été immobilisés par des gendarmes, après avoir pris le départ à Diamniadio, une "
         "ville nouvelle près de Dakar.", "fr", {("migrant_smuggling", "Diamniadio", "Mbour")}),
        # money named as what moves stays money beside exploited people
        ("Proxénétisme\n\nL'argent qu'il retirait de l'exploitation des jeunes femmes était "
         "transféré en Roumanie, où il construisait une maison.", "fr",
         {("illicit_finance", None, "RO")}),
        # stolen vehicles are goods ("other")
        ("Car smuggling\n\nHundreds of car smugglers will drive their stolen cars across the "
         "border and into Mozambique.", "en", {("other", None, "MZ")}),
        ("Trafic\n\nDes centaines de voitures volées en France sont acheminées vers le Maroc.",
         "fr", {("other", "FR", "MA")}),
        # people named in a sentence without money of its own: the money told before is not
        # what moves ...
        ("Blanchiment et proxénétisme\n\nLe réseau blanchissait l'argent de la prostitution. "
         "Plus de vingt femmes originaires de Bulgarie et de Roumanie travaillaient sous la "
         "contrainte à Vienne.", "fr",
         {("human_trafficking", "BG", None), ("human_trafficking", "RO", None)}),
        ("Laundering\n\nPolice arrested two men on human trafficking charges and for "
         "laundering their money. Seven Nepali women were rescued at the airport when they "
         "were slated to travel to Dubai.", "en", {("human_trafficking", "NP", "Dubai")}),
        # ... but the women arrested with a sum carry the money
        ("Devises\n\nLa douane a saisi des devises. En juin, deux femmes avaient été arrêtées "
         "à l'aéroport d'Alger avec plus de 62.000 euros à destination d'Istanbul.", "fr",
         {("illicit_finance", "Algiers", "Istanbul")}),
        # brides of "fake marriages" are trafficked people
        ("Brides\n\nThe gang arranged fake marriages and took the girls from Pakistan to "
         "China.", "en", {("human_trafficking", "PK", "CN")}),
    ],
)  # fmt: skip
def test_round31_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Drugs were delivered from Gorno-Badakhshan to the Sughd region.", "en",
         ["Gorno-Badakhshan", "Sughd"]),
        ("La drogue venait des îles Grenadines et allait vers les Iles Vierges britanniques.",
         "fr", ["Grenadines", "British Virgin Islands"]),
        ("Les femmes travaillaient dans un bar de Tuggen et dans un bordel de Nidau.", "fr",
         ["Tuggen", "Nidau"]),
        ("Trucks were seen in Bolnisi.", "en", ["Bolnisi"]),
        ("Les armes viennent de Papouasie occidentale.", "fr", ["West Papua"]),
        ("Les pirogues partent de Nianing et de Fimela.", "fr", ["Nianing", "Fimela"]),
        ("Le vol venait de Rio Hato, au Panama.", "fr", ["Rio Hato", "Panama"]),
        # a dateline in capitals: "KAMPALA- Government", "MANAMA, March 24" (a city of less
        # than half a million, first on its line)
        ("Girls sold in Oman\n\nKAMPALA- Government has said it is investigating.", "en",
         ["Oman", "Kampala"]),
        ("Vice ring suspects arrested\n\nMANAMA, March 24, 2015\n\nA ring operating in Nepal.",
         "en", ["Manama", "Nepal"]),
        # "Saint-Vincent-les-Grenadines" (without "et") is the state, not the Grenadines
        ("Le caboteur battait pavillon de Saint-Vincent-les-Grenadines.", "fr",
         ["Saint Vincent and the Grenadines"]),
    ],
)  # fmt: skip
def test_round31_places(extractor, text, lang, expected):
    doc = Document(id="t", text=text, lang=lang)
    assert [m.place.name for m in extractor.places(doc).mentions] == expected
