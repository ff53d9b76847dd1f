"""Where each YAML key and value sits in the source, and how to name it.

The loader records one `NodeSpan` per key path; rules and schema errors ask for the
span of a path and get the nearest recorded ancestor when the path itself is absent
(a missing field points at its parent). All 0-based to 1-based conversion is in
`span_from_marks`, nowhere else.

The loader hands over the parser's raw marks (`add_marks`) and spans are only built for
the few paths someone asks about: building two `Span`s per node up front was a third of
the time of loading a file (bench/README.md).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from collabagree.core.findings import FILE_START, Span

PathItem = str | int
YamlPath = tuple[PathItem, ...]


def span_from_marks(start: Any, end: Any) -> Span:
    """Turn two ruamel marks (0-based line and column) into a 1-based `Span`."""
    return Span(start.line + 1, start.column + 1, end.line + 1, end.column + 1)


@dataclass(frozen=True, slots=True)
class NodeSpan:
    """The key (for mapping entries) and value spans of one node."""

    key: Span | None
    value: Span


def format_yaml_path(path: Iterable[PathItem]) -> str:
    """Render a path tuple as `$.parties[1].contact.role`."""
    out = ["$"]
    for item in path:
        if isinstance(item, int):
            out.append(f"[{item}]")
        elif item.isidentifier() or item.replace("-", "_").isidentifier():
            out.append(f".{item}")
        else:
            out.append(f"[{item!r}]")
    return "".join(out)


# What the loader records per node: the key's start and end marks (None for list items and
# the root) and the value's, exactly as the parser made them (0-based).
RawMarks = tuple[Any, Any, Any, Any]


class PositionMap:
    """Key path -> spans, with lookup that falls back to the nearest ancestor."""

    __slots__ = ("_spans",)

    def __init__(self) -> None:
        self._spans: dict[YamlPath, NodeSpan | RawMarks] = {}

    def add(self, path: YamlPath, key: Span | None, value: Span) -> None:
        """Record where the node at `path` is (first record wins, as for duplicate keys)."""
        self._spans.setdefault(path, NodeSpan(key, value))

    def add_marks(self, path: YamlPath, marks: RawMarks) -> None:
        """Like `add`, from parser marks `(key_start, key_end, start, end)`; the spans are
        built on first lookup."""
        self._spans.setdefault(path, marks)

    def get(self, path: YamlPath) -> NodeSpan | None:
        """The spans recorded for exactly this path, if any."""
        found = self._spans.get(path)
        if found is None or isinstance(found, NodeSpan):
            return found
        key_start, key_end, start, end = found
        node = NodeSpan(span_from_marks(key_start, key_end) if key_start is not None else None,
                        span_from_marks(start, end))
        self._spans[path] = node
        return node

    def paths(self) -> list[YamlPath]:
        """Every recorded path, in the order the loader met them."""
        return list(self._spans)

    def nearest(self, path: YamlPath) -> tuple[YamlPath, NodeSpan | None]:
        """The longest recorded prefix of `path` and its spans."""
        probe = tuple(path)
        while probe:
            found = self.get(probe)
            if found is not None:
                return probe, found
            probe = probe[:-1]
        return (), self.get(())

    def value_span(self, path: YamlPath) -> Span:
        """Span of the value at `path`, or of the nearest ancestor's key (for missing nodes)."""
        found_path, node = self.nearest(path)
        if node is None or (not found_path and path):
            # A missing top-level section points at line 1 (RULES.md).
            return FILE_START
        if found_path != tuple(path) and node.key is not None:
            return node.key
        return node.value

    def key_span(self, path: YamlPath) -> Span:
        """Span of the key at `path` (its value when it is a list item or the root)."""
        found_path, node = self.nearest(path)
        if node is None:
            return FILE_START
        return node.key or node.value
