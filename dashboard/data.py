"""Everything the explorer draws from, loaded once per data version (cached by the app).

Bundled curated records, extra data folders (``FLOWS_EXTRA_DATA``), and reviewed records
from the user's review store when that module exists, resolved and turned into frames.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from flows.select import prepare_flows, region_members


@dataclass
class Atlas:
    """The prepared tables behind the explorer."""

    flows: pd.DataFrame  # prepared (see flows.select.prepare_flows), no geometry
    places: pd.DataFrame  # id, name, kind, country_code, lon, lat, ...
    sources: pd.DataFrame  # record_id + Source fields
    records: dict = field(default_factory=dict)  # id -> FlowRecord (for details)
    region_members: dict[str, tuple[str, ...]] = field(default_factory=dict)
    place_names: dict[str, str] = field(default_factory=dict)  # code or id -> display name
    issues: list = field(default_factory=list)


def data_signature() -> tuple:
    """Paths and modification times of every input, so the cache reloads when data changes."""
    from flows.load import default_data_paths, iter_data_files

    items = []
    for path in iter_data_files(default_data_paths()):
        try:
            items.append((str(path), path.stat().st_mtime_ns))
        except OSError:
            items.append((str(path), 0))
    store = _review_store_path()
    if store is not None and store.exists():
        items.append((str(store), store.stat().st_mtime_ns))
    return tuple(items)


def _review_store_path() -> Path | None:
    try:
        from flows.workspace import workspace_dir

        return workspace_dir(create=False) / "review.sqlite3"
    except Exception:  # noqa: BLE001 - the workspace is optional for the explorer
        return None


def load_atlas() -> Atlas:
    """Load records, resolve them, build and prepare the frames."""
    from flows.dedupe import load_map_records
    from flows.frames import build_frames

    result, records, notes = load_map_records()
    frames = build_frames(records)
    places = pd.DataFrame(frames.places.drop(columns="geometry"))
    places["lon"] = frames.places.geometry.x.to_numpy()
    places["lat"] = frames.places.geometry.y.to_numpy()
    issues = [str(i) for i in result.issues] + notes
    return Atlas(
        flows=prepare_flows(frames.flows),
        places=places,
        sources=frames.sources,
        records={r.id: r for r in records},
        region_members=region_members(places),
        place_names=_place_names(places),
        issues=issues,
    )


def _place_names(places: pd.DataFrame) -> dict[str, str]:
    from geodata.countries import load_country_table

    names = {r.iso_a2: r.name for r in load_country_table() if r.iso_a2}
    names.update(dict(zip(places["id"], places["name"], strict=True)))
    return names


def extra_data_env() -> str:
    """The extra data folders setting (part of the cache key)."""
    return os.environ.get("FLOWS_EXTRA_DATA", "")
