"""Problems found in input files, reported all at once with file, line, record, field and reason."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Issue:
    """One problem in one place of one file.

    >>> print(Issue("data.yaml", 12, "wp-1", "origin", "unknown place 'Marioupl'",
    ...             "did you mean 'Marioupol'?"))
    data.yaml:12: record 'wp-1', field 'origin': unknown place 'Marioupl' (did you mean ...?)
    """

    file: str
    line: int | None
    record: str | None
    field: str | None
    reason: str
    suggestion: str | None = None
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        where = self.file + (f":{self.line}" if self.line else "")
        parts = []
        if self.record:
            parts.append(f"record '{self.record}'")
        if self.field:
            parts.append(f"field '{self.field}'")
        head = ", ".join(parts)
        text = f"{where}: {head + ': ' if head else ''}{self.reason}"
        if self.suggestion:
            text += f" ({self.suggestion})"
        if self.severity != "error":
            text = f"{text} [{self.severity}]"
        return text

    @property
    def is_error(self) -> bool:
        return self.severity == "error"


def display_path(path: Path) -> str:
    r"""A path as the user would recognise it: relative to the working directory when inside it,
    with characters that are not printable escaped, so that a file name cannot move the cursor
    or recolour the terminal a message is printed to.

    >>> display_path(Path("/nowhere/a\x1b[31mred.yaml"))
    '/nowhere/a\\x1b[31mred.yaml'
    """
    try:
        text = str(path.resolve().relative_to(Path.cwd().resolve()))
    except (ValueError, OSError, RuntimeError):  # outside, a link loop, no working directory
        text = str(path)
    if text.isprintable():
        return text
    return "".join(c if c.isprintable() else repr(c)[1:-1] for c in text)
