"""The plain result of a `check` run and the one function that turns it into an exit code."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from collabagree.core.findings import FileResult, Finding, Severity


@dataclass
class Report:
    """All files of one run, in stable order."""

    files: list[FileResult] = field(default_factory=list)

    @property
    def agreements(self) -> list[FileResult]:
        """Files that were checked as agreements (skipped non-agreements left out)."""
        return [result for result in self.files if result.is_agreement]

    @property
    def findings(self) -> list[Finding]:
        """Every finding, sorted by path, line, column and code."""
        return sorted((finding for result in self.files for finding in result.findings),
                      key=Finding.sort_key)

    def counts(self) -> dict[str, int]:
        """Number of findings per severity name (error, warning, info)."""
        counter = Counter(finding.severity.value for finding in self.findings)
        return {level.value: counter.get(level.value, 0) for level in reversed(Severity)}

    def summary(self) -> dict[str, int]:
        """Counts for the JSON summary: files checked and findings by severity."""
        return {"files": len(self.agreements), **self.counts()}


def exit_code(report: Report, fail_on: Severity, exit_zero: bool = False) -> int:
    """0 when nothing reaches `fail_on` (or --exit-zero), else 1. Errors in use are 2, elsewhere."""
    if exit_zero:
        return 0
    failing = any(finding.severity.rank >= fail_on.rank for finding in report.findings)
    return 1 if failing else 0
