"""The SCH codes: problems with the file itself or its shape (always errors)."""

from __future__ import annotations

from collabagree.core.findings import Finding, Severity, Span

SCHEMA_CODES: dict[str, str] = {
    "SCH001": "yaml-syntax",
    "SCH002": "duplicate-key",
    "SCH003": "unknown-key",
    "SCH004": "missing-field",
    "SCH005": "invalid-value",
    "SCH006": "not-an-agreement",
    "SCH007": "unsafe-input",
}


def schema_finding(code: str, path: str, span: Span, message: str, yaml_path: str = "$") -> Finding:
    """A finding for one of the SCH codes; these are errors and cannot be suppressed."""
    return Finding(code, SCHEMA_CODES[code], Severity.ERROR, message, path, span, yaml_path)
