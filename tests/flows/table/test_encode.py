"""Text columns to codes: the fast paths against the exact ones, as tables of cases."""

import numpy as np
import pyarrow as pa
import pytest

from flows.table.encode import (
    _SPACE_FORMS,
    _edge_bytes_may_be_space,
    _hashed_codes,
    _sorted_codes,
    encode_codes,
    normalise_text,
)

# every Unicode White_Space character (what utf8_trim_whitespace removes): Python's
# isspace() less the four information separators U+001C-U+001F
WHITE_SPACE = [c for c in map(chr, range(0x3001)) if c.isspace() and not "\x1c" <= c <= "\x1f"]


@pytest.mark.parametrize("space", sorted(set(WHITE_SPACE)), ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("where", ["start", "end"])
def test_a_value_with_white_space_at_an_edge_is_never_missed(space, where):
    value = space + "abc" if where == "start" else "abc" + space
    arr = pa.array(["clean", value, None], pa.large_string())
    assert _edge_bytes_may_be_space(arr)
    assert normalise_text(arr).to_pylist() == ["clean", "abc", None]


@pytest.mark.parametrize(
    "values, may",
    [
        (["a", "b c", "déjà vu", "“quoted”", "é", "—"], False),  # other multi-byte edges
        (["", None], False),
        (["\u2026", "x\u2014"], False),  # … and — are not white space
        (["a ", "b"], True),
        (["\tb"], True),
        (["\u3000x"], True),
        (["x\u202f"], True),
    ],
)
def test_edge_bytes(values, may):
    assert _edge_bytes_may_be_space(pa.array(values, pa.large_string())) is may


def test_a_slice_reads_its_own_values():
    arr = pa.array(["a ", "b", "c"], pa.large_string())
    assert not _edge_bytes_may_be_space(arr.slice(1))
    assert _edge_bytes_may_be_space(arr.slice(0, 1))


def test_the_forms_are_the_white_space_characters():
    assert sorted(_SPACE_FORMS) == sorted(int.from_bytes(c.encode(), "big") for c in WHITE_SPACE)


@pytest.mark.parametrize("distinct", [3, 500, 20_000])
def test_sorting_and_hashing_give_the_same_codes(distinct):
    rng = np.random.default_rng(distinct)
    words = np.array([f"value {i:05d}" for i in range(distinct)], dtype=object)
    picked = words[rng.integers(0, distinct, 30_000)]
    picked[rng.random(30_000) < 0.1] = None
    arr = pa.array(picked, pa.large_string())
    sorted_codes, n_sorted = _sorted_codes(arr)
    hashed_codes, n_hashed = _hashed_codes(arr)
    assert n_sorted == n_hashed == len(set(picked) - {None})
    assert np.array_equal(sorted_codes, hashed_codes)
    codes, n = encode_codes(arr)
    assert n == n_sorted and np.array_equal(codes, sorted_codes)
    # the codes follow the values' order, -1 for missing
    assert np.array_equal(codes == -1, picked == None)  # noqa: E711
    order = np.argsort(codes[codes >= 0], kind="stable")
    assert list(picked[codes >= 0][order]) == sorted(picked[codes >= 0])
