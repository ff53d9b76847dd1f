"""Positions in LSP terms: 0-based lines, columns counted in UTF-16 code units.

collabagree's spans are 1-based and count code points (as the YAML parser does); editors
count UTF-16 units by default, so a character outside the Basic Multilingual Plane (an
emoji) is one column to us and two to the editor.
"""

from __future__ import annotations

from lsprotocol import types

from collabagree.core.findings import Span


def document_lines(text: str) -> list[str]:
    """The document's lines, without their line breaks (\\n, \\r\\n or \\r)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def utf16_column(line: str, column: int) -> int:
    """The UTF-16 offset of 1-based code-point `column` in `line` (past the end: counted on)."""
    before = line[: column - 1]
    beyond = max(0, column - 1 - len(line))
    return len(before.encode("utf-16-le")) // 2 + beyond


def code_point_column(line: str, offset: int) -> int:
    """The 1-based code-point column of UTF-16 `offset` in `line` (the inverse of `utf16_column`)."""
    units = 0
    for index, character in enumerate(line):
        if units >= offset:
            return index + 1
        units += 2 if ord(character) > 0xFFFF else 1
    return len(line) + 1 + max(0, offset - units)


def position(lines: list[str], line: int, column: int) -> types.Position:
    """The LSP position of a 1-based line and code-point column."""
    text = lines[line - 1] if 0 < line <= len(lines) else ""
    return types.Position(line=max(0, line - 1), character=utf16_column(text, column))


def span_range(lines: list[str], span: Span) -> types.Range:
    """The LSP range of a span."""
    return types.Range(start=position(lines, span.line, span.column),
                       end=position(lines, span.end_line, span.end_column))


def contains(area: types.Range, point: types.Position) -> bool:
    """True when `point` lies in `area`, both ends included (a zero-width range holds its point)."""
    start = (area.start.line, area.start.character)
    end = (area.end.line, area.end.character)
    return start <= (point.line, point.character) <= end


def overlaps(first: types.Range, second: types.Range) -> bool:
    """True when the two ranges share at least one position."""
    return contains(first, second.start) or contains(second, first.start)
