"""flows/tools/train_category.py: examples, the fit read back by the product's own arithmetic
(the fit needs scikit-learn, which only the research extra installs)."""

from __future__ import annotations

import pytest

from flows.extract.learned_category import category_features
from flows.tools.gold_groups import group_files
from flows.tools.train_category import candidate_examples, examples, fit


def _doc(lang, title, *flows):
    keys = ("category", "evidence")
    return {"lang": lang, "title": title, "flows": [dict(zip(keys, f, strict=True)) for f in flows]}


@pytest.mark.parametrize(
    ("docs", "expected"),
    [
        ([_doc("en", None, ("drugs", "Heroin"))], [({"lang=en", "w=heroin"}, "drugs")]),
        # a flow without evidence teaches nothing
        ([_doc("fr", "Armes", ("weapons", None), ("weapons", ""))], []),
        ([_doc("fr", "Armes", ("weapons", "Fusils"))],
         [({"lang=fr", "w=fusils", "t=armes"}, "weapons")]),
    ],
)  # fmt: skip
def test_examples(docs, expected):
    assert examples(docs) == expected


def test_the_product_reads_the_fit_as_scikit_learn_does():
    pytest.importorskip("sklearn")
    rows = examples(
        [
            _doc("en", None, ("drugs", "cocaine seized"), ("drugs", "heroin seized")),
            _doc("en", None, ("weapons", "rifles seized"), ("weapons", "pistols smuggled")),
            _doc("en", None, ("migrant_smuggling", "migrants smuggled by boat")),
        ]
    )
    model = fit(rows, c=10.0, min_weight=0.0)
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = DictVectorizer()
    ref = LogisticRegression(C=10.0, max_iter=5000).fit(
        vec.fit_transform([dict.fromkeys(f, 1) for f, _ in rows]), [y for _, y in rows]
    )
    for text in ("cocaine", "rifles smuggled", "boat", ""):
        feats = category_features(text, None, "en")
        expected = ref.predict_proba(vec.transform([dict.fromkeys(feats, 1)]))[0]
        got = model.probabilities(feats)
        assert [got[c] for c in ref.classes_] == pytest.approx(list(expected), abs=0.002)
    assert model.classes == ["drugs", "migrant_smuggling", "weapons"]
    p = model.probabilities(category_features("cocaine and heroin", None, "en"))
    assert max(p, key=p.get) == "drugs" and abs(sum(p.values()) - 1) < 0.01
    # an unseen word changes nothing: the intercepts alone
    assert model.probabilities({"w=unseen"}) == model.probabilities(set())
    assert model.choose("weapons", category_features("cocaine heroin", None, "en"), 0.5, 0.2) == (
        "drugs"
    )


PARIS = {"name": "Paris", "kind": "city", "country_code": "FR", "lon": 2.35, "lat": 48.85}
ITALY = {"name": "Italy", "kind": "country", "country_code": "IT", "lon": 12.5, "lat": 42.5}
SPAIN = {"name": "Spain", "kind": "country", "country_code": "ES", "lon": -3.7, "lat": 40.4}


class Cand:
    def __init__(self, origin, destination, evidence="Heroin"):
        self.evidence = evidence
        self._js = {"category": "weapons", "origin": origin, "destination": destination}

    def as_json(self):
        return self._js


@pytest.mark.parametrize(
    ("cand", "flows", "expected"),
    [
        # one end agrees with a drugs flow: the candidate's sentence teaches "drugs"
        (Cand(ITALY, PARIS), [("drugs", ITALY, None)], ["drugs"]),
        (Cand(None, PARIS), [("drugs", SPAIN, PARIS)], ["drugs"]),
        # no end agrees, or ends agree with flows of two categories: nothing learned
        (Cand(SPAIN, None), [("drugs", ITALY, PARIS)], []),
        (Cand(ITALY, PARIS), [("drugs", ITALY, None), ("weapons", None, PARIS)], []),
        # a null end agrees with nothing
        (Cand(None, None), [("drugs", None, None)], []),
    ],
)
def test_candidate_examples(cand, flows, expected):
    annotated = [{"category": k, "origin": o, "destination": d} for k, o, d in flows]
    doc = {"lang": "en", "title": None, "flows": annotated}
    got = candidate_examples([doc], [[cand]])
    assert [y for _, y in got] == expected
    assert all(f == {"lang=en", "w=heroin"} for f, _ in got)


def test_groups_name_their_files(tmp_path):
    path = tmp_path / "groups.json"
    path.write_text('{"tuned": ["dev_a.jsonl"], "pool": ["dev_b.jsonl", "dev_c.jsonl"]}')
    assert group_files(["pool", "tuned"], path) == [
        tmp_path / "dev_b.jsonl",
        tmp_path / "dev_c.jsonl",
        tmp_path / "dev_a.jsonl",
    ]
    with pytest.raises(SystemExit, match="groups.json: no group fresh"):
        group_files(["fresh"], path)


def test_the_bundled_groups_exist():
    files = group_files(["tuned", "pool"])
    assert files and all(f.exists() and f.name.startswith("dev_") for f in files)
