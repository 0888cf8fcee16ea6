"""Periods: precision of the data, slider bounds, labels, and the timeline's counts.

The timeline counts records active in each period per category in one pass with difference
arrays (+1 where a record's span starts, -1 after it ends, then a cumulative sum), so a
record dated over ten years costs the same as one dated to a month: nothing is expanded.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from flows.table.model import MONTH, RecordTable

PRECISIONS = ("year", "month")


def data_precision(table: RecordTable, rows: np.ndarray | None = None) -> str:
    """``"month"`` when any record's period is given to the month or day, else ``"year"``."""
    records = table.records
    start = records["start_precision"].to_numpy()
    end = records["end_precision"].to_numpy()
    if rows is not None:
        start, end = start[rows], end[rows]
    return "month" if (start >= MONTH).any() or (end >= MONTH).any() else "year"


def period_step(precision: str) -> float:
    """Length of one period in decimal years."""
    if precision not in PRECISIONS:
        raise ValueError(f"precision is '{precision}': use one of {', '.join(PRECISIONS)}")
    return 1.0 if precision == "year" else 1.0 / 12.0


def period_label(t: float, precision: str) -> str:
    """``2015.0`` -> ``"2015"`` (year) or ``"2015-01"`` (month)."""
    if precision == "year":
        return f"{math.floor(t + 1e-9):d}"
    index = math.floor(t * 12 + 1e-6)
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _spans(table: RecordTable, rows: np.ndarray | None) -> tuple[np.ndarray, np.ndarray]:
    t0 = table.records["t_start"].to_numpy(dtype=float)
    t1 = table.records["t_end"].to_numpy(dtype=float)
    if rows is not None:
        t0, t1 = t0[rows], t1[rows]
    return np.where(np.isnan(t0), t1, t0), np.where(np.isnan(t1), t0, t1)


def period_bounds(
    table: RecordTable, precision: str, rows: np.ndarray | None = None
) -> tuple[float, float] | None:
    """The whole span of the data, snapped outward to whole periods; None without dates."""
    if rows is None:  # the same for every filter change: computed once per table
        key = ("period_bounds", precision)
        if key not in table._cache:
            table._cache[key] = _bounds(table, precision, None)
        return table._cache[key]
    return _bounds(table, precision, rows)


def _bounds(
    table: RecordTable, precision: str, rows: np.ndarray | None
) -> tuple[float, float] | None:
    t0, t1 = _spans(table, rows)
    both = np.concatenate([t0, t1])
    both = both[~np.isnan(both)]
    if not both.size:
        return None
    step = period_step(precision)
    lo = math.floor(both.min() / step + 1e-6) * step
    hi = math.ceil(both.max() / step - 1e-6) * step
    return (round(lo, 6), round(max(hi, lo + step), 6))


def timeline_precision(bounds: tuple[float, float] | None, precision: str) -> str:
    """Bars per month only when the data spans a few years; otherwise per year (readable).

    >>> timeline_precision((1997.0, 2025.0), "month"), timeline_precision((2019.0, 2022.0), "month")
    ('year', 'month')
    """
    if precision == "month" and bounds is not None and bounds[1] - bounds[0] <= 6:
        return "month"
    return "year"


def _period_codes(table: RecordTable, precision: str) -> tuple[np.ndarray, ...]:
    """Per record: its first and last period (integer numbers of periods since year 0) and its
    category code, -1 for records left out of the timeline (no date or no category).
    Computed once per table and precision: a filter change only picks its rows."""
    key = ("period_codes", precision)
    if key not in table._cache:
        step = period_step(precision)
        t0, t1 = _spans(table, None)
        cats = table.records["category"].cat.codes.to_numpy().astype(np.int64)
        ok = ~np.isnan(t0) & (cats >= 0)
        first = np.zeros(len(t0), dtype=np.int64)
        last = np.zeros(len(t0), dtype=np.int64)
        first[ok] = np.floor(t0[ok] / step + 1e-6).astype(np.int64)
        last[ok] = np.maximum(np.ceil(t1[ok] / step - 1e-6).astype(np.int64) - 1, first[ok])
        table._cache[key] = (first, last, np.where(ok, cats, -1))
    return table._cache[key]


def count_by_period(
    table: RecordTable, rows: np.ndarray | None = None, precision: str = "year"
) -> pd.DataFrame:
    """Records active in each period, per category (a record spanning 3 years counts in each).

    Returns ``t`` (period start, decimal years), ``period`` (label), ``category``, ``n``;
    records without dates are left out.
    """
    step = period_step(precision)
    first, last, cats = _period_codes(table, precision)
    if rows is not None:
        first, last, cats = first[rows], last[rows], cats[rows]
    ok = cats >= 0
    empty = pd.DataFrame({"t": [], "period": [], "category": [], "n": []})
    if not ok.any():
        return empty
    first, last, cats = first[ok], last[ok], cats[ok]
    base = int(first.min())
    n_periods = int(last.max()) - base + 2
    n_cats = len(table.records["category"].cat.categories)
    # difference array per (category, period): +1 at the first period, -1 after the last
    diff = np.bincount(cats * n_periods + (first - base), minlength=n_cats * n_periods)
    diff -= np.bincount(cats * n_periods + (last - base + 1), minlength=n_cats * n_periods)
    counts = np.cumsum(diff.reshape(n_cats, n_periods), axis=1)[:, :-1]
    cat_idx, period_idx = np.nonzero(counts)
    order = np.lexsort((cat_idx, period_idx))
    cat_idx, period_idx = cat_idx[order], period_idx[order]
    t = np.round((period_idx + base) * step, 6)
    names = np.asarray(table.records["category"].cat.categories, dtype=object)
    # each period named once, not once per category
    periods, at = np.unique(t, return_inverse=True)
    labels = np.array([period_label(x, precision) for x in periods] or [""], dtype=object)
    return pd.DataFrame(
        {
            "t": t,
            "period": labels[at] if len(t) else np.zeros(0, dtype=object),
            "category": names[cat_idx],
            "n": counts[cat_idx, period_idx].astype(np.int64),
        }
    )


def format_period(period: tuple[float, float] | None, t_min: float, t_max: float) -> str:
    """The period in words: the filter's years, else the span of the records' dates.

    ``t_min``/``t_max`` are the earliest start and the latest end of the selection (NaN when
    no record is dated).

    >>> format_period((2014.0, 2020.0), math.nan, math.nan)  # the period ends before 2020
    '2014-2019'
    >>> format_period(None, 2015.0, 2018.0)
    '2015-2017'
    """
    if period is not None:
        from flows.views import describe_period

        return describe_period(period)  # the title's own words: one rule for both
    if t_min is None or math.isnan(t_min):
        return ""
    a = math.floor(t_min)
    # t_end is the end of the last day, e.g. 2018.0 for a period ending in 2017.
    b = math.ceil(t_max) - 1 if not math.isnan(t_max) else a
    b = max(a, b)
    return f"{a}" if a == b else f"{a}-{b}"
