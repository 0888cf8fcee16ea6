"""Session-wide settings: the record-table cache of the tests lives in a temporary folder,
hypothesis generates the same inputs in every run, and a test run again after a failure (the
browser tests, see tests/browser/conftest.py) says in the summary why it failed."""

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


# (test id, what failed) of every rerun attempt: pytest-rerunfailures lists the tests it ran
# again but not why, and a failure seen once in CI should be readable from its log
_RERUN_REASONS: list[tuple[str, str]] = []


def pytest_runtest_logreport(report) -> None:
    if report.outcome == "rerun":
        crash = getattr(report.longrepr, "reprcrash", None)
        reason = crash.message if crash is not None else str(report.longrepr)
        _RERUN_REASONS.append((report.nodeid, reason.strip().splitlines()[0][:300]))


def pytest_terminal_summary(terminalreporter) -> None:
    if _RERUN_REASONS:
        terminalreporter.section("why tests were run again")
        for nodeid, reason in _RERUN_REASONS:
            terminalreporter.write_line(f"{nodeid} ({reason})")
