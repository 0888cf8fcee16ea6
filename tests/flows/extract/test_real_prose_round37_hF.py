"""Round 37 (hF) of the extractor for real French and English prose, as a table of short
documents written for the tests (not taken from the gold corpus) -> (category, origin,
destination):

- arms (and money) also move lawfully, so a movement of them needs an illicit cue in the
  sentence or near it (``_illicit_around``); in a document clearly about one such trade (most
  of its strong category terms, three at least, and called illicit somewhere:
  ``_DocumentReader._doc_trade``) a movement of those goods is that trade, wherever the
  document says so ("Des fusils d'assaut en provenance des États-Unis sont entrés en Haïti",
  in a story that calls the trade a trafficking only at its end). A lawful cue in the sentence
  still keeps it out, and so does a document that never calls the trade illicit or is mostly
  about something else.
- the French lawful cue "fournies par l'Union européenne" (or "l'armée", "l'OTAN") is read
  with a curly apostrophe too ("les armes fournies par l’Union européenne à l’Ukraine").
"""

from __future__ import annotations

import pytest

from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor

# a document about arms: the movement, then sentences with no cue, the trafficking said last
_ARMS_FR = (
    "Haïti face aux armes.\nLes armes de guerre se multiplient dans le pays. {} Le rapport a "
    "été publié mardi. Les enquêteurs ont recensé des centaines d'armes. {}"
)
_ARMS_EN = (
    "Haiti and its guns.\nWeapons of war are multiplying in the country. {} The report was "
    "published on Tuesday. Investigators counted hundreds of firearms. {}"
)
_END_FR = "Selon l'ONU, ce trafic alimente la violence des gangs."
_END_EN = "According to the UN, this trafficking feeds gang violence."


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (_ARMS_FR.format("Des fusils d'assaut en provenance des États-Unis sont entrés en "
                         "Haïti.", _END_FR), "fr", {("weapons", "US", "HT")}),
        # guard: a lawful cue in the sentence keeps the movement out
        (_ARMS_FR.format("Des fusils fournis par les autorités américaines sont entrés en "
                         "Haïti.", _END_FR), "fr", set()),
        (_ARMS_EN.format("Assault rifles from the United States entered Haiti.", _END_EN), "en",
         {("weapons", "US", "HT")}),
        # guard: a document that never calls the arms illicit
        (_ARMS_EN.format("Assault rifles from the United States entered Haiti.",
                         "The UN says the violence goes on."), "en", set()),
        # guard: a document mostly about drugs, the arms named once
        ("Haiti and drugs.\nCocaine and heroin are common in the country. Assault rifles from the "
         "United States entered Haiti. The report was published on Tuesday. Investigators "
         "counted tons of cocaine and cannabis. According to the UN, this trafficking feeds gang "
         "violence.", "en", set()),
        ("Trafic d'armes : l'inquiétude grandit.\nLes armes fournies par l’Union européenne à "
         "l’Ukraine sont suivies de près.", "fr", set()),
        # guard: arms sent to Ukraine by a smuggling ring stay a flow
        ("Trafic d'armes : l'inquiétude grandit.\nLes armes envoyées par un réseau à l’Ukraine "
         "sont suivies de près.", "fr", {("weapons", None, "UA")}),
    ],
)  # fmt: skip
def test_round37_hf_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected
