"""`--output-format sarif`: SARIF 2.1.0 for code-scanning dashboards (GitHub, GitLab, Azure).

One `reportingDescriptor` per code that has results, carrying the rule's own documentation
(the same text as `collabagree rule CODE`), and one result per finding with a physical
location relative to the folder `check` ran in.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from collabagree import __version__
from collabagree.core.findings import Finding, Severity
from collabagree.report.base import Reporter
from collabagree.report.model import Report

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
INFORMATION_URI = "https://pypi.org/project/collabagree/"
LEVEL_BY_SEVERITY = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def rule_descriptor(code: str) -> dict[str, Any]:
    """The SARIF `reportingDescriptor` of one code, from the rule documentation."""
    from collabagree.lint.docs import FIXED_DOCS, rule_markdown
    from collabagree.lint.registry import ALL_CODES, SUPPRESSION_CODE, find_rule

    if code in FIXED_DOCS:
        summary, doc = FIXED_DOCS[code]
        name = ALL_CODES[code]
        level = Severity.WARNING if code == SUPPRESSION_CODE else Severity.ERROR
    else:
        rule = find_rule(code)
        if rule is None:  # cannot happen for findings the checker made; stay valid anyway
            return {"id": code}
        summary, doc, name, level = rule.summary, rule.doc, rule.name, rule.severity.highest
    text = f"{doc.what}\n\nWhy: {doc.why}\n\nSource: {doc.source}\n\nFix: {doc.fix}"
    return {
        "id": code,
        "name": name,
        "shortDescription": {"text": summary},
        "fullDescription": {"text": doc.what},
        "help": {"text": text, "markdown": rule_markdown(code)},
        "defaultConfiguration": {"level": LEVEL_BY_SEVERITY[level]},
    }


def artifact_uri(path: str) -> str:
    """A relative URI with forward slashes for a finding's path (absolute only if outside)."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute, os.getcwd())
    except ValueError:  # another drive on Windows
        relative = ""
    if not relative or relative.startswith(".."):
        return Path(absolute).as_uri()
    return quote(relative.replace(os.sep, "/"))


def _result(finding: Finding, rule_index: int) -> dict[str, Any]:
    span = finding.span
    return {
        "ruleId": finding.code,
        "ruleIndex": rule_index,
        "level": LEVEL_BY_SEVERITY[finding.severity],
        "message": {"text": finding.message},
        "locations": [{
            "physicalLocation": {
                "artifactLocation": {"uri": artifact_uri(finding.path)},
                "region": {"startLine": span.line, "startColumn": span.column,
                           "endLine": span.end_line, "endColumn": span.end_column},
            },
            "logicalLocations": [{"fullyQualifiedName": finding.yaml_path, "kind": "member"}],
        }],
    }


def report_to_sarif(report: Report) -> dict[str, Any]:
    """The SARIF log for a report: one run, rules for the codes found, one result each."""
    findings = report.findings
    codes = sorted({finding.code for finding in findings})
    index = {code: position for position, code in enumerate(codes)}
    return {
        "$schema": SARIF_SCHEMA_URI,
        "version": SARIF_VERSION,
        "runs": [{
            "tool": {"driver": {
                "name": "collabagree",
                "version": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(code) for code in codes],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(finding, index[finding.code]) for finding in findings],
        }],
    }


class SarifReporter(Reporter):
    """Writes one SARIF 2.1.0 log."""

    def write(self, report: Report, stream: TextIO, *, color: bool | None = None) -> None:
        """Write the report as indented SARIF JSON."""
        json.dump(report_to_sarif(report), stream, indent=2, ensure_ascii=False)
        stream.write("\n")
