"""Walk ruamel's YAML parse events into plain data, positions and findings.

ruamel's round-trip loader only keeps start positions, stops at the first duplicate key,
keeps unknown tags as tagged data and shares aliases. So `TreeBuilder` walks the *parser
events* itself with an explicit stack (no recursion, so deep nesting cannot overflow
Python's stack), builds plain dicts and lists, records the start and end of every key and
value, reports every duplicate key, refuses tags outside the YAML core schema and counts
every node visit, alias expansions included, against a budget (billion laughs).
`collabagree.load.reader` is the public face: bytes in, `LoadedFile` out.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, NoReturn

from ruamel.yaml import YAML
from ruamel.yaml import events as ev
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.reader import ReaderError

from collabagree.core.findings import FILE_START, Finding, Span
from collabagree.core.positions import PositionMap, YamlPath, format_yaml_path, span_from_marks
from collabagree.load.comments import Comment, find_comments
from collabagree.load.hints import syntax_hint
from collabagree.load.scalars import UnreadableScalar, construct_scalar, resolve_plain
from collabagree.schema.codes import schema_finding

try:  # the C parser is an optional speed-up; behaviour is the same without it
    from _ruamel_yaml import CParser as _CParser  # type: ignore[import-not-found,unused-ignore]
except ImportError:  # pragma: no cover - depends on the platform's wheels
    _CParser = None

_CORE_COLLECTION_TAGS = {None, "!", "tag:yaml.org,2002:map", "tag:yaml.org,2002:seq"}
_KEY_TAGS = {None, "!", "tag:yaml.org,2002:str", "tag:yaml.org,2002:merge"}
_SCALAR = ev.ScalarEvent
_STREAM_END = ev.StreamEndEvent


class LoadAbort(Exception):
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
    is_map: bool
    key: str | None = None
    key_start: Any = None
    key_end: Any = None
    key_is_merge: bool = False
    last_end: Any = None
    merges: list[dict[str, Any]] = field(default_factory=list)


@dataclass(slots=True)
class YamlTree:
    """What the walk produced: plain data, the position of every node, findings, comments."""

    data: Any = None
    positions: PositionMap = field(default_factory=PositionMap)
    findings: list[Finding] = field(default_factory=list)
    comments: list[Comment] = field(default_factory=list)


class TreeBuilder:
    """Turns the parser's event stream into data, positions and findings.

    `_walk` handles scalars, three events in four, inline (no per-event method calls, no
    `Span` objects: positions keep the parser's marks); rarer events go to small methods.
    """

    def __init__(self, path: str, max_depth: int, max_nodes: int) -> None:
        self.path = path
        self.result = YamlTree()
        self.text = ""
        self.max_depth = max_depth
        self.max_nodes = max_nodes
        self.nodes = 0
        self.stack: list[_Frame] = []
        self.anchors: dict[str, tuple[Any, int]] = {}
        self.scalar_ranges: list[tuple[int, int]] = []
        self.documents = 0

    def run(self, text: str) -> YamlTree:
        """Parse `text` into a `YamlTree`, or raise `LoadAbort` when it cannot be read at all.

        Findings that do not stop the walk (duplicate keys, unreadable scalars) are in the
        tree's `findings`.
        """
        self.text = text
        try:
            root = self._walk(event_source(text))
        except (MarkedYAMLError, ReaderError, YAMLError) as exc:
            raise LoadAbort(self._syntax_finding(exc)) from None
        self.result.data = root
        self.result.comments = find_comments(text, self.scalar_ranges)
        return self.result

    def _walk(self, next_event: Callable[[], Any]) -> Any:
        """Consume the events up to the end of the stream; returns the root value."""
        root: Any = None
        stack = self.stack
        add = self.result.positions.add_marks
        note_range = self.scalar_ranges.append
        while True:
            event = next_event()
            kind = type(event)
            if kind is not _SCALAR:
                if kind is _STREAM_END:
                    break
                done, value = self._on_structure(event, kind)
                if done:
                    root = value
                continue
            start, end = event.start_mark, event.end_mark
            note_range((start.index, end.index))
            frame = stack[-1] if stack else None
            if frame is not None and frame.is_map and frame.key is None:
                self._take_key(frame, event)
                continue
            self.nodes += 1
            if self.nodes > self.max_nodes:
                self._count(start, end, 0)
            try:
                if event.tag is None and not event.style:
                    value = resolve_plain(event.value)
                else:
                    value = construct_scalar(event)
            except UnreadableScalar as problem:
                value = self._unreadable(problem, frame, start, end)
            if event.anchor:
                self.anchors[event.anchor] = (value, 1)
            if frame is None:
                add((), (None, None, start, end))
                root = value
                continue
            frame.last_end = end
            container = frame.container
            if not frame.is_map:
                assert isinstance(container, list)
                add(frame.path + (len(container),), (None, None, start, end))
                container.append(value)
                continue
            assert isinstance(container, dict)
            key = frame.key
            assert key is not None
            frame.key = None
            if frame.key_is_merge:
                frame.key_is_merge = False
                self._merge(frame, value, start, end)
                continue
            add(frame.path + (key,), (frame.key_start, frame.key_end, start, end))
            if key not in container:
                container[key] = value
        return root

    # -- rarer events -----------------------------------------------------------

    def _on_structure(self, event: Any, kind: type) -> tuple[bool, Any]:
        """Everything but scalars; returns (True, root) once the root node is complete."""
        if kind is ev.MappingStartEvent or kind is ev.SequenceStartEvent:
            self._open(event, kind is ev.MappingStartEvent)
            return False, None
        if kind is ev.MappingEndEvent or kind is ev.SequenceEndEvent:
            return self._close(event)
        if kind is ev.AliasEvent:
            return self._on_alias(event)
        if kind is ev.DocumentStartEvent:
            self.documents += 1
            if self.documents > 1:
                raise LoadAbort(self._finding(
                    "SCH007", span_from_marks(event.start_mark, event.end_mark),
                    "the file holds more than one YAML document; keep one agreement per file"))
        return False, None

    def _take_key(self, frame: _Frame, event: ev.ScalarEvent) -> None:
        """A scalar in key position: remember it, reporting repeats (SCH002)."""
        if event.tag not in _KEY_TAGS:
            self._refuse_tag(event.tag, span_from_marks(event.start_mark, event.end_mark))
        key = str(event.value)
        assert isinstance(frame.container, dict)
        frame.key_is_merge = key == "<<" and not event.style
        if key in frame.container and not frame.key_is_merge:
            first = self.result.positions.get(frame.path + (key,))
            where = f" (first at line {first.key.line})" if first and first.key else ""
            self.result.findings.append(self._finding(
                "SCH002", span_from_marks(event.start_mark, event.end_mark),
                f"duplicate key '{key}'{where}; each key may appear once", frame.path + (key,)))
        frame.key = key
        frame.key_start = event.start_mark
        frame.key_end = event.end_mark

    def _unreadable(self, problem: UnreadableScalar, frame: _Frame | None, start: Any, end: Any) -> Any:
        """A scalar that cannot become a value: refused tags stop loading, others are SCH005."""
        span = span_from_marks(start, end)
        if problem.unsafe:
            raise LoadAbort(self._finding("SCH007", span, str(problem))) from None
        self.result.findings.append(self._finding("SCH005", span, str(problem), self._child_path(frame)))
        return None

    def _on_alias(self, event: ev.AliasEvent) -> tuple[bool, Any]:
        span = span_from_marks(event.start_mark, event.end_mark)
        frame = self.stack[-1] if self.stack else None
        if event.anchor not in self.anchors:
            raise LoadAbort(self._finding(
                "SCH001", span, f"alias *{event.anchor} refers to no anchor &{event.anchor} defined before it"))
        if frame is not None and frame.is_map and frame.key is None:
            raise LoadAbort(self._finding("SCH005", span, "an alias cannot be used as a key"))
        value, size = self.anchors[event.anchor]
        self._count(event.start_mark, event.end_mark, size)
        return self._attach(value, event.start_mark, event.end_mark)

    def _open(self, event: Any, is_map: bool) -> None:
        parent = self.stack[-1] if self.stack else None
        if parent is not None and parent.is_map and parent.key is None:
            # `? [a, b]` or `{x: 1}: y` (a Helm template's `{{ ... }}` reads as one): keys
            # must be text to name a field.
            raise LoadAbort(self._finding("SCH005", span_from_marks(event.start_mark, event.end_mark),
                                          "a list or mapping cannot be used as a key"))
        if event.tag not in _CORE_COLLECTION_TAGS:
            self._refuse_tag(event.tag, span_from_marks(event.start_mark, event.end_mark))
        if len(self.stack) >= self.max_depth:
            raise LoadAbort(self._finding(
                "SCH007", span_from_marks(event.start_mark, event.end_mark),
                f"the YAML is nested more than {self.max_depth} levels deep"))
        self._count(event.start_mark, event.end_mark)
        container: dict[str, Any] | list[Any] = {} if is_map else []
        self.stack.append(_Frame(container, self._child_path(parent), event.start_mark,
                                 bool(event.flow_style), event.anchor, self.nodes - 1, is_map,
                                 last_end=event.end_mark))

    def _close(self, event: Any) -> tuple[bool, Any]:
        frame = self.stack.pop()
        end = event.end_mark if frame.flow else frame.last_end
        if isinstance(frame.container, dict):
            for merged in frame.merges:
                for key, value in merged.items():
                    frame.container.setdefault(key, value)
        size = self.nodes - frame.nodes_at_start
        if frame.anchor:
            self.anchors[frame.anchor] = (frame.container, size)
        return self._attach(frame.container, frame.start, end, path=frame.path)

    # -- helpers ----------------------------------------------------------------

    def _attach(self, value: Any, start: Any, end: Any,
                path: YamlPath | None = None) -> tuple[bool, Any]:
        """Put a finished node into its parent; returns (True, value) for the root."""
        parent = self.stack[-1] if self.stack else None
        node_path = path if path is not None else self._child_path(parent)
        add = self.result.positions.add_marks
        if parent is None:
            add((), (None, None, start, end))
            return True, value
        parent.last_end = end
        if isinstance(parent.container, list):
            add(node_path, (None, None, start, end))
            parent.container.append(value)
            return False, None
        key = parent.key
        parent.key = None
        if parent.key_is_merge:
            parent.key_is_merge = False
            self._merge(parent, value, start, end)
            return False, None
        assert key is not None
        add(node_path, (parent.key_start, parent.key_end, start, end))
        if key not in parent.container:
            parent.container[key] = value
        return False, None

    def _merge(self, frame: _Frame, value: Any, start: Any, end: Any) -> None:
        """Handle a `<<` merge key: a mapping or a list of mappings."""
        sources = value if isinstance(value, list) else [value]
        for source in sources:
            if not isinstance(source, dict):
                raise LoadAbort(self._finding("SCH005", span_from_marks(start, end),
                                              "a merge key (<<) needs a mapping or a list of mappings"))
            frame.merges.append(source)
            for key in source:
                self.result.positions.add_marks(frame.path + (key,), (start, end, start, end))

    def _child_path(self, frame: _Frame | None) -> YamlPath:
        if frame is None:
            return ()
        if isinstance(frame.container, list):
            return frame.path + (len(frame.container),)
        return frame.path + ((frame.key or ""),)

    def _count(self, start: Any, end: Any, size: int = 1) -> None:
        """Add `size` nodes to the budget (the scalar fast path adds its own and calls with 0
        only once over it)."""
        self.nodes += size
        if self.nodes > self.max_nodes:
            raise LoadAbort(self._finding(
                "SCH007", span_from_marks(start, end),
                f"the YAML expands to more than {self.max_nodes:,} nodes (aliases included); "
                "this looks like an alias bomb"))

    def _refuse_tag(self, tag: str | None, span: Span) -> NoReturn:
        raise LoadAbort(self._finding(
            "SCH007", span, f"the tag {tag} is not allowed; only plain YAML values are accepted"))

    def _finding(self, code: str, span: Span, message: str, path: YamlPath = ()) -> Finding:
        return schema_finding(code, self.path, span, message, format_yaml_path(path))

    def _syntax_finding(self, exc: Exception) -> Finding:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        if isinstance(exc, ReaderError):
            line, column = _index_to_line_col(self.text, exc.position)
            return schema_finding("SCH001", self.path, Span.point(line, column),
                                  f"the file contains a character YAML does not allow "
                                  f"(code point {exc.character!r})")
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        context = getattr(exc, "context", None)
        said = f"{problem}" + (f" ({context})" if context else "")
        span = Span.point(mark.line + 1, mark.column + 1) if mark is not None else FILE_START
        start = getattr(exc, "context_mark", None)
        hint = syntax_hint(self.text, problem, context or "", span.line, span.column,
                           start.line + 1 if start is not None else None)
        message = f"YAML syntax error: {hint} (the parser says: {said})" if hint else f"YAML syntax error: {said}"
        return schema_finding("SCH001", self.path, span, message)


def event_source(text: str) -> Callable[[], Any]:
    """A function returning ruamel's parse events for `text` one by one (parsing only, no
    constructor ever runs); the caller stops at the StreamEndEvent.

    With ruamel.yaml.clib installed this is its libyaml-backed parser, called directly:
    about twenty times faster than the pure-Python one, with the same events and marks,
    and without the generator `YAML.parse` wraps around it (bench/README.md).
    """
    if _CParser is not None:
        return _CParser(text).get_event  # type: ignore[no-any-return]
    events: Iterator[Any] = iter(YAML(typ="safe", pure=True).parse(text))
    return events.__next__


def _index_to_line_col(text: str, index: int) -> tuple[int, int]:
    line = text.count("\n", 0, index) + 1
    return line, index - (text.rfind("\n", 0, index) + 1) + 1
