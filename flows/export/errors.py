"""The one error type exports raise for bad input (unknown view, format, unwritable path)."""

from __future__ import annotations


class ExportError(ValueError):
    """An export that cannot be made; the message names the file or view and the reason."""
