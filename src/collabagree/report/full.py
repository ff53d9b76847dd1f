"""`--output-format full`: findings grouped by file, each with a source excerpt, then a summary.

A person reads this format: a file shows at most `MAX_PER_RULE` findings of one rule and counts
the rest, so a fresh skeleton with a hundred placeholders fits on a screen. The other formats
(concise, json, github, sarif) always list every finding.
"""

from __future__ import annotations

import re
from itertools import groupby
from typing import TYPE_CHECKING, TextIO

from collabagree.core.findings import Finding, Severity
from collabagree.core.visible import blanked, visible
from collabagree.load.reader import MAX_BYTES, read_limited
from collabagree.report.base import Reporter
from collabagree.report.model import Report

STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "cyan"}
CONTEXT_LINES = 1
MAX_EXCERPT = 300
MAX_PER_RULE = 5
"""Findings of one rule shown per file; the rest are counted ("... and 97 more TXT001")."""

if TYPE_CHECKING:
    from rich.console import Console


def make_console(stream: TextIO, color: bool | None) -> Console:
    """A Rich console on `stream`; plain text unless colour is wanted and allowed."""
    from rich.console import Console

    if color is None:
        return Console(file=stream, highlight=False, soft_wrap=True)
    return Console(file=stream, highlight=False, soft_wrap=True, no_color=not color,
                   force_terminal=color, color_system="auto" if color else None)


class FullReporter(Reporter):
    """For people: a source excerpt with the line marked, grouped by file."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write findings by file, then one summary line."""
        if not report.findings:
            # The all-clear is one plain line; not importing Rich for it saves a twentieth
            # of `check`'s start-up on a clean file, the common case in CI (bench/README.md).
            stream.write(summary_line(report) + "\n")
            return
        from rich.text import Text

        console = make_console(stream, color)
        for path, group in groupby(report.findings, key=lambda finding: finding.path):
            lines = _read_lines(path)
            console.print(Text(visible(path), style="bold underline"))
            shown, hidden = cap_per_rule(list(group))
            for finding in shown:
                _print_finding(console, finding, lines)
            for code, (name, count) in hidden.items():
                console.print(Text(f"  ... and {count} more {code} ({name}) in this file; "
                                   "`--output-format concise` lists them all, `--todo` sums up "
                                   "what is left", style="dim"))
            console.print()
        console.print(summary_line(report))


def cap_per_rule(findings: list[Finding],
                 limit: int = MAX_PER_RULE) -> tuple[list[Finding], dict[str, tuple[str, int]]]:
    """The findings of one file to show, at most `limit` per rule (the first ones), and for each
    rule with more, its name and how many are not shown (in order of first appearance)."""
    seen: dict[str, int] = {}
    shown: list[Finding] = []
    hidden: dict[str, tuple[str, int]] = {}
    for finding in findings:
        seen[finding.code] = seen.get(finding.code, 0) + 1
        if seen[finding.code] <= limit:
            shown.append(finding)
        else:
            hidden[finding.code] = (finding.name, seen[finding.code] - limit)
    return shown, hidden


def summary_line(report: Report) -> str:
    """`Found 2 errors, 1 warning and 0 info in 1 of 5 agreements.` or an all-clear."""
    checked = len(report.agreements)
    counts = report.counts()
    noun = "agreement" if checked == 1 else "agreements"
    if not any(counts.values()):
        return f"All checks passed: {checked} {noun}, no findings."
    with_findings = len({finding.path for finding in report.findings})
    parts = [_plural(counts["error"], "error"), _plural(counts["warning"], "warning"),
             f"{counts['info']} info"]
    return f"Found {', '.join(parts[:2])} and {parts[2]} in {with_findings} of {checked} {noun}."


def _plural(count: int, word: str) -> str:
    return f"{count} {word}" + ("" if count == 1 else "s")


# The line breaks of the YAML reader, which numbers the lines of findings (not all those of
# `str.splitlines`, which also breaks at form feeds and other separators).
_LINE_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def _read_lines(path: str) -> list[str]:
    """The lines of the file for excerpts: no more of it than `check` reads (a file larger
    than the limit has one finding, at its start), and nothing from a FIFO or device."""
    try:
        raw = read_limited(path)
    except OSError:
        return []
    text = raw[:MAX_BYTES].decode("utf-8", errors="replace").removeprefix("\ufeff")
    lines = _LINE_BREAK.split(text)
    if lines[-1] == "":
        lines.pop()
    return lines


def _print_finding(console: Console, finding: Finding, lines: list[str]) -> None:
    from rich.markup import escape
    from rich.text import Text

    span = finding.span
    style = STYLE[finding.severity]
    # One line, whatever the path, message or keys hold (visible() leaves no line break).
    console.print(
        f"  {escape(visible(finding.path))}:{span.line}:{span.column}: [{style}]{finding.code}[/] "
        f"[{style}]\\[{finding.severity.value}][/] {escape(visible(finding.message))} "
        f"[dim]({finding.name}, {escape(visible(finding.yaml_path))})[/]"
    )
    if not lines or span.line > len(lines):
        return
    width = len(str(min(span.line + CONTEXT_LINES, len(lines))))
    source = lines[span.line - 1]
    start = _window_start(source, span.column)
    for number in range(max(1, span.line - CONTEXT_LINES), min(len(lines), span.line) + 1):
        # Cut first: blanking is one character for one, and a line may be 2 MiB long.
        shown = blanked(_windowed(lines[number - 1], start))
        console.print(Text(f"  {number:>{width}} | ", style="dim") + Text(shown))
    end = span.end_column if span.end_line == span.line and span.end_column > span.column else len(source) + 1
    end = min(end, len(source) + 1, start + MAX_EXCERPT + 1)
    carets = "^" * max(1, end - span.column)
    indent = span.column - 1 - start + (1 if start else 0)
    console.print(Text(f"  {'':>{width}} | " + " " * indent, style="dim") + Text(carets, style=style))


def _window_start(source: str, column: int) -> int:
    """Where the excerpt of a very long line starts (0: the whole line fits). A 2 MiB
    single-line file with 1,000 findings would otherwise print gigabytes."""
    if len(source) <= MAX_EXCERPT:
        return 0
    return max(0, min(column - 1 - MAX_EXCERPT // 2, len(source) - MAX_EXCERPT))


def _windowed(line: str, start: int) -> str:
    """`MAX_EXCERPT` characters of `line` from `start`, with an ellipsis where cut."""
    if len(line) <= MAX_EXCERPT:
        return line
    cut = line[start:start + MAX_EXCERPT]
    return ("\u2026" if start else "") + cut + ("\u2026" if start + MAX_EXCERPT < len(line) else "")
