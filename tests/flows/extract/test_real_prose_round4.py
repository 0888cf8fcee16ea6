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


# -- covert political funding: the payer before the word of funding, the paid after ---------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Moscow secretly financed far-right parties in France and Italy.",
            "en",
            {("illicit_finance", "RU", "FR"), ("illicit_finance", "RU", "IT")},
        ),
        (
            "Ingérence russe : des fonds occultes pour influencer les politiciens.\n"
            "La Russie a financé en secret des partis d'extrême droite en France et en Italie.",
            "fr",
            {("illicit_finance", "RU", "FR"), ("illicit_finance", "RU", "IT")},
        ),
        # a destination cue already says where the money goes: the cue words decide
        (
            "Russia secretly financed parties and sent the money to Serbia via Cyprus.",
            "en",
            {("illicit_finance", "RU", "RS")},
        ),
    ],
)
def test_covert_funding_payer_and_paid(extractor, text, lang, expected):
    assert expected <= _flows(extractor, text, lang)


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        # money spent at home is no movement
        ("Russian oligarchs secretly funded parties in Moscow and Saint Petersburg.", "en"),
        # no place before the word of funding: no payer
        ("Parties in France were secretly financed, investigators said.", "en"),
    ],
)
def test_covert_funding_needs_a_payer_elsewhere(extractor, text, lang):
    assert not {f for f in _flows(extractor, text, lang) if f[1] is not None and f[2]}


# -- people counted by nationality ("thousands of Vietnamese") are what moves ---------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Thousands of Vietnamese are trafficked to the UK every year.",
            "en",
            {("human_trafficking", "VN", "GB")},
        ),
        (
            "Des centaines d'Érythréens ont été acheminés vers l'Italie.",
            "fr",
            {("migrant_smuggling", "ER", "IT")},
        ),
        (
            "Dozens of Syrians and Afghans were smuggled into Austria.",
            "en",
            {("migrant_smuggling", "SY", "AT"), ("migrant_smuggling", "AF", "AT")},
        ),
    ],
)
def test_counted_nationals_are_the_origin(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


# -- several origins and several destinations in one clause: one flow each pair ------------
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Cocaine from Colombia and Peru is shipped to Antwerp and Rotterdam.",
            "en",
            {("drugs", o, "BE" if d == "Antwerp" else "NL")
             for o in ("CO", "PE") for d in ("Antwerp", "Rotterdam")},
        ),
        (
            "La cocaïne part de Colombie et du Pérou vers la France et l'Espagne.",
            "fr",
            {("drugs", o, d) for o in ("CO", "PE") for d in ("FR", "ES")},
        ),
    ],
)  # fmt: skip
def test_listed_origins_times_listed_destinations(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected
