"""Round 42 (SETTING) of the extractor for real English and French prose, as a table of
sentences written for the tests (not taken from the gold corpus) -> (category, origin,
destination): a place named as the setting of a sentence is no end of a movement.

A sentence that only sets the scene ("Cette histoire se passe en France, dans la banlieue nord
de Paris", "UNODC brought together in Dubai investigators and judges", a conference, a
hearing, a trial, a report published somewhere) names where something happens, not where
goods or people went: the place right after such a cue ("se passe", "se déroule", "s'est
tenu", "réunis", "conférence", "sommet", "procès", "audience", "publié", "brought together",
"gathered", "met", "meeting", "conference", "summit", "hearing", "trial", "published",
"interviewed", then "à / en / dans" or "in / at", with no "to / from / vers / depuis" in
between) takes no end's role, so no half-flow starts there and no end carried over from the
document (its title's origin, a nationality) is joined to it. Read part: 2 wrong flows fewer
(en-634, fr-626), none lost; the fresh part: 1 wrong flow fewer.

Guard rows keep today's behaviour: the place of a seizure is the destination ("Spanish police
seized cocaine from Colombia in Valencia", ANNOTATION.md), so is the place where victims were
exploited, and a movement to a place named after a verb of movement ("brought migrants to
Dubai", "conduits en France, dans la banlieue nord de Paris").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Migrant smuggling\n\nMigrants from South Asia are smuggled into West African "
         "countries. From 29 to 31 March 2022, UNODC brought together in Dubai, United Arab "
         "Emirates, investigators, prosecutors and judges from 14 countries affected by the "
         "transregional smuggling route leading from Asia to the Americas.", "en",
         {("migrant_smuggling", "South Asia", "West Africa"),
          ("migrant_smuggling", "Asia", "Americas")}),
        ("Des migrants venus d'Afrique du Nord sont exploités sur des chantiers. Cette histoire "
         "se passe en France, dans la banlieue nord de Paris, en septembre 2014.", "fr",
         {("migrant_smuggling", "North Africa", None)}),
        ("Des femmes nigérianes sont exploitées en Italie. L'histoire de ce réseau de traite se "
         "passe à Turin.", "fr", {("human_trafficking", "NG", "IT")}),
        # guard: migrants brought to Dubai, a movement, keep their end
        ("Migrants from South Asia are smuggled into West Africa. From 29 to 31 March, "
         "smugglers brought migrants to Dubai on the route from Asia to the Americas.", "en",
         {("migrant_smuggling", "South Asia", "West Africa"),
          ("migrant_smuggling", "South Asia", "Dubai"),
          ("migrant_smuggling", "Asia", "Americas")}),
        # guard: taken to the suburbs of Paris, a movement
        ("Des migrants venus d'Afrique du Nord sont exploités sur des chantiers. Ils ont ensuite "
         "été conduits en France, dans la banlieue nord de Paris.", "fr",
         {("migrant_smuggling", "North Africa", "Paris")}),
        # guard: the place of a seizure is the destination (ANNOTATION.md)
        ("Cocaine is shipped from Colombia to Europe. Spanish police seized 200 kg of cocaine "
         "from Colombia in Valencia.", "en",
         {("drugs", "CO", "Europe"), ("drugs", "CO", "Valencia")}),
        ("Colombian police seized 200 kg of cocaine from Colombia bound for Spain.", "en",
         {("drugs", "CO", "ES")}),
        # guard: where victims were exploited is where they were brought
        ("Nigerian women are trafficked to Europe. The victims were exploited in Paris.", "en",
         {("human_trafficking", "NG", "Europe"), ("human_trafficking", "NG", "Paris")}),
        ("Des femmes nigérianes sont amenées en Europe. Les victimes étaient exploitées à "
         "Paris.", "fr",
         {("human_trafficking", "NG", "Europe"), ("human_trafficking", "NG", "Paris")}),
    ],
)  # fmt: skip
def test_round42_setting_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
