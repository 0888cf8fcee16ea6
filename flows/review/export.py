"""Write reviewed records as curated YAML that :func:`flows.load.load_records` loads back.

The file is written to a temporary file in the same folder and renamed into place
(:func:`flows.export.atomic.write_bytes_atomic`), so a crash never leaves a half-written file.
"""

from __future__ import annotations

from pathlib import Path

import yaml

from flows.export.atomic import write_bytes_atomic
from flows.model import FlowRecord
from flows.review.store import ReviewStore

HEADER = (
    "# Reviewed flow records exported from the review queue (status: reviewed).\n"
    "# Each record was extracted from a document and accepted by a person; the evidence\n"
    "# sentence and its offsets are kept in sources. Schema: flows/model.py (FlowRecord).\n"
)


def records_yaml(records: list[FlowRecord]) -> str:
    data = [r.model_dump(mode="json", exclude_none=True) for r in records]
    body = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100) if data else "[]\n"
    return HEADER + body


def export_reviewed(out: str | Path, store: ReviewStore | None = None) -> int:
    """Write every accepted candidate to ``out`` (YAML); return how many records."""
    records = (store or ReviewStore()).reviewed_records()
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    write_bytes_atomic(out, records_yaml(records).encode("utf-8"))
    return len(records)
