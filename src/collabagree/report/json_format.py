"""`--output-format json`: the machine-readable shape given in the CLI documentation."""

from __future__ import annotations

import json
from typing import Any, TextIO

from collabagree.report.base import Reporter
from collabagree.report.model import Report

JSON_VERSION = 1


def report_to_dict(report: Report) -> dict[str, Any]:
    """The JSON document for a report."""
    return {
        "version": JSON_VERSION,
        "files": len(report.agreements),
        "findings": [finding.to_dict() for finding in report.findings],
        "summary": report.summary(),
    }


class JsonReporter(Reporter):
    """Writes one JSON document."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write the report as indented JSON."""
        json.dump(report_to_dict(report), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
