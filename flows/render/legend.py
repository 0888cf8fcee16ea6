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
    n_areas: int = 0,
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
    n_routes
        Multi-leg routes drawn: they are lines too, so the count says so.
    n_areas
        Regions drawn as the area of their member countries.
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
    routes = n_routes if ly.routes else 0
    if routes:
        # every line drawn is counted: arcs and routes through transit places
        lines = (shown if ly.arcs else 0) + routes
        drawn = ngettext("{n} line drawn", "{n} lines drawn", lines).format(n=format_integer(lines))
        count += " " + ngettext(
            "and {n} route ({drawn})", "and {n} routes ({drawn})", routes
        ).format(n=format_integer(routes), drawn=drawn)
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
    if ly.hubs and n_areas:
        from flows.render.regions import AREA_FILL, AREA_LEGEND, AREA_LINE

        fill = "#" + "".join(f"{c:02x}" for c in AREA_FILL)
        line = "#" + "".join(f"{c:02x}" for c in AREA_LINE[:3])
        parts.append(
            _h4(gettext("Regions"))
            + f'<div class="row"><span class="box" style="background:{fill};'
            f'border:1px solid {line}"></span>{_e(gettext(AREA_LEGEND))}</div>'
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


def legend_for(answer, dark: bool = False) -> str:
    """The legend of a :class:`flows.pipeline.ViewAnswer`: the one the page shows and the
    offline HTML export shows, in the same words."""
    from flows.render.regions import area_hubs
    from flows.shading import shading_breaks

    view = answer.view
    flows, routes, hubs, shading = answer.flows, answer.routes, answer.hubs, answer.shading
    return build_legend_html(
        view,
        categories_shown=sorted(
            set(flows["category"]) | (set(routes["category"]) if routes is not None else set())
        ),
        shown=len(flows),
        total=answer.total_flows,
        n_records=answer.n_records,
        max_weight=float(flows["weight"].max()) if len(flows) else 0.0,
        unit=answer.unit,
        shading_breaks=shading_breaks(shading["n"]) if shading is not None else (),
        max_hub=int(hubs["n_flows"].max()) if len(hubs) else 0,
        n_routes=len(routes) if routes is not None else 0,
        dark=dark,
        n_areas=int(area_hubs(hubs, answer.clusters).sum()) if len(hubs) else 0,
    )


__all__ = ["SHADING_COLOURS", "build_legend_html", "legend_for", "shading_legend_rows"]
