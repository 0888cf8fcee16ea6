"""The explorer with hostile record files next to the bundled data: the map still shows every
valid record, and each bad file is named with its line and reason."""

from __future__ import annotations

import csv
import io

from streamlit.testing.v1 import AppTest

from dashboard.data import load_table
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
    table = load_table()
    assert len(table.records) > 100  # the bundled data and the hostile record still load
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    maps = [
        e
        for e in at.get("component_instance")
        if e.proto.component_name.endswith("flows_atlas_map")
    ]
    assert len(maps) == 1  # the map is drawn (dashboard.mapcomponent)
    warnings = "\n".join(w.value for w in at.warning)
    for name, reason in (
        ("deep", "nested deeper than the 20 levels limit"),
        ("deep900", "nested deeper than the 20 levels limit"),
        ("recursive", "refers to the list or mapping that holds it"),
    ):
        assert escape_markdown(f"{name}.yaml:1: ") in warnings, warnings
        assert escape_markdown(reason) in warnings


FORMULAS = ['=HYPERLINK("http://x","y")', "+cmd|' /C calc'!A0", "@SUM(1+1)*cmd|'/C calc'!A0"]


def test_the_records_table_download_is_formula_safe(tmp_path, monkeypatch):
    folder = tmp_path / "formulas"
    folder.mkdir()
    records = "".join(
        f"- id: formula-{i}\n  category: weapons\n  commodity: '{f}'\n  origin: Reykjavik\n"
        f"  destination: Oslo\n  period_start: '2016'\n"
        f"  sources: [{{title: 'T', publisher: '{f}'}}]\n"
        for i, f in enumerate(f.replace("'", "''") for f in FORMULAS)
    )
    (folder / "formulas.yaml").write_text(records, encoding="utf-8")
    monkeypatch.setenv("FLOWS_EXTRA_DATA", str(folder))
    at = AppTest.from_file(APP, default_timeout=TIMEOUT)
    # the records leaving Iceland: the bundled data fills more than one page of the table
    at.query_params["org"] = "Iceland"
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    (table,) = at.dataframe
    frame = table.value
    rows = frame[frame["id"].astype(str).str.startswith("formula-")]
    assert len(rows) == 3
    for column in ("commodity", "publishers"):
        assert all(str(v).startswith("'") for v in rows[column]), rows[column].tolist()
    # what the toolbar's "Download as CSV" writes, as a spreadsheet reads it back
    cells = [c for row in csv.reader(io.StringIO(frame.to_csv(index=False))) for c in row]
    assert sum("HYPERLINK" in c or "cmd|" in c for c in cells) == 6
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]
