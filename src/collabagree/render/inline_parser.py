"""The inline part of the *text* whitelist: emphasis, strong, links; in time linear in the text.

The rules are the ones `textsafe` always had (the tests compare this parser with the old one,
kept in tests/render_backends/textsafe_reference.py):

- an opener is a run of exactly one or two asterisks (not after another asterisk) followed
  by a character that is not whitespace; runs of three or more stay literal;
- it closes at the *first* later run of exactly the same length that follows a character
  that is not whitespace, inside the same enclosing node; if there is none, the asterisks
  are literal; the text in between is parsed the same way;
- ``[label](url)`` with a label without brackets or newlines, and ``<url>`` / ``<address>``,
  become links when the URL's scheme is allowed; link labels hold no further links.

The old parser searched for the closer afresh from every opener (``"**a " * 3000`` took 7 s)
and recursed once per nesting level. Here the places where emphasis can close are found once
(`_Closers`, two sorted lists), so each opener costs one binary search; every other scan (a
label up to the next bracket, a URL up to the next space or parenthesis, an autolink up to
the next angle bracket) ends at a character that also ends every later scan of its kind, so
no character is scanned twice by scans of one kind. Nodes being built are kept on an
explicit stack rather than in recursive calls.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field

from collabagree.render.text_tree import Emph, Inline, Link, Strong, Text

_SPECIAL = re.compile(r"[*\[<]")
_STAR = re.compile(r"\*")
_STAR_RUN = re.compile(r"\*+")
_LABEL_END = re.compile(r"[\[\]\n]")
_URL_END = re.compile(r"[\s()<>]")
_ANGLE_END = re.compile(r"[\s<>]")
_AUTOLINK_SCHEME = re.compile(r"(?i:https?://|mailto:)")
_NOT_IN_EMAIL = re.compile(r"[:/\\]")
# One way to match each string (no nested repetition), so a long URL cannot make it backtrack.
_URL_OK_RE = re.compile(r"(?i:https?)://[^\s/?#][^\s]*|(?i:mailto):[^\s]+")

ALLOWED_LINK_SCHEMES: tuple[str, ...] = ("http", "https", "mailto")


def is_allowed_url(url: str) -> bool:
    """Whether ``url`` is an http(s) URL with a host, or a mailto URL."""
    return _URL_OK_RE.fullmatch(url) is not None


class _Closers:
    """Every place emphasis may close: the start of a run of exactly one (`single`) or two
    (`double`) asterisks that follows a character other than whitespace."""

    def __init__(self, s: str) -> None:
        self.single: list[int] = []
        self.double: list[int] = []
        for run in _STAR_RUN.finditer(s):
            j = run.start()
            length = run.end() - j
            if length <= 2 and j > 0 and not s[j - 1].isspace():
                (self.single if length == 1 else self.double).append(j)

    def first(self, length: int, low: int, high: int) -> int | None:
        """The first closer of `length` asterisks at or after `low` and before `high`."""
        positions = self.single if length == 1 else self.double
        k = bisect_left(positions, low)
        if k < len(positions) and positions[k] < high:
            return positions[k]
        return None


@dataclass
class _Frame:
    """One node being parsed: characters ``i`` to ``high`` of the text, and what it becomes."""

    i: int
    high: int
    links: bool
    make: Callable[[tuple[Inline, ...]], Inline] | None  # None: the top level
    resume: int  # where the enclosing node goes on once this one is complete
    nodes: list[Inline] = field(default_factory=list)
    text: list[str] = field(default_factory=list)

    def add(self, node: Inline) -> None:
        self.flush()
        self.nodes.append(node)

    def flush(self) -> None:
        if self.text:
            self.nodes.append(Text("".join(self.text)))
            self.text = []


def parse_inlines(s: str, *, links: bool) -> tuple[Inline, ...]:
    """Parse one paragraph's (or list item's) text into inline nodes (see the module doc)."""
    closers = _Closers(s)
    stack = [_Frame(0, len(s), links, None, len(s))]
    while True:
        frame = stack[-1]
        child = _advance(s, frame, closers)
        if child is not None:
            stack.append(child)
            continue
        frame.flush()
        stack.pop()
        if not stack:
            return tuple(frame.nodes)
        assert frame.make is not None
        parent = stack[-1]
        parent.add(frame.make(tuple(frame.nodes)))
        parent.i = frame.resume


def _advance(s: str, frame: _Frame, closers: _Closers) -> _Frame | None:
    """Consume `frame` up to its end, or up to a node with children (returned to parse)."""
    pattern = _SPECIAL if frame.links else _STAR
    while frame.i < frame.high:
        found = pattern.search(s, frame.i, frame.high)
        stop = found.start() if found else frame.high
        if stop > frame.i:
            frame.text.append(s[frame.i:stop])
            frame.i = stop
        if found is None:
            break
        ch = s[stop]
        if ch == "*":
            child = _emphasis(s, stop, frame, closers)
        elif ch == "[":
            child = _link(s, stop, frame.high)
        else:
            node = _autolink(s, stop, frame.high)
            if node is not None:
                frame.add(node[0])
                frame.i = node[1]
                continue
            child = None
        if child is not None:
            return child
        frame.text.append(ch)
        frame.i = stop + 1
    return None


def _emphasis(s: str, i: int, frame: _Frame, closers: _Closers) -> _Frame | None:
    if i > 0 and s[i - 1] == "*":
        return None  # pandoc opens no emphasis right after an (escaped) asterisk
    length = 2 if s.startswith("**", i) else 1
    if length == 2 and s.startswith("*", i + 2):
        return None  # three or more asterisks are ambiguous to pandoc: literal
    start = i + length
    if start >= frame.high or s[start].isspace():
        return None
    end = closers.first(length, start + 1, frame.high)
    if end is None:
        return None
    make: Callable[[tuple[Inline, ...]], Inline] = Strong if length == 2 else Emph
    return _Frame(start, end, frame.links, make, end + length)


def _link(s: str, i: int, high: int) -> _Frame | None:
    """``[label](url)``: the label has no brackets or newlines, the URL no spaces, parentheses
    or angle brackets, so ``[a](b) (c)`` cannot swallow more than intended."""
    label_end = _LABEL_END.search(s, i + 1, high)
    if label_end is None or label_end.group() != "]":
        return None
    close = label_end.start()
    label = s[i + 1 : close]
    if not label or label.isspace() or not s.startswith("(", close + 1) or close + 1 >= high:
        return None
    url_end = _URL_END.search(s, close + 2, high)
    if url_end is None or url_end.group() != ")" or url_end.start() == close + 2:
        return None
    url = s[close + 2 : url_end.start()]
    if not is_allowed_url(url):
        return None
    return _Frame(i + 1, close, False, lambda children: Link(children, url), url_end.start() + 1)


def _autolink(s: str, i: int, high: int) -> tuple[Inline, int] | None:
    """``<https://...>``, ``<mailto:...>`` or ``<name@example.org>``: a link showing its target."""
    end = _ANGLE_END.search(s, i + 1, high)
    if end is None or end.group() != ">" or end.start() == i + 1:
        return None
    inside = s[i + 1 : end.start()]
    if _AUTOLINK_SCHEME.match(inside) and is_allowed_url(inside):
        return Link((Text(inside),), inside), end.start() + 1
    if _is_email(inside):
        return Link((Text(inside),), "mailto:" + inside), end.start() + 1
    return None


def _is_email(inside: str) -> bool:
    """``local@domain.tld``: one @, a dot inside the domain, no colon, slash or backslash.
    (String tests rather than a regular expression whose backtracking was quadratic.)"""
    local, at, domain = inside.partition("@")
    if not at or not local or "@" in domain or _NOT_IN_EMAIL.search(inside):
        return False
    return "." in domain[1:-1]
