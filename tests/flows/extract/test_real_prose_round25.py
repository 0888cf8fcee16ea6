"""Round 25 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination):

- the proceeds of sales somewhere come from there ("the proceeds of cocaine sales in Spain
  were wired to Colombia"), as "l'argent de la vente de cocaïne en France" did in French;
- money sent back to a place leaves from where goods told just before went from that place
  ("cocaine from Colombia to Spain ... the profits were sent back to Colombia");
- "par le biais du Moyen-Orient", "par l'intermédiaire de la Belgique": the way, not the
  origin;
- the part of a country is the end also where an aside comes before it ("parfois sans leurs
  parents, du nord du Chili"), not for a small territory ("le sud de Mayotte" is Mayotte);
- "dans deux établissements à Nancy": a noun that starts like a verb of running a network
  ("établissements", "installations", "bassin") does not make the place where a network is run
  from; where victims' exploitation takes place is where they go;
- "a boat carrying three Lebanese crew and 10 Syrians and Palestinians": the crew is an earlier
  object of the same verb, so the Syrians and Palestinians are the people moved (the crew's
  word had made them the smugglers);
- "In addition to Germany, Austria ... participated in the investigation", "en plus de
  l'Allemagne": an addition or a comparison is no movement to the place;
- "to pick up drug proceeds in cities throughout the United States, including Baltimore": the
  cities listed are where the money leaves from, and "drug proceeds" are money even after
  "drug trafficking organizations";
- a list whose comma the page lost goes on ("vers l'Italie, l'Allemagne l'Autriche ou la
  France");
- "special agent in charge from San Antonio" says where an officer works; "worth $550 million if
  it had reached the streets of Europe" is a value, not where the drug went ("d'une valeur de
  50 millions d'euros sur le marché de la France" alike);
- "A Port de Paix le premier juillet, ...": "À" without its accent opens a sentence on where
  something happened;
- French town names written without their hyphens ("Port au Prince", "Boulogne sur Mer").

Place names a user would see wrong are tested in ``test_apposed_senses``.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows
from tests.flows.extract.test_toponyms import scanner  # noqa: F401 (fixture)

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # where goods were sold is where the money comes from
        ("The proceeds of cocaine sales in Spain were wired to Colombia.", "en",
         {("illicit_finance", "ES", "CO")}),
        ("The syndicate collected the proceeds of heroin sales throughout Europe and laundered "
         "the funds to the Middle East.", "en",
         {("illicit_finance", "Europe", "Middle East")}),
        # money sent back: from where the goods went, to where they came from
        ("The cartel smuggled cocaine from Colombia to Spain. The drug profits were sent back "
         "to Colombia through money launderers.", "en",
         {("drugs", "CO", "ES"), ("illicit_finance", "ES", "CO")}),
        ("La cocaïne arrive de Colombie en Espagne. L'argent de la drogue est rapatrié en "
         "Colombie.", "fr", {("drugs", "CO", "ES"), ("illicit_finance", "ES", "CO")}),
        # ... but not to a place the goods did not come from
        ("The cartel smuggled cocaine from Colombia to Spain. The drug profits were sent back "
         "to Mexico through money launderers.", "en",
         {("drugs", "CO", "ES"), ("illicit_finance", None, "MX")}),
        # the way money or goods take is no origin
        ("L'argent sale était ensuite expédié vers le Maroc par le biais du Moyen-Orient.",
         "fr", {("illicit_finance", None, "MA")}),
        ("La drogue était acheminée vers la France par l'intermédiaire de la Belgique.", "fr",
         {("drugs", None, "FR")}),
        ("Le réseau a fait passer clandestinement des enfants de migrants haïtiens, parfois "
         "sans leurs parents, du nord du Chili vers le Mexique.", "fr",
         {("migrant_smuggling", "Northern Chile", "MX")}),
        ("Un kwassa a débarqué des clandestins comoriens dans le sud de Mayotte.", "fr",
         {("migrant_smuggling", "KM", "YT")}),
        ("Le réseau organisait l'exploitation sexuelle de jeunes femmes chinoises dans deux "
         "établissements à Nancy et Metz.", "fr",
         {("human_trafficking", "CN", "Nancy"), ("human_trafficking", "CN", "Metz")}),
        ("The army intercepted a boat carrying three Lebanese crew and 10 Syrians and "
         "Palestinians, who told investigators they were heading to Italy.", "en",
         {("migrant_smuggling", "SY", "IT"), ("migrant_smuggling", "PS", "IT")}),
        ("Police believe the gang smuggled migrants to Germany. In addition to Germany, Austria, "
         "Hungary and Belgium participated in the international investigation.", "en",
         {("migrant_smuggling", None, "DE")}),
        ("Le réseau faisait passer des migrants vers l'Allemagne. En plus de l'Allemagne, "
         "l'Autriche, la Hongrie et la Belgique ont participé à l'enquête.", "fr",
         {("migrant_smuggling", None, "DE")}),
        ("The network laundered drug proceeds from the United States to Mexico. It was paid to "
         "pick up drug proceeds in cities throughout the United States, including Baltimore, "
         "Detroit and Chicago.", "en",
         {("illicit_finance", "US", "MX"), ("illicit_finance", "Baltimore", "MX"),
          ("illicit_finance", "Detroit", "MX"), ("illicit_finance", "Chicago", "MX")}),
        ("Les passeurs emmenaient des migrants depuis la Hongrie vers l'Italie, l'Allemagne "
         "l'Autriche ou la France.", "fr",
         {("migrant_smuggling", "HU", "IT"), ("migrant_smuggling", "HU", "DE"),
          ("migrant_smuggling", "HU", "AT"), ("migrant_smuggling", "HU", "FR")}),
        ("Smuggled rifles were bound for Mexico. “We are pooling our resources,” said John Smith, "
         "HSI special agent in charge from San Antonio.", "en", {("weapons", None, "MX")}),
        ("Soldiers seized a ton of heroin from Afghanistan, worth $550 million if it had "
         "reached the streets of Europe.", "en", {("drugs", "AF", None)}),
        ("Les douaniers ont saisi une tonne d'héroïne venue d'Afghanistan, d'une valeur de 50 "
         "millions d'euros sur le marché de la France.", "fr", {("drugs", "AF", None)}),
        ("A Port de Paix le premier juillet, la douane a saisi des armes venues de la Floride.",
         "fr", {("weapons", "Florida", "Port-de-Paix")}),
    ],
)  # fmt: skip
def test_round25_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # French town names written without their hyphens
        ("La police a saisi des armes à Port au Prince.", ["Port-au-Prince"]),
        ("Les migrants sont partis de Boulogne sur Mer vers l'Angleterre.",
         ["Boulogne-sur-Mer", "England"]),
        # ... but no name runs over "en" between two places
        ("Les armes venaient de Paris en France.", ["Paris", "France"]),
    ],
)  # fmt: skip
def test_round25_place_names(scanner, text, expected):  # noqa: F811
    assert [m.place.name for m in scanner.scan(text, "fr")] == expected
