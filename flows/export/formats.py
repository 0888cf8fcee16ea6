"""Which export formats exist and how a file name picks one."""

from __future__ import annotations

from pathlib import Path

from flows.export.errors import ExportError
from flows.i18n import N_

# suffix -> (format key, what it is: a catalogue message); order is the order of help and errors.
FORMATS: dict[str, tuple[str, str]] = {
    ".png": ("png", N_("image for slides (1920x1080) or print (A4 at 300 dpi)")),
    ".svg": ("svg", N_("vector image, text kept as text")),
    ".pdf": ("pdf", N_("vector PDF")),
    ".pptx": ("pptx", N_("PowerPoint slide(s)")),
    ".html": ("html", N_("offline interactive map, one self-contained file")),
    ".geojson": ("geojson", N_("flows of the view as GeoJSON")),
    ".gpkg": ("gpkg", N_("flows and sources as a GeoPackage")),
    ".csv": ("csv", N_("flows of the view as CSV")),
    ".xlsx": ("xlsx", N_("flows and sources as an Excel workbook")),
    ".gif": ("gif", N_("animated timeline")),
    ".mp4": ("mp4", N_("timeline video")),
}
SUPPORTED_SUFFIXES: tuple[str, ...] = tuple(FORMATS)
IMAGE_FORMATS = ("png", "svg", "pdf")
DATA_FORMATS = ("geojson", "gpkg", "csv", "xlsx")
ANIMATION_FORMATS = ("gif", "mp4")

MIME_TYPES: dict[str, str] = {
    "png": "image/png",
    "svg": "image/svg+xml",
    "pdf": "application/pdf",
    "pptx": "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    "html": "text/html",
    "geojson": "application/geo+json",
    "gpkg": "application/geopackage+sqlite3",
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "gif": "image/gif",
    "mp4": "video/mp4",
}


def supported_list() -> str:
    return ", ".join(SUPPORTED_SUFFIXES)


def format_for_path(path: str | Path) -> str:
    """Return the format key the file name's suffix picks, or raise ExportError listing all.

    >>> format_for_path("brief/map.SVG")
    'svg'
    """
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        shown = f"'{suffix}'" if suffix else "no suffix"
        raise ExportError(f"{path}: {shown} is not an export format; use one of {supported_list()}")
    return FORMATS[suffix][0]


def check_format(fmt: str) -> str:
    """Normalise a format key ("PNG", ".png" -> "png") or raise ExportError."""
    key = fmt.lower().lstrip(".")
    if f".{key}" not in FORMATS:
        raise ExportError(f"'{fmt}' is not an export format; use one of {supported_list()}")
    return key
