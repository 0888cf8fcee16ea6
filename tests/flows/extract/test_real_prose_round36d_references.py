"""Round 36d of the extractor for real French and English prose: places a text refers to
without naming them, as a table of sentences written for the tests (not taken from the gold
corpus) -> (category, origin, destination):

- "le territoire national" is the country whose police, customs or navy the text names ("la
  police malgache", "les douanes algériennes"), not the last country named.
- "le pays", "the country" with no country named before is that same country.
- "la Grande Île" is Madagascar, "le Pays des Cèdres" Lebanon (capitalised periphrases).
- "l'émirat", "the emirate" is the last place named in an emirate (Qatar, Dubai), not the last
  country named.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("La police malgache a démantelé un réseau qui envoyait des jeunes femmes en Arabie "
         "saoudite. Les victimes quittaient le territoire national avec de faux papiers et "
         "devaient rejoindre la Tanzanie.", "fr",
         {("human_trafficking", "MG", "TZ")}),
        # guard: no police named by nationality, the last country named stays
        ("Un réseau envoyait des jeunes femmes en Arabie saoudite. Les victimes quittaient le "
         "territoire national avec de faux papiers et devaient rejoindre la Tanzanie.", "fr",
         {("human_trafficking", "SA", "TZ")}),
        ("Les douanes algériennes ont déjoué une tentative de transfert illicite de devises. Le "
         "détenteur de cet argent était un Syrien, qui tentait de quitter le pays pour se rendre "
         "à Istanbul en Turquie.", "fr",
         {("illicit_finance", "DZ", "Istanbul")}),
        # guard: customs of no country named, no origin
        ("Les douaniers ont déjoué une tentative de transfert illicite de devises. Le détenteur "
         "de cet argent était un Syrien, qui tentait de quitter le pays pour se rendre à "
         "Istanbul en Turquie.", "fr",
         {("illicit_finance", None, "Istanbul")}),
        ("Kenyan customs foiled an attempt to move undeclared cash. The owner of the money, a "
         "Syrian, was trying to take the cash out of the country to Istanbul in Turkey.", "en",
         {("illicit_finance", "KE", "Istanbul")}),
        # guard: customs of no country named, no origin
        ("Customs foiled an attempt to move undeclared cash. The owner of the money, a Syrian, "
         "was trying to take the cash out of the country to Istanbul in Turkey.", "en",
         {("illicit_finance", None, "Istanbul")}),
        ("Les gendarmes ont saisi de l'héroïne à Maurice. La drogue provenait de la Grande Île, "
         "selon les enquêteurs.", "fr",
         {("drugs", "MG", "MU")}),
        # guard: "une grande île" in lower case is no name
        ("Les gendarmes ont saisi de l'héroïne à Maurice. La drogue provenait d'une grande île, "
         "selon les enquêteurs.", "fr",
         set()),
        ("Le captagon a été saisi à Djeddah. Il arrivait en provenance du Pays des Cèdres, selon "
         "les douanes saoudiennes.", "fr",
         {("drugs", "LB", "SA")}),
        # guard: another country, unnamed, is no origin
        ("Le captagon a été saisi à Djeddah. Il arrivait en provenance d'un autre pays, selon "
         "les douanes saoudiennes.", "fr",
         set()),
        ("Qatar invests heavily in France. The emirate secretly funnelled money to armed groups "
         "in the Sahel.", "en",
         {("illicit_finance", "QA", "Sahel")}),
        ("Le Qatar investit massivement en France. L'émirat transfère des fonds occultes vers "
         "des groupes armés au Sahel.", "fr",
         {("illicit_finance", "QA", None)}),
        # guard: Dubai, named last, is the emirate meant
        ("Le Qatar investit en France. Dubaï est une place financière. L'émirat transfère des "
         "fonds occultes vers des groupes armés au Sahel.", "fr",
         {("illicit_finance", "Dubai", None)}),
    ],
)  # fmt: skip
def test_round36d_references_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
