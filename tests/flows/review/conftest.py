"""Extraction results shared by the review store tests (extracting once per module)."""

from __future__ import annotations

import pytest

from flows.access import Actor
from flows.extract.pipeline import Extractor
from flows.extract.readers import Document
from flows.review.store import ReviewStore

TEXTS = [
    "Les migrants partent de Libye vers l'Italie. La cocaïne arrive d'Équateur vers Anvers.",
    "Heroin is trafficked from Afghanistan through Iran to Turkey.",
]


@pytest.fixture(scope="module")
def results():
    """Two documents, three candidate flows."""
    ex = Extractor()
    return [ex.extract(Document(id=f"d{i}", text=t, title=f"Doc {i}")) for i, t in enumerate(TEXTS)]


@pytest.fixture()
def store(tmp_path, results) -> ReviewStore:
    """A review store holding the three candidates, queued by a reviewer."""
    s = ReviewStore(tmp_path / "review.sqlite3")
    s.add_results(results, actor=Actor("https://idp.test", "rita", "Rita Reviewer", "reviewer"))
    return s
