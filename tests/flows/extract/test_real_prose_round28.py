"""Round 28 of the extractor for real prose, as a table of sentences written for the tests (not
taken from the gold corpus) -> (category, origin, destination). Each row was first a sentence
that said nothing, or the wrong thing, in one language while its translation was right:

- goods that "head for" / "heads to" a place go there (only "headed"/"heading" were read), as
  "prennent la direction de" does;
- goods smuggled "on to wealthier markets such as Australia and Japan" / "vers des marchés
  plus riches comme l'Australie" go to the markets named (as "to countries such as");
- an adverb between a verb and its place is skipped in French as "-ly" words are in English
  ("atteint désormais l'Europe", "reaches now ..."; "de plus en plus", "déjà", "toujours");
- dirty money "renvoyé en Colombie" moves as "sent back to Colombia" does (people sent back
  stay negated as returned);
- where dirty money is laundered "through" places / "par des banques au Panama" is where it
  goes (ANNOTATION.md: the hub ends the flow), and "laundered through UK banks and wired to
  Romania" goes on from there;
- "détourné ... hors de Malaisie" comes from there, as "out of Malaysia";
- goods flown "vers des pistes clandestines au Honduras" go to Honduras (as "airstrips");
- people who "cross the Gulf of Aden to Yemen" cross the sea (the present tense was read as
  leaving from the sea; "crossed" was right);
- money that "bought real estate in Spain" / "a acheté des biens immobiliers en Espagne" goes
  there (goods "bought in Belgium" still come from there);
- a hashtag's sign before a place is no word ("envoyés en #Autriche", a post quoted), and
  "trafficking women to Muscat" is trafficking in persons (not "trafficking migrants to").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The smuggled weapons then head for Libya.", "en", {("weapons", None, "LY")}),
        ("Les armes de contrebande prennent ensuite la direction de la Libye.", "fr",
         {("weapons", None, "LY")}),
        ("Part of the Afghan heroin heads to France.", "en", {("drugs", "AF", "FR")}),
        ("Myanmar's Shan state remains the main source of the meth, which is often smuggled on "
         "to wealthier overseas markets such as Australia and Japan.", "en",
         {("drugs", "Shan", "AU"), ("drugs", "Shan", "JP")}),
        ("L'État Shan reste la principale source de la méthamphétamine, souvent acheminée vers "
         "des marchés plus riches comme l'Australie et le Japon.", "fr",
         {("drugs", "Shan", "AU"), ("drugs", "Shan", "JP")}),
        ("La cocaïne colombienne atteint désormais l'Europe.", "fr",
         {("drugs", "CO", "Europe")}),
        ("Colombian cocaine now increasingly reaches Europe.", "en",
         {("drugs", "CO", "Europe")}),
        ("L'argent était blanchi à Dubaï avant d'être renvoyé en Colombie.", "fr",
         {("illicit_finance", None, "Dubai"), ("illicit_finance", "Dubai", "CO")}),
        ("The money was laundered in Dubai before being sent back to Colombia.", "en",
         {("illicit_finance", None, "Dubai"), ("illicit_finance", "Dubai", "CO")}),
        # people sent back are still no flow
        ("Les migrants ont été renvoyés en Libye par les garde-côtes.", "fr", set()),
        ("The cartel laundered its profits through banks in Panama and Switzerland.", "en",
         {("illicit_finance", None, "PA"), ("illicit_finance", None, "CH")}),
        ("Le cartel blanchissait ses profits par des banques au Panama et en Suisse.", "fr",
         {("illicit_finance", None, "PA"), ("illicit_finance", None, "CH")}),
        ("Profits are laundered through UK banks and wired to Romania.", "en",
         {("illicit_finance", None, "GB"), ("illicit_finance", "GB", "RO")}),
        ("Le système a détourné 4,5 milliards de dollars hors de Malaisie.", "fr",
         {("illicit_finance", "MY", None)}),
        ("The scheme siphoned 4.5 billion dollars out of Malaysia.", "en",
         {("illicit_finance", "MY", None)}),
        ("La cocaïne est transportée par avion du Venezuela vers des pistes clandestines au "
         "Honduras.", "fr", {("drugs", "VE", "HN")}),
        ("Cocaine is flown from Venezuela to clandestine airstrips in Honduras.", "en",
         {("drugs", "VE", "HN")}),
        ("Thousands of Ethiopians cross the Gulf of Aden to Yemen each year.", "en",
         {("migrant_smuggling", "ET", "YE")}),
        ("Des milliers d'Éthiopiens traversent chaque année le golfe d'Aden vers le Yémen.", "fr",
         {("migrant_smuggling", "ET", "YE")}),
        ("Smugglers help migrants cross from Turkey into Greece.", "en",
         {("migrant_smuggling", "TR", "GR")}),
        ("The clan bought real estate in Spain with money laundered from Italy.", "en",
         {("illicit_finance", "IT", "ES")}),
        ("Le clan a acheté des biens immobiliers en Espagne avec de l'argent blanchi venu "
         "d'Italie.", "fr", {("illicit_finance", "IT", "ES")}),
        ("The weapons were bought in Belgium and resold in France.", "en",
         {("weapons", "BE", "FR")}),
        ("Les armes ont été achetées en Belgique puis revendues en France.", "fr",
         {("weapons", "BE", "FR")}),
        # a hashtag's sign before a place (a post quoted)
        ("Ces 1.500 kilos de cocaïne étaient sur le point d'être envoyés en #Autriche.", "fr",
         {("drugs", None, "AT")}),
        ("The 1,500 kilos of cocaine were about to be sent to #Austria.", "en",
         {("drugs", None, "AT")}),
        # "trafficking women to" is trafficking in persons, as "faisaient la traite de femmes"
        ("Police arrested two persons for running an illegal recruitment agency and trafficking "
         "women to Muscat.", "en", {("human_trafficking", None, "Muscat")}),
        ("La police a arrêté deux personnes qui dirigeaient une agence de recrutement illégale "
         "et faisaient la traite de femmes vers Mascate.", "fr",
         {("human_trafficking", None, "Muscat")}),
        ("The smugglers were trafficking migrants to Italy.", "en",
         {("migrant_smuggling", None, "IT")}),
    ],
)  # fmt: skip
def test_round28_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
