"""Read the records of a YAML file as text values with their lines, with bounded work.

The file is read event by event (libyaml's parser, which does not recurse) and the values are
built with an explicit stack, so a hostile file cannot make the loader recurse or expand
without end:

- nesting deeper than :data:`flows.limits.MAX_YAML_DEPTH` is refused at the line where it
  goes too deep (``[[[[...`` a thousand levels deep);
- aliases (``*name``) may repeat at most :data:`flows.limits.MAX_YAML_ALIAS_NODES` values in
  all (a 500-byte "billion laughs" file would otherwise expand to gigabytes);
- an alias inside the list or mapping it names (``&a [*a]``) and an alias to an anchor never
  defined are refused.

Each refusal is an :class:`flows.issues.Issue` with file, line and the limit named; only the
record that holds the problem is left out, the other records of the file load.

Every scalar stays the text the user wrote (YAML 1.1 would make Norway's ``NO`` false); plain
``~``, ``null`` and empty values are None.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import yaml

from flows.issues import Issue
from flows.limits import MAX_YAML_ALIAS_NODES, MAX_YAML_DEPTH

_NULLS = {"", "~", "null", "Null", "NULL"}
_Loc = tuple[str | int, ...]
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Broken:
    """Stands for a value that was refused (too deep, alias budget); its record is skipped."""

    def __repr__(self) -> str:
        return "<refused>"


_BROKEN = _Broken()
_BAD_KEY = object()  # a key that is a list or mapping: its value is dropped with an issue
# Tags a record file may carry: YAML's own types. Everything is read as text anyway; any other
# tag (``!!python/object:...``, ``!custom``) would be read as nothing, silently.
_PLAIN_TAGS = {None, "!"} | {
    f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "seq", "map")
}


@dataclass
class _Frame:
    value: list | dict
    loc: _Loc
    anchor: str | None
    size: int = 1
    key: Any = None  # a mapping's pending key (None: expecting a key)
    key_line: int = 0


@dataclass
class YamlRecord:
    """One item of the records list: its value, first line and a line per field path."""

    data: Any
    line: int
    lines: dict[_Loc, int] = field(default_factory=dict)


class _Composer:
    def __init__(self, name: str) -> None:
        self.name = name
        self.issues: list[tuple[_Loc, Issue]] = []  # (where in the tree, issue)
        self.lines: dict[_Loc, int] = {}
        self.anchors: dict[str, tuple[Any, int]] = {}  # name -> (value, size)
        self.open_anchors: set[str] = set()
        self.alias_nodes = 0
        self.max_depth = MAX_YAML_DEPTH.value()
        self.max_alias = MAX_YAML_ALIAS_NODES.value()

    def refuse(self, loc: _Loc, line: int, reason: str, hint: str | None = None) -> None:
        self.issues.append((loc, Issue(self.name, line, None, None, reason, hint)))

    def compose(self, text: str) -> tuple[Any, int]:  # noqa: C901 - one branch per YAML event kind, sharing the stack
        """The document's root value and its line; raises yaml.YAMLError on bad syntax."""
        stack: list[_Frame] = []
        root: Any = None
        root_line = 1
        documents = 0
        skip = 0  # depth of a refused subtree still being read
        for event in yaml.parse(text, Loader=_LOADER):
            line = event.start_mark.line + 1
            if isinstance(event, yaml.DocumentStartEvent):
                documents += 1
                if documents > 1:
                    raise _SecondDocument(line)
                continue
            if skip:
                if isinstance(event, yaml.CollectionStartEvent):
                    skip += 1
                elif isinstance(event, yaml.CollectionEndEvent):
                    skip -= 1
                    if skip == 0:
                        root = self._finish(stack, _BROKEN, 1, line) if stack else _BROKEN
                continue
            if isinstance(event, (yaml.StreamStartEvent, yaml.StreamEndEvent)):
                continue
            if isinstance(event, yaml.DocumentEndEvent):
                continue
            loc = self._child_loc(stack)
            if isinstance(event, yaml.ScalarEvent):
                value = None if not event.style and event.value in _NULLS else event.value
                if event.tag not in _PLAIN_TAGS:
                    value = self._refuse_tag(event.tag, loc or (), line)
                if event.anchor:
                    self.anchors[event.anchor] = (value, 1)
                if loc is not None:
                    self.lines[loc] = line
                value_or_root = self._finish(stack, value, 1, line)
                if not stack:
                    root, root_line = value_or_root, line
            elif isinstance(event, yaml.AliasEvent):
                value, size = self._alias(event.anchor, loc or (), line)
                if loc is not None:
                    self.lines[loc] = line
                value_or_root = self._finish(stack, value, size, line)
                if not stack:
                    root, root_line = value_or_root, line
            elif isinstance(event, yaml.CollectionStartEvent):
                if len(stack) + 1 > self.max_depth:
                    self.refuse(loc or (), line, *_too_deep())
                    skip = 1
                    continue
                if event.tag not in _PLAIN_TAGS:
                    self._refuse_tag(event.tag, loc or (), line)
                    skip = 1  # the tagged list or mapping is read as broken, with the issue
                    continue
                container: list | dict = [] if isinstance(event, yaml.SequenceStartEvent) else {}
                if loc is not None:
                    self.lines[loc] = line
                else:  # a list or mapping used as a key: refused when it ends
                    loc = (*stack[-1].loc, "\0key")
                if event.anchor:
                    self.open_anchors.add(event.anchor)
                stack.append(_Frame(container, loc, event.anchor))
                if len(stack) == 1:
                    root_line = line
            elif isinstance(event, yaml.CollectionEndEvent):
                frame = stack.pop()
                if frame.anchor:
                    self.open_anchors.discard(frame.anchor)
                    self.anchors[frame.anchor] = (frame.value, frame.size)
                value_or_root = self._finish(stack, frame.value, frame.size, line)
                if not stack:
                    root = value_or_root
        return root, root_line

    def _refuse_tag(self, tag: str, loc: _Loc, line: int) -> _Broken:
        shown = tag.replace("tag:yaml.org,2002:", "!!")
        self.refuse(
            loc,
            line,
            f"YAML tag '{shown}' is not allowed in a record file",
            "remove the tag, or put the text in quotes",
        )
        return _BROKEN

    @staticmethod
    def _child_loc(stack: list[_Frame]) -> _Loc | None:
        """Where the next value goes: ``None`` when it is a mapping's key."""
        if not stack:
            return ()
        top = stack[-1]
        if isinstance(top.value, list):
            return (*top.loc, len(top.value))
        if top.key is None:
            return None
        if top.key is _BAD_KEY:
            return (*top.loc, "?")
        return (*top.loc, top.key)

    def _alias(self, anchor: str, loc: _Loc, line: int) -> tuple[Any, int]:
        if anchor in self.open_anchors:
            self.refuse(loc, line, f"alias '*{anchor}' refers to the list or mapping that holds it")
            return _BROKEN, 1
        if anchor not in self.anchors:
            self.refuse(
                loc, line, f"alias '*{anchor}' names no anchor", f"define '&{anchor}' before it"
            )
            return _BROKEN, 1
        value, size = self.anchors[anchor]
        self.alias_nodes += size
        if self.alias_nodes > self.max_alias:
            self.refuse(
                loc,
                line,
                f"aliases (*name) repeat more values than {MAX_YAML_ALIAS_NODES.describe()}",
                f"write the values out, or {MAX_YAML_ALIAS_NODES.setting()}",
            )
            return _BROKEN, 1
        # The anchored value is shared, not copied: readers never change it.
        return value, size

    def _finish(self, stack: list[_Frame], value: Any, size: int, line: int) -> Any:
        """Put a finished value into its parent; return it when it is the document's root."""
        if not stack:
            return value
        top = stack[-1]
        top.size += size
        if isinstance(top.value, list):
            top.value.append(value)
            return None
        if top.key is None:  # this value is a key
            if isinstance(value, (list, dict)) or value is _BROKEN:
                self.refuse(top.loc, line, "a field name must be text, not a list or mapping")
                top.key, top.key_line = _BAD_KEY, line
                return None
            key = "" if value is None else str(value)
            if key in top.value:
                self.issues.append(
                    (
                        (),
                        Issue(
                            self.name,
                            line,
                            None,
                            key,
                            f"field '{key}' appears twice in the same record",
                            "keep one; YAML would silently keep the last",
                        ),
                    )
                )
            top.key, top.key_line = key, line
            self.lines[(*top.loc, key)] = line
            return None
        if top.key is not _BAD_KEY:
            top.value[top.key] = value
        top.key = None
        return None


def _too_deep() -> tuple[str, str]:
    return (
        f"values nested deeper than {MAX_YAML_DEPTH.describe()}",
        f"a record needs four levels; {MAX_YAML_DEPTH.setting()}",
    )


class _SecondDocument(Exception):
    def __init__(self, line: int) -> None:
        self.line = line


def read_yaml_records(text: str, name: str, issues: list[Issue]) -> list[YamlRecord]:
    """The items of a YAML records file (a list, or a mapping with a ``records`` list).

    Problems go to ``issues`` with file and line; an item that holds a refused value (too
    deep, aliases over budget) is reported and left out, the others are returned.
    """
    composer = _Composer(name)
    try:
        root, root_line = composer.compose(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        if "nesting depth" in problem:  # libyaml's own bound, below ours when ours is raised
            issues.append(Issue(name, line, None, None, *_too_deep()))
            return []
        issues.append(
            Issue(
                name,
                line,
                None,
                None,
                f"YAML syntax error: {problem}",
                "check indentation and quote values that contain ': '",
            )
        )
        return []
    except _SecondDocument as exc:
        issues.append(
            Issue(
                name,
                exc.line,
                None,
                None,
                "the file holds a second YAML document (after '---')",
                "put every record in one list, or split the documents into files",
            )
        )
        return []
    prefix: _Loc = ()
    if isinstance(root, dict) and isinstance(root.get("records"), list):
        root, prefix = root["records"], ("records",)
        root_line = composer.lines.get(prefix, root_line)
    problems = composer.issues
    if root is None and not problems:
        return []
    if not isinstance(root, list):
        issues.extend(i for _, i in problems)
        issues.append(
            Issue(
                name, root_line, None, None, "expected a list of records (items starting with '- ')"
            )
        )
        return []
    depth = len(prefix)
    per_item: list[dict[_Loc, int]] = [{} for _ in root]
    for loc, line in composer.lines.items():
        if len(loc) > depth and loc[:depth] == prefix and isinstance(loc[depth], int):
            per_item[loc[depth]][loc[depth + 1 :]] = line
    refused: dict[int, list[Issue]] = {}
    for loc, issue in problems:
        if len(loc) > depth and loc[:depth] == prefix and isinstance(loc[depth], int):
            refused.setdefault(loc[depth], []).append(issue)
        else:
            issues.append(issue)
    out = []
    for index, data in enumerate(root):
        lines = per_item[index]
        line = lines.get((), root_line)
        record_id = data.get("id") if isinstance(data, dict) else None
        record_id = record_id if isinstance(record_id, str) else None
        if index in refused:
            reasons = set()
            for issue in refused[index]:
                if issue.reason not in reasons:  # one alias bomb, one message per record
                    reasons.add(issue.reason)
                    issues.append(
                        Issue(issue.file, issue.line, record_id, issue.field, issue.reason,
                              issue.suggestion)
                    )  # fmt: skip
            continue  # a refused value: the record cannot be checked
        if not isinstance(data, dict):
            issues.append(
                Issue(name, line, None, None, "a record must be a mapping of field: value")
            )
            continue
        out.append(YamlRecord(data, line, lines))
    return out


__all__ = ["YamlRecord", "read_yaml_records"]
