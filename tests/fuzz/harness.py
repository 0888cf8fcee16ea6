"""What every fuzz example checks, and the count of examples per class of input.

Each generated input runs inside :func:`bounded`: an exception is a failure (never a
traceback for the user), more than :data:`MAX_SECONDS` is a failure ("0 runs over 10 s"),
and a watchdog turns a hang into a failure instead of a stuck CI job. The counts are printed
at the end of the run (tests/fuzz/conftest.py) and written to ``$FLOWS_FUZZ_REPORT`` as JSON.
"""

from __future__ import annotations

import os
import signal
import time
from collections import Counter
from contextlib import contextmanager

from hypothesis import HealthCheck, Phase, settings

MAX_SECONDS = 10.0  # the bound for one input
HANG_SECONDS = 60  # the watchdog: a hang fails the example instead of blocking CI

COUNTS: Counter[str] = Counter()
SLOWEST: dict[str, float] = {}


def fuzz_settings(examples: int) -> settings:
    """A fixed budget and a fixed seed (derandomize): the same inputs on every run, so CI
    time is bounded and a failure reproduces."""
    return settings(
        max_examples=examples,
        derandomize=True,
        deadline=None,
        database=None,
        # no shrinking in CI: a failure is reported as found, in bounded time (shrink it
        # locally with FLOWS_FUZZ_SHRINK=1)
        phases=[Phase.explicit, Phase.generate]
        + ([Phase.shrink] if os.environ.get("FLOWS_FUZZ_SHRINK") else []),
        suppress_health_check=[
            HealthCheck.too_slow,
            HealthCheck.data_too_large,
            HealthCheck.filter_too_much,
            HealthCheck.function_scoped_fixture,
            HealthCheck.large_base_example,
        ],
    )


class Hang(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001 - signal handler signature
    raise Hang(f"no answer after {HANG_SECONDS} s")


@contextmanager
def bounded(kind: str):
    """Run one generated input: counted under ``kind``, no exception, under 10 s."""
    COUNTS[kind] += 1
    previous = signal.signal(signal.SIGALRM, _alarm)
    signal.alarm(HANG_SECONDS)
    start = time.monotonic()
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    elapsed = time.monotonic() - start
    SLOWEST[kind] = max(SLOWEST.get(kind, 0.0), elapsed)
    if os.environ.get("FLOWS_FUZZ_SLOW") and elapsed > float(os.environ["FLOWS_FUZZ_SLOW"]):
        print(f"slow {kind}: {elapsed:.2f} s")
    assert elapsed < MAX_SECONDS, f"{kind}: one input took {elapsed:.1f} s"
