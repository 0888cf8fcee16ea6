"""The review queue as a reviewer works it: best candidates first, known flows flagged.

A candidate is a **duplicate** of a curated record (any record of the bundled data or of
``FLOWS_EXTRA_DATA``, including records reviewed earlier and shipped) when they share the
category and either

- the source: the curated record cites the candidate's source URL, or
- the document and the endpoints: the curated record's evidence quote is in the candidate's
  document and both name the same origin and destination (the same places once resolved).

The store orders candidates by confidence (:meth:`ReviewStore.list_candidates`); flags are
computed here for the rows shown, so a queue of thousands of candidates stays one page read.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from urllib.parse import urlsplit, urlunsplit

from flows.i18n import N_, gettext
from flows.model import FlowRecord, PlaceRef

_MIN_QUOTE = 25  # shorter evidence quotes ("Libya") could be found in any document


@dataclass(frozen=True)
class Duplicate:
    """Why a candidate repeats a curated record."""

    record_id: str
    reason: str  # a catalogue message (N_), said in the reader's language by __str__

    def __str__(self) -> str:
        return gettext("duplicate of curated record '{id}': {reason}").format(
            id=self.record_id, reason=gettext(self.reason)
        )


def normalise_url(url: str | None) -> str | None:
    """An address compared loosely: scheme, ``www.``, fragment, query and a final ``/`` dropped.

    >>> normalise_url("https://www.Europol.europa.eu/media/news/x/?utm=1#top")
    'europol.europa.eu/media/news/x'
    """
    if not url or not url.lower().startswith(("http://", "https://")):
        return None
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    return urlunsplit(("", host, path, "", "")).lstrip("/") or None


@dataclass
class CuratedIndex:
    """Curated records by source address and by evidence quote, for duplicate checks."""

    by_url: dict[str, list[FlowRecord]] = field(default_factory=dict)
    quoted: list[tuple[str, FlowRecord]] = field(default_factory=list)
    resolve: object = None  # PlaceRef -> hashable place key (gazetteer), or None

    @classmethod
    def build(cls, records: Iterable[FlowRecord], resolve=None) -> CuratedIndex:
        index = cls(resolve=resolve)
        for record in records:
            for src in record.sources:
                key = normalise_url(src.url)
                if key is not None:
                    index.by_url.setdefault(key, []).append(record)
                if src.evidence and len(src.evidence.strip()) >= _MIN_QUOTE:
                    index.quoted.append((src.evidence.strip(), record))
        return index

    def place_key(self, ref: PlaceRef | None) -> object:
        if ref is None:
            return None
        if self.resolve is not None:
            key = self.resolve(ref)
            if key is not None:
                return key
        return (ref.name.casefold(), ref.country)

    def same_endpoints(self, a: FlowRecord, b: FlowRecord) -> bool:
        return self.place_key(a.origin) == self.place_key(b.origin) and self.place_key(
            a.destination
        ) == self.place_key(b.destination)


def find_duplicate(
    record: FlowRecord, doc_text: str | None, index: CuratedIndex
) -> Duplicate | None:
    """The curated record this candidate repeats, or None (rules in the module docstring)."""
    for src in record.sources:
        key = normalise_url(src.url)
        for curated in index.by_url.get(key, []) if key else []:
            if curated.category == record.category and curated.id != record.id:
                return Duplicate(curated.id, N_("same category and same source URL"))
    if doc_text:
        for quote, curated in index.quoted:
            if (
                curated.category == record.category
                and curated.id != record.id
                and quote in doc_text
                and index.same_endpoints(curated, record)
            ):
                return Duplicate(curated.id, N_("same document, category and endpoints"))
    return None


def flag_duplicates(rows: Sequence, index: CuratedIndex) -> dict[str, Duplicate]:
    """``{candidate key: Duplicate}`` for the store rows (``CandidateRow``) that repeat a
    curated record."""
    out: dict[str, Duplicate] = {}
    for row in rows:
        dup = find_duplicate(row.record, row.doc_text, index)
        if dup is not None:
            out[row.key] = dup
    return out


def gazetteer_place_key(gazetteer):
    """A ``PlaceRef -> place id`` function that resolves names with the gazetteer."""
    from geodata.gazetteer import ResolveContext

    cache: dict[tuple[str, str | None], object] = {}

    def key(ref: PlaceRef) -> object:
        k = (ref.name, ref.country)
        if k not in cache:
            context = ResolveContext(country_codes=(ref.country,) if ref.country else ())
            place = gazetteer.resolve(ref.name, context=context).place
            cache[k] = place.id if place is not None else None
        return cache[k]

    return key


def curated_index(gazetteer=None) -> CuratedIndex:
    """The index of the records that load by default (bundled data, ``FLOWS_EXTRA_DATA``)."""
    from flows.load import load_records

    resolve = gazetteer_place_key(gazetteer) if gazetteer is not None else None
    return CuratedIndex.build(load_records().records, resolve)
