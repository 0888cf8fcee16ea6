from datetime import date

import pytest

from flows.dates import PartialDate, PartialDateError, decimal_year


@pytest.mark.parametrize(
    ("text", "precision", "earliest", "latest"),
    [
        ("2015", "year", date(2015, 1, 1), date(2015, 12, 31)),
        ("2016-02", "month", date(2016, 2, 1), date(2016, 2, 29)),
        ("2015-02", "month", date(2015, 2, 1), date(2015, 2, 28)),
        ("2022-06-09", "day", date(2022, 6, 9), date(2022, 6, 9)),
        (" 2019 ", "year", date(2019, 1, 1), date(2019, 12, 31)),
    ],
)
def test_partial_dates_keep_precision(text, precision, earliest, latest):
    d = PartialDate.parse(text)
    assert (d.precision, d.earliest(), d.latest()) == (precision, earliest, latest)
    assert str(d) == text.strip()


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2015-02-30", "February 2015 has 28 days"),
        ("2015-13", "month 13"),
        ("2015-00", "month 0"),
        ("15-03-2015", "not an ISO date"),
        ("March 2015", "not an ISO date"),
        ("2015-2", "not an ISO date"),
        ("1850", "outside 1900-2100"),
    ],
)
def test_impossible_dates_say_why(text, reason):
    with pytest.raises(PartialDateError, match=reason):
        PartialDate.parse(text)


@pytest.mark.parametrize(
    ("text", "end", "expected"),
    [("2015", False, 2015.0), ("2015", True, 2016.0), ("2015-07", False, 2015 + 181 / 365)],
)
def test_decimal_year(text, end, expected):
    assert decimal_year(PartialDate.parse(text), end=end) == pytest.approx(expected)
