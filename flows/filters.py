"""Which records a view's filters select: boolean masks over the columnar record table.

Every test is a vectorised lookup: a filter on a categorical or a place is evaluated once per
distinct value (a category, a place of the places table, an actor) and spread to the records
through their integer codes; list fields (transit places, actors) through their flat arrays;
text through pyarrow's substring kernel. No Streamlit here.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import numpy as np
import pyarrow as pa
import pyarrow.compute as pc

from flows.table.model import RecordTable
from flows.views import Filters


def expand_places(codes: Iterable[str], members: Mapping[str, Iterable[str]] | None) -> set[str]:
    """Add the member countries of every region id in ``codes`` (a region selects its members).

    >>> sorted(expand_places(["balkans", "FR"], {"balkans": ["RS", "BA"]}))
    ['BA', 'FR', 'RS', 'balkans']
    """
    out = set(codes)
    for code in list(out):
        out.update((members or {}).get(code, ()))
    return out


def codes_of(table: RecordTable, column: str) -> np.ndarray:
    """Integer codes of a categorical column (-1 = missing), cached on the table."""
    key = ("codes", column)
    if key not in table._cache:
        table._cache[key] = table.records[column].cat.codes.to_numpy().astype(np.int64)
    return table._cache[key]


def isin_categorical(table: RecordTable, column: str, values: Iterable[str]) -> np.ndarray:
    """Rows whose categorical ``column`` is one of ``values``."""
    categories = table.records[column].cat.categories
    hit = np.append(np.asarray(categories.isin(list(values)), dtype=bool), False)
    return hit[codes_of(table, column)]


def place_hits(table: RecordTable, codes: set[str], members_too: bool = False) -> np.ndarray:
    """Per place (plus a last "no place" slot): is it one of ``codes``?

    A place matches by its id or its country code; with ``members_too`` a place without a
    country (a region, a sea) also matches when one of its member countries is in ``codes``.
    """
    places = table.places
    hit = places["id"].isin(codes).to_numpy() | places["country_code"].isin(codes).to_numpy()
    if members_too:
        no_country = places["country_code"].isna().to_numpy()
        for i in np.flatnonzero(no_country & ~hit):
            if any(m in codes for m in places["members"].iat[i] or ()):
                hit[i] = True
    return np.append(hit, False)


# Where the text filter looks: text columns of the records and of their sources, and
# categorical columns (tested once per distinct value).
RECORD_TEXT = ("summary", "notes")
RECORD_WORDS = ("commodity",)
SOURCE_TEXT = ("title", "evidence")
SOURCE_WORDS = ("publisher",)
_WORD_MASKS = 16  # words whose row masks are kept (a filter change keeps the text as it was)


_SAMPLE = 20_000  # values looked at to decide whether a text column repeats its values


def _searchable(table: RecordTable, frame: str, column: str) -> tuple | None:
    """A text column made ready for substring search, once per table: None when it holds no
    text at all, ``(codes, distinct values)`` when its values repeat (source titles: a
    million rows, tens of thousands of titles), else the Arrow array itself."""
    key = ("searchable", frame, column)
    if key not in table._cache:
        series = getattr(table, frame)[column]
        values = pa.array(series.array, pa.large_string(), from_pandas=True)
        found: tuple | None = None
        if values.null_count < len(values):
            found = (None, values)
            sample = values.slice(0, _SAMPLE)
            if len(pc.unique(sample)) * 4 < len(sample):
                encoded = pc.dictionary_encode(values)
                codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False)
                found = (codes, encoded.dictionary)
        table._cache[key] = found
    return table._cache[key]


def _contains(table: RecordTable, frame: str, column: str, word: str) -> np.ndarray:
    """Per row of ``frame``: does ``column`` hold ``word`` (any case)? Repeated values are
    searched once each (see :func:`_searchable`)."""
    found = _searchable(table, frame, column)
    if found is None:
        return np.zeros(len(getattr(table, frame)), dtype=bool)
    codes, values = found
    hit = pc.match_substring(values, word, ignore_case=True)
    hit = hit.fill_null(False).to_numpy(zero_copy_only=False)
    return hit if codes is None else np.append(hit, False)[codes]


def _category_contains(series, word: str) -> np.ndarray:
    """Per row of a categorical column: does its value hold ``word`` (any case)?"""
    names = [str(c).lower() for c in series.cat.categories]
    hit = np.array([word in name for name in names] + [False], dtype=bool)
    return hit[series.cat.codes.to_numpy()]


def word_mask(table: RecordTable, word: str) -> np.ndarray:
    """Rows whose text holds ``word`` (lower case) in a record field or in one of its sources.

    Kept per table for the last few words: changing another filter does not search again.
    """
    masks = table._cache.setdefault("word_masks", {})
    found = masks.get(word)
    if found is not None:
        masks[word] = masks.pop(word)  # most recently used last
        return found
    records, sources = table.records, table.sources
    hit = np.zeros(len(table), dtype=bool)
    for column in RECORD_TEXT:
        hit |= _contains(table, "records", column, word)
    for column in RECORD_WORDS:
        hit |= _category_contains(records[column], word)
    in_source = np.zeros(len(sources), dtype=bool)
    for column in SOURCE_TEXT:
        in_source |= _contains(table, "sources", column, word)
    for column in SOURCE_WORDS:
        in_source |= _category_contains(sources[column], word)
    hit[sources["row"].to_numpy()[in_source]] = True
    masks[word] = hit
    while len(masks) > _WORD_MASKS:
        masks.pop(next(iter(masks)))
    return hit


def text_mask(table: RecordTable, text: str) -> np.ndarray:
    """Rows whose text holds every word of ``text`` (case-insensitive): summary, notes,
    commodity, and the titles, publishers and evidence of their sources."""
    words = text.lower().split()
    mask = np.ones(len(table), dtype=bool)
    for word in dict.fromkeys(words):
        mask &= word_mask(table, word)
    return mask


def period_mask(table: RecordTable, period: tuple[float, float] | None) -> np.ndarray:
    """Rows whose period overlaps ``period`` (half-open spans; undated rows drop out)."""
    n = len(table)
    if period is None:
        return np.ones(n, dtype=bool)
    p0, p1 = period
    if "period_spans" not in table._cache:  # the same for every filter change
        t0 = table.records["t_start"].to_numpy(dtype=float)
        t1 = table.records["t_end"].to_numpy(dtype=float)
        t0 = np.where(np.isnan(t0), t1, t0)
        t1 = np.where(np.isnan(t1), t0, t1)
        # a zero-length span (an instant) still overlaps the period that contains it
        table._cache["period_spans"] = (t0, np.maximum(t1, t0 + 1e-9))
    t0, t1 = table._cache["period_spans"]
    with np.errstate(invalid="ignore"):
        return (t0 < p1) & (t1 > p0)


def filter_mask_without_period(table: RecordTable, filters: Filters) -> np.ndarray:
    """Rows passing every filter but the period (the timeline shows them over time)."""
    records = table.records
    mask = np.ones(len(table), dtype=bool)
    if filters.categories:
        mask &= isin_categorical(table, "category", filters.categories)
    if filters.commodities:
        mask &= isin_categorical(table, "commodity", filters.commodities)
    if filters.statuses:
        mask &= isin_categorical(table, "status", filters.statuses)
    if filters.verifications:
        mask &= isin_categorical(table, "verification", filters.verifications)
    if filters.min_confidence > 0:
        mask &= records["confidence"].to_numpy(dtype=float) >= filters.min_confidence
    members = table.region_members
    if filters.origins:
        hit = place_hits(table, expand_places(filters.origins, members))
        mask &= hit[records["origin"].to_numpy()]
    if filters.destinations:
        hit = place_hits(table, expand_places(filters.destinations, members))
        mask &= hit[records["dest"].to_numpy()]
    if filters.transits:
        hit = place_hits(table, expand_places(filters.transits, members), members_too=True)
        mask &= table.via.any_of(hit[:-1])
    if filters.actors:
        wanted = np.isin(table.actor_names, list(filters.actors))
        mask &= table.actors.any_of(wanted)
    if filters.text.strip():
        mask &= text_mask(table, filters.text)
    return mask


def filter_mask(table: RecordTable, filters: Filters) -> np.ndarray:
    """Boolean mask of the records that pass ``filters``.

    Empty tuples in ``filters`` mean "no restriction". Places match by ISO alpha-2 country code
    or place id; a region id also matches its member countries. The period test is an overlap of
    half-open spans: a record of 2016 (``t_start`` 2016.0, ``t_end`` 2017.0) is inside the period
    (2016.0, 2017.0) and outside (2015.0, 2016.0). Records without dates drop out as soon as a
    period is set. Text matches every word, case-insensitive, in the record's summary, notes,
    commodity, or its sources' titles, publishers and evidence (:func:`text_mask`).
    """
    return filter_mask_without_period(table, filters) & period_mask(table, filters.period)


def select_rows(table: RecordTable, filters: Filters) -> np.ndarray:
    """Row numbers of the records that pass ``filters``, in table order."""
    return np.flatnonzero(filter_mask(table, filters))


def selected_ids(table: RecordTable, filters: Filters) -> list[str]:
    """Ids of the records that pass ``filters`` (for tests and small tables)."""
    return table.records["id"].to_numpy()[select_rows(table, filters)].tolist()
