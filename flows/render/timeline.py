"""The timeline under the map: records per period and category, as a Vega-Lite spec.

The spec is written as a plain dict (Streamlit draws it with its bundled Vega): building it
through Altair validated the whole schema on every filter change, a hundred milliseconds and
more for a few dozen bars.
"""

from __future__ import annotations

import pandas as pd

from flows.i18n import format_month, gettext
from flows.periods import period_label, period_step, timeline_precision
from flows.vocab import CATEGORIES, category_hex, category_label

__all__ = ["build_timeline_chart", "month_name", "timeline_precision"]


def month_name(label: str) -> str:
    """``"2015-03"`` -> ``"Mar 2015"`` (en) / ``"mars 2015"`` (fr); other labels unchanged."""
    try:
        year, month = (int(x) for x in str(label).split("-")[:2])
    except ValueError:
        return str(label)
    return format_month(year, month, short=True)


def build_timeline_chart(
    counts: pd.DataFrame,
    period: tuple[float, float] | None,
    precision: str,
    bounds: tuple[float, float] | None = None,
    height: int = 190,
) -> dict:
    """Vega-Lite spec of stacked bars of ``counts`` (:func:`flows.periods.count_by_period`),
    one slot per period of ``bounds``; periods outside the selected ``period`` are faded.
    """
    step = period_step(precision)
    data = counts.assign(
        t_end=counts["t"] + step,
        category_label=counts["category"].map(category_label),
    )
    if precision == "month":
        # "2015-03" -> "Mar 2015" / "mars 2015": months in the reader's language
        data["period"] = data["period"].map(month_name)
    if period is None:
        data["shown"] = True
    else:
        data["shown"] = (data["t"] >= period[0] - 1e-6) & (data["t"] < period[1] - 1e-6)
    present = [c for c in CATEGORIES if c in set(data["category"])]
    # every period of the span gets a slot, with or without records, so gaps stay visible
    order = (
        [
            period_label(bounds[0] + i * step, precision)
            for i in range(max(1, round((bounds[1] - bounds[0]) / step)))
        ]
        if bounds
        else list(dict.fromkeys(data.sort_values("t")["period"]))
    )
    if precision == "month" and bounds:
        order = [month_name(p) for p in order]
    values = data[["t", "t_end", "period", "category", "category_label", "n", "shown"]]
    return {
        "data": {"values": values.to_dict(orient="records")},
        "mark": {"type": "bar"},
        "encoding": {
            "x": {
                "field": "period",
                "type": "ordinal",
                "title": None,
                "sort": order,
                "scale": {"domain": order},
                "axis": {
                    "labelFontSize": 15,
                    "labelAngle": 0 if precision == "year" else -45,
                    "labelOverlap": "greedy",
                },
            },
            "y": {
                "field": "n",
                "type": "quantitative",
                "stack": "zero",
                "title": gettext("records"),
                "axis": {"labelFontSize": 15, "titleFontSize": 15, "tickMinStep": 1},
            },
            "color": {
                "field": "category_label",
                "type": "nominal",
                "title": None,
                "scale": {
                    "domain": [category_label(c) for c in present],
                    "range": [category_hex(c) for c in present],
                },
                "legend": {"orient": "top", "labelFontSize": 15, "symbolSize": 160},
            },
            "opacity": {"condition": {"test": "datum.shown", "value": 1.0}, "value": 0.3},
            "tooltip": [
                {"field": "period", "type": "nominal", "title": gettext("period")},
                {"field": "category_label", "type": "nominal", "title": gettext("category")},
                {"field": "n", "type": "quantitative", "title": gettext("records")},
            ],
        },
        "height": height,
        "padding": {"left": 5, "right": 5, "top": 5, "bottom": 5},
    }
