"""Grouping a selection with codes computed once per table (flows.aggregate): the same flows,
in the same order, as grouping the selection itself."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from flows.aggregate import (
    aggregate_flows,
    drawable,
    first_positions,
    flow_codes,
    group_keys,
    kth_largest,
    place_pairs,
    regroup,
    strongest,
    strongest_groups,
)
from flows.cluster import cluster_places
from tests.flows.test_select import ROWS, _row, make_table


@pytest.mark.parametrize(
    ("codes", "n_codes", "group", "n_groups", "first"),
    [
        ([7, 2, 7, 5, 2], 9, [0, 1, 0, 2, 1], 3, [0, 1, 3]),
        ([0], 1, [0], 1, [0]),
        ([3, 3, 3], 4, [0, 0, 0], 1, [0]),
        ([1, 0, 2], 3, [0, 1, 2], 3, [0, 1, 2]),
        ([], 5, [], 0, []),
    ],
)
def test_regroup_numbers_groups_by_first_appearance(codes, n_codes, group, n_groups, first):
    got_group, got_n, got_first = regroup(np.array(codes, dtype=np.int64), n_codes)
    assert (got_group.tolist(), got_n, got_first.tolist()) == (group, n_groups, first)


@pytest.mark.parametrize(
    ("values", "k", "expected"),
    [
        ([3, 1, 4, 1, 5], 1, 5),
        ([3, 1, 4, 1, 5], 2, 4),
        ([3, 1, 4, 1, 5], 4, 1),
        ([3, 1, 4, 1, 5], 5, 1),
        ([2, 2, 2], 2, 2),
        ([0, 0, 7], 3, 0),
        ([10**9, 1], 1, 10**9),  # too sparse to count: partitioned
        ([0.5, 2.5, 1.5], 1, 2.5),
        ([0.5, 2.5, 1.5], 3, 0.5),
    ],
)
def test_kth_largest(values, k, expected):
    assert kth_largest(np.array(values), k) == expected


@pytest.mark.parametrize(
    ("group", "wanted", "expected"),
    [
        ([7, 2, 7, 5, 2], [5, 7], [3, 0]),
        ([7, 2, 7, 5, 2], [2], [1]),
        ([1, 1, 1], [1], [0]),
    ],
)
def test_first_positions(group, wanted, expected):
    got = first_positions(np.array(group), np.array(wanted), 9)
    assert got.tolist() == expected


def _reference(codes, n_codes, weight_of, top_n):
    """The strongest groups as grouping the selection itself ranks them."""
    group, n_groups, first = regroup(codes, n_codes)
    count = np.bincount(group, minlength=n_groups)
    weight = weight_of(count, group, n_groups)
    keep = strongest(weight, count.astype(float), top_n)
    # local group numbers -> codes
    code_of = np.empty(n_groups, dtype=np.int64)
    code_of[group] = codes
    return code_of[keep].tolist(), first[keep].tolist()


def _by_count(count, group, n_groups):
    return count.astype(float)


def _by_quantity(count, group, n_groups):
    return np.bincount(group, weights=(np.arange(len(group)) % 3).astype(float), minlength=n_groups)


@pytest.mark.parametrize("seed", range(8))
@pytest.mark.parametrize("top_n", [1, 2, 5, 50])
@pytest.mark.parametrize("weight_of", [_by_count, _by_quantity])
def test_strongest_groups_ranks_as_grouping_the_selection(seed, top_n, weight_of):
    rng = np.random.default_rng(seed)
    n_codes = int(rng.integers(3, 30))
    codes = rng.integers(0, n_codes, size=int(rng.integers(1, 80))).astype(np.int64)
    expected = _reference(codes, n_codes, weight_of, top_n)
    count = np.bincount(codes, minlength=n_codes)
    # the same weights, per code of the table instead of per local group
    group, n_groups, _ = regroup(codes, n_codes)
    local = weight_of(np.bincount(group, minlength=n_groups), group, n_groups)
    weight = np.zeros(n_codes)
    code_of = np.empty(n_groups, dtype=np.int64)
    code_of[group] = codes
    weight[code_of] = local
    keep, first = strongest_groups(codes, count > 0, weight, count, top_n)
    assert (keep.tolist(), first.tolist()) == expected


def test_flow_codes_group_records_by_cluster_pair_and_category():
    table = make_table()
    cities = cluster_places(table.places, "city")
    codes, n_codes = flow_codes(table, cities)
    records = table.records
    key = list(zip(records["origin"], records["dest"], records["category"], strict=True))
    drawn = codes >= 0
    # one code per distinct (origin, destination, category) among the records drawn
    assert n_codes == len({k for k, d in zip(key, drawn, strict=True) if d})
    for i in range(len(table)):
        for j in range(len(table)):
            if drawn[i] and drawn[j]:
                assert (codes[i] == codes[j]) == (key[i] == key[j])
    assert flow_codes(table, cities)[0] is codes  # computed once per table and level


@pytest.mark.parametrize("level", ["city", "country", "region"])
@pytest.mark.parametrize("width_by", ["records", "quantity"])
@pytest.mark.parametrize("top_n", [1, 2, None])
@pytest.mark.parametrize("pick", [[0, 1, 2, 3, 4, 5, 6], [3, 4, 5], [1, 5], [6, 2, 0], [4]])
def test_a_selection_aggregates_as_a_table_of_just_those_records(level, width_by, top_n, pick):
    table = make_table()
    alone = make_table([ROWS[i] for i in pick])
    got, got_total = aggregate_flows(
        table, np.array(pick), cluster_places(table.places, level), width_by, top_n
    )
    want, want_total = aggregate_flows(
        alone, np.arange(len(pick)), cluster_places(alone.places, level), width_by, top_n
    )
    assert got_total == want_total
    pd.testing.assert_frame_equal(got.reset_index(drop=True), want.reset_index(drop=True))
    assert got.attrs["unit"] == want.attrs["unit"]


def test_group_keys_first_rows():
    group, n, first = group_keys([np.array([1, 0, 1]), np.array([2, 2, 2])], [2, 3])
    assert (group.tolist(), n, first.tolist()) == ([0, 1, 0], 2, [0, 1])


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ([None, None], [None, None]),
        (["3", None, "x"], [3, None, None]),
        ([], []),
    ],
)
def test_evidence_offsets(values, expected):
    from flows.table.build import _offsets

    got = _offsets(pd.Series(values, dtype=object))
    assert str(got.dtype) == "Int64"
    assert [None if v is pd.NA else int(v) for v in got] == expected


def test_drawable_and_place_pairs_per_record():
    """A record is drawn when its two places are known and apart; records of one (origin,
    destination) pair share a pair code."""
    rows = [
        *ROWS,
        _row("r8", "drugs", "p:vienna", "p:vienna", 2016.0, 2017.0),  # the same place
        _row("r9", "weapons", "p:kyiv", "p:warsaw", 2017.0, 2018.0),  # r1's pair again
    ]
    table = make_table(rows)
    ids = table.records["id"].astype(str).tolist()
    assert dict(zip(ids, drawable(table).tolist(), strict=True)) == {
        "r1": True, "r2": True, "r3": True, "r4": True, "r5": True, "r6": True,
        "r7": False,  # no origin
        "r8": False,
        "r9": True,
    }  # fmt: skip
    codes, origins, dests = place_pairs(table)
    pair = dict(zip(ids, codes.tolist(), strict=True))
    assert pair["r1"] == pair["r2"] == pair["r9"] and pair["r4"] == pair["r5"]
    assert len({pair["r1"], pair["r3"], pair["r4"], pair["r6"], pair["r7"], pair["r8"]}) == 6
    place_ids = np.append(table.places["id"].to_numpy(), None)
    assert (place_ids[origins[pair["r7"]]], place_ids[dests[pair["r7"]]]) == (None, "p:berlin")
    assert (place_ids[origins[pair["r3"]]], place_ids[dests[pair["r3"]]]) == ("p:kyiv", "p:berlin")
