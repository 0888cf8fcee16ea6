"""One way to write a source's figure: its own precision, and "estimate" when it is one."""

from __future__ import annotations

import math

import pytest

from flows.quantities import format_number, format_quantity


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (885386.0, "885,386"),
        (5.42, "5.42"),
        (0.4, "0.4"),
        (13.9, "13.9"),
        (1.82, "1.82"),
        (2.0, "2"),
        (1234.5, "1,234.5"),
        (-3.5, "-3.5"),
        (0.1 + 0.2, "0.3"),  # float noise of a sum is not a digit any source gave
        (0.00001, "0.00001"),
    ],
)
def test_format_number_keeps_the_source_precision(value, expected):
    assert format_number(value) == expected


@pytest.mark.parametrize(
    ("value", "value_max", "unit", "what", "estimate", "expected"),
    [
        (5.42, None, "index score", None, False, "5.42 index score"),
        (
            13.9,
            21.4,
            "billion USD",
            "illicit financial flows",
            True,
            "13.9-21.4 billion USD (illicit financial flows, estimate)",
        ),
        (0.4, None, "t", "cocaine seized", False, "0.4 t (cocaine seized)"),
        (885386, None, "people", None, True, "885,386 people (estimate)"),
        (1.82, None, "million USD", "", False, "1.82 million USD"),
        (40, 40, "tonnes", "cocaine", False, "40 tonnes (cocaine)"),
        (None, None, "t", "x", True, ""),
        (math.nan, 3.0, "t", "x", True, ""),
        (7.0, math.nan, math.nan, math.nan, math.nan, "7"),
    ],
)
def test_format_quantity(value, value_max, unit, what, estimate, expected):
    assert format_quantity(value, value_max, unit, what, estimate) == expected
