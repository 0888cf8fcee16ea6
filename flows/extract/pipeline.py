"""From documents to candidate flow records: the extraction pipeline.

One :class:`Extractor` (gazetteer loaded once) handles any number of documents. For each
document: language (:mod:`lang`) -> place mentions over the whole text, so the country focus
is known (:mod:`toponyms`) -> candidate flows (:mod:`document_flows`) -> their confidence from
a learned model (:mod:`ranking`) -> the category a second learned model is sure of
(:mod:`learned_category`) -> :class:`Candidate` objects that serialise to the CLI
contract and to a :class:`flows.model.FlowRecord`.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path

from flows.extract.candidate import Candidate, DocResult
from flows.extract.direction import DEST
from flows.extract.document_flows import document_flows
from flows.extract.lang import detect_language, language_warning
from flows.extract.learned_category import CategoryModel, relabel
from flows.extract.mention import Token
from flows.extract.mention_filters import no_place_of_its_own
from flows.extract.ranking import ConfidenceModel, keep_confident, rescore
from flows.extract.readers import Document, ReadIssue, read_documents
from flows.extract.stopword_towns import WORD_TOWN
from flows.extract.toponyms import ToponymScanner
from flows.limits import EXTRACT_SECONDS, MAX_DOCUMENT_MB


class Extractor:
    """Extracts place mentions and candidate flows; load once, reuse for many documents."""

    def __init__(
        self,
        gazetteer=None,
        confidence: ConfidenceModel | None | str = "bundled",
        min_confidence: float | None = None,
        category: CategoryModel | None | str = "bundled",
    ) -> None:
        """``confidence``: the model that scores candidates (:mod:`ranking`); "bundled" loads
        the shipped weights, None keeps the rules' scores. ``min_confidence``: candidates under
        it are left out, each document's most confident excepted (``ranking.confident``); None
        takes the model's setting (the bundled model's cross-validated threshold), 0 keeps every
        candidate. Without a model nothing is left out. ``category``: the model that may
        replace a candidate's category (:mod:`learned_category`); "bundled" loads the shipped
        weights, None keeps the rules' categories."""
        self.scanner = ToponymScanner(gazetteer)
        self.category = CategoryModel.load() if category == "bundled" else category
        self.confidence = ConfidenceModel.load() if confidence == "bundled" else confidence
        if self.confidence is None:
            self.min_confidence = 0.0
        elif min_confidence is None:
            self.min_confidence = self.confidence.min_confidence
        else:
            self.min_confidence = min_confidence

    # -- language ------------------------------------------------------------------------------
    def language(self, doc: Document, override: str | None = None) -> tuple[str | None, list[str]]:
        lang = override or doc.lang or detect_language(doc.text)
        warning = language_warning(lang)
        return lang, [f"{doc.id}: {warning}"] if warning else []

    def places(self, doc: Document, lang: str | None = None, demonyms: bool = False) -> DocResult:
        """The places ``doc`` names (ANNOTATION.md): the mentions the flows read, less those
        that are no place of their own: the demonyms ("les côtes libyennes", "the Libyan
        coast"), which give a flow its endpoint; the seats named in regional police and court
        units ("la JIRS de Lille"); the names inside a group's, a medium's, a product's or a
        person's name ("Jeune Afrique"); a continent named by its adjective ("le continent
        africain"); a region naming a route ("la route des Balkans"): see
        :func:`mention_filters.no_place_of_its_own`. ``demonyms=True`` keeps them all (the
        endpoints a reviewer may pick)."""
        refused = _refused(doc)
        if refused is not None:
            return refused
        result = self._places(doc, lang)[0]
        if not demonyms:
            rules_lang = result.lang if result.lang in ("fr", "en") else "en"
            result.mentions = [
                m for m in result.mentions if not no_place_of_its_own(doc.text, m, rules_lang)
            ]
        return result

    def _places(self, doc: Document, lang: str | None) -> tuple[DocResult, list[Token]]:
        lang, warnings = self.language(doc, lang)
        warnings = [*doc.warnings, *warnings]  # reading (not UTF-8) first, then language
        rules_lang = lang if lang in ("fr", "en") else "en"
        mentions, tokens = self.scanner.scan_tokens(doc.text, rules_lang)
        return DocResult(doc, lang, mentions, warnings=warnings), tokens

    def _place_of(self, key: str):
        """A country by ISO code, or a region or a city by name (``region:Europe``,
        ``place:Toulouse``)."""
        kind, _, name = key.partition(":")
        if kind in ("region", "place"):
            res = self.scanner.resolve(name, "en", ())
            return res.place if res is not None else None
        return self.scanner._country(key)

    def extract(
        self, doc: Document, lang: str | None = None, budget: float | None = None
    ) -> DocResult:
        """Candidate flows of ``doc``. Work is bounded: a text over
        :data:`flows.limits.MAX_DOCUMENT_MB` is refused, and extraction stops after
        ``budget`` seconds (default :data:`flows.limits.EXTRACT_SECONDS`); either way
        ``result.cut`` and a warning say which document, where and why."""
        refused = _refused(doc)
        if refused is not None:
            return refused
        deadline = time.monotonic() + (budget if budget is not None else EXTRACT_SECONDS.value())
        result, tokens = self._places(doc, lang)
        rules_lang = result.lang if result.lang in ("fr", "en") else "en"
        # a town named by a common word ("Ans", "Côme") is a place of the text, not a flow end:
        # a capital letter is too weak a sign for that
        ends = [m for m in result.mentions if m.method != WORD_TOWN]
        candidates, stopped_at = document_flows(
            doc, ends, rules_lang, result.lang, tokens, self._place_of, deadline
        )
        scored = rescore(candidates, doc.text, rules_lang, ends, self.confidence)
        # Relabelled after rescoring. The trainer (flows/tools/train_confidence.py) computes the
        # features after relabelling and from every mention, so 244 of 3,276 read candidates
        # differ; learning on these features tied in cross-validation and did worse on fresh
        # text (round 56, benchmarks/README.md), so the two stay as they are.
        scored = relabel(scored, doc.title, rules_lang, self.category)
        result.candidates = keep_confident(scored, self.min_confidence)
        result.left_out = len(scored) - len(result.candidates)
        if stopped_at is not None:
            limit = EXTRACT_SECONDS.describe() if budget is None else f"the {budget:g} s budget"
            result.cut = (
                f"cut at character {stopped_at:,} of {len(doc.text):,}: extraction took longer "
                f"than {limit}; flows after that point are missing (split the document, or "
                f"{EXTRACT_SECONDS.setting()})"
            )
            result.warnings.append(f"{doc.id}: {result.cut}")
        return result


def _refused(doc: Document) -> DocResult | None:
    """A result saying why ``doc`` is not read at all (text over the size limit), or None."""
    size = len(doc.text)
    if size <= MAX_DOCUMENT_MB.bytes():
        return None
    why = (
        f"not extracted: its text has {size:,} characters, over "
        f"{MAX_DOCUMENT_MB.describe()} (split it, or {MAX_DOCUMENT_MB.setting()})"
    )
    return DocResult(doc, doc.lang, [], warnings=[f"{doc.id}: {why}"], cut=why)


def iter_documents(paths: Iterable[str | Path], issues: list[ReadIssue]) -> Iterator[Document]:
    """Documents under ``paths``; unreadable ones are appended to ``issues`` and skipped."""
    for item in read_documents(paths):
        if isinstance(item, ReadIssue):
            issues.append(item)
            print(f"warning: cannot read {item}", file=sys.stderr)
        else:
            yield item


def progress(iterable, desc: str, total: int | None = None, disable: bool = False):
    """A tqdm bar on stderr, shown only when the work takes more than a second."""
    from tqdm import tqdm

    return tqdm(
        iterable, desc=desc, total=total, unit="doc", file=sys.stderr, delay=1.0, disable=disable
    )


__all__ = [
    "Candidate",
    "DocResult",
    "Extractor",
    "iter_documents",
    "progress",
    "DEST",
]
