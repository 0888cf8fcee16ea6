"""Round 37 (hM) of the extractor for real English and French prose, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination): an end
too coarse inside one sentence (an endpoint is the most specific place the text gives for that
end, ANNOTATION.md).

- a destination inside the country the flow was going to, named after it and not in a list
  with it, is where that movement ended: "took the girl to Norway, where she was put to work
  in street prostitution in Oslo", "enter Turkey before heading west to cities such as
  Istanbul";
- a nationality of the country a destination lies in names no further end: "took the women to
  Kunming, in China's Yunnan province, where they were forced to marry Chinese men";
- a finer place of a country, set off after it by a comma and "dans" / "in": "emmenées jusqu'en
  Libye, dans la zone côtière près de Tripoli", "taken to Libya, in the coastal area near
  Tripoli", and the place of seizure "en Guinée-Bissau, dans l'archipel des Bijagos, alors
  qu'ils s'apprêtaient à naviguer vers les Canaries".
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("A second woman then took the girl to Norway, where she was put to work in street "
         "prostitution in Oslo.", "en", {("human_trafficking", None, "Oslo")}),
        # guard: no finer place of the country named after it, the country stays
        ("A second woman then took the girl to Norway, where she was put to work in street "
         "prostitution.", "en", {("human_trafficking", None, "NO")}),
        ("Smugglers bring Afghans across the border from Iran into Turkey before they head west "
         "to cities such as Istanbul.", "en", {("migrant_smuggling", "IR", "Istanbul")}),
        # guard: a next leg to another country starts where the first ended
        ("Smugglers bring Afghans across the border from Iran into Turkey before they head on "
         "to Greece.", "en",
         {("migrant_smuggling", "IR", "TR"), ("migrant_smuggling", "TR", "GR")}),
        ("The traffickers took the women to Kunming, in China's Yunnan province, where they "
         "were forced to marry Chinese men.", "en", {("human_trafficking", None, "Kunming")}),
        # guard: a nationality of another country is still where they were taken
        ("The traffickers took the women to Kunming, where they were forced to marry Vietnamese "
         "men.", "en", {("human_trafficking", None, "VN")}),
        ("Les jeunes filles étaient emmenées du Nigeria jusqu'en Libye, dans la zone côtière "
         "près de Tripoli.", "fr", {("migrant_smuggling", "NG", "Tripoli")}),
        ("The young women were taken from Nigeria to Libya, in the coastal area near Tripoli.",
         "en", {("migrant_smuggling", "NG", "Tripoli")}),
        # guard: a town of another country after the comma leaves the country the end
        ("Les jeunes filles étaient emmenées du Nigeria jusqu'en Libye, dans la zone côtière "
         "près de Tunis.", "fr", {("migrant_smuggling", "NG", "LY")}),
        ("Cent migrants ont été arrêtés par la marine en Guinée-Bissau, dans l'archipel des "
         "Bijagos, alors qu'ils s'apprêtaient à naviguer vers les Canaries.", "fr",
         {("migrant_smuggling", "Bijagós", "Canary Islands")}),
        # guard: no finer place, the country where they were stopped is where they left from
        ("Cent migrants ont été arrêtés par la marine en Guinée-Bissau, alors qu'ils "
         "s'apprêtaient à naviguer vers les Canaries.", "fr",
         {("migrant_smuggling", "GW", "Canary Islands")}),
    ],
)  # fmt: skip
def test_round37_hm_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
