"""A Parquet file that cannot be read says so, naming the file (and the column when one
column is the trouble), read by the loader's two threads."""

from __future__ import annotations

import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from flows.table.load import validate_files

RECORD = {
    "id": ["pq-1"],
    "category": ["drugs"],
    "origin": ["Kyiv"],
    "destination": ["Warsaw"],
    "period_start": ["2019"],
    "source_title": ["A report"],
    "source_publisher": ["Europol"],
}


def _not_parquet(path):
    path.write_bytes(b"PAR1 these bytes are no Parquet file")


def _struct_summary(path):
    pq.write_table(pa.table({**RECORD, "summary": pa.array([{"x": 1}])}), path)


def _truncated(path):
    pq.write_table(pa.table({k: v * 50 for k, v in RECORD.items()}), path)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2] + data[-8:])


@pytest.mark.parametrize(
    "write, field, reason",
    [
        (_not_parquet, None, "cannot read Parquet file: Parquet magic bytes not found"),
        (_struct_summary, "summary", "the column cannot be read as text: Unsupported cast"),
        (_truncated, None, "cannot read Parquet file"),
    ],
    ids=["not-parquet", "struct-column", "truncated"],
)
def test_an_unreadable_parquet_file_is_named_with_its_reason(tmp_path, write, field, reason):
    path = tmp_path / "records.parquet"
    write(path)
    loaded = validate_files([path])
    (issue,) = [i for i in loaded.issues if i.file.endswith("records.parquet")]
    assert issue.field == field
    assert issue.reason.startswith(reason), issue.reason
    assert len(loaded.table) == 0


def test_a_readable_parquet_file_loads_every_record(tmp_path):
    path = tmp_path / "records.parquet"
    rows = {**{k: v * 3 for k, v in RECORD.items()}, "id": ["pq-1", "pq-2", "pq-3"]}
    pq.write_table(pa.table(rows), path)
    loaded = validate_files([path])
    assert [str(i) for i in loaded.issues] == []
    assert loaded.table.records["id"].tolist() == ["pq-1", "pq-2", "pq-3"]
