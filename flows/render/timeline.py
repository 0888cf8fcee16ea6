"""The timeline under the map: records per period and category (Altair, bundled Vega)."""

from __future__ import annotations

import altair as alt
import pandas as pd

from flows.periods import period_label, period_step, timeline_precision
from flows.vocab import CATEGORIES, CATEGORY_LABELS, category_hex

__all__ = ["build_timeline_chart", "timeline_precision"]


def build_timeline_chart(
    counts: pd.DataFrame,
    period: tuple[float, float] | None,
    precision: str,
    bounds: tuple[float, float] | None = None,
    height: int = 190,
) -> alt.Chart:
    """Stacked bars of ``counts`` (:func:`flows.periods.count_by_period`), one slot per period
    of ``bounds``; periods outside the selected ``period`` are faded.
    """
    step = period_step(precision)
    data = counts.assign(
        t_end=counts["t"] + step,
        category_label=counts["category"].map(lambda c: CATEGORY_LABELS.get(c, c)),
    )
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
        else sorted(set(data["period"]))
    )
    return (
        alt.Chart(data)
        .mark_bar()
        .encode(
            x=alt.X(
                "period:O",
                title=None,
                sort=order,
                scale=alt.Scale(domain=order),
                axis=alt.Axis(
                    labelFontSize=15,
                    labelAngle=0 if precision == "year" else -45,
                    labelOverlap="greedy",
                ),
            ),
            y=alt.Y(
                "n:Q",
                stack="zero",
                title="records",
                axis=alt.Axis(labelFontSize=15, titleFontSize=15, tickMinStep=1),
            ),
            color=alt.Color(
                "category_label:N",
                title=None,
                scale=alt.Scale(
                    domain=[CATEGORY_LABELS[c] for c in present],
                    range=[category_hex(c) for c in present],
                ),
                legend=alt.Legend(orient="top", labelFontSize=15, symbolSize=160),
            ),
            opacity=alt.condition("datum.shown", alt.value(1.0), alt.value(0.3)),
            tooltip=[
                alt.Tooltip("period:N", title="period"),
                alt.Tooltip("category_label:N", title="category"),
                alt.Tooltip("n:Q", title="records"),
            ],
        )
        .properties(height=height, padding={"left": 5, "right": 5, "top": 5, "bottom": 5})
    )
