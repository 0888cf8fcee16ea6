"""The loader makes the process reuse freed memory (flows.memory), and can be told not to.

Each case runs in a fresh interpreter: the allocators are process-wide.
"""

import json
import os
import subprocess
import sys

import pytest

PROBE = """
import json, sys
import pyarrow as pa
from numpy._core import multiarray
from pathlib import Path
before = pa.default_memory_pool().backend_name
from flows.table.load import load_map_table
load_map_table([Path(sys.argv[1])])
huge = multiarray._set_madvise_hugepage(True)  # returns the setting it replaces
from flows.memory import tune_allocators
print(json.dumps({"before": before, "arrow": pa.default_memory_pool().backend_name,
                  "numpy_huge_pages": bool(huge), "changed": tune_allocators()}))
"""


def _probe(tmp_path, env: dict) -> dict:
    data = tmp_path / "one.yaml"
    data.write_text(
        "- id: a\n  category: drugs\n  origin: Kabul\n  destination: Tehran\n"
        "  period_start: '2020'\n  sources:\n  - title: T\n    url: https://example.org/a\n",
        encoding="utf-8",
    )
    out = subprocess.run(
        [sys.executable, "-c", PROBE, str(data)],
        capture_output=True,
        text=True,
        env={
            **os.environ,
            "FLOWS_TABLE_CACHE_DIR": str(tmp_path / "cache"),
            "FLOWS_DEFAULT_ALLOCATORS": "",
            **env,
        },
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    return json.loads(out.stdout.strip().splitlines()[-1])


ALL = {"arrow": True, "numpy": True, "glibc": True}
NONE = dict.fromkeys(ALL, False)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc and huge pages: Linux")
@pytest.mark.parametrize(
    "env, arrow_system, numpy_huge_pages, changed",
    [
        ({}, True, False, ALL),
        (
            {"FLOWS_DEFAULT_ALLOCATORS": "1"},
            False,
            True,
            {"arrow": False, "numpy": False, "glibc": False},
        ),
        (
            {"FLOWS_DEFAULT_ALLOCATORS": "0"},
            True,
            False,
            {"arrow": True, "numpy": True, "glibc": True},
        ),
    ],
)
def test_loading_switches_the_allocators_unless_told_not_to(
    tmp_path, env, arrow_system, numpy_huge_pages, changed
):
    seen = _probe(tmp_path, env)
    assert seen["changed"] == changed
    assert (seen["arrow"] == "system") is arrow_system
    if not arrow_system:
        assert seen["arrow"] == seen["before"]  # left as Arrow chose it
    assert seen["numpy_huge_pages"] is numpy_huge_pages


KEPT = """
import gc, json
from flows.render.shapes import country_shapes
from flows.table.load import load_map_table
table = load_map_table()  # first, as on the page
shapes = country_shapes()
seen = {id(o) for o in gc.get_objects()}  # what a full collection walks (frozen: not)
print(json.dumps({
    "shapes": id(shapes) in seen or id(shapes[0]["polygon"]) in seen,
    "records": id(table.records) in seen,
    "frozen": gc.get_freeze_count(),
}))
"""


def test_what_the_process_keeps_is_out_of_every_reruns_collection(tmp_path):
    out = subprocess.run(
        [sys.executable, "-c", KEPT],
        capture_output=True,
        text=True,
        env={**os.environ, "FLOWS_TABLE_CACHE_DIR": str(tmp_path / "cache")},
        timeout=300,
    )
    assert out.returncode == 0, out.stderr[-2000:]
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    assert seen["shapes"] is False and seen["records"] is False
    assert seen["frozen"] > 10_000
