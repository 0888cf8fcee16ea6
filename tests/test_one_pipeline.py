"""The page, the snapshot and the benchmark call the same pipeline function."""

from __future__ import annotations

import pytest
from streamlit.testing.v1 import AppTest

import flows.pipeline as pipeline
from tests.dashboard.conftest import APP


@pytest.fixture
def calls(monkeypatch):
    """Every call of flows.pipeline.answer_view, recorded with the caller's module."""
    import inspect

    seen: list[str] = []
    real = pipeline.answer_view

    def recording(*args, **kwargs):
        caller = inspect.stack()[1].frame.f_globals.get("__name__", "?")
        seen.append(caller)
        return real(*args, **kwargs)

    monkeypatch.setattr(pipeline, "answer_view", recording)
    return seen


def test_page_snapshot_and_benchmark_share_answer_view(calls, tmp_path, monkeypatch):
    monkeypatch.setenv("FLOWS_WORKSPACE", str(tmp_path / "workspace"))
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception
    assert "flows.page" in calls  # the page's work: flows.page.build_page -> answer_view

    from flows.export.api import render_snapshot
    from flows.table.load import load_map_table
    from flows.views import View
    from geodata.countries import load_countries

    table = load_map_table()
    calls.clear()
    render_snapshot(View(), table, load_countries(), "csv")
    assert calls == ["flows.export.scene"]

    from flows.bench import CHANGES, measure_reruns

    calls.clear()
    figures = measure_reruns(table, CHANGES[:2])
    assert set(calls) == {"flows.page"} and len(calls) == 3  # warm-up + two changes
    assert figures["changes"] == 2
