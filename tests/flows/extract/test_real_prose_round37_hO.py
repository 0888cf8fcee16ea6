"""Round 37 hO of the extractor for human trafficking in real English and French prose, as a
table of sentences written for the tests (not taken from the gold corpus) -> (category,
origin, destination):

- where people fell victim to a trafficking ring, or to its treatment, is where they were
  taken: "fell victim to a human trafficking ring in Pyay", "have become victims of such
  practices across West Africa", "victims of trafficking networks that operate in Cambodia";
  in French "sont victimes de ces pratiques à travers l'Afrique de l'Ouest" (not a transit).
- the job the victims were tricked with is where they went: "told they could count on steady
  jobs in Austria", "with the temptation of employment in Kolkata", "promised them jobs with
  good pay in Oman".
- where people were forced to sell sex is where they were taken: "forced several victims from
  Mexico to engage in prostitution in the United States", "forced to perform sex work in
  hotels and brothels in India".
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Some 40 Thai nationals are believed to have fallen victim to a human trafficking ring "
         "across Myanmar.", "en", {("human_trafficking", "TH", "MM")}),
        ("Nigerian women have become victims of such practices across West Africa.", "en",
         {("human_trafficking", "NG", "West Africa")}),
        ("Hundreds of Indonesian nationals became victims of trafficking networks that operate "
         "in Cambodia.", "en", {("human_trafficking", "ID", "KH")}),
        # guard: the victims of a network run from a place are not taken there
        ("Hundreds of Indonesian nationals became victims of trafficking networks run from "
         "Cambodia.", "en", {("human_trafficking", "ID", None)}),
        ("Des jeunes femmes nigérianes sont victimes de ces pratiques à travers l'Afrique de "
         "l'Ouest.", "fr", {("human_trafficking", "NG", "West Africa")}),
        # guard: a place crossed ("à travers") after the destination stays a transit
        ("Des Nigérianes victimes de la traite ont été emmenées en Italie à travers la Libye.",
         "fr",
         {("human_trafficking", "NG", "IT")}),
        ("Young women from Serbia were forced into prostitution after being told they could "
         "count on steady jobs in Austria.", "en", {("human_trafficking", "RS", "AT")}),
        ("The women from Nepal were recruited by agents who promised them jobs with good pay in "
         "Oman, but they were forced to work as dancers.", "en",
         {("human_trafficking", "NP", "OM")}),
        # guard: a job lost in a place is no destination
        ("The women from Nepal, who had lost their jobs in Kathmandu, were trafficked to "
         "Oman.", "en", {("human_trafficking", "NP", "OM")}),
        ("The defendants forced several victims from Mexico to engage in prostitution in the "
         "United States.", "en", {("human_trafficking", "MX", "US")}),
        ("Once sold, the Bangladeshi girls are forced to perform sex work in hotels and brothels "
         "in India.", "en", {("human_trafficking", "BD", "IN")}),
        # guard: forced to engage in a crime with no place after it gives no destination
        ("The defendants forced several victims from Mexico to engage in prostitution for "
         "years.", "en", {("human_trafficking", "MX", None)}),
    ],
)  # fmt: skip
def test_round37_ho_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
