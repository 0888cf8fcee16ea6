"""Round 56 (NATIONALS3) of people named by nationality as an origin, as a table of sentences
written for the tests (not taken from the gold corpus) -> (category, origin, destination):

- a French nationality in lower case after an article and a count ("les deux érythréens") is a
  noun, people, as after the article alone ("les érythréens"); a verb of transit after it
  ("transitaient par") says they travel, so their country is the origin;
- "en majorité des Maliens" names the nationality of people moved, as "surtout des Maliens";
- guards: a nationality adjective after its noun ("les deux navires érythréens"), the
  smugglers' nationality ("les passeurs, en majorité des Albanais") and the nationality in
  upper case stay as they were.
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # an article, a count, a nationality in lower case: people, who transit
        ("Les deux érythréennes transitaient par Le Caire et devaient rejoindre Milan, selon "
         "les enquêteurs de la brigade de lutte contre la traite.", "fr",
         {("human_trafficking", "ER", "IT")}),
        ("Ces quatre soudanais transitaient par la Libye avant de gagner l'Italie en bateau, "
         "ont expliqué les passeurs.", "fr",
         {("migrant_smuggling", "SD", "IT")}),
        # ... in upper case, as before
        ("Les deux Érythréennes transitaient par Le Caire et devaient rejoindre Milan, selon "
         "les enquêteurs de la brigade de lutte contre la traite.", "fr",
         {("human_trafficking", "ER", "IT")}),
        # "en majorité des": the nationality of people moved
        ("Des pirogues partent chaque semaine de Nouadhibou vers les Canaries avec à leur bord "
         "des migrants de la région - en majorité des Guinéens.", "fr",
         {("migrant_smuggling", "GN", "Canary Islands"),
          ("migrant_smuggling", "MR", "Canary Islands")}),
    ],
)  # fmt: skip
def test_round56_nationals(extractor, text, lang, expected):
    assert expected <= round3._flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang", "absent"),
    [
        # an adjective after its noun: no people
        ("Les deux navires érythréens transitaient par Suez avant de rejoindre Djeddah avec "
         "des migrants.", "fr", ("migrant_smuggling", "ER", "SA")),
        # the smugglers' nationality is no origin
        ("Les passeurs, en majorité des Albanais, faisaient passer des migrants vers "
         "l'Angleterre.", "fr", ("migrant_smuggling", "AL", "England")),
    ],
)  # fmt: skip
def test_round56_nationals_guards(extractor, text, lang, absent):
    assert absent not in round3._flows(extractor, text, lang)
