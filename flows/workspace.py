"""The user's workspace folder: what a user creates (review store, own records, saved views).

It is kept apart from the bundled read-only data. The default follows the platform's
convention for per-user application data; ``FLOWS_WORKSPACE`` moves it.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ENV_VAR = "FLOWS_WORKSPACE"
APP_DIR = "flows-atlas"


def default_workspace_dir() -> Path:
    """Platform default: XDG data home (Linux), Application Support (macOS), APPDATA (Windows)."""
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA") or Path.home() / "AppData" / "Roaming")
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Application Support"
    else:
        base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / APP_DIR


class WorkspaceError(OSError):
    """The workspace folder cannot be used (it is a file, no permission); the message says
    which folder and what to do. An OSError, so callers that handle file errors handle it."""


def workspace_dir(create: bool = True) -> Path:
    """Return the workspace folder (``$FLOWS_WORKSPACE`` if set), creating it if asked.

    Raises WorkspaceError when it cannot be created (the name is a file, no permission).
    """
    override = os.environ.get(ENV_VAR, "").strip()
    path = Path(override).expanduser() if override else default_workspace_dir()
    if create:
        try:
            path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            what = "is a file, not a folder" if path.is_file() else exc.strerror
            raise WorkspaceError(
                f"the workspace folder {path} cannot be used ({what}): set {ENV_VAR} to a "
                "folder you can write to"
            ) from None
    return path
