"""Integer codes for a column of text, whatever holds it (numpy, pandas or pyarrow).

Columns read from Parquet or CSV stay Arrow arrays: a million ids or titles never become a
million Python strings. Checks and look-ups run once per *distinct* value, found by Arrow's
dictionary encoding (or pandas' factorize for numpy input), then spread back with the codes.

>>> codes, values = encode(["a", "", None, "b", "a"])
>>> codes.tolist(), values.tolist()
([0, -1, -1, 1, 0], ['a', 'b'])
>>> codes, values = encode(pa.array(["x", None, "x", " "]))
>>> codes.tolist(), values.tolist()
([0, -1, 0, -1], ['x'])
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

ArrowLike = pa.Array | pa.ChunkedArray


def is_arrow(values: object) -> bool:
    return isinstance(values, pa.Array | pa.ChunkedArray)


def as_arrow_strings(values) -> pa.Array:
    """Text values as one Arrow (large) string array, trimmed, with "" as null.

    Arrow ``large_string`` arrays are taken as they are: inside the loader they are the
    output of :func:`normalise_text` already (reading a file calls it on every column).
    """
    if is_arrow(values):
        arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        if pa.types.is_large_string(arr.type):
            return arr
    return normalise_text(values)


def normalise_text(values) -> pa.Array:
    """Text values as one Arrow (large) string array, trimmed, with "" as null (always)."""
    if is_arrow(values):
        arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        if not pa.types.is_large_string(arr.type):
            arr = pc.cast(arr, pa.large_string())
    else:
        series = pd.Series(values, dtype=object)
        arr = pa.array(series.where(series.notna(), None).map(_str_or_none), pa.large_string())
    arr = pc.utf8_trim_whitespace(arr)
    return pc.if_else(pc.equal(arr, ""), pa.scalar(None, arr.type), arr)


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def encode(values, clean: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, distinct values as an object array); missing and blank text get -1.

    ``clean``: the values are an Arrow array already trimmed, with blanks as null.
    """
    if is_arrow(values):
        arr = values if clean else as_arrow_strings(values)
        encoded = pc.dictionary_encode(arr)
        codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        uniques = np.asarray(encoded.dictionary.to_pylist(), dtype=object)
        return codes, uniques
    series = pd.Series(values, dtype=object)
    codes, uniques = pd.factorize(series, use_na_sentinel=True)
    uniques = np.asarray(uniques, dtype=object)
    blank = np.array([isinstance(u, str) and not u.strip() for u in uniques], dtype=bool)
    if blank.any():
        # drop the blank values and renumber the others
        remap = np.cumsum(~blank) - 1
        remap[blank] = -1
        codes = np.where(codes >= 0, np.append(remap, -1)[codes], -1)
        uniques = uniques[~blank]
    return codes.astype(np.int64), uniques


def to_categorical(values, categories=None) -> pd.Categorical:
    """A categorical of the values (missing and blank text are missing)."""
    codes, uniques = encode(values)
    if categories is None:
        return pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype=object))
    categories = list(categories)
    lookup = np.array([categories.index(u) if u in categories else -1 for u in uniques] + [-1])
    return pd.Categorical.from_codes(lookup[codes], categories=categories)


def to_text(values) -> pd.Series:
    """A pandas text column (Arrow-backed, missing as NaN) of the values."""
    if is_arrow(values):
        arr = values.combine_chunks() if isinstance(values, pa.ChunkedArray) else values
        if not pa.types.is_large_string(arr.type):
            arr = pc.cast(arr, pa.large_string())
        return pd.Series(pd.arrays.ArrowStringArray(arr)).astype("str")
    series = pd.Series(values, dtype=object)
    return series.where(series.notna(), None).astype("str")
