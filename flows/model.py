"""The flow record: one schema for curated and extracted records (DESIGN.md, record contract).

Validation of a single record's shape lives here (pydantic); checks that need other
records or the gazetteer (duplicate ids, unknown places) live in :mod:`flows.validate`.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from flows.dates import PartialDate, PartialDateError

Category = Literal[
    "weapons", "migrant_smuggling", "human_trafficking", "drugs", "illicit_finance", "other"
]
Status = Literal["curated", "extracted", "reviewed", "rejected"]
Verification = Literal["confirmed", "reported", "disputed", "unverified"]

_SLUG = re.compile(r"^[a-z0-9][a-z0-9._-]*$")


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class PlaceRef(_Strict):
    """A place as the source names it; ``country`` (ISO alpha-2) disambiguates when needed."""

    name: str = Field(min_length=1)
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")

    def __str__(self) -> str:
        return self.name


class Quantity(_Strict):
    """Only numbers a source gives; ``value_max`` for ranges; ``what`` says what is counted."""

    value: float
    value_max: float | None = None
    unit: str = Field(min_length=1)
    what: str = Field(min_length=1)
    estimate: bool = False

    @model_validator(mode="after")
    def _range(self) -> Quantity:
        if self.value_max is not None and self.value_max < self.value:
            raise ValueError(f"value_max {self.value_max:g} is below value {self.value:g}")
        return self


class Source(_Strict):
    title: str = Field(min_length=1)
    publisher: str = Field(min_length=1)
    url: str | None = Field(default=None, pattern=r"^(https?://|file:|doc:)\S+$")
    published: str | None = None
    language: str | None = Field(default=None, pattern=r"^[a-z]{2}$")
    evidence: str | None = None
    evidence_start: int | None = Field(default=None, ge=0)
    evidence_end: int | None = Field(default=None, ge=0)

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        if v is not None:
            PartialDate.parse(v)
        return v


def _place(v: object) -> object:
    # Spreadsheet and YAML users write a bare name; the schema stores a PlaceRef.
    return {"name": v} if isinstance(v, str) else v


class FlowRecord(_Strict):
    id: str = Field(min_length=1, max_length=120)
    category: Category
    commodity: str | None = None
    origin: PlaceRef | None = None
    destination: PlaceRef | None = None
    via: list[PlaceRef] = Field(default_factory=list)
    period_start: str | None = None
    period_end: str | None = None
    quantity: Quantity | None = None
    actors: list[str] = Field(default_factory=list)
    status: Status = "curated"
    verification: Verification = "reported"
    confidence: float = Field(default=0.8, ge=0.0, le=1.0)
    summary: str | None = None
    notes: str | None = None
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
        if isinstance(v, str):
            # Spreadsheet cells hold lists as "Serbia; Hungary".
            v = [p.strip() for p in re.split(r"[;|]", v) if p.strip()]
        return v

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
        if isinstance(data, dict) and isinstance(data.get("via"), list):
            data = {**data, "via": [_place(p) for p in data["via"]]}
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
