"""Session-wide settings: the record-table cache of the tests lives in a temporary folder, and
hypothesis generates the same inputs in every run."""

from __future__ import annotations

import os
import tempfile

from tests.fuzz.harness import freeze_local_constants


def pytest_configure(config) -> None:
    # never the user's cache: subprocesses (CLI tests, the dashboard) inherit the variable
    if "FLOWS_TABLE_CACHE_DIR" not in os.environ:
        os.environ["FLOWS_TABLE_CACHE_DIR"] = tempfile.mkdtemp(prefix="flows-test-tables-")
    # the same generated inputs whatever the run imported before (see the function)
    freeze_local_constants()
