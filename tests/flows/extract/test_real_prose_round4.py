"""Patterns of real prose added in round 4 of issue 8, as tables of inputs (written for the
tests, not taken from the gold corpus) -> expected outputs.

Endpoints: the ISO code of a country or of the country of a city, the gazetteer name of a
region or sea; None when the text gives no such end.
"""

from __future__ import annotations

import pytest

from flows.extract.direction import DEST, LOCATION, ORIGIN, FlowDraft, Tagged
from flows.extract.hubs import split_at_hubs
from flows.extract.readers import Document
from geodata.place import Place
from tests.flows.extract import test_real_prose_round3 as round3

# the extractor fixture and the (category, origin, destination) reader of round 3
extractor = round3.extractor
_flows = round3._flows


# -- hubs where goods change form (ANNOTATION.md: the hub ends one flow and starts the next) --
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Afghan opium is turned into heroin in Turkey, then sent to Europe.",
            "en",
            {("drugs", "AF", "TR"), ("drugs", "TR", "Europe")},
        ),
        (
            "Afghan opium is processed into heroin in clandestine Turkish labs for distribution "
            "in Europe and Russia.",
            "en",
            {("drugs", "AF", "TR"), ("drugs", "TR", "Europe"), ("drugs", "TR", "RU")},
        ),
        # the hub is also the origin the rules read for the second leg: no repeat
        (
            "The opium from Afghanistan is refined into heroin in Iran and then smuggled to "
            "Europe.",
            "en",
            {("drugs", "AF", "IR"), ("drugs", "IR", "Europe")},
        ),
        (
            "L'opium afghan est transformé en héroïne en Turquie, puis acheminé vers l'Europe.",
            "fr",
            {("drugs", "AF", "TR"), ("drugs", "TR", "Europe")},
        ),
        # no processing word: one flow, the transit is not a hub
        (
            "Heroin trafficked from Afghanistan through Iran and Turkey reaches Western Europe.",
            "en",
            {("drugs", "AF", "Western Europe")},
        ),
    ],
)
def test_processing_hub_splits_the_flow(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


def _place(pid: str, name: str, code: str) -> Place:
    return Place(pid, name, "country", 0.0, 0.0, code)


AF, TR, FR = (_place("country:AF", "Afghanistan", "AF"), _place("country:TR", "Turkey", "TR"),
              _place("country:FR", "France", "FR"))  # fmt: skip


def _tag(text: str, word: str, place: Place, role: str | None) -> Tagged:
    i = text.index(word)
    return Tagged(i, i + len(word), word, place, role)


@pytest.mark.parametrize(
    ("text", "hub_role", "expected"),
    [
        # a place named shortly after the processing word, between the two ends
        ("Opium from Afghanistan is refined in Turkey and sold in France.", LOCATION,
         [("AF", "TR"), ("TR", "FR")]),
        # the processing word comes after the would-be hub: no hub
        ("Opium from Afghanistan goes via Turkey, refined, and sold in France.", LOCATION,
         [("AF", "FR")]),
        # a negated place is never a hub
        ("Opium from Afghanistan is refined, not in Turkey, and sold in France.", None,
         [("AF", "FR")]),
    ],
)  # fmt: skip
def test_split_at_hubs_table(text, hub_role, expected):
    o = _tag(text, "Afghanistan", AF, ORIGIN)
    hub = _tag(text, "Turkey", TR, hub_role)
    hub.negated = "not in" in text
    d = _tag(text, "France", FR, DEST)
    drafts = split_at_hubs([FlowDraft(o, d, [], o.start)], [o, hub, d], text, 0, "en")
    got = [(f.origin.place.country_code, f.destination.place.country_code) for f in drafts]
    assert got == expected


# -- places the gazetteer did not know (seas, straits, islands, regions) ---------------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("The dhow was stopped in the Arabian Sea.", "en", ("Arabian Sea", "sea")),
        ("Le boutre a été arraisonné en mer d'Arabie.", "fr", ("Arabian Sea", "sea")),
        ("Tankers cross the Strait of Hormuz.", "en", ("Strait of Hormuz", "sea")),
        ("Des pirogues traversent le détroit d'Ormuz.", "fr", ("Strait of Hormuz", "sea")),
        ("Women were sent to the Gulf Arab states.", "en", ("Arabian Peninsula", "region")),
        ("Les kwassas partent d'Anjouan.", "fr", ("Anjouan", "region")),
        ("Boats leave Mohéli at night.", "en", ("Mohéli", "region")),
        ("Cocaine crossed the Gulf of Mexico.", "en", ("Gulf of Mexico", "sea")),
        ("Les passeurs traversent la mer d'Alboran.", "fr", ("Alboran Sea", "sea")),
        ("Arms circulate in the Lake Chad basin.", "en", ("Lake Chad basin", "region")),
        ("Les armes circulent dans la région des Grands Lacs.", "fr",
         ("Great Lakes region", "region")),
    ],
)  # fmt: skip
def test_new_seas_and_regions_are_places(extractor, text, lang, expected):
    mentions = extractor.places(Document("t", text, lang)).mentions
    got = {(m.place.name, m.place.kind) for m in mentions}
    assert expected in got
