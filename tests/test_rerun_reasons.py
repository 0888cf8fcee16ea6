"""A test run again after a failure says why in the run's summary (tests/conftest.py): a
failure seen once in CI can be read from its log."""

from __future__ import annotations

from tests import conftest

pytest_plugins = ["pytester"]


def test_the_summary_says_why_a_test_was_run_again(pytester):
    pytester.makeconftest(
        "from tests.conftest import pytest_runtest_logreport, pytest_terminal_summary\n"
    )
    pytester.makepyfile(
        """
        import pytest

        ATTEMPTS = []

        @pytest.mark.flaky(reruns=1)
        def test_fails_once():
            ATTEMPTS.append(1)
            assert len(ATTEMPTS) > 1, "the first attempt fails"

        def test_passes():
            pass
        """
    )
    outer = list(conftest._RERUN_REASONS)  # the inner run shares the module (in process)
    try:
        result = pytester.runpytest_inprocess("-p", "no:randomly")
    finally:
        conftest._RERUN_REASONS[:] = outer
    assert result.parseoutcomes() == {"passed": 2, "rerun": 1}
    result.stdout.fnmatch_lines(
        [
            "*why tests were run again*",
            "*test_fails_once (AssertionError: the first attempt fails*",
        ]
    )
    assert "test_passes (" not in result.stdout.str()
