"""The flow record: one schema for curated and extracted records (DESIGN.md, record contract).

Validation of a single record's shape lives here (pydantic); checks that need other
records or the gazetteer (duplicate ids, unknown places) live in :mod:`flows.validate`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from typing import Annotated, Literal

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.dates import PartialDate, PartialDateError

Category = Literal[
    "weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance", "other"
]
Status = Literal["curated", "extracted", "reviewed", "rejected"]
Verification = Literal["confirmed", "reported", "disputed", "unverified"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")
# Figures a source can print: from nothing to a thousand trillion (world GDP is ~1e14 USD).
MAX_QUANTITY = 1e15
# Offsets in a document's text (documents are at most a few million characters).
MAX_OFFSET = 10**9
# Characters that show nothing: controls, format (zero-width) and unassigned, spaces, marks.
_INVISIBLE = {"Cc", "Cf", "Cs", "Co", "Cn", "Zs", "Zl", "Zp", "Mn", "Me"}


def has_visible_text(text: str | None) -> bool:
    """True when ``text`` shows at least one character (not only spaces or zero-width ones).

    >>> has_visible_text("Kyiv"), has_visible_text("\u200b\u200d "), has_visible_text("")
    (True, False, False)
    """
    return bool(text) and any(unicodedata.category(c) not in _INVISIBLE for c in text)


def source_date_and_language(
    published: str | None, lang: str | None
) -> tuple[str | None, str | None]:
    """A document's publication date and language as a Source takes them: None where either
    is not a date the schema reads or not a two-letter code.

    >>> source_date_and_language("2024-05", "fr"), source_date_and_language("May 2024", "fra")
    (('2024-05', 'fr'), (None, None))
    """
    if published:
        try:
            PartialDate.parse(published)
        except ValueError:
            published = None
    return published or None, lang if lang and re.match(r"^[a-z]{2}$", lang) else None


def _visible(value: str) -> str:
    if not has_visible_text(value):
        raise ValueError("the text is blank or only invisible characters (zero-width spaces...)")
    return value


def _visible_or_empty(value: str | None) -> str | None:
    return _visible(value) if value else value


# Text that must show something: names, titles, units (whitespace is stripped first).
VisibleText = Annotated[str, AfterValidator(_visible)]
OptionalText = Annotated[str | None, AfterValidator(_visible_or_empty)]


class _Strict(BaseModel):
    # allow_inf_nan: "nan", "inf" and "1e400" (infinite) are not figures a source gives.
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True, allow_inf_nan=False)


class PlaceRef(_Strict):
    """A place as the source names it; ``country`` (ISO alpha-2) disambiguates when needed."""

    name: VisibleText = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")

    def __str__(self) -> str:
        return self.name


class Quantity(_Strict):
    """Only numbers a source gives; ``value_max`` for ranges; ``what`` says what is counted."""

    value: float = Field(ge=0, le=MAX_QUANTITY)
    value_max: float | None = Field(default=None, ge=0, le=MAX_QUANTITY)
    unit: VisibleText = Field(min_length=1)
    what: VisibleText = Field(min_length=1)
    estimate: bool = False

    @model_validator(mode="after")
    def _range(self) -> Quantity:
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"value_max {self.value_max:g} is below value {self.value:g}")
        return self


class Source(_Strict):
    title: VisibleText = Field(min_length=1)
    publisher: VisibleText = Field(min_length=1)
    url: str | None = Field(default=None, pattern=r"^(https?://|file:|doc:)\S+$")
    published: str | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    evidence: OptionalText = None
    evidence_start: int | None = Field(default=None, ge=0, le=MAX_OFFSET)
    evidence_end: int | None = Field(default=None, ge=0, le=MAX_OFFSET)

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        if v is not None:
            PartialDate.parse(v)
        return v


def _place(v: object) -> object:
    # Spreadsheet and YAML users write a bare name; the schema stores a PlaceRef.
    return {"name": v} if isinstance(v, str) else v


def _split_cell(v: object) -> object:
    """Spreadsheet cells hold lists as ``"Serbia; Hungary"``."""
    if isinstance(v, str):
        return [p.strip() for p in re.split(r"[;|]", v) if p.strip()]
    return v


class FlowRecord(_Strict):
    id: str = Field(min_length=1, max_length=120)
    category: Category
    commodity: OptionalText = None
    origin: PlaceRef | None = None
    destination: PlaceRef | None = None
    via: list[PlaceRef] = Field(default_factory=list)
    period_start: str | None = None
    period_end: str | None = None
    quantity: Quantity | None = None
    actors: list[VisibleText] = Field(default_factory=list)
    status: Status = "curated"
    verification: Verification = "reported"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    summary: OptionalText = None
    notes: OptionalText = None
    sources: list[Source] = Field(min_length=1)
    # Reviewed records: who accepted the record and when (from the review store's audit trail).
    reviewed_by: str | None = None
    reviewed_at: str | None = None

    @field_validator("id")
    @classmethod
    def _slug(cls, v: str) -> str:
        if not _SLUG.match(v):
            raise ValueError(
                f"'{v}' is not a slug: use lower-case letters, digits, '-', '_' or '.'"
            )
        return v

    @field_validator("origin", "destination", mode="before")
    @classmethod
    def _one_place(cls, v: object) -> object:
        return _place(v)

    @field_validator("via", "actors", mode="before")
    @classmethod
    def _list(cls, v: object) -> object:
        if v is None:
            return []
        return _split_cell(v)

    @field_validator("reviewed_at")
    @classmethod
    def _reviewed_at(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                datetime.fromisoformat(v)
            except ValueError:
                raise ValueError(
                    f"'{v}' is not a date or a date and time (YYYY-MM-DD or ISO 8601)"
                ) from None
        return v

    @field_validator("period_start", "period_end")
    @classmethod
    def _period(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                PartialDate.parse(v)
            except PartialDateError as exc:
                raise ValueError(str(exc)) from None
        return v

    @model_validator(mode="before")
    @classmethod
    def _via_items(cls, data: object) -> object:
        # Runs before the field validators: split a spreadsheet's "Dakar; Agadez" here too, so
        # each name becomes a place.
        via = _split_cell(data.get("via")) if isinstance(data, dict) else None
        if isinstance(via, list):
            data = {**data, "via": [_place(p) for p in via]}
        return data

    @model_validator(mode="after")
    def _period_order(self) -> FlowRecord:
        if self.period_start and self.period_end:
            start, end = PartialDate.parse(self.period_start), PartialDate.parse(self.period_end)
            if start.earliest() > end.latest():
                raise ValueError(f"period_start {start} is after period_end {end}")
        return self

    # -- convenience -------------------------------------------------------------------------
    @property
    def start(self) -> PartialDate | None:
        return PartialDate.parse(self.period_start) if self.period_start else None

    @property
    def end(self) -> PartialDate | None:
        if self.period_end:
            return PartialDate.parse(self.period_end)
        return self.start

    def place_refs(self) -> list[tuple[str, PlaceRef]]:
        """Every place the record names, with the field it comes from (``via[0]``...)."""
        out: list[tuple[str, PlaceRef]] = []
        if self.origin:
            out.append(("origin", self.origin))
        out.extend((f"via[{i}]", p) for i, p in enumerate(self.via))
        if self.destination:
            out.append(("destination", self.destination))
        return out
