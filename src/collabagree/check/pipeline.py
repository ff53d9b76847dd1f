"""Check one file end to end: load, validate, lint. Pure data in, `FileResult` out."""

from __future__ import annotations

import re

from collabagree.core.findings import FILE_START, FileResult, Finding
from collabagree.lint.engine import Selection, lint
from collabagree.lint.suppress import apply_suppressions
from collabagree.load.reader import (
    MAX_BYTES,
    FileReadError,
    load_bytes,
    read_limited,
)
from collabagree.model import Agreement
from collabagree.schema.codes import schema_finding
from collabagree.schema.validate import is_agreement_data, validate

# A cheap test before parsing: files walked in a directory that never mention a
# top-level `collabagree:` key are not agreements and are skipped unread.
_MENTIONS_KEY = re.compile(rb"(^|[{,])[ \t]*['\"]?collabagree['\"]?[ \t]*:", re.MULTILINE)
# The key at the start of a line (or of a flow mapping): how an agreement's top level looks.
_TOP_LEVEL_KEY = re.compile(rb"^(\{[ \t]*)?['\"]?collabagree['\"]?[ \t]*:", re.MULTILINE)

# A 2 MiB file can hold 100,000 bad list items, and printing that many findings takes
# minutes; no real agreement comes near this many.
MAX_FINDINGS = 1000


def mentions_agreement_key(raw: bytes) -> bool:
    """True when the bytes contain what looks like a `collabagree:` key."""
    return _MENTIONS_KEY.search(raw) is not None


def check_bytes(path: str, raw: bytes, selection: Selection, *, named: bool = True,
                previous: bytes | None = None) -> FileResult:
    """Check one file's bytes; `named` is False for files found by walking a directory;
    `previous` is the file's earlier version, for `check --against` (the VAR rules)."""
    result, _ = check_and_model(path, raw, selection, named=named, previous=previous)
    return result


def check_and_model(path: str, raw: bytes, selection: Selection, *, named: bool = True,
                    previous: bytes | None = None) -> tuple[FileResult, Agreement | None]:
    """Like `check_bytes`, also returning the validated model (for `render` and `list`).
    The result keeps the file's plain data (`FileResult.data`) once it has been read."""
    settings = selection.settings
    quietly_skip = not named or settings.skip_non_agreements
    if quietly_skip and len(raw) <= MAX_BYTES and not mentions_agreement_key(raw):
        return FileResult(path, is_agreement=False), None
    loaded = load_bytes(path, raw)
    if loaded.findings:
        if quietly_skip and not _TOP_LEVEL_KEY.search(raw):
            # YAML we cannot read that only mentions the key nested (a Kubernetes label, a
            # workflow job id, in a multi-document file) is not ours to report.
            return FileResult(path, is_agreement=False), None
        return FileResult(path, cap_findings(path, list(loaded.findings))), None
    if quietly_skip and not is_agreement_data(loaded.data):
        return FileResult(path, is_agreement=False), None
    agreement, findings = validate(loaded)
    if agreement is None:
        return FileResult(path, cap_findings(path, findings), data=loaded.data), None
    comments = tuple((comment.line, comment.column, comment.text) for comment in loaded.comments)
    findings = lint(agreement, loaded.data, loaded.positions, path, selection, comments,
                    model_of(path, previous))
    findings = apply_suppressions(loaded, findings, selection)
    findings.sort(key=Finding.sort_key)
    return FileResult(path, cap_findings(path, findings), data=loaded.data), agreement


def model_of(path: str, raw: bytes | None) -> Agreement | None:
    """The validated model of an earlier version, or None when there is none or it is not a
    valid agreement (then there is nothing to compare with)."""
    if raw is None:
        return None
    loaded = load_bytes(path, raw)
    if loaded.findings:
        return None
    agreement, _ = validate(loaded)
    return agreement


def cap_findings(path: str, findings: list[Finding]) -> list[Finding]:
    """The first `MAX_FINDINGS` findings, plus one SCH007 saying how many more there are."""
    if len(findings) <= MAX_FINDINGS:
        return findings
    hidden = len(findings) - MAX_FINDINGS
    return findings[:MAX_FINDINGS] + [schema_finding(
        "SCH007", path, FILE_START,
        f"{hidden:,} more problems in this file are not shown (at most {MAX_FINDINGS:,} per file); "
        "fix the ones above first")]


def unreadable_result(path: str, error: FileReadError) -> FileResult:
    """The result for a file that cannot be read (a broken link, a FIFO, no permission):
    one SCH007 finding, so the rest of the batch is still checked."""
    return FileResult(path, [schema_finding("SCH007", path, FILE_START,
                                            f"cannot read the file: {error.reason}")])


def check_file(path: str, selection: Selection, *, named: bool = True) -> FileResult:
    """Read (within the size limit) and check one file from disk; a file that cannot be
    read gives one finding rather than an exception."""
    try:
        raw = read_limited(path)
    except FileReadError as error:
        return unreadable_result(path, error)
    previous = None
    if selection.settings.against is not None:
        from collabagree.versions.revision import previous_version

        previous = previous_version(path, selection.settings.against)
    return check_bytes(path, raw, selection, named=named, previous=previous)
