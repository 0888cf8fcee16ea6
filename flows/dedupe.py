"""The records the map shows: one per id, curated first, then the workspace's reviewed ones.

Records from several data folders (the bundled data, ``FLOWS_EXTRA_DATA``) or the review store
can reuse an id. Frames key sources by record id, so two records with one id would show each
other's sources: the later record is left out and named in a message (shown on the page,
printed by the CLI). The dashboard and ``flows snapshot`` load through :func:`load_map_records`.
"""

from __future__ import annotations

from collections.abc import Sequence

from flows.issues import Issue
from flows.load import LoadResult, load_records
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


def load_map_records(paths=None) -> tuple[LoadResult, list[FlowRecord], list[str]]:
    """Record files (default: bundled data and ``FLOWS_EXTRA_DATA``) and, when no paths are
    given, the reviewed records of the workspace, one record per id.

    Returns the load result (for its issues), the records, and one message per record left
    out or per problem reading the review store.
    """
    result = load_records(paths) if paths else load_records()
    records, duplicates = drop_duplicate_ids(result.records, result.where)
    notes = [str(issue) for issue in duplicates]
    if paths:
        return result, records, notes
    try:
        from flows.review.store import load_reviewed_records

        reviewed = load_reviewed_records()
    except Exception as exc:  # noqa: BLE001 - a broken store must not take the map down
        return result, records, [*notes, f"Reviewed records could not be read: {exc}"]
    seen = {r.id for r in records}
    for record in reviewed:
        if record.id in seen:
            # the curated record stays; the clash is said, not dropped silently
            notes.append(
                f"Reviewed record '{record.id}' has the id of a curated record and is not "
                "shown: give it another id in the review page."
            )
            continue
        seen.add(record.id)
        records.append(record)
    return result, records, notes


__all__ = ["drop_duplicate_ids", "load_map_records"]
