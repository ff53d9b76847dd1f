"""`--output-format concise`: one `path:line:col: CODE [severity] message` line per finding."""

from __future__ import annotations

from typing import TextIO

from collabagree.core.findings import Finding
from collabagree.core.visible import visible
from collabagree.report.base import Reporter
from collabagree.report.model import Report


def concise_line(finding: Finding) -> str:
    """One finding as `path:line:col: CODE [severity] message`, always one line: a newline in
    the file name or a value is shown as `\x0a` (`collabagree.core.visible`)."""
    span = finding.span
    where = f"{visible(finding.path)}:{span.line}:{span.column}"
    return f"{where}: {finding.code} [{finding.severity.value}] {visible(finding.message)}"


class ConciseReporter(Reporter):
    """For editors and grep: one line per finding, nothing else."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write one line per finding, in report order."""
        for finding in report.findings:
            stream.write(concise_line(finding) + "\n")
