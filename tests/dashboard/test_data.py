"""The explorer's data: bundled + extra records, plus reviewed records from the review store."""

from __future__ import annotations

import pytest

import flows.review.store as store
from dashboard.data import load_table as load_atlas
from flows.model import FlowRecord
from flows.table.frame import records_frame, sources_of


def _sources(table):
    return sources_of(table, range(len(table)))


def _reviewed(rid: str) -> FlowRecord:
    return FlowRecord(
        id=rid,
        category="drugs",
        origin="Rotterdam",
        destination="Antwerp",
        period_start="2021",
        status="reviewed",
        verification="unverified",
        confidence=0.6,
        sources=[{"title": "A reviewed article", "publisher": "Test", "evidence": "Cocaine."}],
    )


def test_reviewed_records_join_the_atlas(monkeypatch):
    monkeypatch.setattr(store, "load_reviewed", lambda: ([_reviewed("rv-1")], []))
    atlas = load_atlas()
    row = records_frame(atlas).set_index("id").loc["rv-1"]
    assert row["status"] == "reviewed"
    assert row["dest_name"] == "Antwerp"
    sources = _sources(atlas)
    sources = sources[sources["record_id"] == "rv-1"]
    assert sources["evidence"].tolist() == ["Cocaine."]


def test_a_broken_review_store_is_reported_not_fatal(monkeypatch):
    def broken():
        raise OSError("database disk image is malformed")

    monkeypatch.setattr(store, "load_reviewed", broken)
    atlas = load_atlas()
    assert any("database disk image is malformed" in issue for issue in atlas.issues)
    assert len(atlas) > 0


def test_a_reviewed_record_does_not_replace_a_curated_one(monkeypatch):
    before = records_frame(load_atlas()).set_index("id")
    curated_id = before.index[0]
    monkeypatch.setattr(store, "load_reviewed", lambda: ([_reviewed(curated_id)], []))
    atlas = load_atlas()
    assert (atlas.records["id"] == curated_id).sum() == 1
    after = records_frame(atlas).set_index("id").loc[curated_id]
    assert after["status"] == before.loc[curated_id, "status"]
    assert after["category"] == before.loc[curated_id, "category"]
    assert any(f"'{curated_id}'" in issue and "not shown" in issue for issue in atlas.issues)


def _reuse_an_id(folder, rid: str) -> None:
    folder.mkdir()
    (folder / "extra.yaml").write_text(
        f"""- id: {rid}
  category: drugs
  origin: Rotterdam
  destination: Antwerp
  period_start: "2021"
  status: curated
  verification: reported
  confidence: 0.9
  sources:
    - title: An extra source that must not be cited by the bundled record
      publisher: Extra publisher
""",
        encoding="utf-8",
    )


def test_a_reused_id_in_an_extra_folder_is_reported_not_mixed(tmp_path, monkeypatch):
    monkeypatch.setattr(store, "load_reviewed", lambda: ([], []))
    before = load_atlas()
    bundled_id = before.records["id"].iloc[0]
    extra = tmp_path / "extra"
    _reuse_an_id(extra, bundled_id)
    monkeypatch.setenv("FLOWS_EXTRA_DATA", str(extra))
    atlas = load_atlas()
    assert (atlas.records["id"] == bundled_id).sum() == 1
    cited = _sources(atlas)[_sources(atlas)["record_id"] == bundled_id]
    assert "Extra publisher" not in set(cited["publisher"])
    assert set(cited["title"]) == set(
        _sources(before)[_sources(before)["record_id"] == bundled_id]["title"]
    )
    category = records_frame(atlas).set_index("id").loc[bundled_id, "category"]
    assert category == records_frame(before).set_index("id").loc[bundled_id, "category"]
    assert any(
        "extra.yaml" in issue and f"'{bundled_id}'" in issue and "duplicate id" in issue
        for issue in atlas.issues
    )


def test_a_load_started_early_is_handed_over_once(monkeypatch):
    """The explorer starts the load before drawing its frame; the page's cache takes the
    table once, and a later miss (a cleared cache) loads again rather than reuse it."""
    import threading

    import dashboard.data as data
    import flows.table.load as load

    calls = []
    go = threading.Event()

    def fake_load():
        go.wait(5)
        calls.append(1)
        return f"table {len(calls)}"

    monkeypatch.setattr(load, "load_map_table", fake_load)
    key = (("records.parquet", 10, 1),), "extra-test"
    data.start_loading(*key)
    data.start_loading(*key)  # under way: not started twice
    go.set()
    assert data.load_table(*key) == "table 1"
    data.start_loading(*key)  # handed over: the page keeps it, no new load
    assert calls == [1]
    assert data.load_table(*key) == "table 2"  # asked again: loaded here


def test_a_failed_early_load_raises_where_the_table_is_taken_and_is_tried_again(monkeypatch):
    import dashboard.data as data
    import flows.table.load as load

    outcomes = [ValueError("records.parquet, line 3: bad date"), "table"]

    def fake_load():
        outcome = outcomes.pop(0)
        if isinstance(outcome, Exception):
            raise outcome
        return outcome

    monkeypatch.setattr(load, "load_map_table", fake_load)
    key = (("records.parquet", 11, 2),), "extra-test"
    data.start_loading(*key)
    with pytest.raises(ValueError, match="line 3: bad date"):
        data.load_table(*key)
    assert data.load_table(*key) == "table"
