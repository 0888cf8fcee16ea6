"""Country shading: class breaks and the colour scale, shared by the map and the exports.

>>> shading_breaks([1, 2, 3, 4, 50])
[2.0, 3.0, 4.0, 14.0, 50.0]
>>> shade_class(3, [2.0, 8.0]), shade_class(0, [2.0, 8.0])
(1, None)
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

import numpy as np

# Sequential 5-class grey-brown scale for country shading: neutral, so the category colours of
# the arcs stay the only hues on the map (and stays readable for colour-blind viewers).
SHADING_COLOURS: tuple[tuple[int, int, int], ...] = (
    (226, 213, 190),
    (201, 181, 150),
    (171, 146, 112),
    (136, 110, 80),
    (96, 76, 55),
)


def shading_breaks(values: Iterable[float], classes: int = len(SHADING_COLOURS)) -> list[float]:
    """Upper bounds of the shading classes (quantiles of the non-zero values, deduplicated)."""
    v = np.asarray([x for x in values if x > 0], dtype=float)
    if v.size == 0:
        return []
    qs = np.quantile(v, np.linspace(0, 1, classes + 1)[1:])
    breaks = sorted({float(math.ceil(q)) for q in qs})
    return breaks


def shade_class(value: float, breaks: Sequence[float]) -> int | None:
    """Index of the class of ``value`` (None for 0 / no records)."""
    if value <= 0 or not breaks:
        return None
    for i, upper in enumerate(breaks):
        if value <= upper:
            return i
    return len(breaks) - 1


def shading_colour(index: int, n_classes: int, dark: bool = False) -> tuple[int, int, int]:
    """Colour of class ``index`` among ``n_classes`` (spread over the whole scale).

    On a dark map the scale runs the other way, so that few records stay close to the
    background and many records stand out, as on a light map.
    """
    scale = SHADING_COLOURS[::-1] if dark else SHADING_COLOURS
    if n_classes <= 1:
        return scale[len(scale) // 2]
    pos = round(index * (len(scale) - 1) / (n_classes - 1))
    return scale[pos]
