"""The timeline plays period by period, as GIF and MP4 that their readers open."""

from dataclasses import replace

import imageio.v2 as imageio
import pytest
from PIL import Image

from flows.export.animate import timeline_periods
from flows.export.api import export_view
from flows.export.errors import ExportError
from flows.views import Filters, View


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        # weapons records run 2014-2019: one frame per year
        (Filters(categories=("weapons",)), [(y, y + 1) for y in range(2014, 2020)]),
        # the view's own period wins
        (Filters(period=(2020.0, 2022.0)), [(2020.0, 2021.0), (2021.0, 2022.0)]),
        (Filters(categories=("drugs",), period=(2021.0, 2022.0)), [(2021.0, 2022.0)]),
    ],
)
def test_timeline_periods(table, filters, expected):
    assert timeline_periods(View(filters=filters), table) == expected


def test_gif_has_one_frame_per_period(tmp_path, europe_view, table, countries):
    view = replace(europe_view, filters=replace(europe_view.filters, period=(2016.0, 2019.0)))
    path = export_view(view, table, countries, tmp_path / "timeline.gif")
    image = Image.open(path)
    assert image.format == "GIF" and image.n_frames == 3 and image.size == (960, 540)
    assert image.info.get("loop") == 0


def test_mp4_plays_the_periods(tmp_path, europe_view, table, countries):
    view = replace(europe_view, filters=replace(europe_view.filters, period=(2016.0, 2018.0)))
    path = export_view(view, table, countries, tmp_path / "timeline.mp4")
    reader = imageio.get_reader(path, format="FFMPEG")
    try:
        first = reader.get_data(0)
        n = reader.count_frames()
    finally:
        reader.close()
    assert first.shape == (720, 1280, 3)
    assert n == 2 * 3  # two periods, 1.5 s each at 2 table per second


def test_nothing_to_animate_is_a_clear_error(tmp_path, table, countries):
    view = View(name="empty", filters=Filters(text="no such words"))
    with pytest.raises(ExportError, match="view 'empty': no dated records selected"):
        export_view(view, table, countries, tmp_path / "t.gif")
    assert list(tmp_path.iterdir()) == []
