"""AppTest fixtures: the explorer with the bundled data plus one hostile test record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")

HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_DATA = ROOT / "tests" / "data" / "hostile"


@pytest.fixture(scope="session", autouse=True)
def extra_data():
    """Point FLOWS_EXTRA_DATA at the folder holding the hostile record, for every AppTest.

    Set for the whole session so that the app's cached atlas is built once.
    """
    old = os.environ.get("FLOWS_EXTRA_DATA")
    os.environ["FLOWS_EXTRA_DATA"] = str(HOSTILE_DATA)
    yield HOSTILE_DATA
    if old is None:
        os.environ.pop("FLOWS_EXTRA_DATA", None)
    else:
        os.environ["FLOWS_EXTRA_DATA"] = old


@pytest.fixture(autouse=True)
def workspace(tmp_path, monkeypatch):
    """A fresh, empty user workspace per test (saved views land here)."""
    path = tmp_path / "workspace"
    monkeypatch.setenv("FLOWS_WORKSPACE", str(path))
    return path
