"""The map legend as HTML built only from escaped strings (it is shown with st.html).

One legend for every layer: category colours, what the line width means, hubs, routes, the
country shading scale, and "showing N of M flows". Sizes are chosen for a projector
(text at least 17 px at 1920x1080).
"""

from __future__ import annotations

import html
import math
from collections.abc import Sequence

from flows.i18n import format_integer, gettext, ngettext
from flows.quantities import format_quantity
from flows.shading import SHADING_COLOURS, shading_colour
from flows.views import View
from flows.vocab import CATEGORIES, category_hex, category_label

_STYLE = """
<style>
.flows-legend{font-size:17px;line-height:1.35;color:inherit}
.flows-legend h4{font-size:18px;margin:10px 0 4px 0;font-weight:700}
.flows-legend .row{display:flex;align-items:center;gap:8px;margin:3px 0}
.flows-legend .sw{display:inline-block;width:26px;height:10px;border-radius:3px}
.flows-legend .box{display:inline-block;width:22px;height:16px;border:1px solid #9992}
.flows-legend .dot{display:inline-block;border-radius:50%;background:#282828;
  border:1.5px solid #fff;box-shadow:0 0 0 1px #2828}
.flows-legend .bar{display:inline-block;background:#666;border-radius:2px;width:34px}
.flows-legend .count{font-size:18px;font-weight:700;margin-bottom:6px}
.flows-legend .note{font-size:15px;opacity:.8}
</style>
"""


def _e(text: object) -> str:
    return html.escape(str(text), quote=True)


def _h4(text: str) -> str:
    return f"<h4>{_e(text)}</h4>"


def _note(text: str) -> str:
    return f'<div class="note">{_e(text)}</div>'


def _flows(n: int) -> str:
    return ngettext("{n} flow", "{n} flows", n).format(n=format_integer(n))


def _records(n: int) -> str:
    return ngettext("{n} record", "{n} records", n).format(n=format_integer(n))


def _samples(maximum: float) -> list[float]:
    """Legend sample values: the maximum and a "nice" smaller one, when they differ.

    >>> _samples(34), _samples(1), _samples(2)
    ([34, 5], [1], [2, 1])
    """
    maximum = float(maximum)
    out = [maximum]
    small = maximum / 4
    if small >= 1:
        magnitude = 10 ** math.floor(math.log10(small))
        nice = max(m * magnitude for m in (1, 2, 5) if m * magnitude <= small)
        out.append(float(nice))
    elif maximum > 1:
        out.append(1.0)
    return [int(v) if float(v).is_integer() else v for v in out]


def shading_legend_rows(breaks: Sequence[float], dark: bool = False) -> list[tuple[str, str]]:
    """(hex colour, label) per shading class: ``1-3``, ``4-10``...

    >>> shading_legend_rows([3.0, 10.0])[1]
    ('#604c37', '4-10')
    """
    rows = []
    lower = 1
    for i, upper in enumerate(breaks):
        r, g, b = shading_colour(i, len(breaks), dark)
        upper_i = int(upper)
        label = f"{lower}" if upper_i <= lower else f"{lower}-{upper_i}"
        rows.append((f"#{r:02x}{g:02x}{b:02x}", label))
        lower = upper_i + 1
    return rows


def build_legend_html(
    view: View,
    categories_shown: Sequence[str],
    shown: int,
    total: int,
    n_records: int,
    max_weight: float = 0.0,
    unit: str | None = None,
    shading_breaks: Sequence[float] = (),
    max_hub: int = 0,
    n_routes: int = 0,
    dark: bool = False,
) -> str:
    """HTML of the legend for ``view``. Every piece of text is escaped.

    Parameters
    ----------
    categories_shown
        Categories present among the drawn flows (the legend lists only those).
    shown, total
        Flows drawn and flows in the selection ("showing N of M flows").
    dark
        The map uses the dark theme (the shading scale runs the other way).
    max_weight, unit
        Largest flow weight and the quantity unit (when width is by quantity).
    """
    ly = view.layers
    parts = [_STYLE, '<div class="flows-legend">']
    count = (
        ngettext("Showing {shown} of {flows}", "Showing {shown} of {flows}", shown).format(
            shown=format_integer(shown), flows=_flows(total)
        )
        if ly.arcs
        else gettext("Flow arcs hidden ({flows})").format(flows=_flows(total))
    )
    matching = ngettext(
        "{n} record matches the filters", "{n} records match the filters", n_records
    ).format(n=format_integer(n_records))
    parts.append(f'<div class="count">{_e(count)}</div><div class="note">{_e(matching)}</div>')
    if ly.arcs or ly.routes:
        parts.append(_h4(gettext("Category")))
        for cat in CATEGORIES:
            if cat in categories_shown:
                parts.append(
                    f'<div class="row"><span class="sw" style="background:{category_hex(cat)}">'
                    f"</span>{_e(category_label(cat))}</div>"
                )
        if not categories_shown:
            parts.append(_note(gettext("no flow drawn")))
    if ly.arcs and max_weight > 0:
        by_records = ly.width_by == "records"
        parts.append(_h4(gettext("Arc width")))
        for value in _samples(max_weight):
            px = 2.0 + 12.0 * (value / max_weight) ** 0.5
            label = (
                _records(int(value))
                if by_records
                else format_quantity(value, unit=unit or gettext("reported quantity"))
            )
            parts.append(
                f'<div class="row"><span class="bar" style="height:{px:.0f}px"></span>'
                f"{_e(label)}</div>"
            )
        parts.append(_note(gettext("Arcs darken toward the destination.")))
    if ly.routes and n_routes:
        parts.append(
            _h4(gettext("Routes"))
            + _note(gettext("Lines through transit places, coloured by category."))
        )
    if ly.hubs and max_hub > 0:
        parts.append(_h4(gettext("Hubs: records starting, ending or passing there")))
        for value in _samples(max_hub):
            value = int(value)
            d = 2 * (4.0 + 18.0 * (value / max_hub) ** 0.5)
            parts.append(
                f'<div class="row"><span class="dot" style="width:{d:.0f}px;height:{d:.0f}px">'
                f"</span>{_e(_records(value))}</div>"
            )
    if ly.shading != "none":
        heading = {
            "in": gettext("Countries: records arriving"),
            "out": gettext("Countries: records leaving"),
            "both": gettext("Countries: records arriving or leaving"),
        }.get(ly.shading, ly.shading)
        parts.append(f"<h4>{_e(heading)}</h4>")
        if shading_breaks:
            for colour, label in shading_legend_rows(shading_breaks, dark):
                parts.append(
                    f'<div class="row"><span class="box" style="background:{colour}"></span>'
                    f"{_e(label)}</div>"
                )
        else:
            parts.append(_note(gettext("no country to shade")))
        parts.append(
            _note(
                gettext(
                    'Records naming a region (e.g. "Western Balkans") do not shade its countries.'
                )
            )
        )
    if ly.heat:
        parts.append(
            _h4(gettext("Heat")) + _note(gettext("Density of places, weighted by records."))
        )
    parts.append("</div>")
    return "".join(parts)


__all__ = ["SHADING_COLOURS", "build_legend_html", "shading_legend_rows"]
