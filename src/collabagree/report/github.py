"""`--output-format github`: workflow commands that GitHub Actions shows as annotations.

GitHub reads `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`. A
property value must not contain a raw `,` or `:` (they end the value) and neither part may
hold a raw newline, so both are escaped the way the Actions toolkit does it.
"""

from __future__ import annotations

from typing import TextIO

from collabagree.findings import Finding, Severity
from collabagree.report.base import Reporter
from collabagree.report.model import Report

COMMAND_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message: `%`, carriage return and newline."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def workflow_command(finding: Finding) -> str:
    """One finding as a GitHub workflow command."""
    span = finding.span
    properties = {
        "file": finding.path.replace("\\", "/"),
        "line": str(span.line),
        "col": str(span.column),
        "endLine": str(span.end_line),
        "endColumn": str(span.end_column),
        "title": f"collabagree {finding.code}",
    }
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in properties.items())
    return f"::{COMMAND_BY_SEVERITY[finding.severity]} {joined}::{escape_data(finding.message)}"


class GithubReporter(Reporter):
    """For GitHub Actions: one workflow command per finding."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write one workflow command per finding, in report order."""
        for finding in report.findings:
            stream.write(workflow_command(finding) + "\n")
