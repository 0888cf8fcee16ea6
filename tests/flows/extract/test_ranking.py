"""The learned confidence of candidates (flows/extract/ranking.py), on hand-built candidates."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from flows.extract.candidate import Candidate
from flows.extract.direction import DEST, ORIGIN, Tagged
from flows.extract.pipeline import Extractor
from flows.extract.ranking import (
    FEATURES_VERSION,
    WEIGHTS_PATH,
    ConfidenceModel,
    candidate_features,
    document_features,
    keep_confident,
    rescore,
    sentence_features,
)
from flows.extract.readers import Document
from geodata.place import Place

TEXT = "Heroin left Kabul. Police said the heroin was sent from Turkey to Greece by boat."
TURKEY = Place(id="country:TR", name="Türkiye", kind="country", lon=35.0, lat=39.0,
               country_code="TR")  # fmt: skip
GREECE = Place(id="country:GR", name="Greece", kind="country", lon=22.0, lat=39.0,
               country_code="GR")  # fmt: skip
KABUL = Place(id="geonames:1138958", name="Kabul", kind="city", lon=69.2, lat=34.5,
              country_code="AF")  # fmt: skip
SENT = TEXT.index("Police")


def _tag(surface: str, place: Place, role: str, **flags) -> Tagged:
    start = TEXT.index(surface)
    return Tagged(start, start + len(surface), surface, place, role, **flags)


def _candidate(origin: Tagged | None, destination: Tagged | None, confidence=0.7) -> Candidate:
    doc = Document(id="d", text=TEXT, lang="en")
    return Candidate(doc=doc, category="drugs", commodity="heroin", origin=origin,
                     destination=destination, via=[], period_start=None, period_end=None,
                     evidence=TEXT[SENT:], evidence_start=SENT, evidence_end=len(TEXT),
                     confidence=confidence)  # fmt: skip


TR, GR = _tag("Turkey", TURKEY, ORIGIN), _tag("Greece", GREECE, DEST)


@pytest.mark.parametrize(
    ("origin", "destination", "present", "absent"),
    [
        # both ends in the sentence: their kinds, roles, the words around and between them
        (
            TR,
            GR,
            {
                "o_kind=country",
                "o_role=origin",
                "o_p1=from",
                "o_p2=sent",
                "d_p1=to",
                "d_n1=by",
                "between=to",
                "origin_first",
                "gap=2",
                "rule_conf=7",
                "category=drugs",
                "lang=en",
            },
            {"o_none", "o_outside", "same_country"},
        ),  # fmt: skip
        # a null origin
        (None, GR, {"o_none", "d_kind=country"}, {"origin_first", "between=to"}),
        # an origin carried from an earlier sentence: no words from outside the evidence, and
        # no words between two sentences
        (
            _tag("Kabul", KABUL, ORIGIN, inferred=True),
            GR,
            {"o_outside", "o_inferred", "o_kind=city", "pair_across"},
            {"o_p1=left", "o_n1=police", "between=police", "origin_first", "gap=20"},
        ),  # fmt: skip
    ],
)
def test_candidate_features(origin, destination, present, absent):
    f = candidate_features(_candidate(origin, destination), TEXT, "en", 2, 1, None)
    assert present <= f
    assert not (absent & f)


def test_document_features_count_places_siblings_and_the_top_place():
    class M:  # a place mention as the scanner gives it
        def __init__(self, t):
            self.start, self.place = t.start, t.place

    cands = [_candidate(TR, GR), _candidate(None, GR)]
    mentions = [M(TR), M(GR), M(GR)]
    feats = document_features(cands, TEXT, "en", mentions)
    assert {"places=3", "siblings=2", "d_top"} <= feats[0]
    assert "o_top" not in feats[0]


@pytest.mark.parametrize(
    ("features", "expected"),
    [(set(), 0.269), ({"a"}, 0.731), ({"a", "b"}, 0.5), ({"a", "unknown"}, 0.731)],
)
def test_probability_is_the_sigmoid_of_the_weights(features, expected):
    model = ConfidenceModel(intercept=-1.0, weights={"a": 2.0, "b": -1.0})
    assert model.probability(features) == expected


def test_rescore_keeps_the_order_and_reads_the_rules_score_first():
    model = ConfidenceModel(intercept=0.0, weights={"rule_conf=9": 3.0, "rule_conf=3": -3.0})
    high, low = _candidate(TR, GR, confidence=0.9), _candidate(None, GR, confidence=0.3)
    out = rescore([low, high], TEXT, "en", [], model)
    assert out == [low, high]
    assert (low.confidence, high.confidence) == (0.047, 0.953)
    same = _candidate(TR, GR, confidence=0.9)
    assert rescore([same], TEXT, "en", [], None)[0].confidence == 0.9


def test_weights_round_trip_and_bad_files_name_the_file(tmp_path):
    model = ConfidenceModel(intercept=-0.5, weights={"x": 1.25}, meta={"documents": 3})
    path = tmp_path / "w.json"
    model.dump(path)
    assert ConfidenceModel.load(path) == model
    assert ConfidenceModel.load(tmp_path / "missing.json") is None
    (tmp_path / "broken.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(ValueError, match="broken.json: not a confidence model"):
        ConfidenceModel.load(tmp_path / "broken.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    data["features_version"] = FEATURES_VERSION + 1
    path.write_text(json.dumps(data), encoding="utf-8")
    with pytest.raises(ValueError, match="train_confidence"):
        ConfidenceModel.load(path)


def test_bundled_weights_were_learned_from_development_text_only():
    model = ConfidenceModel.load(WEIGHTS_PATH)
    assert model is not None and len(model.weights) > 100
    assert model.meta["trained_on"]
    assert all(name.startswith("dev_") for name in model.meta["trained_on"])


def test_the_extractor_scores_with_the_bundled_model():
    doc = Document(id="x", text="Heroin was smuggled from Afghanistan to Iran.", lang="en")
    learned = Extractor().extract(doc).candidates
    rules = Extractor(confidence=None).extract(doc).candidates
    assert [c.key for c in learned] == [c.key for c in rules]  # the same candidates
    assert learned and all(0.0 < c.confidence < 1.0 for c in learned)
    assert [c.confidence for c in learned] != [c.confidence for c in rules]


@pytest.mark.parametrize(
    ("confidences", "threshold", "kept"),
    [
        ([0.1, 0.5, 0.16], 0.16, [0.5, 0.16]),  # the threshold itself is kept
        ([0.1, 0.5], 0.0, [0.1, 0.5]),  # 0 keeps all
        ([0.1, 0.15], 0.16, [0.15]),  # the document's most confident always stays
        ([0.1, 0.1, 0.05], 0.16, [0.1, 0.1]),  # all of them on a tie
        ([], 0.5, []),
    ],
)
def test_keep_confident(confidences, threshold, kept):
    cands = [_candidate(TR, GR, confidence=c) for c in confidences]
    assert [c.confidence for c in keep_confident(cands, threshold)] == kept


def test_the_threshold_comes_from_the_model_unless_given(tmp_path):
    assert ConfidenceModel(0.0, {}).min_confidence == 0.0  # older files: keep all
    # the rules score a whole flow 0.8 and a half-flow 0.55: the model makes them 0.5 and 0
    model = ConfidenceModel(-9.0, {"rule_conf=8": 9.0}, meta={"min_confidence": 0.2})
    assert model.min_confidence == 0.2
    text = (
        "Cocaine is smuggled from Ecuador into Spain by a criminal network. Migrants also "
        "leave from Libya."
    )
    doc = Document(id="x", text=text, lang="en")
    rules = Extractor(confidence=None).extract(doc)
    assert len(rules.candidates) == 2 and rules.left_out == 0
    cut = Extractor(confidence=model).extract(doc)
    assert [c.origin.place.name for c in cut.candidates] == ["Ecuador"] and cut.left_out == 1
    kept = Extractor(confidence=model, min_confidence=0).extract(doc)
    assert len(kept.candidates) == 2 and kept.left_out == 0


def test_the_bundled_threshold_was_chosen_by_cross_validation():
    model = ConfidenceModel.load(WEIGHTS_PATH)
    table = model.meta["threshold_cv"]
    chosen = next(r for r in table if r["threshold"] == model.meta["cv_threshold"])
    best = max(r["strict_f1"] + r["lenient_f1"] for r in table)
    # applied by default since round 38 (flows/tools/train_confidence.py --apply-threshold)
    assert 0 < model.meta["cv_threshold"] < 0.5
    assert model.min_confidence == model.meta["cv_threshold"]
    assert chosen["strict_f1"] + chosen["lenient_f1"] == pytest.approx(best, abs=1e-3)


@pytest.mark.parametrize(
    ("origin", "destination", "others", "present", "absent"),
    [
        # both ends in the sentence, 10 characters apart; the document's only category
        (
            TR,
            GR,
            [],
            {"end_dist=20", "cat_doc_major", "cat_share=>9"},
            {"cat_doc_minor", "end_dist=60"},
        ),  # fmt: skip
        # a null end: no distance between the ends
        (None, GR, [], {"cat_doc_major"}, {"end_dist=20", "end_dist=60", "end_dist=>150"}),
        # an origin carried from an earlier sentence: the ends are far apart
        (_tag("Kabul", KABUL, ORIGIN, inferred=True), GR, [], {"end_dist=60"}, {"end_dist=20"}),
        # three weapons candidates for one drugs candidate: its category is the document's minor
        (TR, GR, ["weapons"] * 3, {"cat_doc_minor", "cat_share=2"}, {"cat_doc_major"}),
        # one of two categories, tied: the first seen is the major one
        (TR, GR, ["weapons"], {"cat_doc_major", "cat_share=5"}, {"cat_doc_minor"}),
    ],
)
def test_document_features_ends_distance_and_the_documents_category(
    origin, destination, others, present, absent
):
    first = _candidate(origin, destination)
    cands = [first] + [replace(_candidate(TR, GR), category=c) for c in others]
    feats = document_features(cands, TEXT, "en", [])[0]
    assert present <= feats
    assert not (absent & feats)


@pytest.mark.parametrize(
    ("sentence", "lang", "present", "absent"),
    [
        (
            "Police said the heroin was sent from Turkey to Greece by boat.",
            "en",
            {"ev_quote", "ev_move", "evlen=15"},
            {"ev_neg", "ev_seized"},
        ),  # fmt: skip
        (
            "The weapons were not shipped to Greece, customs told reporters.",
            "en",
            {"ev_neg", "ev_quote"},
            {"ev_seized"},
        ),  # fmt: skip
        (
            "Customs seized 40 kg of cocaine in Rotterdam.",
            "en",
            {"ev_seized"},
            {"ev_quote", "ev_neg"},
        ),  # fmt: skip
        (
            "Selon la police, les armes ont été saisies à Marseille.",
            "fr",
            {"ev_quote", "ev_seized"},
            {"ev_neg"},
        ),  # fmt: skip
        ("Les migrants ne sont jamais arrivés en Italie.", "fr", {"ev_neg"}, {"ev_quote"}),
        ("Heroin left Kabul.", "en", {"evlen=15"}, {"ev_quote", "ev_neg", "evlen=30"}),
        (" ".join(["word"] * 40) + " to Greece.", "en", {"evlen=50"}, {"evlen=30", "evlen=15"}),
    ],
)
def test_sentence_features(sentence, lang, present, absent):
    feats = sentence_features(sentence, lang)
    assert present <= feats
    assert not (absent & feats)


def test_the_evidence_sentence_features_reach_every_candidate():
    feats = document_features([_candidate(TR, GR), _candidate(None, GR)], TEXT, "en", [])
    assert all({"ev_quote", "evlen=15"} <= f for f in feats)
