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
>>> codes, values = encode(pa.array(["x", " x", "", "y"]).dictionary_encode())
>>> codes.tolist(), values.tolist()
([0, 0, -1, 1], ['x', 'y'])
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

ArrowLike = pa.Array | pa.ChunkedArray
# what utf8_trim_whitespace removes (Unicode White_Space), at the start or the end of a value
# (RE2; two patterns: each anchored one stops after a character, "^x|x$" reads every value)
_SPACE = r"[\s\v\x{85}\pZ]"
_EDGE_SPACE = (f"^{_SPACE}", f"{_SPACE}$")


def is_arrow(values: object) -> bool:
    return isinstance(values, pa.Array | pa.ChunkedArray)


def one_array(values: pa.Array | pa.ChunkedArray) -> pa.Array:
    """An Arrow array of ``values``; a chunked array of one chunk is taken without a copy."""
    if isinstance(values, pa.ChunkedArray):
        return values.chunk(0) if values.num_chunks == 1 else values.combine_chunks()
    return values


def is_dictionary(values: object) -> bool:
    """Is ``values`` an Arrow dictionary array (a code per row into distinct values)?"""
    return is_arrow(values) and pa.types.is_dictionary(values.type)


def normalise_dictionary(values: pa.DictionaryArray | pa.ChunkedArray) -> pa.DictionaryArray:
    """A dictionary array of text with its distinct values trimmed, blanks as null (missing
    rows), and each value once: the work is done on the distinct values, not on the rows.
    """
    arr = one_array(values)
    text = normalise_text(arr.dictionary)
    encoded = pc.dictionary_encode(text)
    remap = np.append(encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False), -1)
    codes = remap[arr.indices.fill_null(-1).to_numpy(zero_copy_only=False)].astype(np.int32)
    indices = pa.array(codes, pa.int32(), mask=codes < 0)
    return pa.DictionaryArray.from_arrays(indices, encoded.dictionary)


def as_arrow_strings(values) -> pa.Array:
    """Text values as one Arrow (large) string array, trimmed, with "" as null.

    Arrow ``large_string`` arrays are taken as they are: inside the loader they are the
    output of :func:`normalise_text` already (reading a file calls it on every column).
    Dictionary arrays are decoded (only files put together need that).
    """
    if is_arrow(values):
        arr = one_array(values)
        if pa.types.is_large_string(arr.type):
            return arr
        if pa.types.is_dictionary(arr.type):
            return pc.cast(normalise_dictionary(arr), pa.large_string())
    return normalise_text(values)


def normalise_text(values) -> pa.Array:
    """Text values as one Arrow (large) string array, trimmed, with "" as null (always)."""
    if is_arrow(values):
        arr = one_array(values)
        if not pa.types.is_large_string(arr.type):
            arr = pc.cast(arr, pa.large_string())
    else:
        series = pd.Series(values, dtype=object)
        arr = pa.array(series.where(series.notna(), None).map(_str_or_none), pa.large_string())
    # copies only when needed: a million clean values stay the buffers they were read into
    if any(pc.any(pc.match_substring_regex(arr, edge)).as_py() for edge in _EDGE_SPACE):
        arr = pc.utf8_trim_whitespace(arr)
    blank = pc.equal(arr, "")
    if pc.any(blank).as_py():
        arr = pc.if_else(blank, pa.scalar(None, arr.type), arr)
    return arr


def _str_or_none(value: object) -> str | None:
    return None if value is None else str(value)


def encode(values, clean: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """(code per row, distinct values as an object array); missing and blank text get -1.

    ``clean``: the values are an Arrow array already trimmed, with blanks as null.
    """
    if is_dictionary(values):
        arr = one_array(values) if clean else normalise_dictionary(values)
        codes = arr.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
        return codes, np.asarray(arr.dictionary.to_pylist(), dtype=object)
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


def encode_codes(values, clean: bool = False) -> tuple[np.ndarray, int]:
    """Codes for a column of mostly distinct text (ids, URLs) and the number of distinct
    values, without making the values Python strings; -1 for missing. Codes follow the
    values' sorted order.

    Sorting, not hashing: a hash table of a million distinct strings grows by doubling, and
    each new table is fresh memory the system clears page by page; the sort needs a fifth of
    the fresh pages (and this machine's page faults were a third of a cold load).

    >>> codes, n = encode_codes(pa.array(["b", None, "b", "a", " "]))
    >>> codes.tolist(), n
    ([1, -1, 1, 0, -1], 2)
    """
    if is_arrow(values) and not is_dictionary(values):
        arr = one_array(values if clean else as_arrow_strings(values))
        n_valid = len(arr) - arr.null_count
        order = pc.array_sort_indices(arr, null_placement="at_end").to_numpy()[:n_valid]
        ordered = arr.take(pa.array(order))
        new = np.ones(n_valid, dtype=bool)
        if n_valid > 1:
            same = pc.equal(ordered.slice(1), ordered.slice(0, n_valid - 1))
            new[1:] = ~same.to_numpy(zero_copy_only=False).astype(bool)
        codes = np.full(len(arr), -1, dtype=np.int64)
        codes[order] = np.cumsum(new) - 1
        return codes, int(new.sum())
    codes, uniques = encode(values, clean=clean)
    return codes, len(uniques)


def to_categorical(values, categories=None) -> pd.Categorical:
    """A categorical of the values (missing and blank text are missing)."""
    codes, uniques = encode(values)
    if categories is None:
        return pd.Categorical.from_codes(codes, categories=pd.Index(uniques, dtype=object))
    categories = list(categories)
    lookup = np.array([categories.index(u) if u in categories else -1 for u in uniques] + [-1])
    return pd.Categorical.from_codes(lookup[codes], categories=pd.Index(categories, dtype=object))


def to_text(values) -> pd.Series:
    """A pandas text column (Arrow-backed, missing as NaN) of the values."""
    if is_arrow(values):
        arr = one_array(values)
        if pa.types.is_dictionary(arr.type):
            arr = arr.dictionary_decode()
        if not pa.types.is_large_string(arr.type):
            arr = pc.cast(arr, pa.large_string())
        return pd.Series(pd.arrays.ArrowStringArray(arr)).astype("str")
    series = pd.Series(values, dtype=object)
    return series.where(series.notna(), None).astype("str")
