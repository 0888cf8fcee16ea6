"""Round 41 (MISSFR) of the extractor for real French prose, as a table of sentences written
for the tests (not taken from the gold corpus) -> (category, origin, destination): the compound
compass parts of a country, "le nord-est de la Tunisie", "le sud-ouest de la France", read as
the simple ones ("le nord de la Tunisie") already were (ANNOTATION.md: an endpoint is the most
specific place the text gives, "le nord de la France" rather than France).

- after a cue ("entre", "vers", "au", "jusqu'au"), "le nord-est de", "le sud-ouest de" ... is
  part of the words before the place, so the cue still gives the place its role: "des
  déplacements entre le nord-est de la Tunisie et la région sicilienne de Trapani";
- a town set off by a comma and "dans le <part> de/du" its country is placed there, not a
  second place: "au port de Santos, dans le sud-est du pays" leaves Santos the end, as
  "Agadez, au Niger" does (plain parts included: "dans le sud du pays").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Des passeurs effectuaient des traversées entre le nord-est de la Tunisie et Trapani "
         "pour transporter des migrants.", "fr",
         {("migrant_smuggling", "Northeastern Tunisia", "Trapani")}),
        ("Des passeurs effectuaient des déplacements entre le nord-est de la Tunisie et la "
         "région sicilienne de Trapani et transportaient des migrants clandestins.", "fr",
         {("migrant_smuggling", "Northeastern Tunisia", "Trapani")}),
        ("Les passeurs conduisaient les migrants jusqu'au sud-est de la France.", "fr",
         {("migrant_smuggling", None, "Southeastern France")}),
        ("Les passeurs conduisaient les migrants érythréens jusqu'au sud-est de la France.",
         "fr", {("migrant_smuggling", "ER", "Southeastern France")}),
        # guard: the simple part keeps today's reading
        ("Les passeurs transportent des migrants entre le nord de la Tunisie et Trapani.", "fr",
         {("migrant_smuggling", "Northern Tunisia", "Trapani")}),
        # a town placed in a part of its country stays the end (the compound rows are guards:
        # s62 did not read the compound part at all)
        ("La douane du Brésil a saisi au port de Santos, dans le sud-est du pays, 1,8 tonne de "
         "cocaïne en partance pour l'Espagne.", "fr", {("drugs", "Santos", "ES")}),
        ("La douane du Brésil a saisi au port de Santos, dans le sud du pays, 1,8 tonne de "
         "cocaïne en partance pour l'Espagne.", "fr", {("drugs", "Santos", "ES")}),
        ("Les armes saisies à Diffa, dans le sud-est du Niger, provenaient du Tchad.", "fr",
         {("weapons", "TD", "Diffa")}),
        # guard: a town placed in its country with "au" keeps today's reading
        ("Les armes saisies à Diffa, au Niger, provenaient du Tchad.", "fr",
         {("weapons", "TD", "Diffa")}),
        # after "en partance pour" too
        ("La douane a saisi au port de Santos 1,8 tonne de cocaïne en partance pour le "
         "sud-est de l'Espagne.", "fr", {("drugs", "Santos", "Southeastern Spain")}),
    ],
)  # fmt: skip
def test_round41_missfr_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
