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


def workspace_dir(create: bool = True) -> Path:
    """Return the workspace folder (``$FLOWS_WORKSPACE`` if set), creating it if asked."""
    override = os.environ.get(ENV_VAR, "").strip()
    path = Path(override).expanduser() if override else default_workspace_dir()
    if create:
        path.mkdir(parents=True, exist_ok=True)
    return path
