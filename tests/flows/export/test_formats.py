import pytest

from flows.export.errors import ExportError
from flows.export.formats import SUPPORTED_SUFFIXES, check_format, format_for_path


@pytest.mark.parametrize(
    ("path", "fmt"),
    [
        ("a.png", "png"),
        ("b/c.SVG", "svg"),
        ("x.pdf", "pdf"),
        ("deck.pptx", "pptx"),
        ("m.html", "html"),
        ("d.geojson", "geojson"),
        ("d.gpkg", "gpkg"),
        ("d.csv", "csv"),
        ("d.xlsx", "xlsx"),
        ("t.gif", "gif"),
        ("t.mp4", "mp4"),
    ],
)
def test_suffix_picks_format(path, fmt):
    assert format_for_path(path) == fmt


@pytest.mark.parametrize("path", ["map.jpg", "map", "notes.docx", "map.png.bak"])
def test_unknown_suffix_lists_supported_ones(path):
    with pytest.raises(ExportError) as err:
        format_for_path(path)
    message = str(err.value)
    assert path in message
    assert all(suffix in message for suffix in SUPPORTED_SUFFIXES)


@pytest.mark.parametrize(("given", "key"), [("PNG", "png"), (".svg", "svg"), ("xlsx", "xlsx")])
def test_check_format_normalises(given, key):
    assert check_format(given) == key


def test_check_format_rejects_unknown():
    with pytest.raises(ExportError, match="'tiff' is not an export format"):
        check_format("tiff")
