"""AppTest fixtures: the explorer with the bundled data plus one hostile test record."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
APP = str(ROOT / "dashboard" / "app.py")

HOSTILE_TITLE = "<img src=x onerror=alert(1)>"
HOSTILE_YAML = f"""\
- id: test-hostile-title
  category: weapons
  commodity: small arms
  origin: Reykjavik
  destination: Oslo
  period_start: "2016"
  period_end: "2016"
  status: curated
  verification: reported
  confidence: 0.9
  summary: "A test record <script>alert(2)</script>"
  sources:
    - title: "{HOSTILE_TITLE}"
      publisher: "Test <b>publisher</b>"
      url: https://example.org/hostile
      published: "2016"
      evidence: "Rifles went <i>north</i> & [west](javascript:alert(3))."
"""


@pytest.fixture(scope="session", autouse=True)
def extra_data(tmp_path_factory):
    """Point FLOWS_EXTRA_DATA at a folder holding the hostile record, for every AppTest.

    Set for the whole session so that the app's cached atlas is built once.
    """
    folder = tmp_path_factory.mktemp("extra-data")
    (folder / "hostile.yaml").write_text(HOSTILE_YAML, encoding="utf-8")
    old = os.environ.get("FLOWS_EXTRA_DATA")
    os.environ["FLOWS_EXTRA_DATA"] = str(folder)
    yield folder
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
