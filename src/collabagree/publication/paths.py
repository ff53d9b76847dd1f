"""Redaction paths (PUBLICATION.md): `parties.foodbank.notices.email`,
`funding.conditions.instalments[2].amount`, `information.data_flows.D1`.

A path is dot-separated keys from the root. On a list, a segment equal to an item's `id`
selects that item and `[n]` selects by 0-based position. `resolve` turns a path into the
tuple of keys and indexes (a `YamlPath`) of the value it names in plain data, or None when
it names nothing, so lint rules and the redaction itself agree on what a path means.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from collabagree.core.positions import PathItem, YamlPath

_SEGMENT = re.compile(r"^(?P<key>[^.\[\]]*)(?P<indexes>(?:\[\d+\])*)$")
_INDEX = re.compile(r"\[(\d+)\]")
MAX_PATH_LENGTH = 300
"""Longer than any real path: such text is not read as one (bounded work on hostile input)."""


def parse_path(text: str) -> list[str | int] | None:
    """The segments of a path, keys as strings and `[n]` positions as ints; None when the
    text is not a path (empty segments, unbalanced brackets, too long)."""
    stripped = text.strip()
    if not stripped or len(stripped) > MAX_PATH_LENGTH:
        return None
    segments: list[str | int] = []
    for part in stripped.split("."):
        match = _SEGMENT.match(part)
        if match is None or (not match.group("key") and not match.group("indexes")):
            return None
        if match.group("key"):
            segments.append(match.group("key"))
        elif not segments:
            return None  # a path cannot start with a position: the root is a mapping
        segments.extend(int(number) for number in _INDEX.findall(match.group("indexes")))
    return segments


def resolve(data: Any, text: str) -> YamlPath | None:
    """The keys and indexes of the value `text` names in `data`, or None if it names nothing."""
    segments = parse_path(text)
    if segments is None:
        return None
    node = data
    found: list[PathItem] = []
    for segment in segments:
        step = _step(node, segment)
        if step is None:
            return None
        found.append(step)
        node = node[step]
    return tuple(found)


def _step(node: Any, segment: str | int) -> PathItem | None:
    """The key or index that `segment` selects in `node`, or None."""
    if isinstance(node, Mapping):
        return segment if isinstance(segment, str) and segment in node else None
    if isinstance(node, Sequence) and not isinstance(node, str):
        if isinstance(segment, int):
            return segment if segment < len(node) else None
        for index, item in enumerate(node):
            if isinstance(item, Mapping) and str(item.get("id", "")) == segment:
                return index
    return None


def value_at(data: Any, path: YamlPath) -> Any:
    """The value at a resolved path."""
    node = data
    for step in path:
        node = node[step]
    return node


def covers(redacted: YamlPath, path: YamlPath) -> bool:
    """True when redacting `redacted` withholds the value at `path` (itself or inside it)."""
    return path[:len(redacted)] == redacted
