#!/usr/bin/env python3
"""Check the real-document gold files (``dev_*.jsonl``, ``test_*.jsonl``) against their format.

The format is the one in ``GOLD_REAL.md`` / this folder's README: one document per line with
``id, text, lang, published, url, title, publisher, category, genre, toponyms, flows``. Beyond
the schema (pydantic), it checks what a schema cannot: every toponym ``surface`` and every flow
``evidence`` is an exact substring of the text, ids are unique across all files given, a flow
has at least one endpoint, flows are unique on (category, commodity, origin, destination,
via), countries and cities carry an ISO code and coordinates, a period does not end before it
starts, an endpoint named like a toponym of the same document has the same coordinates, and
every document has a title and a publisher that are neither empty, a placeholder ("unknown")
nor a document id (a record reviewed from the document cites it by that title).

Usage:  python tests/data/gold_real/check_gold.py [FILE.jsonl ...]   (default: every file here)
Exit 0 when clean; otherwise one line per problem (``file:line: id: field: reason``), exit 1.
"""

import datetime as dt
import json
import re
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, ValidationError, field_validator, model_validator

HERE = Path(__file__).resolve().parent
CATEGORIES = ("weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance")
FLOW_CATEGORIES = (*CATEGORIES, "other")
KINDS = ("city", "country", "region", "sea", "other")
_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_ID = re.compile(r"^(en|fr)-\d{3,}$")  # en-981 ... en-1002: three digits or more
# a title that is a document id (or looks like one) is no title: readers would see "fr-004"
ID_LIKE_TITLE = re.compile(r"^(en|fr)-\d+$", re.IGNORECASE)
PLACEHOLDERS = frozenset({"unknown", "untitled", "none", "null", "n/a", "-", "?"})


def _check_partial_date(value: str | None) -> str | None:
    if value is None:
        return None
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"{value!r} is not YYYY, YYYY-MM or YYYY-MM-DD")
    parts = [int(p) for p in value.split("-")]
    dt.date(parts[0], *(parts[1:] + [1] * (3 - len(parts))))  # raises on month 13, day 32
    return value


class Place(BaseModel):
    """A flow endpoint or transit place."""

    model_config = ConfigDict(extra="forbid")
    name: str
    kind: Literal["city", "country", "region", "sea", "other"]
    country_code: str | None
    lon: float | None
    lat: float | None

    @field_validator("name")
    @classmethod
    def _name(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("empty name")
        return v

    @field_validator("country_code")
    @classmethod
    def _code(cls, v: str | None) -> str | None:
        if v is not None and not re.fullmatch(r"[A-Z]{2}", v):
            raise ValueError(f"{v!r} is not an ISO 3166 alpha-2 code")
        return v

    @model_validator(mode="after")
    def _coordinates(self) -> "Place":
        if (self.lon is None) != (self.lat is None):
            raise ValueError("lon and lat must be both given or both null")
        if self.lon is not None and not (-180 <= self.lon <= 180 and -90 <= self.lat <= 90):
            raise ValueError(f"coordinates out of range ({self.lon}, {self.lat})")
        if self.kind in ("country", "city"):
            if self.country_code is None:
                raise ValueError(f"a {self.kind} needs a country_code")
            if self.lon is None:
                raise ValueError(f"a {self.kind} needs coordinates")
        return self


class Toponym(Place):
    surface: str


class Flow(BaseModel):
    model_config = ConfigDict(extra="forbid")
    category: Literal[
        "weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance", "other"
    ]
    commodity: str
    origin: Place | None
    destination: Place | None
    via: list[Place]
    period_start: str | None
    period_end: str | None
    evidence: str

    _dates = field_validator("period_start", "period_end")(_check_partial_date)

    @model_validator(mode="after")
    def _endpoints_and_period(self) -> "Flow":
        if self.origin is None and self.destination is None:
            raise ValueError("a flow needs at least one endpoint")
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValueError(f"period ends ({self.period_end}) before it starts")
        if not self.evidence.strip():
            raise ValueError("empty evidence")
        return self


class GoldDocument(BaseModel):
    model_config = ConfigDict(extra="forbid")
    id: str
    text: str
    lang: Literal["en", "fr"]
    published: str | None
    url: str
    title: str
    publisher: str
    category: Literal[
        "weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance"
    ]
    genre: Literal["news", "agency", "ngo", "parliament"]
    toponyms: list[Toponym]
    flows: list[Flow]

    _published = field_validator("published")(_check_partial_date)

    @field_validator("id")
    @classmethod
    def _id(cls, v: str) -> str:
        if not _ID.match(v):
            raise ValueError(f"{v!r} is not en-NNN / fr-NNN (three digits or more)")
        return v

    @field_validator("title", "publisher")
    @classmethod
    def _named(cls, v: str) -> str:
        if not v.strip():
            raise ValueError("empty")
        if v.strip().casefold() in PLACEHOLDERS:
            raise ValueError(f"{v!r} is a placeholder, not a name")
        if ID_LIKE_TITLE.match(v.strip()):
            raise ValueError(f"{v!r} is a document id, not a name")
        return v

    @field_validator("url")
    @classmethod
    def _url(cls, v: str) -> str:
        if not re.match(r"^https?://\S+$", v):
            raise ValueError(f"{v!r} is not an http(s) URL")
        return v


def _place_key(p: Place | None) -> tuple | None:
    return None if p is None else (p.name, p.kind, p.country_code)


def check_document(doc: GoldDocument) -> list[tuple[str, str]]:
    """Cross-field problems of one parsed document, as (field, reason) pairs."""
    problems: list[tuple[str, str]] = []
    if not doc.id.startswith(doc.lang + "-"):
        problems.append(("lang", f"{doc.lang!r} does not match the id prefix"))
    if len(doc.text) < 200:
        problems.append(("text", f"only {len(doc.text)} characters: not an excerpt of a page"))
    seen_places: dict[tuple, Toponym] = {}
    by_name: dict[str, Toponym] = {}
    for i, t in enumerate(doc.toponyms):
        if t.surface not in doc.text:
            problems.append((f"toponyms[{i}].surface", f"{t.surface!r} does not occur in the text"))
        key = _place_key(t)
        if key in seen_places:
            problems.append((f"toponyms[{i}]", f"{t.name!r} is listed twice (one per place)"))
        seen_places[key] = t
        by_name.setdefault(t.name, t)
    seen_flows: set[tuple] = set()
    for i, f in enumerate(doc.flows):
        if f.evidence not in doc.text:
            problems.append((f"flows[{i}].evidence", "not an exact substring of the text"))
        key = (
            f.category,
            f.commodity,
            _place_key(f.origin),
            _place_key(f.destination),
            tuple(_place_key(v) for v in f.via),
        )
        if key in seen_flows:
            problems.append((f"flows[{i}]", "duplicate of an earlier flow of this document"))
        seen_flows.add(key)
        for role, p in (("origin", f.origin), ("destination", f.destination)):
            t = by_name.get(p.name) if p is not None else None
            if t is not None and (t.kind, t.country_code, t.lon, t.lat) != (
                p.kind,
                p.country_code,
                p.lon,
                p.lat,
            ):
                problems.append(
                    (f"flows[{i}].{role}", f"{p.name!r} differs from the toponym of that name")
                )
    return problems


def check_files(paths: Iterable[Path]) -> list[str]:
    """Every problem in the given JSONL files, one line each (empty when clean)."""
    errors: list[str] = []
    ids: dict[str, str] = {}
    for path in paths:
        with open(path, encoding="utf-8") as fh:
            for lineno, line in enumerate(fh, 1):
                where = f"{path}:{lineno}"
                if not line.strip():
                    errors.append(f"{where}: empty line")
                    continue
                try:
                    raw = json.loads(line)
                except json.JSONDecodeError as exc:
                    errors.append(f"{where}: not JSON ({exc.msg})")
                    continue
                doc_id = raw.get("id", "?") if isinstance(raw, dict) else "?"
                try:
                    doc = GoldDocument.model_validate(raw)
                except ValidationError as exc:
                    for e in exc.errors():
                        field = ".".join(str(x) for x in e["loc"]) or "record"
                        errors.append(f"{where}: {doc_id}: {field}: {e['msg']}")
                    continue
                if doc.id in ids:
                    errors.append(f"{where}: {doc.id}: id: already used at {ids[doc.id]}")
                ids.setdefault(doc.id, where)
                for field, reason in check_document(doc):
                    errors.append(f"{where}: {doc.id}: {field}: {reason}")
    return errors


def gold_files(folder: Path = HERE) -> list[Path]:
    return sorted(folder.glob("dev_*.jsonl")) + sorted(folder.glob("test_*.jsonl"))


def main(argv: list[str]) -> int:
    paths = [Path(a) for a in argv] or gold_files()
    if not paths:
        print("no gold files found", file=sys.stderr)
        return 1
    errors = check_files(paths)
    for e in errors:
        print(e)
    n = sum(1 for p in paths for line in open(p, encoding="utf-8") if line.strip())
    print(f"{n} documents in {len(paths)} files: {len(errors)} problems", file=sys.stderr)
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
