"""Findings as LSP diagnostics: the same code, severity, message and place as `check`."""

from __future__ import annotations

from lsprotocol import types

from collabagree.core.findings import Finding, Severity
from collabagree.lsp.positions import span_range

SOURCE = "collabagree"

_SEVERITIES: dict[Severity, types.DiagnosticSeverity] = {
    Severity.ERROR: types.DiagnosticSeverity.Error,
    Severity.WARNING: types.DiagnosticSeverity.Warning,
    Severity.INFO: types.DiagnosticSeverity.Information,
}


def to_diagnostic(finding: Finding, lines: list[str]) -> types.Diagnostic:
    """One finding as a diagnostic; `data` keeps the rule name and YAML path."""
    return types.Diagnostic(
        range=span_range(lines, finding.span),
        message=finding.message,
        severity=_SEVERITIES[finding.severity],
        code=finding.code,
        source=SOURCE,
        data={"name": finding.name, "yaml_path": finding.yaml_path},
    )
