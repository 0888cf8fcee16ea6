"""Text that a spreadsheet would run as a formula, made inert wherever a table can become one.

Publisher names, titles and evidence come from documents: ``=HYPERLINK(...)``, ``+cmd|...``
or ``@SUM(...)`` must reach a spreadsheet as text. The app's CSV and XLSX exports and the
records table on the page (whose toolbar downloads a CSV) all pass through
:func:`neutralise_formulas`.
"""

from __future__ import annotations

import pandas as pd

# A spreadsheet runs a cell that starts with these as a formula: text from documents must not.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def neutralise_value(value: object) -> object:
    """``value`` with an apostrophe first when it is text a spreadsheet would run.

    >>> neutralise_value("-1+2"), neutralise_value("ok"), neutralise_value(-1)
    ("'-1+2", 'ok', -1)
    """
    return "'" + value if isinstance(value, str) and value.startswith(_FORMULA_START) else value


def neutralise_formulas(frame: pd.DataFrame) -> pd.DataFrame:
    """Prefix text cells that a spreadsheet would run as a formula with an apostrophe.

    >>> neutralise_formulas(pd.DataFrame({"a": ["=HYPERLINK(1)", "ok", 3]}))["a"].tolist()
    ["'=HYPERLINK(1)", 'ok', 3]
    """
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_object_dtype(out[column]) or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(neutralise_value)
    return out


__all__ = ["neutralise_formulas", "neutralise_value"]
