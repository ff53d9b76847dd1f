"""The edit that adds a suppression comment for one finding (lint/suppress.py's syntax).

For a finding on a line: `# collabagree: ignore[CODE]` at the end of that line, or the code
added to a suppression comment already there; failing that, the same comment alone on a
new line above it. For the whole file: the code added to an existing `file-ignore`
comment, or a new `# collabagree: file-ignore[CODE]` line at the end of the file.

A `#` inside a block scalar or a quoted string is text, not a comment, so every candidate
edit is tried on a copy first: it is offered only if the file then holds the same data as
before and the new comment really covers the finding.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from collabagree.core.findings import Finding, Span
from collabagree.lint.suppress import parse_suppressions
from collabagree.load.reader import LoadedFile, load_bytes

_DIRECTIVE = re.compile(r"collabagree\s*:\s*(ignore|file-ignore)\s*\[([^\]]*)\]")


@dataclass(frozen=True)
class TextInsert:
    """Insert `text` before 1-based `line`, code-point `column`."""

    line: int
    column: int
    text: str


def apply(text: str, insert: TextInsert) -> str:
    """`text` with the insertion made."""
    lines = text.split("\n")
    if insert.line > len(lines):
        return text + insert.text
    current = lines[insert.line - 1]
    lines[insert.line - 1] = current[: insert.column - 1] + insert.text + current[insert.column - 1:]
    return "\n".join(lines)


def _loaded(text: str) -> LoadedFile | None:
    loaded = load_bytes("<suppression>", text.encode("utf-8"))
    return None if loaded.findings else loaded


def _works(original: LoadedFile, insert: TextInsert, finding: Finding) -> bool:
    """The edited text parses to the same data, and a suppression comment covers `finding`
    (moved down by the lines inserted above it)."""
    edited = _loaded(apply(original.text, insert))
    if edited is None or edited.data != original.data:
        return False
    line = finding.span.line
    if insert.line < line or (insert.line == line and insert.column == 1):
        shift = insert.text.count("\n")
        span = finding.span
        finding = replace(finding, span=Span(span.line + shift, span.column, span.end_line + shift,
                                             span.end_column))
    return any(suppression.covers(finding) is not None for suppression in parse_suppressions(edited))


def _existing(loaded: LoadedFile, line: int | None, kind: str) -> TextInsert | None:
    """An insertion adding a code to a `kind` directive (on `line`, or anywhere if None)."""
    lines = loaded.text.split("\n")
    for comment in loaded.comments:
        if line is not None and comment.line != line:
            continue
        for match in _DIRECTIVE.finditer(comment.text):
            if match.group(1) != kind:
                continue
            where = lines[comment.line - 1].find(comment.text, comment.column - 1)
            if where < 0:
                continue
            closing = where + match.end(0) - 1  # index of `]` in the line
            separator = ", " if match.group(2).strip() else ""
            return TextInsert(comment.line, closing + 1, separator)
    return None


def _with_code(insert: TextInsert, code: str) -> TextInsert:
    return TextInsert(insert.line, insert.column, insert.text + code)


def line_suppression(text: str, finding: Finding) -> TextInsert | None:
    """The edit that silences `finding` on its line, or None when no safe one exists."""
    original = _loaded(text)
    if original is None or finding.code.startswith("SCH"):
        return None
    line = finding.span.line
    lines = original.text.split("\n")
    if not 0 < line <= len(lines):
        return None
    content = lines[line - 1].rstrip("\r")
    candidates = []
    existing = _existing(original, line, "ignore")
    if existing is not None:
        candidates.append(_with_code(existing, finding.code))
    gap = "" if content.endswith((" ", "\t")) or not content else "  "
    candidates.append(TextInsert(line, len(content) + 1, f"{gap}# collabagree: ignore[{finding.code}]"))
    indent = content[: len(content) - len(content.lstrip())]
    candidates.append(TextInsert(line, 1, f"{indent}# collabagree: ignore[{finding.code}]\n"))
    for candidate in candidates:
        if _works(original, candidate, finding):
            return candidate
    return None


def file_suppression(text: str, finding: Finding) -> TextInsert | None:
    """The edit that silences `finding`'s code in the whole file, or None."""
    original = _loaded(text)
    if original is None or finding.code.startswith("SCH"):
        return None
    candidates = []
    existing = _existing(original, None, "file-ignore")
    if existing is not None:
        candidates.append(_with_code(existing, finding.code))
    lines = original.text.split("\n")
    ending = "" if original.text.endswith("\n") or not original.text else "\n"
    last = len(lines) if original.text.endswith("\n") else len(lines) + 1
    candidates.append(TextInsert(last, 1, f"{ending}# collabagree: file-ignore[{finding.code}]\n"))
    for candidate in candidates:
        if _works(original, candidate, finding):
            return candidate
    return None
