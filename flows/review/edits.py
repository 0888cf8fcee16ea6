"""Reviewer edits written as text: places as ``"Antwerp (BE)"``, fields as ``name=value``.

Shared by the review page's form and ``flows review accept KEY --set field=value``.
"""

from __future__ import annotations

import re

from flows.model import FlowRecord

# Fields a reviewer may set from the command line, and how their text is read.
EDITABLE = ("category", "commodity", "origin", "destination", "via", "period_start",
            "period_end", "verification", "confidence", "summary")  # fmt: skip


def parse_place(text: str) -> dict | None:
    """``"Antwerp (BE)"`` -> ``{"name": "Antwerp", "country": "BE"}``; blank -> None.

    >>> parse_place("Western Balkans")
    {'name': 'Western Balkans'}
    """
    text = (text or "").strip()
    if not text:
        return None
    m = re.match(r"^(.*?)\s*\(([A-Za-z]{2})\)$", text)
    if m and m.group(1).strip():
        return {"name": m.group(1).strip(), "country": m.group(2).upper()}
    return {"name": text}


def format_place(name: str, country: str | None = None, kind: str | None = None) -> str:
    """The text :func:`parse_place` reads back: ``"Antwerp (BE)"``; a region, sea or route by
    its name alone (it is in no one country).

    >>> format_place("Antwerp", "BE"), format_place("Aegean Sea", "GR", "sea")
    ('Antwerp (BE)', 'Aegean Sea')
    """
    if country and kind not in ("region", "sea", "route"):
        return f"{name} ({country})"
    return name


def apply_settings(record: FlowRecord, settings: list[str]) -> dict:
    """The record as a dict with ``field=value`` settings applied (an empty value clears the
    field; ``via`` takes places separated by ``;``). Raise ValueError naming a bad setting;
    the result is validated by the store."""
    data = record.model_dump(mode="json", exclude_none=True)
    data.update(parse_settings(settings))
    return {k: v for k, v in data.items() if v is not None}


def parse_settings(settings: list[str]) -> dict:
    """``field=value`` settings as record fields (an empty value gives None).

    >>> parse_settings(["origin=Serbia (RS)", "via=Hungary; Austria", "commodity="])
    {'origin': {'name': 'Serbia', 'country': 'RS'},
     'via': [{'name': 'Hungary'}, {'name': 'Austria'}], 'commodity': None}
    """
    data: dict = {}
    for item in settings:
        name, sep, value = item.partition("=")
        name, value = name.strip(), value.strip()
        if not sep or name not in EDITABLE:
            raise ValueError(
                f"cannot set '{item}': write FIELD=VALUE with FIELD one of {', '.join(EDITABLE)}"
            )
        if name in ("origin", "destination"):
            data[name] = parse_place(value)
        elif name == "via":
            data[name] = [p for v in value.split(";") if (p := parse_place(v))]
        elif name == "confidence":
            try:
                data[name] = float(value)
            except ValueError:
                raise ValueError(f"cannot set '{item}': confidence is a number 0-1") from None
        else:
            data[name] = value or None
    return data
