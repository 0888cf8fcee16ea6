"""The columnar record table: every record of the atlas, one typed column per field.

No per-record Python object stays in memory: text columns are Arrow-backed strings or
categoricals, places are integer ids into one small places table, dates are numbers with
their precision, and list fields (transit places, actors, sources) are offsets into flat
columns (:class:`Ragged`). Streamlit's full garbage collection after every rerun walks Python
container objects; a million lists of transit places made it take seconds, integer columns
make it take nothing.

>>> t = RecordTable.empty()
>>> len(t), list(t.places.columns)[:4]
(0, ['id', 'name', 'kind', 'country_code'])
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

import numpy as np
import pandas as pd

from flows.vocab import CATEGORIES, STATUSES, VERIFICATIONS

# Date precision codes (start_precision, end_precision).
NO_DATE, YEAR, MONTH, DAY = 0, 1, 2, 3
PRECISION_NAMES = {NO_DATE: None, YEAR: "year", MONTH: "month", DAY: "day"}

# What each source of a record holds, in the order the tables and exports show it.
SOURCE_FIELDS = (
    "title",
    "publisher",
    "url",
    "published",
    "language",
    "evidence",
    "evidence_start",
    "evidence_end",
)
# Columns `flows build` adds to the GeoParquet flows layer besides the record columns (and its
# geometry), for GIS users: a loader reads them back without a warning and does not use them.
GIS_COLUMNS = (
    "origin_id",
    "origin_name",
    "origin_lon",
    "origin_lat",
    "dest_id",
    "dest_name",
    "dest_lon",
    "dest_lat",
    "drawable",
    "not_drawn",
)
PLACE_COLUMNS = ["id", "name", "kind", "country_code", "lon", "lat", "precision", "members"]


@dataclass(frozen=True)
class Ragged:
    """A list per row stored flat: row ``i`` holds ``values[offsets[i]:offsets[i + 1]]``.

    >>> r = Ragged.from_lists([[3, 4], [], [5]])
    >>> r.offsets.tolist(), r.values.tolist(), r.lengths.tolist(), r.rows.tolist()
    ([0, 2, 2, 3], [3, 4, 5], [2, 0, 1], [0, 0, 2])
    >>> r.take(np.array([2, 0])).to_lists()
    [[5], [3, 4]]
    """

    offsets: np.ndarray  # int64, len n + 1
    values: np.ndarray  # int32 codes

    @classmethod
    def empty(cls, n: int = 0) -> Ragged:
        return cls(np.zeros(n + 1, dtype=np.int64), np.zeros(0, dtype=np.int32))

    @classmethod
    def from_lists(cls, lists: Sequence[Sequence[int]]) -> Ragged:
        lengths = np.fromiter((len(x) for x in lists), dtype=np.int64, count=len(lists))
        offsets = np.zeros(len(lists) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        flat = [v for x in lists for v in x]
        return cls(offsets, np.asarray(flat, dtype=np.int32))

    @classmethod
    def from_lengths(cls, lengths: np.ndarray, values: np.ndarray) -> Ragged:
        offsets = np.zeros(len(lengths) + 1, dtype=np.int64)
        np.cumsum(lengths, out=offsets[1:])
        return cls(offsets, np.asarray(values, dtype=np.int32))

    def __len__(self) -> int:
        return len(self.offsets) - 1

    @property
    def lengths(self) -> np.ndarray:
        return np.diff(self.offsets)

    @cached_property
    def rows(self) -> np.ndarray:
        """The row of every value (parallel to ``values``; computed once, filters use it)."""
        return np.repeat(np.arange(len(self), dtype=np.int64), self.lengths)

    def any_of(self, hit: np.ndarray) -> np.ndarray:
        """Per row: does any of its values ``v`` have ``hit[v]``? (``hit`` is a bool lookup)."""
        if not len(self.values):
            return np.zeros(len(self), dtype=bool)
        rows = self.rows[hit[self.values]]
        out = np.zeros(len(self), dtype=bool)
        out[rows] = True
        return out

    def take(self, rows: np.ndarray) -> Ragged:
        """The lists of ``rows``, in that order."""
        rows = np.asarray(rows, dtype=np.int64)
        starts, ends = self.offsets[rows], self.offsets[rows + 1]
        lengths = ends - starts
        total = int(lengths.sum())
        if total == 0:
            return Ragged.from_lengths(lengths, np.zeros(0, dtype=np.int32))
        # index of every value: start of its row + position within the row
        first = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        return Ragged.from_lengths(lengths, self.values[first + np.arange(total)])

    def to_lists(self) -> list[list[int]]:
        """Python lists (only for the few rows a page or an export shows)."""
        values = self.values.tolist()
        bounds = self.offsets.tolist()
        return [values[a:b] for a, b in zip(bounds[:-1], bounds[1:], strict=True)]

    @staticmethod
    def concat(parts: Sequence[Ragged], shifts: Sequence[np.ndarray] | None = None) -> Ragged:
        """Rows of ``parts`` one after the other; ``shifts[i]`` recodes the values of part i."""
        lengths = [p.lengths for p in parts]
        values = []
        for i, p in enumerate(parts):
            v = p.values
            if shifts is not None and len(v):
                v = shifts[i][v]
            values.append(v)
        return Ragged.from_lengths(
            np.concatenate(lengths) if lengths else np.zeros(0, dtype=np.int64),
            np.concatenate(values).astype(np.int32) if values else np.zeros(0, np.int32),
        )


def empty_places() -> pd.DataFrame:
    """A places table with no row (the columns every places table has)."""
    return pd.DataFrame(
        {
            "id": pd.Series([], dtype=object),
            "name": pd.Series([], dtype=object),
            "kind": pd.Series([], dtype=object),
            "country_code": pd.Series([], dtype=object),
            "lon": pd.Series([], dtype="float64"),
            "lat": pd.Series([], dtype="float64"),
            "precision": pd.Series([], dtype=object),
            "members": pd.Series([], dtype=object),
        }
    )


def categorical(values, categories: Sequence[str] | None = None) -> pd.Categorical:
    """Text values as a categorical (missing and empty text become missing)."""
    series = pd.Series(values, dtype=object)
    series = series.where(series.notna() & (series.astype(str) != ""), None)
    if categories is not None:
        return pd.Categorical(series, categories=list(categories))
    return pd.Categorical(series)


# The records frame: one row per record. See RecordTable.
RECORD_DTYPES = {
    "id": "str",
    "category": pd.CategoricalDtype(list(CATEGORIES)),
    "commodity": "category",
    "status": pd.CategoricalDtype(list(STATUSES)),
    "verification": pd.CategoricalDtype(list(VERIFICATIONS)),
    "confidence": "float64",
    "start_day": "int32",  # days since 1970-01-01 of the first day of period_start
    "end_day": "int32",  # days since 1970-01-01 of the last day of period_end
    "start_precision": "int8",  # NO_DATE, YEAR, MONTH, DAY
    "end_precision": "int8",
    "t_start": "float64",  # decimal years, NaN without date
    "t_end": "float64",  # decimal year just after the last day
    "origin": "int32",  # row of the places table, -1 when missing or unresolved
    "dest": "int32",
    "origin_label": "category",  # the name as the source gives it
    "dest_label": "category",
    "quantity_value": "float64",
    "quantity_value_max": "float64",
    "quantity_unit": "category",
    "quantity_what": "category",
    "quantity_estimate": "bool",
    "n_sources": "int16",
    "summary": "str",
    "notes": "str",
    "reviewed_by": "category",  # who accepted a reviewed record, and when (review store)
    "reviewed_at": "str",
}

SOURCE_DTYPES = {
    "row": "int64",  # the record's row
    "source_index": "int16",
    "title": "str",
    "publisher": "category",
    "url": "str",
    "published": "category",
    "language": "category",
    "evidence": "str",
    "evidence_start": "Int64",
    "evidence_end": "Int64",
    "key": "int64",  # the same code for the same (title, publisher, url): distinct sources
}


@dataclass
class RecordTable:
    """Every record the map can show, column by column.

    Attributes
    ----------
    records
        One row per record, the columns of :data:`RECORD_DTYPES`.
    via
        Per record, the rows of ``places`` of its resolved transit places, in order.
    via_path
        Per record, a code of its sequence of transit places (-1 without any): records with
        the same code pass through the same places in the same order.
    actors
        Per record, codes into ``actor_names``.
    sources
        One row per (record, source), the columns of :data:`SOURCE_DTYPES`, ordered by record.
    places
        Every place the records name, plus the countries they lie in (for clustering):
        ``id, name, kind, country_code, lon, lat, precision, members`` (members: tuple of ISO
        codes for regions, seas and routes).
    issues
        What was found while loading (one text per problem), shown by the page.
    """

    records: pd.DataFrame
    via: Ragged
    via_path: np.ndarray
    actors: Ragged
    actor_names: np.ndarray
    sources: pd.DataFrame
    places: pd.DataFrame
    issues: list[str] = field(default_factory=list)
    _cache: dict = field(default_factory=dict, repr=False, compare=False)

    def __len__(self) -> int:
        return len(self.records)

    @classmethod
    def empty(cls) -> RecordTable:
        records = pd.DataFrame({c: pd.Series([], dtype=d) for c, d in RECORD_DTYPES.items()})
        sources = pd.DataFrame({c: pd.Series([], dtype=d) for c, d in SOURCE_DTYPES.items()})
        return cls(
            records=records,
            via=Ragged.empty(),
            via_path=np.zeros(0, dtype=np.int32),
            actors=Ragged.empty(),
            actor_names=np.zeros(0, dtype=object),
            sources=sources,
            places=empty_places(),
        )

    # -- places ---------------------------------------------------------------------------
    def place_column(self, name: str) -> np.ndarray:
        """A column of ``places`` as a numpy array with one extra last slot for "no place".

        Indexing it with ``records["origin"]`` (-1 for none) gives the column per record.
        """
        key = ("place_column", name)
        if key not in self._cache:
            values = self.places[name].to_numpy()
            missing = np.nan if values.dtype.kind == "f" else None
            if values.dtype.kind == "f":
                self._cache[key] = np.append(values.astype(float), missing)
            else:
                self._cache[key] = np.append(values.astype(object), missing)
        return self._cache[key]

    def endpoint(self, which: str, name: str, rows: np.ndarray | None = None) -> np.ndarray:
        """``name`` of the place at ``which`` ("origin" or "dest") of each record (or ``rows``)."""
        index = self.records[which].to_numpy()
        if rows is not None:
            index = index[rows]
        return self.place_column(name)[index]

    @property
    def place_names(self) -> dict[str, str]:
        """Country codes and place ids -> display names (titles say "Ukraine", not "UA")."""
        if "place_names" not in self._cache:
            from geodata.countries import load_country_table

            names = {r.iso_a2: r.name for r in load_country_table() if r.iso_a2}
            names.update(zip(self.places["id"], self.places["name"], strict=True))
            self._cache["place_names"] = names
        return self._cache["place_names"]

    @property
    def region_members(self) -> dict[str, tuple[str, ...]]:
        """Region id -> member country codes (a region filter selects its members)."""
        if "region_members" not in self._cache:
            regions = self.places[self.places["kind"] == "region"]
            self._cache["region_members"] = {
                pid: tuple(m or ())
                for pid, m in zip(regions["id"], regions["members"], strict=True)
            }
        return self._cache["region_members"]

    def __getstate__(self) -> dict:
        # derived arrays are made again on demand: never pickled (the disk cache)
        return {**self.__dict__, "_cache": {}}

    def with_issues(self, issues: list[str]) -> RecordTable:
        return replace(self, issues=list(issues), _cache={})


def days_to_decimal_year(days: np.ndarray) -> np.ndarray:
    """Days since 1970-01-01 -> position on the year axis of the timeline and the period slider.

    A month is exactly a twelfth of a year (a day a share of its month), so a record of March
    2020 spans [2020 + 2/12, 2020 + 3/12): the same boundaries as the slider's months, whatever
    the length of February.

    >>> days_to_decimal_year(np.array([0, 365 + 31, 365 + 31 + 14])).round(4).tolist()
    [1970.0, 1971.0833, 1971.125]
    """
    dates = np.asarray(days, dtype="int64").astype("datetime64[D]")
    months = dates.astype("datetime64[M]")
    first = months.astype("datetime64[D]")
    length = ((months + 1).astype("datetime64[D]") - first).astype(np.int64)
    day = (dates - first).astype(np.int64)
    return 1970 + (months.astype(np.int64) + day / length) / 12.0
