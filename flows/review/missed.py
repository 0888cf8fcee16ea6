"""Flows the extractor missed, added by hand from a document of the review queue.

A reviewer reads a document and sees a flow that no candidate gives. This module turns their
fields and an exact quote of the document into a record (status ``reviewed``), with the
document as its source and the quote's offsets as evidence. The store keeps the record, with an
``add`` entry in the audit trail (:meth:`flows.review.store.ReviewStore.add_missed`).
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

from flows.model import FlowRecord, has_visible_text, source_date_and_language


@dataclass(frozen=True)
class StoredDocument:
    """A document of the review queue, as the store keeps it."""

    content_hash: str
    doc_id: str
    title: str | None
    url: str | None
    published: str | None
    lang: str | None
    publisher: str | None
    text: str


class MissedFlowError(ValueError):
    """A flow added by hand cannot be recorded; the message says which field and why."""


_SOURCE_URL = re.compile(r"^(https?://|file:|doc:)\S+$")


def locate_evidence(text: str, quote: str) -> tuple[int, int]:
    """Where the reviewer's quote is in the document: ``(start, end)`` of its first occurrence.

    Runs of white space in the quote match any white space in the text (a quote copied from a
    page loses line breaks); the quote must otherwise be exact.

    >>> locate_evidence("Heroin came from Iran.\\nIt reached Turkey.", "came  from Iran. It")
    (7, 25)
    >>> locate_evidence("Heroin came from Iran.", "came from Iraq")
    Traceback (most recent call last):
    ...
    flows.review.missed.MissedFlowError: evidence: the quote is not in the document ...
    """
    words = quote.split()
    if not words:
        raise MissedFlowError(
            "evidence: quote the sentence of the document that states the flow (it is empty)"
        )
    pattern = r"\s+".join(re.escape(w) for w in words)
    found = re.search(pattern, text)
    if found is None:
        raise MissedFlowError(
            "evidence: the quote is not in the document (copy a sentence of it exactly; "
            f"it begins {' '.join(words[:8])!r})"
        )
    return found.start(), found.end()


def missed_key(doc: StoredDocument, start: int, end: int, record: FlowRecord) -> str:
    """Stable identity of a flow added by hand: same document, quote, category and endpoints."""

    def place(ref) -> str:
        return "" if ref is None else f"{ref.name}|{ref.country or ''}"

    parts = ["added", doc.content_hash, str(start), str(end), record.category,
             place(record.origin), place(record.destination)]  # fmt: skip
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def document_source(doc: StoredDocument, start: int, end: int) -> dict:
    """The document as a record's source, with the quote's offsets as evidence."""
    published, lang = source_date_and_language(doc.published, doc.lang)
    url = doc.url.strip() if doc.url and _SOURCE_URL.match(doc.url.strip()) else None
    return {
        "title": (doc.title.strip() if has_visible_text(doc.title) else doc.doc_id)[:300],
        "publisher": doc.publisher.strip() if has_visible_text(doc.publisher) else "unknown",
        "url": url,
        "published": published,
        "language": lang,
        "evidence": doc.text[start:end],
        "evidence_start": start,
        "evidence_end": end,
    }


def build_missed_record(doc: StoredDocument, fields: dict, evidence: str) -> tuple[str, FlowRecord]:
    """The key and the ``reviewed`` record of a flow a reviewer adds to ``doc``.

    ``fields`` holds record fields (category, origin, destination, via, commodity, periods,
    verification, confidence, summary) as a reviewer gives them; places are dicts
    ``{"name", "country"}``. Raise :class:`MissedFlowError` naming the field and the reason.
    """
    from pydantic import ValidationError

    start, end = locate_evidence(doc.text, evidence)
    data = {k: v for k, v in fields.items() if v not in (None, "", [])}
    if not data.get("category"):
        raise MissedFlowError("category: choose what moves (weapons, drugs...)")
    if not (data.get("origin") or data.get("destination")):
        raise MissedFlowError("origin, destination: a flow needs at least one of its two ends")
    data.update(status="reviewed", id="m-pending", sources=[document_source(doc, start, end)])
    for trail in ("reviewed_by", "reviewed_at"):
        data.pop(trail, None)
    try:
        draft = FlowRecord.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or 'record'}: {e['msg']}" for e in exc.errors()
        )
        raise MissedFlowError(problems) from None
    key = missed_key(doc, start, end, draft)
    return key, draft.model_copy(update={"id": f"m-{key[:12]}"})
