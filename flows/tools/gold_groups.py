"""The named groups of annotated files in ``tests/data/gold_real/groups.json``.

"tuned" and "pool" are the documents rules were written from (the read development part);
"fresh" is never read and judges what was learned from the others. The trainers
(``train_confidence``, ``train_category``) take ``--group NAME`` to learn from a group.
"""

from __future__ import annotations

import json
from pathlib import Path

GROUPS_PATH = Path(__file__).resolve().parents[2] / "tests" / "data" / "gold_real" / "groups.json"


def group_files(names: list[str], path: Path = GROUPS_PATH) -> list[Path]:
    """The files of the named groups of ``path``, in order; an unknown group is an error."""
    groups = json.loads(path.read_text(encoding="utf-8"))
    unknown = [n for n in names if n not in groups]
    if unknown:
        raise SystemExit(f"{path}: no group {', '.join(unknown)} (groups: {', '.join(groups)})")
    return [path.parent / f for n in names for f in groups[n]]
