"""Write reviewed records as curated YAML that :func:`flows.load.load_records` loads back.

The file is written to a temporary file in the same folder and moved into place with
``os.replace``, so a crash never leaves a half-written file.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import yaml

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


def write_atomic(path: Path, text: str) -> None:
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def export_reviewed(out: str | Path, store: ReviewStore | None = None) -> int:
    """Write every accepted candidate to ``out`` (YAML); return how many records."""
    records = (store or ReviewStore()).reviewed_records()
    write_atomic(Path(out), records_yaml(records))
    return len(records)
