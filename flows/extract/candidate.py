"""Candidate flows: what ``flows extract`` prints and what the review store keeps.

A :class:`Candidate` serialises to the command-line contract (``as_json``, DESIGN.md) and to a
:class:`flows.model.FlowRecord` (status ``extracted``); its confidence says how directly the
text states the flow.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from flows.extract.direction import FlowDraft, Tagged
from flows.extract.mention import Mention
from flows.extract.readers import Document, is_source_url
from flows.model import FlowRecord, has_visible_text, source_date_and_language
from geodata.normalize import fold_key


@dataclass
class Candidate:
    """A candidate flow: what the CLI prints and what the review store keeps."""

    doc: Document
    category: str
    commodity: str | None
    origin: Tagged | None
    destination: Tagged | None
    via: list[Tagged]
    period_start: str | None
    period_end: str | None
    evidence: str
    evidence_start: int
    evidence_end: int
    confidence: float
    lang: str | None = None

    @staticmethod
    def _place_json(t: Tagged | None) -> dict | None:
        if t is None:
            return None
        return {"surface": t.surface, **t.place.as_json()}

    def as_json(self) -> dict:
        """The ``flows extract --format jsonl`` object (DESIGN.md command-line contract)."""
        return {
            "doc": self.doc.id,
            "category": self.category,
            "commodity": self.commodity,
            "origin": self._place_json(self.origin),
            "destination": self._place_json(self.destination),
            "via": [self._place_json(v) for v in self.via],
            "period_start": self.period_start,
            "period_end": self.period_end,
            "evidence": self.evidence,
            "evidence_start": self.evidence_start,
            "evidence_end": self.evidence_end,
            "confidence": self.confidence,
        }

    @property
    def key(self) -> str:
        """Stable identity: same document, evidence, category and endpoints -> same key."""
        parts = [
            self.doc.content_hash,
            str(self.evidence_start),
            str(self.evidence_end),
            self.category,
            self.origin.place.id if self.origin else "",
            self.destination.place.id if self.destination else "",
        ]
        return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()

    def to_record(self) -> FlowRecord:
        """The candidate as a FlowRecord (status ``extracted``, verification ``unverified``)."""

        def ref(t: Tagged | None) -> dict | None:
            if t is None:
                return None
            out = {"name": t.place.name}
            if t.place.country_code and re.match(r"^[A-Z]{2}$", t.place.country_code):
                out["country"] = t.place.country_code
            return out

        doc = self.doc
        published, lang = source_date_and_language(doc.published, self.lang)
        title = doc.title.strip() if has_visible_text(doc.title) else doc.label or doc.path or "-"
        # A collection's document without a usable url is cited by file and id, so the
        # reviewed record still says where its evidence comes from.
        url = doc.url.strip() if doc.url and is_source_url(doc.url) else doc.reference
        return FlowRecord(
            id=f"x-{self.key[:12]}",
            category=self.category,
            commodity=self.commodity,
            origin=ref(self.origin),
            destination=ref(self.destination),
            via=[ref(v) for v in self.via],
            period_start=self.period_start,
            period_end=self.period_end,
            status="extracted",
            verification="unverified",
            confidence=self.confidence,
            summary=None,
            sources=[
                {
                    "title": title[:300],
                    "publisher": doc.publisher.strip()
                    if has_visible_text(doc.publisher)
                    else "unknown",
                    "url": url,
                    "published": published,
                    "language": lang,
                    "evidence": self.evidence,
                    "evidence_start": self.evidence_start,
                    "evidence_end": self.evidence_end,
                }
            ],
        )


@dataclass
class DocResult:
    doc: Document
    lang: str | None
    mentions: list[Mention]
    candidates: list[Candidate] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    cut: str | None = None  # why extraction stopped before the end of the text (time, size)
    left_out: int = 0  # candidates under the confidence threshold, not in ``candidates``


def confidence(d: FlowDraft, inherited: bool, illicit: bool) -> float:
    score = 0.4
    explicit = [p for p in (d.origin, d.destination) if p is not None and not p.inferred]
    score += 0.15 * len(explicit)
    score -= 0.1 * sum(1 for p in (d.origin, d.destination) if p is not None and p.inferred)
    score += 0.05 if d.via else 0.0
    score += 0.1 if illicit else 0.0
    score -= 0.15 if inherited else 0.0
    return round(min(0.95, max(0.05, score)), 2)


def dedupe(cands: list[Candidate]) -> list[Candidate]:
    """``cands`` without repeats (same key), without flows that go nowhere
    (:func:`same_place`), and without a smuggling flow that its sentence also gives as
    trafficking ("revendaient les migrants comme esclaves en France": trafficking named
    beats the generic "migrants", as in ``categories.dominant_category``)."""
    trafficked = {_movement(c) for c in cands if c.category == "human_trafficking"}
    seen: set[str] = set()
    out = []
    for c in cands:
        if c.key in seen:
            continue
        if c.origin is not None and c.destination is not None:
            if same_place(c.origin.place, c.destination.place):
                continue
        if c.category == "migrant_smuggling" and _movement(c) in trafficked:
            continue
        seen.add(c.key)
        out.append(c)
    return out


def no_open_end_repeat(
    cands: list[Candidate], apart: Callable[[Candidate], bool] | None = None
) -> list[Candidate]:
    """``cands`` without a flow that has one end only when another flow of the same category
    has that end and a place at the other: "weapons left Ukraine" told beside "weapons from
    Ukraine reached Finland" is one movement, Ukraine -> Finland (ANNOTATION.md: one movement,
    one flow). Read part (943 documents): strict F1 +0.001; fresh part (643): +0.003.
    ``apart``: the flows that are no such repeat whatever the others say (a count of thousands
    of people, ``document_ends.tally``: a statistic, not the story's movement; a network's
    reach, ``document_ends.spread``; round 50).

    >>> from types import SimpleNamespace as N
    >>> def t(i): return None if i is None else N(place=N(id=i))
    >>> def c(o, d): return N(category="weapons", origin=t(o), destination=t(d))
    >>> kept = no_open_end_repeat([c("UA", None), c("UA", "FI"), c(None, "SE")])
    >>> [(k.origin and k.origin.place.id, k.destination and k.destination.place.id) for k in kept]
    [('UA', 'FI'), (None, 'SE')]
    """
    closed = {
        (c.category, end, getattr(c, end).place.id)
        for c in cands
        if c.origin is not None and c.destination is not None
        for end in ("origin", "destination")
    }

    def repeats(c: Candidate) -> bool:
        ends = [end for end in ("origin", "destination") if getattr(c, end) is not None]
        if apart is not None and apart(c):
            return False
        return len(ends) == 1 and (c.category, ends[0], getattr(c, ends[0]).place.id) in closed

    return [c for c in cands if not repeats(c)]


def _movement(c: Candidate) -> tuple:
    """Where a candidate is said and where it goes, whatever its category."""
    ends = (c.origin, c.destination)
    return (c.evidence_start, *(t.place.id if t is not None else None for t in ends))


def same_place(a, b) -> bool:
    """Two ends that make no movement: the same place (by id or by name: "Paris" the city and
    "Paris" the department), or a country and a place inside it ("France" -> "Paris").

    >>> from geodata.place import Place
    >>> paris = Place("geonames:2988507", "Paris", "city", 2.35, 48.86, "FR")
    >>> dept = Place("fr-dept:75", "Paris", "region", 2.35, 48.86, "FR")
    >>> france = Place("country:FR", "France", "country", 2.2, 46.2, "FR")
    >>> calais = Place("geonames:3029276", "Calais", "city", 1.86, 50.95, "FR")
    >>> same_place(paris, dept), same_place(france, paris), same_place(paris, calais)
    (True, True, False)
    """
    if a.id == b.id or fold_key(a.name) == fold_key(b.name):
        return True
    kinds = {a.kind, b.kind}
    code_a, code_b = a.country_code, b.country_code
    return "country" in kinds and bool(code_a) and code_a == code_b


# A region of this many countries or more is a continent or a bloc as wide (Africa, Asia,
# Latin America, the European Union)
CONTINENT_COUNTRIES = 20


def continent_wide(place) -> bool:
    """``place`` is a continent or a bloc as wide (a region of
    :data:`CONTINENT_COUNTRIES` countries or more).

    >>> from geodata.place import Place
    >>> africa = Place("region:africa", "Africa", "region", 20, 5, None,
    ...                members=tuple(f"A{i}" for i in range(54)))
    >>> balkans = Place("region:Balkans", "Balkans", "region", 21, 43, None, members=("BA", "RS"))
    >>> continent_wide(africa), continent_wide(balkans)
    (True, False)
    """
    members = getattr(place, "members", None) or ()
    return place.kind == "region" and len(members) >= CONTINENT_COUNTRIES


def in_region(place, region) -> bool:
    """``place`` lies in the countries of the region ``region`` (False when ``region`` is no
    region or lists no countries).

    >>> from geodata.place import Place
    >>> balkans = Place("region:Balkans", "Balkans", "region", 21, 43, None, members=("BA", "RS"))
    >>> zenica = Place("geonames:3186573", "Zenica", "city", 17.9, 44.2, "BA")
    >>> paris = Place("geonames:2988507", "Paris", "city", 2.35, 48.86, "FR")
    >>> in_region(zenica, balkans), in_region(paris, balkans), in_region(balkans, zenica)
    (True, False, False)
    """
    members = getattr(region, "members", None) or ()
    return region.kind == "region" and bool(place.country_code) and place.country_code in members
