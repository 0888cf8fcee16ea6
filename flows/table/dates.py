"""ISO partial dates of a whole column at once: day numbers and precision, errors by value.

Each *distinct* text is parsed once with :meth:`flows.dates.PartialDate.parse` (a column of a
million dates holds a few thousand distinct values), so the messages are exactly those of the
record schema, and the result is broadcast to every row with integer codes.

>>> days, precision, errors = parse_dates(["2015", "2015-02", "", "2015-02-30"])
>>> days.tolist(), precision.tolist()
([16436, 16467, 0, 0], [1, 2, 0, 0])
>>> errors[3]
"'2015-02-30' is impossible: February 2015 has 28 days"
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date

import numpy as np
import pandas as pd

from flows.dates import PartialDate, PartialDateError
from flows.table.model import DAY, MONTH, NO_DATE, YEAR

_EPOCH = date(1970, 1, 1).toordinal()
_PRECISION = {"year": YEAR, "month": MONTH, "day": DAY}


def distinct_codes(values) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, distinct values); missing values and blank text get code -1."""
    from flows.table.encode import encode

    return encode(values)


def per_distinct(
    values: Sequence | np.ndarray | pd.Series, func: Callable[[str], object], missing: object
) -> list:
    """``func`` applied once per distinct non-empty value, the results laid out per row."""
    codes, uniques = distinct_codes(values)
    results = [func(u) if u != "" else missing for u in uniques]
    lookup = np.empty(len(results) + 1, dtype=object)
    lookup[:-1] = results
    lookup[-1] = missing
    return lookup[codes].tolist()


def _parse_one(text: str) -> tuple[int, int, int, str | None]:
    try:
        d = PartialDate.parse(text)
    except PartialDateError as exc:
        return 0, 0, NO_DATE, str(exc)
    return (
        d.earliest().toordinal() - _EPOCH,
        d.latest().toordinal() - _EPOCH,
        _PRECISION[d.precision],
        None,
    )


def parse_date_column(
    values: Sequence | np.ndarray | pd.Series,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """(first day, last day, precision code, error message or None) per row.

    Days count from 1970-01-01; rows without a date have precision ``NO_DATE`` and day 0.
    """
    codes, uniques = distinct_codes(values)
    parsed = [_parse_one(str(u)) for u in uniques]
    first = np.array([p[0] for p in parsed] + [0], dtype=np.int32)
    last = np.array([p[1] for p in parsed] + [0], dtype=np.int32)
    precision = np.array([p[2] for p in parsed] + [NO_DATE], dtype=np.int8)
    errors = np.array([p[3] for p in parsed] + [None], dtype=object)
    return first[codes], last[codes], precision[codes], errors[codes]


def parse_dates(values) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(first day, precision, error) per row; see :func:`parse_date_column`."""
    first, _, precision, errors = parse_date_column(values)
    return first, precision, errors


def format_dates(days: np.ndarray, precision: np.ndarray) -> np.ndarray:
    """Day numbers and precision back to the ISO partial dates (None without a date).

    >>> format_dates(np.array([16436, 16467, 16470, 0]), np.array([1, 2, 3, 0])).tolist()
    ['2015', '2015-02', '2015-02-04', None]
    """
    days = np.asarray(days, dtype=np.int64)
    precision = np.asarray(precision)
    text = np.datetime_as_string(days.astype("datetime64[D]"), unit="D").astype(object)
    out = np.full(len(days), None, dtype=object)
    for code, width in ((YEAR, 4), (MONTH, 7), (DAY, 10)):
        rows = precision == code
        if rows.any():
            out[rows] = [t[:width] for t in text[rows]]
    return out
