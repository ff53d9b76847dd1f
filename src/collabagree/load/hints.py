"""Plain-language hints for YAML syntax errors, for people new to YAML.

The parser says what it expected ("mapping values are not allowed in this context", "did not
find expected key"); these hints say what the person most likely did and how to fix it, from
the parser's words and the lines around its mark: a tab used for indentation, a line indented
more or less than the keys it belongs with, a value that holds ": " and needs quotes, a quote
that is never closed. Everything here reads the text; nothing is ever evaluated.
"""

from __future__ import annotations

import re

_KEY_VALUE = re.compile(r"^(\s*)(?:-\s+)?([^\s#'\"{}\[\],:][^#:]*?):\s+(\S.*)$")
_SHOWN = 50


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" "))


def _show(text: str) -> str:
    text = text.strip()
    return text if len(text) <= _SHOWN else text[:_SHOWN - 3] + "..."


def _content_lines(lines: list[str], before: int) -> list[tuple[int, str]]:
    """The non-blank, non-comment lines before line number `before` (1-based), nearest first."""
    found = []
    for number in range(min(before, len(lines) + 1) - 1, 0, -1):
        line = lines[number - 1]
        if line.strip() and not line.lstrip().startswith("#"):
            found.append((number, line))
    return found


def _tab_hint(lines: list[str], line: int) -> str | None:
    for number in range(1, min(line, len(lines)) + 1):
        text = lines[number - 1]
        if "\t" in text[:len(text) - len(text.lstrip(" \t"))]:
            return (f"line {number} is indented with a tab; YAML allows only spaces for "
                    "indentation: replace the tab with spaces (2 for each level)")
    return None


def _colon_hint(source: str) -> str | None:
    """A value that holds ": " (`title: Food: a plan`) must be quoted."""
    match = _KEY_VALUE.match(source)
    if match is None or ": " not in match.group(3):
        return None
    key, value = match.group(2).strip(), match.group(3).strip()
    quoted = value.replace('"', '\\"')
    return (f"the value of '{_show(key)}' contains ': ', which YAML reads as the start of another "
            f"key; put the whole value in quotes: {_show(key)}: \"{_show(quoted)}\"")


def _indent_hint(lines: list[str], line: int) -> str | None:
    """A line indented to a column no line above it uses, or deeper than a key that already
    has its value on the same line."""
    if not 0 < line <= len(lines):
        return None
    source = lines[line - 1]
    if not source.strip():
        return None
    column = _indent(source)
    above = _content_lines(lines, line)
    if not above:
        return None
    number, previous = above[0]
    previous_match = _KEY_VALUE.match(previous)
    if column > _indent(previous) and previous_match is not None and not previous.rstrip().endswith(":"):
        key = previous_match.group(2).strip()
        return (f"line {line} is indented more than line {number} ('{_show(key)}: ...' already has "
                f"its value), so YAML reads it as part of that value; line it up with "
                f"'{_show(key)}' ({_indent(previous)} spaces)")
    if previous.rstrip().endswith(":") and column > _indent(previous):
        return None  # the first line of a new section: any deeper indentation starts it
    levels = sorted({level for _, text in above for level in _levels(text)})
    if column not in levels:
        shown = _join([str(level) for level in levels[-3:]])
        return (f"line {line} is indented {column} space{'s' if column != 1 else ''}, which lines up "
                f"with no key above it (they start at {shown} spaces); indent it exactly like the "
                "other keys of the same section")
    return None


def _levels(line: str) -> tuple[int, ...]:
    """The columns keys start at on a line: its indentation, and after "- " its first key's."""
    column = _indent(line)
    return (column, column + 2) if line.lstrip().startswith("- ") else (column,)


def _join(items: list[str]) -> str:
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " or " + items[-1]


def syntax_hint(text: str, problem: str, context: str, line: int, column: int = 1,
                start_line: int | None = None) -> str | None:
    """A hint for the syntax error the parser reports as `problem` (while `context`) at `line`
    and `column` (1-based), or None when no likely cause is recognised. `start_line` is where the parser's
    context began (the opening quote of an unclosed string, the `{` of a flow mapping)."""
    lines = text.splitlines()
    source = lines[line - 1] if 0 < line <= len(lines) else ""
    if "cannot start any token" in problem:
        tab = _tab_hint(lines, line)
        if tab is not None:
            return tab
        first = source[column - 1:column]
        if first and first in "@`%":
            return f"a value cannot start with '{first}' in YAML; put the value in quotes"
    opened = start_line if start_line is not None else line
    if "quoted scalar" in context:
        return (f"the quoted value that starts on line {opened} is never closed; add the closing "
                "quote, or remove the opening one")
    if "flow" in context and ("end of stream" in problem or "expected ','" in problem):
        return (f"the '{{' or '[' on line {opened} is not closed where YAML expects it; close it "
                "with '}' or ']', and put any value that contains a comma in quotes")
    if "mapping values are not allowed" in problem:
        return _colon_hint(source) or _indent_hint(lines, line) or (
            f"line {line} holds a second ': '; if it is part of a value, put the value in quotes")
    if "expected key" in problem or "expected '-' indicator" in problem or "expected <block end>" in problem:
        return _indent_hint(lines, line) or (
            f"check the indentation of line {line} and the line above it: every key of one "
            "section starts in the same column, and a list item's keys line up under its first key")
    return _tab_hint(lines, line)
