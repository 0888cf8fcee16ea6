"""Which places get a label at a given frame, and where the label goes: readable at every zoom.

As flowmap.gl does, labels are chosen for the zoom on screen: the busiest places first, each
label tried to the right of its place, then left, above and below, and kept only where it is
wholly inside the map and overlaps no label already kept. Zooming in spreads the places apart,
so more labels fit; a label never sits half outside the frame.

The boxes are measured with the font the labels are drawn in: DejaVu Sans Bold (matplotlib
ships it; the map component serves the same file to the browser, and static exports draw
with it), so a box here is the box on screen.

No Streamlit, no pydeck.

>>> labels = choose_labels([100, 110, 500], [100, 104, 300], ["Vienna", "Bratislava", "Rome"],
...                        [5, 3, 1], width=600, height=400, font_px=14)
>>> [(label.text, label.anchor) for label in labels]
[('Vienna', 'right'), ('Bratislava', 'left'), ('Rome', 'right')]
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np

FONT_FILE = "DejaVuSans-Bold.ttf"
FONT_FAMILY = "Atlas Label"  # the name the map component gives the same font file
ANCHORS = ("right", "left", "above", "below")
PAD = (5.0, 2.0)  # background padding around the text: x, y (pixels)
GAP = 4.0  # between a place's dot and its label
MARGIN = 2.0  # between a label and the frame's edge


def font_path() -> Path:
    """DejaVu Sans Bold as matplotlib ships it.

    Found without importing matplotlib (its data folder is ``mpl-data`` beside its
    ``__init__``): the page measures labels on every rerun, and importing matplotlib there
    would add ~25,000 objects that Streamlit's full collection after each rerun walks.
    """
    from importlib.util import find_spec

    spec = find_spec("matplotlib")
    if spec is None or spec.origin is None:
        raise FileNotFoundError(f"{FONT_FILE}: matplotlib is not installed")
    return Path(spec.origin).parent / "mpl-data" / "fonts" / "ttf" / FONT_FILE


@lru_cache(maxsize=16)
def _font(size_px: int):
    from PIL import ImageFont

    return ImageFont.truetype(str(font_path()), size_px)


def text_width(text: str, font_px: float) -> float:
    """Width in pixels of ``text`` in DejaVu Sans Bold at ``font_px``."""
    size = max(1, round(font_px * 4))  # measured at 4x, for sub-pixel widths
    return float(_font(size).getlength(str(text))) / 4.0


@dataclass(frozen=True)
class Label:
    """A label kept: the place (``row`` of the input), its text, where the text goes, and the
    box it covers on the frame (x0, y0, x1, y1 in pixels, y down), background included."""

    row: int
    text: str
    anchor: str  # right | left | above | below (of the place)
    box: tuple[float, float, float, float]

    def layout(self, radius: float) -> tuple[tuple[float, float], str, str]:
        """What a text layer needs to draw the text in the box: the pixel offset from the
        place, the text anchor (start, middle, end) and the baseline (center, top, bottom).

        >>> Label(0, "x", "above", (0, 0, 1, 1)).layout(radius=5)
        ((0.0, -11.0), 'middle', 'bottom')
        """
        reach = radius + GAP
        return {
            "right": ((reach + PAD[0], 0.0), "start", "center"),
            "left": ((-(reach + PAD[0]), 0.0), "end", "center"),
            "above": ((0.0, -(reach + PAD[1])), "middle", "bottom"),
            "below": ((0.0, reach + PAD[1]), "middle", "top"),
        }[self.anchor]


def label_box(
    x: float, y: float, width: float, height: float, anchor: str, radius: float
) -> tuple[float, float, float, float]:
    """The box of a ``width`` x ``height`` label at ``anchor`` of a dot of ``radius`` at x, y.

    >>> label_box(100, 100, 40, 20, "right", 5)
    (109.0, 90.0, 149.0, 110.0)
    >>> label_box(100, 100, 40, 20, "above", 5)
    (80.0, 71.0, 120.0, 91.0)
    """
    reach = radius + GAP
    if anchor == "right":
        return (x + reach, y - height / 2, x + reach + width, y + height / 2)
    if anchor == "left":
        return (x - reach - width, y - height / 2, x - reach, y + height / 2)
    if anchor == "above":
        return (x - width / 2, y - reach - height, x + width / 2, y - reach)
    if anchor == "below":
        return (x - width / 2, y + reach, x + width / 2, y + reach + height)
    raise ValueError(f"anchor is '{anchor}': use one of {', '.join(ANCHORS)}")


def _overlaps(a: tuple, b: tuple) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def choose_labels(
    x: Sequence[float],
    y: Sequence[float],
    texts: Sequence[str],
    weights: Sequence[float],
    width: float,
    height: float,
    font_px: float = 15.0,
    radii: Sequence[float] | float = 6.0,
    limit: int | None = None,
) -> list[Label]:
    """Labels for places at pixels ``x``, ``y`` on a ``width`` x ``height`` frame.

    The heaviest places are served first; each label takes the first of :data:`ANCHORS`
    where its box is wholly inside the frame (``MARGIN`` from the edge) and clear of every
    label already kept. Places outside the frame get no label. Returns the labels kept,
    heaviest first.
    """
    x = np.asarray(x, dtype=float)
    y = np.asarray(y, dtype=float)
    w = np.asarray(weights, dtype=float)
    r = np.broadcast_to(np.asarray(radii, dtype=float), x.shape)
    order = np.lexsort((np.arange(len(w)), -w))  # heaviest first, ties in input order
    kept: list[Label] = []
    boxes: list[tuple] = []
    box_h = font_px + 2 * PAD[1]
    for i in order:
        if limit is not None and len(kept) >= limit:
            break
        xi, yi = float(x[i]), float(y[i])
        if not (0 <= xi <= width and 0 <= yi <= height) or not str(texts[i]):
            continue
        box_w = text_width(texts[i], font_px) + 2 * PAD[0]
        for anchor in ANCHORS:
            box = label_box(xi, yi, box_w, box_h, anchor, float(r[i]))
            inside = (
                box[0] >= MARGIN
                and box[1] >= MARGIN
                and box[2] <= width - MARGIN
                and box[3] <= height - MARGIN
            )
            if inside and not any(_overlaps(box, other) for other in boxes):
                kept.append(Label(int(i), str(texts[i]), anchor, box))
                boxes.append(box)
                break
    return kept
