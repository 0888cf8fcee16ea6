"""Flows: sentences -> expected (category, origin, destination) in French and English.

Endpoints are written as ISO codes for countries and cities, or the gazetteer name for
regions; None means the text gives no such endpoint.
"""

from __future__ import annotations

import pytest

from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.model import FlowRecord


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    # every candidate the rules give: the output's confidence cut is tested in test_ranking
    return Extractor(min_confidence=0)


def _key(t):
    if t is None:
        return None
    return t.place.country_code or t.place.name


def _flows(extractor, text, lang, published=None):
    doc = Document(id="t", text=text, lang=lang, published=published)
    return {
        (c.category, _key(c.origin), _key(c.destination)) for c in extractor.extract(doc).candidates
    }


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        # origin -> destination from the language of movement
        (
            "La cocaïne est acheminée depuis l'Équateur à destination d'Anvers.",
            "fr",
            {("drugs", "EC", "BE")},
        ),
        (
            "Des armes de contrebande en provenance de Serbie sont revendues vers la France.",
            "fr",
            {("weapons", "RS", "FR")},
        ),
        ("Les migrants partent de Libye vers l'Italie.", "fr", {("migrant_smuggling", "LY", "IT")}),
        (
            "L'héroïne afghane transite par l'Iran et la Turquie avant d'arriver en Bulgarie.",
            "fr",
            {("drugs", "AF", "BG")},
        ),
        ("Cocaine is smuggled from Ecuador into Spain.", "en", {("drugs", "EC", "ES")}),
        (
            "Heroin routed through Iran reaches Turkey from Afghanistan.",
            "en",
            {("drugs", "AF", "TR")},
        ),
        ("Nigerian women are trafficked to Italy.", "en", {("human_trafficking", "NG", "IT")}),
        # several flows in one sentence
        (
            "La cocaïne arrive d'Amérique latine vers l'Espagne, tandis que le haschich marocain "
            "traverse le détroit de Gibraltar vers la France.",
            "fr",
            {("drugs", "Latin America", "ES"), ("drugs", "MA", "FR")},
        ),
        (
            "Ecstasy from Belgium and cocaine from Peru were seized in Melbourne.",
            "en",
            {("drugs", "BE", "AU"), ("drugs", "PE", "AU")},
        ),
        (
            "Les pilules sont envoyées vers la Jordanie et le Koweït depuis la Syrie.",
            "fr",
            {("drugs", "SY", "JO"), ("drugs", "SY", "KW")},
        ),
        # people named by nationality, goods by the country they come from
        (
            "Le réseau faisait passer des Afghans de la Turquie vers la Bulgarie.",
            "fr",
            {("migrant_smuggling", "TR", "BG")},
        ),
        (
            "Thousands of Syrians were smuggled across the border into Turkey.",
            "en",
            {("migrant_smuggling", "SY", "TR")},
        ),
        (
            "Weapons stolen from Libyan arsenals have been sold to armed groups in Mali.",
            "en",
            {("weapons", "LY", "ML")},
        ),
        # a border crossing between two countries
        (
            "Plus de 8 000 personnes ont franchi illégalement la frontière entre la Biélorussie "
            "et la Pologne.",
            "fr",
            {("migrant_smuggling", "BY", "PL")},
        ),
        # seizure place completes the flow
        (
            "Selon la douane, 2 tonnes de cocaïne en provenance du Brésil ont été saisies au Havre",
            "fr",
            {("drugs", "BR", "FR")},
        ),
        # negation: the negated transit is not a transit
        ("Les réseaux de passeurs n'envoient plus de migrants vers la Grèce.", "fr", set()),
        ("There is no evidence that weapons were smuggled from Ukraine into Moldova.", "en", set()),
        # lawful movements are not trafficking flows
        ("L'aide militaire envoyée à l'Ukraine par la France a augmenté.", "fr", set()),
        ("The United States delivered military aid to Ukraine.", "en", set()),
        ("800 refugees were relocated from Poland to Ireland under an EU scheme.", "en", set()),
        ("Britain deported 50 Albanians back to Tirana last week.", "en", set()),
        (
            "Migrants leaving Senegal for the Canary Islands face a deadly route.",
            "en",
            {("migrant_smuggling", "SN", "ES")},
        ),
        (
            "Cocaine production in Colombia hit a record, most of it destined for the United "
            "States.",
            "en",
            {("drugs", "CO", "US")},
        ),
        # a place without movement is not a flow
        ("La police de Lyon a arrêté trois trafiquants de cocaïne.", "fr", set()),
        # apposition: "Agadez, au Niger" locates Agadez
        (
            "Les migrants sont conduits jusqu'à Agadez, au Niger.",
            "fr",
            {("migrant_smuggling", None, "NE")},
        ),
    ],
)
def test_flows_in_sentences(extractor, text, lang, expected):
    assert _flows(extractor, text, lang) == expected


def test_transit_is_kept_in_order(extractor):
    doc = Document(id="t", lang="en", text="Heroin is trafficked from Afghanistan through Iran and "
                   "Turkey to Germany.")  # fmt: skip
    (cand,) = extractor.extract(doc).candidates
    assert [v.place.country_code for v in cand.via] == ["IR", "TR"]


def test_negated_transit_is_dropped(extractor):
    doc = Document(id="t", lang="fr", text="La cocaïne venue du Brésil n'a pas transité par "
                   "l'Espagne mais par le Portugal avant d'arriver en France.")  # fmt: skip
    (cand,) = extractor.extract(doc).candidates
    assert [v.place.country_code for v in cand.via] == ["PT"]


def test_back_reference_to_the_country(extractor):
    text = ("Le Maroc produit la majorité du haschich saisi en Europe. "
            "Les passeurs font sortir la résine du pays vers l'Espagne.")  # fmt: skip
    found = _flows(extractor, text, "fr")
    assert ("drugs", "MA", "ES") in found


def test_evidence_offsets_and_record(extractor):
    text = (
        "Titre\n\nDes armes de guerre ont été introduites illégalement en France depuis la Serbie."
    )
    doc = Document(id="doc-1", text=text, lang="fr", published="2021-03-18", title="Titre")
    (cand,) = extractor.extract(doc).candidates
    assert text[cand.evidence_start : cand.evidence_end] == cand.evidence
    assert cand.evidence.startswith("Des armes")
    record = cand.to_record()
    assert isinstance(record, FlowRecord)
    assert record.status == "extracted" and record.verification == "unverified"
    assert record.id.startswith("x-")
    assert record.sources[0].evidence == cand.evidence
    assert record.sources[0].publisher == "unknown"
    assert (record.origin.country, record.destination.country) == ("RS", "FR")


def test_json_object_has_the_contract_keys(extractor):
    doc = Document(id="d", text="Cocaine is shipped from Colombia to Spain.", lang="en")
    (cand,) = extractor.extract(doc).candidates
    obj = cand.as_json()
    assert list(obj) == ["doc", "category", "commodity", "origin", "destination", "via",
                         "period_start", "period_end", "evidence", "evidence_start",
                         "evidence_end", "confidence"]  # fmt: skip
    assert set(obj["origin"]) == {"surface", "name", "kind", "country_code", "lon", "lat"}
    assert 0.0 <= obj["confidence"] <= 1.0


def test_period_is_resolved_against_publication(extractor):
    doc = Document(id="d", lang="fr", published="2022-06-09",
                   text="En mars dernier, des armes ont été envoyées illégalement de Serbie "
                        "vers la France.")  # fmt: skip
    (cand,) = extractor.extract(doc).candidates
    assert (cand.period_start, cand.period_end) == ("2022-03", None)


# a sentence with two times -> {(origin, destination): (period start, period end)} of a flow
@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        (
            "Migrants are smuggled from Libya to Italy since 2014; in the 1990s the route "
            "started in Albania.",
            "en", {("LY", "IT"): ("2014", "2020-05")},
        ),
        (
            "Les migrants partent de Libye vers l'Italie depuis 2014 ; dans les années 1990, "
            "la route partait d'Albanie.",
            "fr", {("LY", "IT"): ("2014", "2020-05")},
        ),
    ],
)  # fmt: skip
def test_period_comes_from_the_flow_clause(extractor, text, lang, expected):
    doc = Document(id="d", lang=lang, published="2020-05", text=text)
    got = {
        (_key(c.origin), _key(c.destination)): (c.period_start, c.period_end)
        for c in extractor.extract(doc).candidates
    }
    assert {k: got.get(k) for k in expected} == expected


def test_same_document_twice_gives_the_same_keys(extractor):
    text = "Les migrants partent de Libye vers l'Italie."
    a = extractor.extract(Document(id="a", text=text, lang="fr")).candidates
    b = extractor.extract(Document(id="b", text=text, lang="fr")).candidates
    assert [c.key for c in a] == [c.key for c in b]
