"""Place labels that do not collide, for dense maps such as Europe.

Greedy placement: labels are tried in order of importance, each at a few positions around
its point; the first position whose box overlaps no placed label (and stays inside the
map) wins, and a label with no free position is left out. Boxes are measured with the
renderer, so the result holds whatever the font and output size.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from matplotlib.axes import Axes
from matplotlib.backend_bases import RendererBase
from matplotlib.text import Annotation
from matplotlib.transforms import Bbox

# (dx, dy) in points, horizontal and vertical alignment: NE first, as cartographers do.
_POSITIONS: tuple[tuple[float, float, str, str], ...] = (
    (4, 3, "left", "bottom"),
    (-4, 3, "right", "bottom"),
    (4, -3, "left", "top"),
    (-4, -3, "right", "top"),
    (6, 0, "left", "center"),
    (-6, 0, "right", "center"),
    (0, 6, "center", "bottom"),
    (0, -6, "center", "top"),
)


@dataclass(frozen=True)
class LabelRequest:
    x: float  # data coordinates
    y: float
    text: str
    priority: float


def boxes_overlap(a: Bbox, b: Bbox, pad: float = 1.0) -> bool:
    """True when two display-space boxes overlap (with ``pad`` pixels of air)."""
    return not (
        a.x1 + pad <= b.x0 or b.x1 + pad <= a.x0 or a.y1 + pad <= b.y0 or b.y1 + pad <= a.y0
    )


def place_labels(
    ax: Axes,
    requests: Sequence[LabelRequest],
    renderer: RendererBase,
    fontsize: float,
    max_labels: int = 40,
    obstacles: Sequence[Bbox] = (),
) -> list[Annotation]:
    """Add non-overlapping labels to ``ax``; return those placed (most important first)."""
    placed: list[Annotation] = []
    taken: list[Bbox] = list(obstacles)
    frame = ax.get_window_extent(renderer)
    for req in sorted(requests, key=lambda r: -r.priority):
        if len(placed) >= max_labels:
            break
        for dx, dy, ha, va in _POSITIONS:
            ann = ax.annotate(
                req.text,
                (req.x, req.y),
                xytext=(dx, dy),
                textcoords="offset points",
                ha=ha,
                va=va,
                fontsize=fontsize,
                color="#222222",
                annotation_clip=True,
                parse_math=False,  # a "$" in a place name is text, not TeX
                bbox={"boxstyle": "round,pad=0.15", "fc": "white", "ec": "none", "alpha": 0.75},
                zorder=6,
            )
            box = ann.get_window_extent(renderer)
            inside = (
                box.x0 >= frame.x0
                and box.x1 <= frame.x1
                and box.y0 >= frame.y0
                and box.y1 <= frame.y1
            )
            if inside and not any(boxes_overlap(box, t) for t in taken):
                taken.append(box)
                placed.append(ann)
                break
            ann.remove()
    return placed
