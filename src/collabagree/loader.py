"""Read an agreement file safely: bytes -> text -> YAML events -> plain data + positions.

ruamel's round-trip loader only keeps start positions, stops at the first duplicate key,
keeps unknown tags as tagged data and shares aliases. So we walk ruamel's *parser events*
ourselves with an explicit stack (no recursion, so deep nesting cannot overflow Python's
stack), build plain dicts and lists, record the start and end of every key and value,
report every duplicate key, refuse tags outside the YAML core schema and count every
node visit, alias expansions included, against a budget (billion laughs).
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any, Iterator

from ruamel.yaml import YAML
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from collabagree.findings import FILE_START, Finding, Span
from collabagree.positions import PositionMap, YamlPath, format_yaml_path, span_from_marks
from collabagree.scalars import UnreadableScalar, construct_scalar
from collabagree.schema_codes import schema_finding

try:  # the C parser is an optional speed-up; behaviour is the same without it
    from _ruamel_yaml import CParser as _CParser  # noqa: F401

    _HAS_C_PARSER = True
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _HAS_C_PARSER = False

MAX_BYTES = 2 * 1024 * 1024
MAX_DEPTH = 64
MAX_NODES = 1_000_000

_CORE_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}


@dataclass(slots=True)
class Comment:
    """A YAML comment: where it starts (1-based) and its text after the `#`."""

    line: int
    column: int
    text: str


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


class _LoadAbort(Exception):
    """Stop loading: the finding says why."""

    def __init__(self, finding: Finding) -> None:
        super().__init__(finding.message)
        self.finding = finding


@dataclass(slots=True)
class _Frame:
    """An open mapping or sequence while events stream in."""

    container: dict[str, Any] | list[Any]
    path: YamlPath
    start: Any
    flow: bool
    anchor: str | None
    nodes_at_start: int
    key: str | None = None
    key_span: Span | None = None
    key_is_merge: bool = False
    last_end: Any = None
    merges: list[dict[str, Any]] = field(default_factory=list)


def decode_source(path: str, raw: bytes, max_bytes: int = MAX_BYTES) -> str:
    """Check size and encoding and return the text, raising `_LoadAbort` with SCH007."""
    if len(raw) > max_bytes:
        limit = max_bytes / (1024 * 1024)
        raise _LoadAbort(schema_finding("SCH007", path, FILE_START,
                                        f"the file is larger than the {limit:g} MiB limit"))
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise _LoadAbort(schema_finding("SCH007", path, FILE_START,
                                        "the file is UTF-16; save it as UTF-8"))
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        line_start = before.rfind(b"\n") + 1
        column = len(before[line_start:].decode("utf-8", "replace")) + 1
        raise _LoadAbort(schema_finding(
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
        builder = _Builder(path, result, max_depth, max_nodes)
        builder.run(result.text)
    except _LoadAbort as abort:
        result.findings.append(abort.finding)
        result.data = None
    return result


def load_file(path: str, **limits: int) -> LoadedFile:
    """Read a file from disk and load it (see `load_bytes`)."""
    with open(path, "rb") as handle:
        raw = handle.read(limits.get("max_bytes", MAX_BYTES) + 1)
    return load_bytes(path, raw, **limits)


class _Builder:
    """Turns the parser's event stream into data, positions and findings."""

    def __init__(self, path: str, result: LoadedFile, max_depth: int, max_nodes: int) -> None:
        self.path = path
        self.result = result
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.nodes = 0
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.scalar_ranges: list[tuple[int, int]] = []
        self.documents = 0

    def run(self, text: str) -> None:
        """Parse `text`; sets `result.data` or raises `_LoadAbort`."""
        root: Any = None
        try:
            for event in _parse_events(text):
                if isinstance(event, ev.StreamEndEvent):
                    break
                if isinstance(event, ev.DocumentStartEvent):
                    self.documents += 1
                    if self.documents > 1:
                        raise _LoadAbort(self._finding(
                            "SCH007", span_from_marks(event.start_mark, event.end_mark),
                            "the file holds more than one YAML document; keep one agreement per file"))
                    continue
                if isinstance(event, (ev.StreamStartEvent, ev.DocumentEndEvent)):
                    continue
                done, value = self._on_event(event)
                if done:
                    root = value
        except (MarkedYAMLError, ReaderError, YAMLError) as exc:
            raise _LoadAbort(self._syntax_finding(exc)) from None
        self.result.data = root
        self.result.comments = _find_comments(text, self.scalar_ranges)

    # -- events -----------------------------------------------------------------

    def _on_event(self, event: Any) -> tuple[bool, Any]:
        """Handle one event; returns (True, root) once the root node is complete."""
        if isinstance(event, ev.ScalarEvent):
            return self._on_scalar(event)
        if isinstance(event, ev.AliasEvent):
            return self._on_alias(event)
        if isinstance(event, (ev.MappingStartEvent, ev.SequenceStartEvent)):
            self._open(event)
            return False, None
        if isinstance(event, (ev.MappingEndEvent, ev.SequenceEndEvent)):
            return self._close(event)
        return False, None

    def _on_scalar(self, event: ev.ScalarEvent) -> tuple[bool, Any]:
        span = span_from_marks(event.start_mark, event.end_mark)
        self.scalar_ranges.append((event.start_mark.index, event.end_mark.index))
        frame = self.stack[-1] if self.stack else None
        if frame is not None and isinstance(frame.container, dict) and frame.key is None:
            self._take_key(frame, event, span)
            return False, None
        self._count(span)
        try:
            value = construct_scalar(event)
        except UnreadableScalar as problem:
            if problem.unsafe:
                raise _LoadAbort(self._finding("SCH007", span, str(problem))) from None
            self.result.findings.append(self._finding("SCH005", span, str(problem),
                                                      self._child_path(frame)))
            value = None
        if event.anchor:
            self.anchors[event.anchor] = (value, 1)
        return self._attach(value, span, event.end_mark)

    def _take_key(self, frame: _Frame, event: ev.ScalarEvent, span: Span) -> None:
        """A scalar in key position: remember it, reporting repeats (SCH002)."""
        if event.tag not in (None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"):
            self._refuse_tag(event.tag, span)
        key = str(event.value)
        assert isinstance(frame.container, dict)
        frame.key_is_merge = key == "<<" and not event.style
        if key in frame.container and not frame.key_is_merge:
            first = self.result.positions.get(frame.path + (key,))
            where = f" (first at line {first.key.line})" if first and first.key else ""
            self.result.findings.append(self._finding(
                "SCH002", span, f"duplicate key '{key}'{where}; each key may appear once",
                frame.path + (key,)))
        frame.key = key
        frame.key_span = span

    def _on_alias(self, event: ev.AliasEvent) -> tuple[bool, Any]:
        span = span_from_marks(event.start_mark, event.end_mark)
        frame = self.stack[-1] if self.stack else None
        if event.anchor not in self.anchors:
            raise _LoadAbort(self._finding(
                "SCH001", span, f"alias *{event.anchor} refers to no anchor &{event.anchor} defined before it"))
        if frame is not None and isinstance(frame.container, dict) and frame.key is None:
            raise _LoadAbort(self._finding("SCH005", span, "an alias cannot be used as a key"))
        value, size = self.anchors[event.anchor]
        self._count(span, size)
        return self._attach(value, span, event.end_mark)

    def _open(self, event: Any) -> None:
        span = span_from_marks(event.start_mark, event.end_mark)
        if event.tag not in _CORE_COLLECTION_TAGS:
            self._refuse_tag(event.tag, span)
        if len(self.stack) >= self.max_depth:
            raise _LoadAbort(self._finding(
                "SCH007", span, f"the YAML is nested more than {self.max_depth} levels deep"))
        self._count(span)
        parent = self.stack[-1] if self.stack else None
        path = self._child_path(parent)
        container: dict[str, Any] | list[Any] = {} if isinstance(event, ev.MappingStartEvent) else []
        self.stack.append(_Frame(container, path, event.start_mark, bool(event.flow_style),
                                 event.anchor, self.nodes - 1, last_end=event.end_mark))

    def _close(self, event: Any) -> tuple[bool, Any]:
        frame = self.stack.pop()
        end = event.end_mark if frame.flow else frame.last_end
        span = span_from_marks(frame.start, end)
        if isinstance(frame.container, dict):
            for merged in frame.merges:
                for key, value in merged.items():
                    frame.container.setdefault(key, value)
        size = self.nodes - frame.nodes_at_start
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, size)
        return self._attach(frame.container, span, end, path=frame.path)

    # -- helpers ----------------------------------------------------------------

    def _attach(self, value: Any, span: Span, end_mark: Any,
                path: YamlPath | None = None) -> tuple[bool, Any]:
        """Put a finished node into its parent; returns (True, value) for the root."""
        parent = self.stack[-1] if self.stack else None
        node_path = path if path is not None else self._child_path(parent)
        if parent is None:
            self.result.positions.add((), None, span)
            return True, value
        parent.last_end = end_mark
        if isinstance(parent.container, list):
            self.result.positions.add(node_path, None, span)
            parent.container.append(value)
            return False, None
        key, key_span = parent.key, parent.key_span
        parent.key = None
        if parent.key_is_merge:
            parent.key_is_merge = False
            self._merge(parent, value, span)
            return False, None
        assert key is not None
        self.result.positions.add(node_path, key_span, span)
        if key not in parent.container:
            parent.container[key] = value
        return False, None

    def _merge(self, frame: _Frame, value: Any, span: Span) -> None:
        """Handle a `<<` merge key: a mapping or a list of mappings."""
        sources = value if isinstance(value, list) else [value]
        for source in sources:
            if not isinstance(source, dict):
                raise _LoadAbort(self._finding("SCH005", span, "a merge key (<<) needs a mapping or a list of mappings"))
            frame.merges.append(source)
            for key in source:
                self.result.positions.add(frame.path + (key,), span, span)

    def _child_path(self, frame: _Frame | None) -> YamlPath:
        if frame is None:
            return ()
        if isinstance(frame.container, list):
            return frame.path + (len(frame.container),)
        return frame.path + ((frame.key or ""),)

    def _count(self, span: Span, size: int = 1) -> None:
        self.nodes += size
        if self.nodes > self.max_nodes:
            raise _LoadAbort(self._finding(
                "SCH007", span,
                f"the YAML expands to more than {self.max_nodes:,} nodes (aliases included); "
                "this looks like an alias bomb"))

    def _refuse_tag(self, tag: str, span: Span) -> None:
        raise _LoadAbort(self._finding(
            "SCH007", span, f"the tag {tag} is not allowed; only plain YAML values are accepted"))

    def _finding(self, code: str, span: Span, message: str, path: YamlPath = ()) -> Finding:
        return schema_finding(code, self.path, span, message, format_yaml_path(path))

    def _syntax_finding(self, exc: Exception) -> Finding:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if isinstance(exc, ReaderError):
            line, column = _index_to_line_col(self.result.text, exc.position)
            return schema_finding("SCH001", self.path, Span.point(line, column),
                                  f"the file contains a character YAML does not allow "
                                  f"(code point {exc.character!r})")
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        message = f"YAML syntax error: {problem}" + (f" ({context})" if context else "")
        span = Span.point(mark.line + 1, mark.column + 1) if mark is not None else FILE_START
        return schema_finding("SCH001", self.path, span, message)


def _parse_events(text: str) -> Iterator[Any]:
    """ruamel's event stream for `text`: parsing only, no constructor ever runs.

    ruamel picks its libyaml-backed parser (ruamel.yaml.clib) when installed, about twenty
    times faster than the pure-Python one and with the same events and marks (bench/).
    """
    return YAML(typ="safe", pure=not _HAS_C_PARSER).parse(text)


def _index_to_line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1


def _find_comments(text: str, scalar_ranges: list[tuple[int, int]]) -> list[Comment]:
    """Every `#` comment: a `#` at line start or after a space, outside any scalar."""
    if "#" not in text:
        return []
    starts = [start for start, _ in scalar_ranges]
    comments: list[Comment] = []
    offset = 0
    for number, line in enumerate(text.split("\n"), start=1):
        position = line.find("#")
        while position != -1:
            if position == 0 or line[position - 1] in " \t":
                absolute = offset + position
                slot = bisect_right(starts, absolute) - 1
                inside = slot >= 0 and scalar_ranges[slot][0] <= absolute < scalar_ranges[slot][1]
                if not inside:
                    comments.append(Comment(number, position + 1, line[position + 1:].strip()))
                    break
            position = line.find("#", position + 1)
        offset += len(line) + 1
    return comments
