"""Bad input is a clear error, and a failed export leaves no file behind."""

import pytest

import flows.export.render_static as render_static
from flows.export.api import export_briefing, export_view, find_view, render_snapshot
from flows.export.errors import ExportError
from flows.export.formats import MIME_TYPES, SUPPORTED_SUFFIXES
from flows.views import View


def test_unknown_view_name_lists_the_names():
    views = [View(name="balkans"), View(name="sahel")]
    with pytest.raises(ExportError) as err:
        find_view(views, "balkan", where="views.json")
    assert str(err.value) == ("views.json: no view named 'balkan'; views there: 'balkans', 'sahel'")


def test_find_view_returns_the_view():
    views = [View(name="balkans"), View(name="sahel")]
    assert find_view(views, "sahel") is views[1]


def test_unsupported_suffix(tmp_path, europe_view, table, countries):
    with pytest.raises(ExportError, match=r"'\.jpg' is not an export format; use one of \.png"):
        export_view(europe_view, table, countries, tmp_path / "map.jpg")
    assert list(tmp_path.iterdir()) == []


def test_unwritable_path(tmp_path, europe_view, table, countries):
    with pytest.raises(ExportError, match="does not exist"):
        export_view(europe_view, table, countries, tmp_path / "nowhere" / "map.png")


def test_failed_render_leaves_no_half_written_file(
    tmp_path, monkeypatch, europe_view, table, countries
):
    target = tmp_path / "map.png"
    target.write_bytes(b"yesterday's map")

    def crash(*args, **kwargs):
        raise MemoryError("out of memory half-way")

    monkeypatch.setattr(render_static, "render_image", crash)
    with pytest.raises(MemoryError):
        export_view(europe_view, table, countries, target)
    assert target.read_bytes() == b"yesterday's map"
    assert [p.name for p in tmp_path.iterdir()] == ["map.png"]


def test_every_format_has_a_mime_type():
    assert {s.lstrip(".") for s in SUPPORTED_SUFFIXES} == set(MIME_TYPES)


@pytest.mark.parametrize(
    ("fmt", "magic"), [("png", b"\x89PNG"), ("pdf", b"%PDF"), ("svg", b"<?xml"), ("pptx", b"PK")]
)
def test_render_snapshot_returns_the_file_bytes(europe_view, table, countries, fmt, magic):
    assert render_snapshot(europe_view, table, countries, fmt).startswith(magic)


def test_briefing_needs_views_and_pptx(tmp_path, table, countries):
    with pytest.raises(ExportError, match="no views"):
        export_briefing([], table, countries, tmp_path / "deck.pptx")
    with pytest.raises(ExportError, match="is a .pptx file"):
        export_briefing([View(name="a")], table, countries, tmp_path / "deck.pdf")
