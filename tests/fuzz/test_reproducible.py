"""The fuzz suite's promise: the same inputs on every run, whatever else the run imported.

Hypothesis mixes the literals of imported local modules into generated values; a module that
a test imports earlier in the run must not change the inputs of later fuzz tests (else a CI
failure does not reproduce with ``pytest tests/fuzz``). See ``freeze_local_constants``.
"""

from __future__ import annotations

import importlib
import sys

from hypothesis import given
from hypothesis import strategies as st

from tests.fuzz.harness import freeze_local_constants, fuzz_settings

_PROBE = "flows_fuzz_probe_constants"


def _examples() -> list:
    seen: list = []

    @fuzz_settings(80)
    @given(st.text(max_size=12), st.integers(), st.floats(allow_nan=False))
    def probe(text, number, real):
        seen.append((text, number, real))

    probe()
    return seen


def test_the_inputs_do_not_depend_on_what_was_imported(tmp_path, monkeypatch):
    before = _examples()
    # a local module full of literals hypothesis would otherwise start drawing from
    (tmp_path / f"{_PROBE}.py").write_text(
        f"WORDS = {[f'probe-{i}' for i in range(300)]!r}\n"
        f"NUMBERS = {list(range(100_000, 100_300))!r}\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    try:
        importlib.import_module(_PROBE)
        after = _examples()
    finally:
        sys.modules.pop(_PROBE, None)
    assert len(before) >= 80  # FLOWS_FUZZ_SCALE may ask for more
    assert after == before


def test_the_constant_pool_is_the_products_literals():
    # the pool is read from the same files every time: same size on each call
    assert freeze_local_constants() == freeze_local_constants() > 100
