"""Round 36b of the extractor for the two weakest categories, weapons and illicit finance, in
real English and French prose, as a table of sentences written for the tests (not taken from
the gold corpus) -> (category, origin, destination):

- a nationality before "bank(s)" or "account(s)" (after "comptes", "banques" in French) names
  the country where the money sits: "through Latvian and Moldovan banks" is a stop on the way
  (lower case only: "the Lebanese Canadian Bank" is a firm's name).
- money "transmitted" to a place moves there, as money "wired" or "transferred" does.
- a border town before "International Bridge" or "Sector" ("the Del Rio International
  Bridge", "the Laredo Sector") stays a place: where outbound guns and cash are seized.
- "s'approvisionner" (reflexive) in a place is buying there: the goods leave from it, while
  "approvisionner" / "alimenter" a market there still sends them to it.
"""

from __future__ import annotations

import pytest

from flows.extract.readers import Document
from tests.flows.extract import test_real_prose_round3 as round3
from tests.flows.extract.test_real_prose_round13 import _flows

extractor = round3.extractor


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Criminal profits are laundered through UK banks and transmitted to Romania.", "en",
         {("illicit_finance", "GB", "RO"), ("illicit_finance", None, "GB")}),
        # guard: a verb of keeping moves nothing further
        ("Criminal profits are laundered through UK banks and kept in Romania.", "en",
         {("illicit_finance", None, "GB")}),
        ("Officers at the Del Rio International Bridge seized rifles smuggled in a car headed "
         "to Mexico.", "en", {("weapons", "Del Rio", "MX")}),
        ("Border Patrol agents of the Laredo Sector seized smuggled rifles headed to Mexico.",
         "en", {("weapons", "Laredo", "MX")}),
        # guard: "International" after a word that names no town stays an organisation's name
        ("Amnesty International said rifles were smuggled from Serbia to Libya.", "en",
         {("weapons", "RS", "LY")}),
        ("Le trafiquant d'armes a reconnu s'être approvisionné dans la localité d'Am-Doukhoune.",
         "fr", {("weapons", "Um Dukhun", None)}),
        ("Les trafiquants d'armes se sont ravitaillés en Serbie.", "fr",
         {("weapons", "RS", None)}),
        # guard: what the goods feed is still where they go
        ("Ces armes de contrebande pourraient alimenter le crime organisé en Europe.", "fr",
         {("weapons", None, "Europe")}),
    ],
)  # fmt: skip
def test_round36b_category_flows(extractor, text, lang, expected):  # noqa: F811
    assert _flows(extractor, text, lang) == expected


def _vias(extractor, text: str, lang: str) -> set[tuple]:
    doc = Document(id="t", text=text, lang=lang)
    return {
        (c.category, tuple(v["country_code"] for v in c.as_json().get("via") or ()))
        for c in extractor.extract(doc).candidates
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # the banks the money passes through are a stop on its way
        ("Laundered funds were sent from the UK through Moldovan banks.", "en",
         {("illicit_finance", ("MD",))}),
        # guard: a firm named after two nationalities is no place
        ("The Lebanese Canadian Bank laundered drug money sent to Lebanon.", "en", set()),
    ],
)  # fmt: skip
def test_round36b_bank_nationality(extractor, text, lang, expected):  # noqa: F811
    assert _vias(extractor, text, lang) == expected
