"""Flat record columns -> :class:`~flows.table.model.RecordTable`, resolving places once each.

Every reader (YAML records, spreadsheets, Parquet) produces :class:`RecordColumns`: one array
per field, list fields as (row, value) pairs. :func:`build_table` then works column by column:
dates are parsed once per distinct text, each distinct (place name, country hint) is resolved
once with the gazetteer, transit sequences and actors become integer codes. Nothing here
loops over records.
"""

from __future__ import annotations

from collections.abc import Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field

import numpy as np
import pandas as pd
import pyarrow as pa

from flows.table.dates import parse_date_column
from flows.table.encode import encode, encode_codes, to_categorical, to_text
from flows.table.model import (
    PLACE_COLUMNS,
    RECORD_DTYPES,
    SOURCE_DTYPES,
    SOURCE_FIELDS,
    Ragged,
    RecordTable,
    days_to_decimal_year,
)
from geodata.gazetteer import ResolveContext
from geodata.place import Place, Resolution

# Below this a resolution is a guess: validation reports it (the map still draws it).
MIN_PLACE_SCORE = 0.5


@dataclass
class RecordColumns:
    """Records as flat columns (object arrays hold text, None when absent).

    ``via_rows``/``via_names`` list every transit place as (record row, name) in order, and
    ``via_countries`` its country hint where one is given (None: no hints at all);
    ``actor_rows``/``actor_names`` likewise; ``sources`` has one row per (record, source) with a
    ``row`` column and the fields of :data:`SOURCE_FIELDS`.
    """

    id: np.ndarray
    category: np.ndarray
    commodity: np.ndarray
    status: np.ndarray
    verification: np.ndarray
    confidence: np.ndarray
    period_start: np.ndarray
    period_end: np.ndarray
    origin: np.ndarray
    origin_country: np.ndarray
    destination: np.ndarray
    destination_country: np.ndarray
    via_rows: np.ndarray
    via_names: np.ndarray
    actor_rows: np.ndarray
    actor_names: np.ndarray
    quantity_value: np.ndarray
    quantity_value_max: np.ndarray
    quantity_unit: np.ndarray
    quantity_what: np.ndarray
    quantity_estimate: np.ndarray
    summary: np.ndarray
    notes: np.ndarray
    sources: pd.DataFrame
    via_countries: np.ndarray | None = None  # aligned with via_names; None items: no hint
    reviewed_by: np.ndarray | None = None  # who accepted a reviewed record (review store)
    reviewed_at: np.ndarray | None = None
    extra: dict = field(default_factory=dict)

    def __len__(self) -> int:
        return len(self.id)


def columns_from_records(records: Sequence) -> RecordColumns:
    """:class:`flows.model.FlowRecord` objects -> columns (YAML files and the review store)."""
    n = len(records)

    def col(getter, dtype=object) -> np.ndarray:
        return np.array([getter(r) for r in records], dtype=dtype) if n else np.zeros(0, dtype)

    via_rows, via_names, via_countries, actor_rows, actor_names, source_rows = (
        [] for _ in range(6)
    )
    for i, r in enumerate(records):
        for p in r.via:
            via_rows.append(i)
            via_names.append(p.name)
            via_countries.append(p.country)
        for a in r.actors:
            actor_rows.append(i)
            actor_names.append(a)
        for j, s in enumerate(r.sources):
            source_rows.append({"row": i, "source_index": j, **s.model_dump()})
    sources = pd.DataFrame(source_rows, columns=["row", "source_index", *SOURCE_FIELDS])
    q = [r.quantity for r in records]
    return RecordColumns(
        id=col(lambda r: r.id),
        category=col(lambda r: r.category),
        commodity=col(lambda r: r.commodity),
        status=col(lambda r: r.status),
        verification=col(lambda r: r.verification),
        confidence=col(lambda r: r.confidence, float),
        period_start=col(lambda r: r.period_start),
        period_end=col(lambda r: r.period_end),
        origin=col(lambda r: r.origin.name if r.origin else None),
        origin_country=col(lambda r: r.origin.country if r.origin else None),
        destination=col(lambda r: r.destination.name if r.destination else None),
        destination_country=col(lambda r: r.destination.country if r.destination else None),
        via_rows=np.asarray(via_rows, dtype=np.int64),
        via_names=np.asarray(via_names, dtype=object),
        via_countries=np.asarray(via_countries, dtype=object),
        actor_rows=np.asarray(actor_rows, dtype=np.int64),
        actor_names=np.asarray(actor_names, dtype=object),
        quantity_value=np.array([x.value if x else np.nan for x in q], dtype=float),
        quantity_value_max=np.array(
            [x.value_max if x and x.value_max is not None else np.nan for x in q], dtype=float
        ),
        quantity_unit=np.array([x.unit if x else None for x in q], dtype=object),
        quantity_what=np.array([x.what if x else None for x in q], dtype=object),
        quantity_estimate=np.array([bool(x and x.estimate) for x in q], dtype=bool),
        summary=col(lambda r: r.summary),
        notes=col(lambda r: r.notes),
        sources=sources,
        reviewed_by=col(lambda r: getattr(r, "reviewed_by", None)),
        reviewed_at=col(lambda r: getattr(r, "reviewed_at", None)),
    )


# -- places ----------------------------------------------------------------------------------------
class PlaceResolver:
    """Resolves each distinct (name, country hint) once and collects the places found.

    ``places`` grows with every new place; :meth:`table` returns them as a places frame,
    with the country of every place added (so that places can be clustered by country).
    """

    def __init__(self, gazetteer) -> None:
        self.gazetteer = gazetteer
        self._rows: dict[str, int] = {}
        self.places: list[Place] = []
        self._memo: dict[tuple[str, str | None], tuple[int, bool]] = {}

    def add(self, place: Place) -> int:
        row = self._rows.get(place.id)
        if row is None:
            row = self._rows[place.id] = len(self.places)
            self.places.append(place)
        return row

    def resolve(self, name: str, hint: str | None) -> tuple[int, bool]:
        """(row of the place or -1, whether the match is sure enough for validation)."""
        key = (name, hint)
        found = self._memo.get(key)
        if found is None:
            context = ResolveContext(country_codes=(hint,) if hint else ())
            res: Resolution = self.gazetteer.resolve(name, context=context)
            if res.place is None:
                found = (-1, False)
            else:
                sure = res.score >= MIN_PLACE_SCORE and res.method != "fuzzy"
                found = (self.add(res.place), sure)
            self._memo[key] = found
        return found

    def resolve_column(
        self, names: np.ndarray, hints: np.ndarray | None = None
    ) -> tuple[np.ndarray, np.ndarray]:
        """(place row, sure) per row; -1 and True where no name is given."""
        n = len(names)
        if n == 0:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=bool)
        name_codes, name_values = encode(names)
        if hints is None:
            hint_codes, hint_values = np.full(n, -1, dtype=np.int64), np.zeros(0, dtype=object)
        else:
            hint_codes, hint_values = encode(hints)
        given = name_codes >= 0
        # one look-up per distinct (name, hint) pair
        pair = name_codes * (len(hint_values) + 1) + (hint_codes + 1)
        codes, uniques = pd.factorize(pair[given])
        rows = np.full(len(uniques), -1, dtype=np.int32)
        sure = np.ones(len(uniques), dtype=bool)
        for i, key in enumerate(uniques):
            name = name_values[key // (len(hint_values) + 1)]
            h = key % (len(hint_values) + 1) - 1
            rows[i], sure[i] = self.resolve(str(name), hint_values[h] if h >= 0 else None)
        out_rows = np.full(n, -1, dtype=np.int32)
        out_sure = np.ones(n, dtype=bool)
        out_rows[given], out_sure[given] = rows[codes], sure[codes]
        return out_rows, out_sure

    def table(self) -> pd.DataFrame:
        """Every place found, then the countries they lie in that were not found themselves."""
        countries = sorted({p.country_code for p in self.places if p.country_code})
        for code in countries:
            self.add(country_place(self.gazetteer, code))
        return places_frame(self.places)


def country_place(gazetteer, code: str) -> Place:
    """The place of a country: the gazetteer's, else a point from the country table."""
    finder = getattr(gazetteer, "country", None)
    place = finder(code) if finder is not None else None
    if place is not None:
        return place
    from geodata.countries import load_country_table

    for row in load_country_table():
        if row.iso_a2 == code:
            return Place(
                f"country:{code}",
                row.name,
                "country",
                row.label_lon,
                row.label_lat,
                code,
                "country",
            )
    return Place(f"country:{code}", code, "country", np.nan, np.nan, code, "country")


def places_frame(places: Sequence[Place]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": pd.Series([p.id for p in places], dtype=object),
            "name": pd.Series([p.name for p in places], dtype=object),
            "kind": pd.Series([p.kind for p in places], dtype=object),
            "country_code": pd.Series([p.country_code for p in places], dtype=object),
            "lon": np.array([p.lon for p in places], dtype=float),
            "lat": np.array([p.lat for p in places], dtype=float),
            "precision": pd.Series([p.precision for p in places], dtype=object),
            "members": pd.Series([tuple(p.members) for p in places], dtype=object),
        },
        columns=PLACE_COLUMNS,
    )


# -- the table -------------------------------------------------------------------------------------
@dataclass
class PlaceChecks:
    """Which place references did not resolve surely (for validation), per row / via item."""

    origin_sure: np.ndarray
    dest_sure: np.ndarray
    via_sure: np.ndarray  # parallel to RecordColumns.via_rows


_text = to_text


def _or_none(values, n: int):
    return values if values is not None else np.full(n, None, dtype=object)


def _via_path(via: Ragged) -> np.ndarray:
    """Per record, a code shared by records with the same transit sequence (-1: none)."""
    n = len(via)
    out = np.full(n, -1, dtype=np.int32)
    if not len(via.values):
        return out
    rows = via.rows
    pos = (np.arange(len(via.values)) - via.offsets[rows]).astype(np.uint64)
    # a polynomial hash of the sequence (wrapping uint64 arithmetic), then factorised
    with np.errstate(over="ignore"):
        powers = np.power(np.uint64(1_000_003), pos)
        item = (via.values.astype(np.uint64) + np.uint64(1)) * powers
        lengths = via.lengths
        has = lengths > 0
        sums = np.add.reduceat(item, via.offsets[:-1][has])
        key = sums ^ (lengths[has].astype(np.uint64) << np.uint64(56))
    codes, _ = pd.factorize(key)
    out[has] = codes.astype(np.int32)
    return out


def build_table(
    cols: RecordColumns, gazetteer, resolver: PlaceResolver | None = None
) -> tuple[RecordTable, PlaceChecks]:
    """The typed table of already validated ``cols`` (see :mod:`flows.table.columns`).

    The sources are typed in a second thread meanwhile (Arrow's sort and hash of a million
    URLs and titles let the first one run)."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        typed_sources = pool.submit(sources_frame, cols.sources)
        return _build_table(cols, gazetteer, resolver, typed_sources)


def _build_table(
    cols: RecordColumns, gazetteer, resolver: PlaceResolver | None, typed_sources: Future
) -> tuple[RecordTable, PlaceChecks]:
    n = len(cols)
    resolver = resolver or PlaceResolver(gazetteer)
    origin, origin_sure = resolver.resolve_column(cols.origin, cols.origin_country)
    dest, dest_sure = resolver.resolve_column(cols.destination, cols.destination_country)
    # a transit place keeps its country hint ("Trinidad" of Trinidad and Tobago, not the town of
    # the Philippines), as the ends do
    via_place, via_sure = resolver.resolve_column(cols.via_names, cols.via_countries)
    places = resolver.table()

    keep = via_place >= 0
    via = Ragged.from_lengths(
        np.bincount(cols.via_rows[keep], minlength=n) if n else np.zeros(0, np.int64),
        via_place[keep],
    )
    actor_codes, actor_names = encode(cols.actor_names)
    actors = Ragged.from_lengths(
        np.bincount(cols.actor_rows, minlength=n) if n else np.zeros(0, np.int64), actor_codes
    )

    s_first, _, s_prec, _ = parse_date_column(cols.period_start)
    e_first, e_last, e_prec, _ = parse_date_column(cols.period_end)
    # no period_end: the period ends where period_start ends
    _, s_last, _, _ = parse_date_column(cols.period_start)
    no_end = e_prec == 0
    end_day = np.where(no_end, s_last, e_last).astype(np.int32)
    end_prec = np.where(no_end, s_prec, e_prec).astype(np.int8)
    has_start, has_end = s_prec > 0, end_prec > 0
    t_start = np.where(has_start, days_to_decimal_year(s_first), np.nan)
    t_end = np.where(has_end, days_to_decimal_year(end_day.astype(np.int64) + 1), np.nan)

    sources = cols.sources
    n_sources = (
        np.bincount(sources["row"].to_numpy(np.int64), minlength=n) if n else np.zeros(0)
    ).astype(np.int16)

    records = pd.DataFrame(
        {
            "id": _text(cols.id),
            "category": to_categorical(cols.category, RECORD_DTYPES["category"].categories),
            "commodity": to_categorical(cols.commodity),
            "status": to_categorical(cols.status, RECORD_DTYPES["status"].categories),
            "verification": to_categorical(
                cols.verification, RECORD_DTYPES["verification"].categories
            ),
            "confidence": np.asarray(cols.confidence, dtype=float),
            "start_day": s_first.astype(np.int32),
            "end_day": end_day,
            "start_precision": s_prec.astype(np.int8),
            "end_precision": end_prec,
            "t_start": t_start,
            "t_end": t_end,
            "origin": origin.astype(np.int32),
            "dest": dest.astype(np.int32),
            "origin_label": to_categorical(cols.origin),
            "dest_label": to_categorical(cols.destination),
            "quantity_value": np.asarray(cols.quantity_value, dtype=float),
            "quantity_value_max": np.asarray(cols.quantity_value_max, dtype=float),
            "quantity_unit": to_categorical(cols.quantity_unit),
            "quantity_what": to_categorical(cols.quantity_what),
            "quantity_estimate": np.asarray(cols.quantity_estimate, dtype=bool),
            "n_sources": n_sources,
            "summary": _text(cols.summary).fillna(""),
            "notes": _text(cols.notes),
            "reviewed_by": to_categorical(_or_none(cols.reviewed_by, n)),
            "reviewed_at": _text(_or_none(cols.reviewed_at, n)),
        }
    )
    table = RecordTable(
        records=records,
        via=via,
        via_path=_via_path(via),
        actors=actors,
        actor_names=np.asarray(actor_names, dtype=object),
        sources=typed_sources.result(),
        places=places,
    )
    return table, PlaceChecks(origin_sure, dest_sure, via_sure)


def _column(series: pd.Series):
    """A frame column as Arrow when it is Arrow-backed text, else as objects."""
    if isinstance(series.array, pd.arrays.ArrowStringArray):
        return pa.array(series.array)
    return series.to_numpy(dtype=object)


def _as_categorical(series: pd.Series) -> pd.Categorical:
    if isinstance(series.dtype, pd.CategoricalDtype):
        values = series.array
        categories = pd.Index(np.asarray(values.categories, dtype=object), dtype=object)
        return pd.Categorical.from_codes(values.codes, categories=categories)
    return to_categorical(_column(series))


def _codes(values) -> tuple[np.ndarray, int]:
    """(code per row, number of codes) of a categorical or text column; -1 for missing."""
    if isinstance(values, pd.Categorical):
        return values.codes.astype(np.int64), len(values.categories)
    return encode_codes(values)


def _combined_codes(parts: list[tuple[np.ndarray, int]]) -> np.ndarray:
    """One code per distinct combination of several code columns (pairs factorised in turn,
    so the numbers never overflow)."""
    key = np.zeros(len(parts[0][0]), dtype=np.int64)
    for codes, n in parts:
        key = pd.factorize(key * (n + 1) + (codes + 1))[0]
    return key.astype(np.int64)


def _offsets(values: pd.Series) -> pd.api.extensions.ExtensionArray:
    """Evidence offsets as nullable integers (text that is no number: missing). A column
    without any offset (most files) is made directly: parsing a million missing values as
    numbers takes a third of a second."""
    if values.isna().all():
        n = len(values)
        return pd.arrays.IntegerArray(np.zeros(n, dtype=np.int64), np.ones(n, dtype=bool))
    return pd.array(pd.to_numeric(values, errors="coerce"), dtype="Int64")


def sources_frame(sources: pd.DataFrame) -> pd.DataFrame:
    """Typed sources with a ``key`` shared by identical (title, publisher, url)."""
    out = pd.DataFrame(
        {
            "row": sources["row"].to_numpy(np.int64),
            "source_index": sources["source_index"].to_numpy(np.int16),
        }
    )
    for name in ("title", "url", "evidence"):
        out[name] = _text(_column(sources[name]))
    for name in ("publisher", "published", "language"):
        out[name] = _as_categorical(sources[name])
    for name in ("evidence_start", "evidence_end"):
        out[name] = _offsets(sources[name])
    if len(out):
        out["key"] = _combined_codes(
            [
                _codes(_column(out["title"])),
                _codes(out["publisher"].array),
                _codes(_column(out["url"])),
            ]
        )
    else:
        out["key"] = np.zeros(0, np.int64)
    out = out.astype({k: v for k, v in SOURCE_DTYPES.items() if k in out})
    order = out["row"].to_numpy() * 64 + out["source_index"].to_numpy()
    if len(order) and not np.all(order[1:] >= order[:-1]):
        out = out.sort_values(["row", "source_index"], kind="stable", ignore_index=True)
    return out


def table_from_records(records: Sequence, gazetteer=None) -> RecordTable:
    """The table of validated :class:`flows.model.FlowRecord` objects (rejected ones left out)."""
    if gazetteer is None:
        from geodata.gazetteer import load_gazetteer

        gazetteer = load_gazetteer()
    kept = [r for r in records if r.status != "rejected"]
    return build_table(columns_from_records(kept), gazetteer)[0]
