"""Session-wide settings: the record-table cache of the tests lives in a temporary folder."""

from __future__ import annotations

import os
import tempfile


def pytest_configure(config) -> None:
    # never the user's cache: subprocesses (CLI tests, the dashboard) inherit the variable
    if "FLOWS_TABLE_CACHE_DIR" not in os.environ:
        os.environ["FLOWS_TABLE_CACHE_DIR"] = tempfile.mkdtemp(prefix="flows-test-tables-")
