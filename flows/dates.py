"""ISO partial dates (YYYY, YYYY-MM, YYYY-MM-DD) that keep their precision."""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

# ASCII digits only: int() reads "٢٠٢٣" and "２０２３" too, but no ISO date is written so.
_PATTERN = re.compile(r"^([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?$")


class PartialDateError(ValueError):
    """A string that is not a valid ISO partial date; the message says why."""


@dataclass(frozen=True, order=True)
class PartialDate:
    """A date known to the year, the month or the day.

    >>> d = PartialDate.parse("2015-02")
    >>> d.precision, d.earliest(), d.latest()
    ('month', datetime.date(2015, 2, 1), datetime.date(2015, 2, 28))
    >>> str(d)
    '2015-02'
    """

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | int) -> PartialDate:
        s = str(text).strip()
        m = _PATTERN.fullmatch(s)
        if not m and any(c.isdigit() and not c.isascii() for c in s):
            raise PartialDateError(f"'{s}' has digits other than 0-9: type the date with 0-9")
        if not m:
            raise PartialDateError(f"'{s}' is not an ISO date: use YYYY, YYYY-MM or YYYY-MM-DD")
        year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
        if month is not None and not 1 <= month <= 12:
            raise PartialDateError(f"'{s}' has month {month}: months run 01 to 12")
        if day is not None:
            last = calendar.monthrange(year, month)[1]
            if not 1 <= day <= last:
                raise PartialDateError(
                    f"'{s}' is impossible: {calendar.month_name[month]} {year} has {last} days"
                )
        if year < 1900 or year > 2100:
            raise PartialDateError(f"'{s}' has year {year}, outside 1900-2100")
        return cls(year, month or None, day or None)

    @property
    def precision(self) -> str:
        if self.day is not None:
            return "day"
        if self.month is not None:
            return "month"
        return "year"

    def earliest(self) -> date:
        return date(self.year, self.month or 1, self.day or 1)

    def latest(self) -> date:
        month = self.month or 12
        day = self.day or calendar.monthrange(self.year, month)[1]
        return date(self.year, month, day)

    def __str__(self) -> str:
        if self.month is None:
            return f"{self.year:04d}"
        if self.day is None:
            return f"{self.year:04d}-{self.month:02d}"
        return f"{self.year:04d}-{self.month:02d}-{self.day:02d}"


def decimal_year(d: PartialDate, end: bool = False) -> float:
    """Position of a partial date on a continuous year axis (start or end of its span).

    >>> decimal_year(PartialDate.parse("2015")), decimal_year(PartialDate.parse("2015"), end=True)
    (2015.0, 2016.0)
    """
    day = d.latest() if end else d.earliest()
    start = date(day.year, 1, 1)
    length = (date(day.year + 1, 1, 1) - start).days
    offset = (day - start).days + (1 if end else 0)
    return day.year + offset / length
