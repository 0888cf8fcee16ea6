"""Print (and write to $FLOWS_FUZZ_REPORT) how many inputs of each class the fuzz suite ran."""

from __future__ import annotations

import json
import os

from tests.fuzz.harness import COUNTS, SLOWEST


def pytest_terminal_summary(terminalreporter, exitstatus, config):  # noqa: ARG001
    if not COUNTS:
        return
    write = terminalreporter.write_line
    write("")
    write("fuzz inputs per class (slowest input):")
    for kind in sorted(COUNTS):
        write(f"  {kind:<22} {COUNTS[kind]:>6}   {SLOWEST.get(kind, 0.0):6.2f} s")
    write(f"  {'total':<22} {sum(COUNTS.values()):>6}")
    path = os.environ.get("FLOWS_FUZZ_REPORT")
    if path:
        report = {"counts": dict(COUNTS), "slowest_seconds": SLOWEST}
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(report, fh, indent=2, sort_keys=True)
