"""User text to pandoc Markdown that pandoc reads back exactly as typed.

FORMAT.md lets *text* fields use a small Markdown whitelist: paragraphs (blank lines), bullet
lists (``- ``), ``*emphasis*``, ``**strong**`` and links whose scheme is http, https or mailto.
Everything else must show literally. Rather than asking pandoc what it would make of the text
(and then trying to undo it), this module parses the whitelist itself into a tiny tree and
writes that tree back out as Markdown in which every other character that could form markup is
backslash-escaped (pandoc's ``all_symbols_escapable`` makes escaped punctuation literal), so
no heading, raw block, citation, image, math or attribute syntax can survive.
"""

from __future__ import annotations

import re
import string

from collabagree.render.inline_parser import (
    ALLOWED_LINK_SCHEMES,
    is_allowed_url,
    parse_inlines,
)
from collabagree.render.text_tree import (
    Block,
    BulletList,
    Emph,
    Inline,
    Link,
    Paragraph,
    Strong,
    Text,
)

__all__ = [
    "ALLOWED_LINK_SCHEMES", "Block", "BulletList", "Emph", "Inline", "Link", "Paragraph", "Strong",
    "Text", "blocks_to_markdown", "clean_text", "escape_markdown", "is_allowed_url",
    "literal_to_markdown", "metadata_to_markdown", "parse_text", "text_to_markdown",
]

_ASCII_PUNCTUATION = frozenset(string.punctuation)
# Characters that open or close markup wherever they stand (emphasis, code, links, spans,
# math, citations, raw HTML, sub/superscript, smart quotes, ATX closing hashes, and the
# "!" that would turn a following link into an image).
_ALWAYS_ESCAPE = frozenset("\\`*_{}[]<>$@|~^\"'#!")
# Characters that are markup only in runs: smart dashes and ellipses, setext rules.
_RUN_ESCAPE = frozenset("-.=")
# In a link destination pandoc honours a backslash before any ASCII punctuation and reads
# the character literally. Every punctuation character is escaped there except these,
# which cannot end the destination or start anything inside it (and keep URLs readable):
# a parenthesis would (`<https://a.example/x(>` once hid the text after it), so would a
# bracket, brace, quote, backslash, angle bracket, backtick or entity.
_URL_PLAIN_PUNCTUATION = frozenset("/:.-?=#%+,;@")
_ENTITY_RE = re.compile(r"&#?[A-Za-z0-9]+;")
_LIST_MARKER_RE = re.compile(r"(?:[0-9]{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,9})[.)]")
_CAPTION_RE = re.compile(r"(?i:table)?:")
_NEEDLESS_MARKER_ESCAPE = re.compile(r"\A((?:[0-9]{1,9}|[A-Za-z]|[ivxlcdmIVXLCDM]{1,9}))\\([.)])(?=[0-9A-Za-z])")
_BULLET_RE = re.compile(r"^- +(?P<body>\S.*)$")


def clean_text(text: str) -> str:
    """Normalise line ends and drop characters that are invalid in XML or PDF text.

    Control characters (other than newline and tab), lone surrogates and the non-characters
    U+FFFE/U+FFFF would make DOCX XML invalid; tabs become spaces.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\t", " ")
    kept: list[str] = []
    for ch in text:
        code = ord(ch)
        if ch == "\n":
            kept.append(ch)
        elif code < 0x20 or 0x7F <= code <= 0x9F or code in (0xFFFE, 0xFFFF):
            continue
        elif 0xD800 <= code <= 0xDFFF:
            kept.append("\ufffd")
        else:
            kept.append(ch)
    return "".join(kept)


def escape_markdown(text: str, *, line_start: bool = True) -> str:
    """Backslash-escape ``text`` so that pandoc Markdown shows it literally.

    Only characters that could take part in markup where they stand are escaped, so the
    Markdown stays readable. ``line_start`` says whether ``text`` begins a line (where list
    markers, headings, block quotes, definitions and table captions can start); every line
    after a newline is treated as a line start.
    """
    lines = text.split("\n")
    return "\n".join(_escape_line(line, line_start or n > 0) for n, line in enumerate(lines))


def _escape_line(line: str, at_start: bool) -> str:
    marks = [False] * len(line)
    for i, ch in enumerate(line):
        if ch in _ALWAYS_ESCAPE:
            marks[i] = True
        elif ch == "&":
            marks[i] = bool(_ENTITY_RE.match(line, i))  # "&amp;" would become "&"
        elif ch in _RUN_ESCAPE:
            marks[i] = _in_run(line, i)
    if at_start and line:
        if not any(ch.isalnum() for ch in line):
            # Rules, setext underlines, table borders, bare list markers: escape them all.
            marks = [ch in _ASCII_PUNCTUATION for ch in line]
        marks[0] = marks[0] or line[0] in _ASCII_PUNCTUATION
        for pattern in (_LIST_MARKER_RE, _CAPTION_RE):
            match = pattern.match(line)
            if match:
                marks[match.end() - 1] = True
    return "".join("\\" + ch if mark else ch for ch, mark in zip(line, marks))


def _in_run(line: str, i: int) -> bool:
    ch = line[i]
    if line[i - 1 : i] == ch or line[i + 1 : i + 2] == ch:
        return True
    # pandoc's smart extension also reads ". . ." as an ellipsis.
    return ch == "." and (line[i - 2 : i] == ". " or line[i + 1 : i + 3] == " .")


def escape_url(url: str) -> str:
    """A link destination pandoc reads back as exactly ``url``, ending where we end it."""
    return "".join("\\" + ch if ch in _ASCII_PUNCTUATION and ch not in _URL_PLAIN_PUNCTUATION
                   else ch for ch in url)


def literal_to_markdown(text: str) -> str:
    """Return single-line Markdown that displays ``text`` literally (names, titles, roles).

    Runs of whitespace, newlines included, become one space, as they would on the page anyway.
    """
    return escape_markdown(" ".join(clean_text(text).split()))


def metadata_to_markdown(text: str) -> str:
    """`literal_to_markdown` for a value of a YAML metadata block (pandoc reads those
    strings as Markdown too), where a version such as ``1.0`` stays readable.

    The value is one line, so the only list marker that matters is the one it starts with,
    and that is a marker only before a space: ``1. Purpose`` keeps its escape, ``1.0`` and
    ``a.b`` need none.
    """
    return _NEEDLESS_MARKER_ESCAPE.sub(r"\1\2", literal_to_markdown(text))


def parse_text(text: str) -> tuple[Block, ...]:
    """Parse a text field into whitelisted blocks (see the module docstring)."""
    # Blocks as lists until the end: a list item appended to a tuple each time made
    # thousands of blank-line-separated items quadratic.
    blocks: list[list[tuple[Inline, ...]] | Paragraph] = []
    for group in _blank_line_groups(clean_text(text)):
        para_lines: list[str] = []
        items: list[list[str]] = []
        for line in group:
            bullet = _BULLET_RE.match(line)
            if bullet:
                items.append([bullet.group("body")])
            elif items:
                items[-1].append(line)  # lazy continuation of the current item
            else:
                para_lines.append(line)
        if para_lines:
            blocks.append(Paragraph(parse_inlines("\n".join(para_lines), links=True)))
        if items:
            parsed = [parse_inlines("\n".join(item), links=True) for item in items]
            # pandoc joins lists separated only by blank lines into one list; so do we.
            last = blocks[-1] if blocks else None
            if isinstance(last, list) and not para_lines:
                last.extend(parsed)
            else:
                blocks.append(parsed)
    return tuple(BulletList(tuple(block)) if isinstance(block, list) else block for block in blocks)


def text_to_markdown(text: str) -> str:
    """Return pandoc Markdown for a *text* field: whitelisted constructs kept, all else literal."""
    return blocks_to_markdown(parse_text(text))


def blocks_to_markdown(blocks: tuple[Block, ...]) -> str:
    """Write parsed blocks as pandoc Markdown, blocks separated by blank lines."""
    out: list[str] = []
    for block in blocks:
        if isinstance(block, Paragraph):
            out.append(_inlines_to_markdown(block.inlines))
        else:
            lines = []
            for item in block.items:
                body = _inlines_to_markdown(item).replace("\n", "\n  ")
                lines.append("- " + body)
            out.append("\n".join(lines))
    return "\n\n".join(out)


def _blank_line_groups(text: str) -> list[list[str]]:
    # split("\n") rather than splitlines(): U+2028 and friends are text, not line ends.
    groups: list[list[str]] = [[]]
    for raw in text.split("\n"):
        # Leading spaces could start an indented code block; trailing ones a hard break.
        line = raw.strip(" ")
        if line:
            groups[-1].append(line)
        elif groups[-1]:
            groups.append([])
    return [g for g in groups if g]


def _inlines_to_markdown(nodes: tuple[Inline, ...]) -> str:
    """Write inline nodes as Markdown (with a stack of open nodes, like the parser)."""
    parts: list[str] = []
    # (nodes, next index, whether the first node starts a line, what closes the level)
    stack: list[tuple[tuple[Inline, ...], int, bool, str]] = [(nodes, 0, True, "")]
    while stack:
        level, index, line_start, closing = stack.pop()
        if index == len(level):
            parts.append(closing)
            continue
        stack.append((level, index + 1, line_start, closing))
        node = level[index]
        if isinstance(node, Text):
            parts.append(escape_markdown(node.value, line_start=line_start and index == 0))
        elif isinstance(node, Strong):
            parts.append("**")
            stack.append((node.children, 0, False, "**"))
        elif isinstance(node, Emph):
            parts.append("*")
            stack.append((node.children, 0, False, "*"))
        else:
            parts.append("[")
            stack.append((node.children, 0, False, "](" + escape_url(node.url) + ")"))
    return "".join(parts)
