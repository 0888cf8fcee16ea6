import io
import itertools

from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure

from flows.export.labels import LabelRequest, boxes_overlap, place_labels


def test_dense_labels_do_not_overlap():
    fig = Figure(figsize=(6, 4), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 10)
    ax.set_ylim(0, 10)
    # 49 points on a tight grid: far more labels than fit.
    requests = [
        LabelRequest(4 + 0.3 * i, 4 + 0.3 * j, f"Place {i}{j}", priority=i * 7 + j)
        for i, j in itertools.product(range(7), range(7))
    ]
    renderer = canvas.get_renderer()
    placed = place_labels(ax, requests, renderer, fontsize=9, max_labels=49)
    boxes = [a.get_window_extent(renderer) for a in placed]
    assert 3 <= len(placed) < len(requests)
    assert not any(boxes_overlap(a, b, pad=0) for a, b in itertools.combinations(boxes, 2))
    # the most important label always gets a place
    assert placed[0].get_text() == "Place 66"


def test_labels_keep_dollar_signs_as_text():
    # "$\\frac$" is a mathtext error if the label were parsed as TeX.
    fig = Figure(figsize=(4, 3), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes([0, 0, 1, 1])
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    name = "Net $\\frac$ 5"
    placed = place_labels(ax, [LabelRequest(0.5, 0.5, name, 1)], canvas.get_renderer(), 9)
    assert [a.get_text() for a in placed] == [name]
    fig.savefig(io.BytesIO(), format="png")
