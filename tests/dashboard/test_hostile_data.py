"""The explorer with hostile record files next to the bundled data: the map still shows every
valid record, and each bad file is named with its line and reason."""

from __future__ import annotations

from streamlit.testing.v1 import AppTest

from dashboard.data import load_atlas
from dashboard.notices import escape_markdown
from tests.dashboard.conftest import APP, HOSTILE_DATA

TIMEOUT = 120


def test_deep_nesting_and_alias_bombs_do_not_blank_the_explorer(tmp_path, monkeypatch):
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "deep.yaml").write_text("- " + "[" * 1000 + "]" * 1000 + "\n", encoding="utf-8")
    (bad / "deep900.yaml").write_text("- " + "[" * 900 + "]" * 900 + "\n", encoding="utf-8")
    (bad / "recursive.yaml").write_text("- &a [*a]\n", encoding="utf-8")
    monkeypatch.setenv("FLOWS_EXTRA_DATA", f"{HOSTILE_DATA}:{bad}")
    atlas = load_atlas()
    assert len(atlas.records) > 100  # the bundled data and the hostile record still load
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert len(at.get("deck_gl_json_chart")) == 1
    warnings = "\n".join(w.value for w in at.warning)
    for name, reason in (
        ("deep", "nested deeper than the 20 levels limit"),
        ("deep900", "nested deeper than the 20 levels limit"),
        ("recursive", "refers to the list or mapping that holds it"),
    ):
        assert escape_markdown(f"{name}.yaml:1: ") in warnings, warnings
        assert escape_markdown(reason) in warnings
