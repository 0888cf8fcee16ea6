"""Checks that need more than one record or the gazetteer: duplicate ids, unknown places."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from flows.issues import Issue
from flows.load import Location
from flows.model import FlowRecord
from geodata.gazetteer import Gazetteer, ResolveContext

# Below this a resolution is a guess (fuzzy match): the data must name the place properly.
MIN_PLACE_SCORE = 0.5


def check_duplicate_ids(records: Iterable[FlowRecord], where: list[Location]) -> list[Issue]:
    """One issue per repeated id, naming where the first one is."""
    first: dict[str, Location] = {}
    issues = []
    for record, here in zip(records, where, strict=True):
        if record.id in first:
            seen = first[record.id]
            issues.append(
                Issue(
                    here.file,
                    here.line_of(("id",)),
                    record.id,
                    "id",
                    f"duplicate id (first used at {seen.file}:{seen.line})",
                    "give each record its own id",
                )
            )
        else:
            first[record.id] = here
    return issues


def check_places(
    records: Iterable[FlowRecord], where: list[Location], gazetteer: Gazetteer
) -> list[Issue]:
    """Every origin, via and destination must resolve in the offline gazetteer."""
    issues = []
    for record, here in zip(records, where, strict=True):
        for (field_name, ref), loc in zip(record.place_refs(), _place_locs(record), strict=True):
            context = ResolveContext(country_codes=(ref.country,) if ref.country else ())
            found = gazetteer.resolve(ref.name, context=context)
            if (
                found.place is not None
                and found.score >= MIN_PLACE_SCORE
                and found.method != "fuzzy"
            ):
                continue
            guesses = gazetteer.suggest(ref.name, limit=3)
            hint = f"did you mean '{guesses[0]}'?" if guesses else None
            issues.append(
                Issue(
                    here.file,
                    here.line_of(loc),
                    record.id,
                    field_name,
                    f"unknown place '{ref.name}'",
                    hint,
                )
            )
    return issues


def _place_locs(record: FlowRecord) -> list[tuple]:
    """Field paths of :meth:`FlowRecord.place_refs`, in the same order, for line look-ups."""
    locs: list[tuple] = [("origin",)] if record.origin else []
    locs += [("via", i) for i in range(len(record.via))]
    return locs + ([("destination",)] if record.destination else [])


def validate(paths: Iterable[str | Path] | None = None, gazetteer: Gazetteer | None = None):
    """Load ``paths`` (default: bundled data) and run every check; issues sorted by file, line.

    The files go through the one loader of the atlas (:func:`flows.table.load.validate_files`):
    YAML record by record, spreadsheets and Parquet column by column. Returns its
    :class:`~flows.table.load.LoadedFiles` (``issues``, ``files``, ``table``).
    """
    from flows.table.load import validate_files

    return validate_files(paths, gazetteer)
