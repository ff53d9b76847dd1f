"""Read an agreement file safely: bytes -> text -> YAML events -> plain data + positions.

Size and encoding are checked here; `collabagree.yaml_tree` walks the parser's events
(limits on nesting and on node visits, aliases included; every duplicate key; no tags
outside the core schema). Problems become SCH findings, never exceptions.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from collabagree.findings import FILE_START, Finding, Span
from collabagree.positions import PositionMap
from collabagree.schema_codes import schema_finding
from collabagree.yaml_comments import Comment
from collabagree.yaml_tree import LoadAbort, TreeBuilder

__all__ = ["MAX_BYTES", "MAX_DEPTH", "MAX_NODES", "Comment", "LoadedFile", "decode_source",
           "load_bytes", "load_file"]

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
# The examples have about 600 nodes. A budget of 100,000 (aliases expanded) keeps the worst
# 2 MiB file to seconds; at 1,000,000 a flow list of 900,000 numbers took a minute and 2 GB.
MAX_NODES = 100_000


@dataclass(slots=True)
class LoadedFile:
    """The outcome of loading one file: its text, data, positions and load findings."""

    path: str
    text: str = ""
    data: Any = None
    positions: PositionMap = field(default_factory=PositionMap)
    findings: list[Finding] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when the YAML was read completely (there may still be schema problems)."""
        return not self.findings


def decode_source(path: str, raw: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Check size and encoding and return the text, raising `LoadAbort` with SCH007."""
    if len(raw) > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise LoadAbort(schema_finding("SCH007", path, FILE_START,
                                       f"the file is larger than the {limit:g} MiB limit"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise LoadAbort(schema_finding("SCH007", path, FILE_START,
                                       "the file is UTF-16; save it as UTF-8"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", "replace")) + 1
        raise LoadAbort(schema_finding(
            "SCH007", path, Span.point(line, column),
            f"the file is not valid UTF-8 (byte 0x{raw[exc.start]:02x}); save it as UTF-8",
        )) from None
    return text.removeprefix("\ufeff")


def load_bytes(path: str, raw: bytes, *, max_bytes: int = MAX_BYTES,
               max_depth: int = MAX_DEPTH, max_nodes: int = MAX_NODES) -> LoadedFile:
    """Load YAML bytes into a `LoadedFile`; problems become SCH findings, never exceptions."""
    result = LoadedFile(path)
    try:
        result.text = decode_source(path, raw, max_bytes)
        builder = TreeBuilder(path, result, max_depth, max_nodes)
        builder.run(result.text)
    except LoadAbort as abort:
        result.findings.append(abort.finding)
        result.data = None
    return result


def load_file(path: str, **limits: int) -> LoadedFile:
    """Read a file from disk and load it (see `load_bytes`)."""
    with open(path, "rb") as handle:
        raw = handle.read(limits.get("max_bytes", MAX_BYTES) + 1)
    return load_bytes(path, raw, **limits)
