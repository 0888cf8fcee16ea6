"""How much work one input may cost: file sizes, YAML nesting and aliases, extraction time.

Every loader and reader checks its input against one of these limits before the work grows
with it, and a refusal names the limit and the setting that raises it, e.g. "file is 212 MB,
over the 200 MB limit for record files (set FLOWS_MAX_RECORD_FILE_MB to raise it)". The
values are read from the environment at each use, so a test or a server can change them.

>>> MAX_YAML_DEPTH.value()
20
>>> MAX_RECORD_FILE_MB.describe(), MAX_RECORD_FILE_MB.setting()
('the 200 MB limit for record files', 'set FLOWS_MAX_RECORD_FILE_MB to raise it')
"""

from __future__ import annotations

import os
from dataclasses import dataclass

MB = 1024 * 1024


@dataclass(frozen=True)
class Limit:
    """One bound: its environment variable, default, unit and what it bounds."""

    env: str
    default: float
    unit: str  # "MB", "s", "levels", "nodes"
    what: str  # "record files", "one document's extraction"...

    def value(self) -> float:
        """The limit in force: the environment variable when it holds a positive number."""
        raw = os.environ.get(self.env, "").strip()
        try:
            number = float(raw)
        except ValueError:
            return self.default
        if number != number or number <= 0 or number == float("inf"):
            return self.default
        return int(number) if number.is_integer() else number

    def bytes(self) -> int:
        """A size limit in bytes (for limits in MB)."""
        return int(self.value() * MB)

    def describe(self) -> str:
        """``the 200 MB limit for record files``."""
        return f"the {_number(self.value())} {self.unit} limit for {self.what}"

    def setting(self) -> str:
        """``set FLOWS_MAX_RECORD_FILE_MB to raise it``."""
        return f"set {self.env} to raise it"


def _number(value: float) -> str:
    return f"{value:g}" if isinstance(value, float) else f"{value:,}"


def size_text(n_bytes: int) -> str:
    """A file size as a person reads it: ``"212 MB"``, ``"3.4 kB"``, ``"120 bytes"``."""
    if n_bytes >= MB:
        return f"{n_bytes / MB:,.1f} MB".replace(".0 MB", " MB")
    if n_bytes >= 1024:
        return f"{n_bytes / 1024:,.1f} kB".replace(".0 kB", " kB")
    return f"{n_bytes} bytes"


MAX_RECORD_FILE_MB = Limit("FLOWS_MAX_RECORD_FILE_MB", 200, "MB", "record files")
MAX_PARQUET_MB = Limit("FLOWS_MAX_PARQUET_MB", 4000, "MB", "Parquet record files")
MAX_XLSX_UNPACKED_MB = Limit(
    "FLOWS_MAX_XLSX_UNPACKED_MB", 1000, "MB", "a workbook's unpacked content"
)
MAX_YAML_DEPTH = Limit("FLOWS_MAX_YAML_DEPTH", 20, "levels", "nesting in YAML")
MAX_YAML_ALIAS_NODES = Limit(
    "FLOWS_MAX_YAML_ALIAS_NODES", 10_000, "values", "YAML aliases in one file"
)
MAX_DOCUMENT_MB = Limit("FLOWS_MAX_DOCUMENT_MB", 10, "MB", "one document's text")
MAX_HTML_MB = Limit("FLOWS_MAX_HTML_MB", 50, "MB", "HTML files")
MAX_PDF_MB = Limit("FLOWS_MAX_PDF_MB", 200, "MB", "PDF files")
EXTRACT_SECONDS = Limit("FLOWS_EXTRACT_SECONDS", 60, "s", "one document's extraction")

__all__ = [
    "EXTRACT_SECONDS",
    "MAX_DOCUMENT_MB",
    "MAX_HTML_MB",
    "MAX_PARQUET_MB",
    "MAX_PDF_MB",
    "MAX_RECORD_FILE_MB",
    "MAX_XLSX_UNPACKED_MB",
    "MAX_YAML_ALIAS_NODES",
    "MAX_YAML_DEPTH",
    "MB",
    "Limit",
    "size_text",
]
