"""`--output-format github`: workflow commands that GitHub Actions shows as annotations.

GitHub reads `::error file=F,line=L,col=C,endLine=L2,endColumn=C2,title=T::message`. A
property value must not contain a raw `,` or `:` (they end the value) and neither part may
hold a raw newline, so both are escaped the way the Actions toolkit does it; before that,
controls in the message and the file name are made visible (`collabagree.core.visible`).
"""

from __future__ import annotations

from typing import TextIO

from collabagree.core.findings import Finding, Severity
from collabagree.core.visible import visible
from collabagree.report.base import Reporter
from collabagree.report.model import Report

COMMAND_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a message: `%`, carriage return and newline (as the Actions toolkit does; the
    runner turns them back into those characters)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value: as a message, plus `:` and `,`."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def _file_property(path: str) -> str:
    # The runner decodes %0A and %0D, so a file name with a line break still names its file;
    # every other control is shown as an escape (the log viewer would act on it).
    return escape_property(visible(path.replace("\\", "/"), keep="\r\n"))


def workflow_command(finding: Finding) -> str:
    """One finding as a GitHub workflow command."""
    span = finding.span
    properties = {
        "line": str(span.line),
        "col": str(span.column),
        "endLine": str(span.end_line),
        "endColumn": str(span.end_column),
        "title": f"collabagree {finding.code}",
    }
    joined = ",".join([f"file={_file_property(finding.path)}",
                       *(f"{key}={escape_property(value)}" for key, value in properties.items())])
    # One line in the log: line breaks as %0A (the annotation shows them), other controls
    # as escapes.
    message = escape_data(visible(finding.message, keep="\r\n"))
    return f"::{COMMAND_BY_SEVERITY[finding.severity]} {joined}::{message}"


class GithubReporter(Reporter):
    """For GitHub Actions: one workflow command per finding."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write one workflow command per finding, in report order."""
        for finding in report.findings:
            stream.write(workflow_command(finding) + "\n")
