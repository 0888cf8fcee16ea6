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
from pathlib import Path

from hypothesis import HealthCheck, Phase, settings

MAX_SECONDS = 10.0  # the bound for one input
HANG_SECONDS = 60  # the watchdog: a hang fails the example instead of blocking CI

COUNTS: Counter[str] = Counter()
SLOWEST: dict[str, float] = {}


def fuzz_settings(examples: int) -> settings:
    """A fixed budget and a fixed seed (derandomize): the same inputs on every run, so CI
    time is bounded and a failure reproduces.

    ``FLOWS_FUZZ_SCALE=10`` runs ten times the budget (a longer hunt on a workstation); the
    draw is larger, not a superset of CI's inputs (hypothesis plans by the budget).
    """
    scale = float(os.environ.get("FLOWS_FUZZ_SCALE", "1"))
    return settings(
        max_examples=max(1, round(examples * scale)),
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


# Where hypothesis finds the constants it mixes into generated values: the product's code and
# the fuzz strategies, always the same files whatever the run has imported.
CONSTANT_SOURCES = ("flows", "geodata", "tests/fuzz")
_ROOT = Path(__file__).resolve().parents[2]


def freeze_local_constants() -> int:
    """Make derandomized examples the same in every run; return how many constants the pool has.

    Since 6.131, hypothesis draws about 5% of values from the literals of every *local*
    module in ``sys.modules`` at the time of the draw. The pool then depends on what the
    run happened to import before: ``pytest tests/fuzz`` and the full suite generated
    different inputs from the same seed, so a failure seen in CI did not reproduce. The
    pool is fixed here to the literals of :data:`CONSTANT_SOURCES`, read in a sorted order.
    """
    try:
        from hypothesis.internal import constants_ast
        from hypothesis.internal.conjecture import providers
    except ImportError:  # a hypothesis without local constants: nothing varies
        return 0
    if not hasattr(providers, "_get_local_constants"):
        return 0
    frozen = constants_ast.Constants()
    for folder in CONSTANT_SOURCES:
        for path in sorted((_ROOT / folder).rglob("*.py")):
            frozen |= constants_ast._constants_from_source(path.read_bytes(), limit=True)
    pool = constants_ast.Constants(
        integers=providers.SortedSet(frozen.integers),
        floats=providers.SortedSet(frozen.floats, key=providers.float_to_int),
        bytes=providers.SortedSet(frozen.bytes),
        strings=providers.SortedSet(frozen.strings),
    )
    providers._get_local_constants = lambda: pool
    providers.CONSTANTS_CACHE.cache.clear()
    return len(pool)


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
