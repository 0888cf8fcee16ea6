"""How a figure from a source is written on screen, in tooltips, legends and exports.

One formatter so that every view of a record shows the same text: the source's own precision
is kept (13.9 stays "13.9", 0.4 stays "0.4", 885386 becomes "885,386"), never rounded to a
whole number, and a figure the source calls an estimate always says so. Separators, the range
and the words follow the reader's language (:mod:`flows.i18n`): "1 234,5 tonnes" in French.
"""

from __future__ import annotations

import math
from decimal import Decimal

from flows.i18n import format_decimal_text, gettext, use_language
from flows.vocab import unit_label

# Enough digits for any figure a source prints; sums of floats (0.1 + 0.2) lose their noise.
MAX_SIGNIFICANT = 6


def _missing(value: object) -> bool:
    if value is None:
        return True
    try:
        return math.isnan(float(value))  # type: ignore[arg-type]
    except (TypeError, ValueError):
        return True


def source_digits(value: float, significant: int = MAX_SIGNIFICANT) -> Decimal:
    """The digits a source wrote: at most ``significant`` significant ones, no float noise.

    >>> source_digits(0.1 + 0.2), source_digits(885386.0), source_digits(13.9)
    (Decimal('0.3'), Decimal('885386'), Decimal('13.9'))
    """
    value = float(value)
    if value.is_integer() and abs(value) < 10**15:
        return Decimal(int(value))
    # repr is the shortest text that reads back as this float: the digits the source wrote.
    digits = Decimal(repr(value))
    exponent = digits.adjusted() - significant + 1
    if exponent > digits.as_tuple().exponent:  # type: ignore[operator]
        digits = digits.quantize(Decimal(1).scaleb(exponent))
    if digits != digits.to_integral_value():
        digits = digits.normalize()
    else:
        digits = digits.quantize(Decimal(1))
    return digits


def format_number(value: float, significant: int = MAX_SIGNIFICANT, lang: str | None = None) -> str:
    """``value`` with the reader's separators and at most ``significant`` significant digits.

    >>> format_number(885386.0), format_number(5.42), format_number(0.1 + 0.2)
    ('885,386', '5.42', '0.3')
    >>> format_number(1234.5, lang="fr")
    '1\u202f234,5'
    """
    value = float(value)
    if not math.isfinite(value):
        return str(value)
    return format_decimal_text(source_digits(value, significant), lang)


def format_quantity(
    value: float | None,
    value_max: float | None = None,
    unit: str | None = None,
    what: str | None = None,
    estimate: bool = False,
    lang: str | None = None,
) -> str:
    """A source's figure as text, e.g. ``"13.9-21.4 billion USD (illicit flows, estimate)"``.

    Returns "" when there is no value. ``estimate`` adds "estimate" to the parenthesis. Known
    units are named in the reader's language; ``what`` is the source's own words.

    >>> format_quantity(13.9, 21.4, "billion USD", None, True, lang="fr")
    '13,9 à 21,4\xa0milliards USD (estimation)'
    """
    if _missing(value):
        return ""
    with use_language(lang):
        figure = format_number(value)  # type: ignore[arg-type]
        if not _missing(value_max) and float(value_max) != float(value):  # type: ignore[arg-type]
            # TRANSLATORS: a range of figures, e.g. "13.9-21.4"
            figure = gettext("{low}-{high}").format(
                low=figure,
                high=format_number(value_max),  # type: ignore[arg-type]
            )
        unit = "" if _missing_text(unit) else unit_label(unit)
        what = "" if _missing_text(what) else str(what)
        notes = [n for n in (what, gettext("estimate") if _true(estimate) else "") if n]
        # TRANSLATORS: a figure and its unit ("40 tonnes"); French puts a no-break space
        text = (
            gettext("{figure} {unit}").format(figure=figure, unit=unit).strip() if unit else figure
        )
        return f"{text} ({', '.join(notes)})" if notes else text


def _missing_text(value: object) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value == ""


def _true(value: object) -> bool:
    """True for True/1, False for False/0/None/NaN (frames may hold NaN or pandas NA)."""
    try:
        return bool(value) and not (isinstance(value, float) and math.isnan(value))
    except (TypeError, ValueError):  # pandas NA refuses bool()
        return False


__all__ = ["MAX_SIGNIFICANT", "format_number", "format_quantity", "source_digits"]
