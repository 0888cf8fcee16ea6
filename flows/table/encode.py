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
    if _edge_bytes_may_be_space(arr) and any(
        pc.any(pc.match_substring_regex(arr, edge)).as_py() for edge in _EDGE_SPACE
    ):
        arr = pc.utf8_trim_whitespace(arr)
    blank = pc.equal(arr, "")
    if pc.any(blank).as_py():
        arr = pc.if_else(blank, pa.scalar(None, arr.type), arr)
    return arr


# every character of Unicode White_Space (what _SPACE matches), as the number its UTF-8 bytes
# make read big-endian (one, two or three bytes)
_SPACE_FORMS = [
    int.from_bytes(chr(c).encode(), "big")
    for c in (*range(9, 14), 32, 0x85, 0xA0, 0x1680, *range(0x2000, 0x200B), 0x2028, 0x2029)
    + (0x202F, 0x205F, 0x3000)
]


def _byte_table(forms: list[int], which: int) -> np.ndarray:
    """256 booleans: the bytes that are the first (``which=0``) or last (-1) byte of a form."""
    table = np.zeros(256, dtype=bool)
    for form in forms:
        table[form.to_bytes((form.bit_length() + 7) // 8, "big")[which]] = True
    return table


_SPACE_NUMBERS = np.array(_SPACE_FORMS, dtype=np.int64)
_FIRST_BYTES = _byte_table(_SPACE_FORMS, 0)
_LAST_BYTES = _byte_table(_SPACE_FORMS, -1)


def _edge_bytes_may_be_space(arr: pa.Array) -> bool:
    """Could a value of this (large) string array start or end with white space?

    Read from the first and last bytes of each value (numpy over Arrow's buffers): False
    settles a clean column in milliseconds, where the two regular expressions read every
    byte of a million summaries. True only means that the exact test must run.

    >>> _edge_bytes_may_be_space(pa.array(["a", "b c", "déjà", None], pa.large_string()))
    False
    >>> _edge_bytes_may_be_space(pa.array(["a", "b\u00a0"], pa.large_string()))
    True
    """
    if len(arr) == 0 or arr.type != pa.large_string():
        return True
    _, offsets_buf, data_buf = arr.buffers()
    if data_buf is None or data_buf.size == 0:
        return False
    offsets = np.frombuffer(offsets_buf, dtype=np.int64)[arr.offset : arr.offset + len(arr) + 1]
    data = np.frombuffer(data_buf, dtype=np.uint8)
    filled = offsets[1:] > offsets[:-1]
    starts, ends = offsets[:-1][filled], offsets[1:][filled]
    # a byte that can begin (end) a white space character, then the whole character there
    heads = starts[_FIRST_BYTES[data[starts]]]
    tails = ends[_LAST_BYTES[data[ends - 1]]]
    if not len(heads) and not len(tails):
        return False
    return _spaces_at(data, heads, head=True) or _spaces_at(data, tails, head=False)


def _spaces_at(data: np.ndarray, at: np.ndarray, head: bool) -> bool:
    """Does a white space character of 1-3 bytes begin (``head``) or end at ``at``?

    Valid UTF-8 (Arrow's strings are) keeps a character's bytes inside its value, so
    reading on from ``at`` never matches across two values."""
    if not len(at):
        return False
    for n in (1, 2, 3):
        first = at if head else at - n
        first = first[(first >= 0) & (first + n <= len(data))]
        number = np.zeros(len(first), dtype=np.int64)
        for i in range(n):
            number = (number << 8) | data[first + i]
        if np.isin(number, _SPACE_NUMBERS).any():
            return True
    return False


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
    """Codes for a column of text (ids, URLs, titles) and the number of distinct values,
    without making the values Python strings; -1 for missing. Codes follow the values'
    sorted order.

    Two ways, chosen on a sample of the values: a column of (nearly) distinct values is
    sorted, one of repeated values is hashed. A hash table of a million distinct strings grows
    by doubling, each new table fresh memory the system clears page by page (the sort needs a
    fifth of the fresh pages); a column of 36,000 titles over 1.5 million rows is hashed in a
    twentieth of the time its sort takes.

    >>> codes, n = encode_codes(pa.array(["b", None, "b", "a", " "]))
    >>> codes.tolist(), n
    ([1, -1, 1, 0, -1], 2)
    >>> codes, n = encode_codes(pa.array(["b", "a"] * 5_000 + [None]))
    >>> codes[:4].tolist(), codes[-2:].tolist(), n
    ([1, 0, 1, 0], [0, -1], 2)
    """
    if is_arrow(values) and not is_dictionary(values):
        arr = one_array(values if clean else as_arrow_strings(values))
        if _nearly_distinct(arr):
            return _sorted_codes(arr)
        return _hashed_codes(arr)
    codes, uniques = encode(values, clean=clean)
    return codes, len(uniques)


# a sample this size tells a column of ids or URLs from one of titles or names
_SAMPLE = 20_000


def _nearly_distinct(arr: pa.Array) -> bool:
    """Are the values (nearly) all distinct, judged on an evenly spread sample? (A sample
    of 20,000 of 1.5 million rows holding 36,000 titles is still three quarters distinct.)"""
    if len(arr) <= _SAMPLE:
        sample = arr
    else:
        sample = arr.take(pa.array(np.linspace(0, len(arr) - 1, _SAMPLE).astype(np.int64)))
    n_valid = len(sample) - sample.null_count
    return n_valid > 0 and pc.count_distinct(sample).as_py() >= 0.98 * n_valid


def _sorted_codes(arr: pa.Array) -> tuple[np.ndarray, int]:
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


def _hashed_codes(arr: pa.Array) -> tuple[np.ndarray, int]:
    encoded = pc.dictionary_encode(arr)
    # the distinct values' sorted order, so that both ways give the same codes
    rank = np.empty(len(encoded.dictionary), dtype=np.int64)
    rank[pc.array_sort_indices(encoded.dictionary).to_numpy()] = np.arange(len(rank))
    codes = encoded.indices.fill_null(-1).to_numpy(zero_copy_only=False).astype(np.int64)
    return np.append(rank, -1)[codes], len(rank)


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
