"""The JSON file of a learned model's weights: read with clear errors, written in one shape.

Both learned models of the extractor (:mod:`ranking`, :mod:`learned_category`) keep their
weights in ``extract/data/*.json`` as ``{"features_version", "meta", ...}``; weights learned
for other features than the code computes are refused, naming the trainer to run again.

>>> import tempfile
>>> path = Path(tempfile.mkdtemp()) / "w.json"
>>> write_weights(path, 1, {"c": 0.1}, {"bias": 0.5})
>>> read_weights(path, 1, "toy model", "train_toy", lambda data: data["bias"])
0.5
>>> read_weights(path, 2, "toy model", "train_toy", lambda data: data["bias"])
Traceback (most recent call last):
ValueError: ...w.json: weights learned for features version 1, this code has 2; run ...
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

Model = TypeVar("Model")


def read_weights(
    path: Path, version: int, what: str, trainer: str, build: Callable[[dict], Model]
) -> Model | None:
    """``build(data)`` of the JSON at ``path``, or None when there is no file.

    A file that is not JSON, or that ``build`` cannot read (a missing key, a wrong type, or a
    ValueError of its own), raises ValueError "``path``: not a ``what`` (reason)"; weights of
    another features version raise ValueError naming ``flows/tools/<trainer>.py``.
    """
    if not path.exists():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        found = data["features_version"]
        model = build(data)
    except (OSError, ValueError, KeyError, TypeError, AttributeError) as err:
        raise ValueError(f"{path}: not a {what} ({err})") from None
    if found != version:
        raise ValueError(
            f"{path}: weights learned for features version {found}, this code has {version}; "
            f"run flows/tools/{trainer}.py"
        )
    return model


def write_weights(path: Path, version: int, meta: dict, body: dict) -> None:
    """``{"features_version": version, "meta": meta, **body}`` as UTF-8 JSON at ``path``."""
    data = {"features_version": version, "meta": meta, **body}
    path.write_text(json.dumps(data, ensure_ascii=False, indent=0) + "\n", encoding="utf-8")
