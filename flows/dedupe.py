"""Keep the first record of each id; report the later ones instead of mixing their sources.

Records from several data folders (the bundled data, ``FLOWS_EXTRA_DATA``) can reuse an id.
Frames key sources by record id, so two records with one id would show each other's sources:
the later record is left out and named in an issue (shown on the page, printed by the CLI).
"""

from __future__ import annotations

from collections.abc import Sequence

from flows.issues import Issue
from flows.model import FlowRecord
from flows.validate import check_duplicate_ids


def drop_duplicate_ids(
    records: Sequence[FlowRecord], where: Sequence
) -> tuple[list[FlowRecord], list[Issue]]:
    """``records`` without the repeats of an id, and one issue per record left out.

    ``where`` is parallel to ``records`` (``LoadResult.where``).
    """
    issues = [
        Issue(i.file, i.line, i.record, i.field, f"{i.reason}: left out", i.suggestion, i.severity)
        for i in check_duplicate_ids(records, list(where))
    ]
    seen: set[str] = set()
    kept = []
    for record in records:
        if record.id not in seen:
            seen.add(record.id)
            kept.append(record)
    return kept, issues


__all__ = ["drop_duplicate_ids"]
