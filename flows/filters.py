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


def _text_array(table: RecordTable) -> pa.ChunkedArray | pa.Array:
    if "search_arrow" not in table._cache:
        table._cache["search_arrow"] = pa.array(table.records["search_text"], pa.large_string())
    return table._cache["search_arrow"]


def text_mask(table: RecordTable, text: str) -> np.ndarray:
    """Rows whose search text holds every word of ``text`` (case-insensitive)."""
    words = text.lower().split()
    mask = np.ones(len(table), dtype=bool)
    if not words:
        return mask
    arr = _text_array(table)
    for word in words:
        found = pc.match_substring(arr, word)
        mask &= found.fill_null(False).to_numpy(zero_copy_only=False)
    return mask


def period_mask(table: RecordTable, period: tuple[float, float] | None) -> np.ndarray:
    """Rows whose period overlaps ``period`` (half-open spans; undated rows drop out)."""
    n = len(table)
    if period is None:
        return np.ones(n, dtype=bool)
    p0, p1 = period
    t0 = table.records["t_start"].to_numpy(dtype=float)
    t1 = table.records["t_end"].to_numpy(dtype=float)
    t0 = np.where(np.isnan(t0), t1, t0)
    t1 = np.where(np.isnan(t1), t0, t1)
    # a zero-length span (an instant) still overlaps the period that contains it
    t1 = np.maximum(t1, t0 + 1e-9)
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
    period is set. Text matches every word, case-insensitive, in the record's search text
    (summary, notes, commodity, source titles, publishers and evidence).
    """
    return filter_mask_without_period(table, filters) & period_mask(table, filters.period)


def select_rows(table: RecordTable, filters: Filters) -> np.ndarray:
    """Row numbers of the records that pass ``filters``, in table order."""
    return np.flatnonzero(filter_mask(table, filters))


def selected_ids(table: RecordTable, filters: Filters) -> list[str]:
    """Ids of the records that pass ``filters`` (for tests and small tables)."""
    return table.records["id"].to_numpy()[select_rows(table, filters)].tolist()
