"""Checks that need more than one record or the gazetteer: duplicate ids, unknown places."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from flows.issues import Issue
from flows.load import LoadResult, Location, load_records
from flows.model import FlowRecord
from geodata.gazetteer import Gazetteer, ResolveContext, load_gazetteer

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


def validate(
    paths: Iterable[str | Path] | None = None, gazetteer: Gazetteer | None = None
) -> LoadResult:
    """Load ``paths`` (default: bundled data) and run every check; issues sorted by file, line."""
    result = load_records(paths)
    gazetteer = gazetteer or load_gazetteer()
    result.issues.extend(validate_loaded(result, gazetteer))
    result.issues.sort(key=lambda i: (i.file, i.line or 0))
    return result


def validate_loaded(result: LoadResult, gazetteer: Gazetteer) -> list[Issue]:
    """Cross-record checks on an already loaded result."""
    return check_duplicate_ids(result.records, result.where) + check_places(
        result.records, result.where, gazetteer
    )
