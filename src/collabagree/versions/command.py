"""`collabagree diff OLD NEW`: load both versions, compare, place, report, exit like diff(1)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from collabagree.core.errors import UsageError
from collabagree.core.visible import visible
from collabagree.model import Agreement
from collabagree.versions.places import ClauseMap
from collabagree.versions.report import DIFF_FORMATS, DiffSummary, PlacedChange, write_diff
from collabagree.versions.revision import Version, read_version
from collabagree.versions.semantic import REMOVED, Change, diff_agreements

EXIT_SAME, EXIT_DIFFERENT = 0, 1


@dataclass(frozen=True, slots=True)
class LoadedVersion:
    """A version read, validated and modelled, with the plain data its file wrote."""

    version: Version
    agreement: Agreement
    data: Any

    @property
    def number(self) -> str | None:
        """`document_control.version`, when the file gives one."""
        control = self.agreement.document_control
        return control.version if control is not None and control.version else None


def load_version(version: Version) -> LoadedVersion:
    """Validate a version; raise `UsageError` with the problems' count and the first one."""
    from collabagree.check.pipeline import check_and_model
    from collabagree.check.settings import Settings
    from collabagree.lint.engine import Selection

    # No lint rules: the diff needs a valid model, not a clean one.
    result, agreement = check_and_model(version.label, version.raw, Selection(Settings(select=())))
    if agreement is None:
        problems = [finding for finding in result.findings if finding.code.startswith("SCH")]
        count = len(problems)
        first = problems[0] if problems else None
        where = f"{first.span.line}:{first.span.column} {first.code} {first.message}" if first else "not an agreement"
        raise UsageError(f"{version.label}: {count} problem{'s' if count != 1 else ''} "
                         f"(the first, at {where}); nothing was compared")
    return LoadedVersion(version, agreement, result.data)


def compare(old: LoadedVersion, new: LoadedVersion) -> list[PlacedChange]:
    """The changes, each placed by the version it is in (OLD for a removal)."""
    changes = diff_agreements(old.agreement, new.agreement, old.data, new.data)
    if not changes:
        return []
    new_map = ClauseMap(new.agreement)
    old_map = ClauseMap(old.agreement) if any(change.kind == REMOVED for change in changes) else new_map
    return [PlacedChange(change, _place(change, old_map, new_map)) for change in changes]


def _place(change: Change, old_map: ClauseMap, new_map: ClauseMap) -> str:
    if change.new_path is not None:
        return new_map.clause_of(change.new_path)
    return old_map.clause_of(change.path)


def version_span(old: LoadedVersion, new: LoadedVersion) -> tuple[str, str]:
    """How the headline names the two versions: `version 1.0` to `1.1`, or by their labels
    (`v1.0:food.yaml`) when a file has no version number."""
    if old.number and new.number:
        return f"version {old.number}", new.number
    return (f"version {old.number}" if old.number else old.version.label,
            f"version {new.number}" if new.number else new.version.label)


def run_diff_command(old_spec: str, new_spec: str, output_format: str, stdout: TextIO,
                     cwd: Path | None = None) -> int:
    """Run `diff`; returns 0 when the content is the same, 1 when it differs."""
    if output_format not in DIFF_FORMATS:
        raise UsageError(f"--output-format: '{visible(output_format[:40])}' is not one of "
                         f"{', '.join(DIFF_FORMATS)}")
    old = load_version(read_version(old_spec, cwd))
    new = load_version(read_version(new_spec, cwd))
    changes = compare(old, new)
    funding = new.agreement.funding or old.agreement.funding
    name = new_spec.split(":", 1)[1] if new.version.revision is not None else new_spec
    summary = DiffSummary(name, *version_span(old, new), funding.currency if funding else None)
    write_diff(changes, summary, output_format, stdout)
    return EXIT_DIFFERENT if changes else EXIT_SAME
