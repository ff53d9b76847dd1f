"""One check-and-render of the watched file, as the preview shows it.

Each save gives a new `Snapshot`: the findings (as `check` reports them, configuration and
suppressions honoured), their counts, a banner when the document could not be rendered,
and the document itself. When the file does not parse, or has errors that stop `render`,
the last good document stays and the banner says why it is not current.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from collabagree.check.config import load_config
from collabagree.check.pipeline import check_and_model
from collabagree.check.settings import Settings
from collabagree.core.errors import CollabagreeError
from collabagree.core.findings import Finding, Severity
from collabagree.lint.engine import Selection
from collabagree.load.reader import MAX_BYTES
from collabagree.preview.page import RenderedPage, split_rendering
from collabagree.preview.sections import section_for
from collabagree.render.document import RenderOptions, blocking_findings, render_documents


@dataclass(frozen=True)
class Snapshot:
    """What the page shows after one build."""

    version: int
    page_version: int
    page: RenderedPage | None
    findings: tuple[Finding, ...] = ()
    banner: str | None = None
    updated: float = field(default_factory=time.time)

    def counts(self) -> dict[str, int]:
        """Findings per severity name."""
        return {level.value: sum(1 for f in self.findings if f.severity is level)
                for level in (Severity.ERROR, Severity.WARNING, Severity.INFO)}

    def to_message(self, display_path: str, with_page: bool) -> dict[str, Any]:
        """The JSON the page receives; the document's HTML only when asked (it is large)."""
        sections = self.page.sections if self.page else ()
        message: dict[str, Any] = {
            "version": self.version,
            "page_version": self.page_version,
            "path": display_path,
            "title": self.page.title if self.page else "",
            "banner": self.banner,
            "counts": self.counts(),
            "updated": time.strftime("%H:%M:%S", time.localtime(self.updated)),
            "findings": [{**finding.to_dict(), "section": section_for(finding.yaml_path, sections),
                          "location": f"{display_path}:{finding.span.line}:{finding.span.column}"}
                         for finding in self.findings],
        }
        if with_page:
            message["html"] = self.page.body if self.page else ""
        return message


def _banner_for(findings: list[Finding]) -> str:
    """Why the document is not rendered, in one line."""
    first = findings[0]
    where = f"line {first.span.line}, column {first.span.column}"
    if first.code == "SCH001":
        return f"The YAML does not parse ({where}): {first.message}. Showing the last good version."
    more = f" (and {len(findings) - 1} more)" if len(findings) > 1 else ""
    return (f"Not rendered: {first.code} at {where}: {first.message}{more}. "
            "Fix the errors to update the document; showing the last good version.")


class SnapshotBuilder:
    """Builds snapshots of one file; not thread-safe, so one build runs at a time."""

    def __init__(self, path: Path, display_path: str) -> None:
        self.path = path
        self.display_path = display_path
        self._last: Snapshot | None = None
        self._last_input: tuple[bytes, Settings] | None = None

    @property
    def last(self) -> Snapshot | None:
        """The newest snapshot, if any build has run."""
        return self._last

    def build(self) -> Snapshot:
        """Read, check and render the file once; keeps the last good page on failure."""
        previous = self._last
        version = previous.version + 1 if previous else 1
        page_version = previous.page_version if previous else 0
        page = previous.page if previous else None
        findings: tuple[Finding, ...] = previous.findings if previous else ()
        banner: str | None = None
        try:
            raw = self._read()
            settings = self._settings()
            if previous is not None and self._last_input == (raw, settings):
                return previous  # saved without a change (or only touched): nothing to redo
            self._last_input = (raw, settings)
            result, agreement = check_and_model(self.display_path, raw, Selection(settings))
            findings = tuple(result.findings)
            blocking = blocking_findings(result.findings, strict=False)
            if agreement is None or blocking:
                banner = _banner_for(blocking or result.findings) if (blocking or result.findings) else (
                    "This file is not an agreement (it has no top-level 'collabagree:' key).")
            else:
                documents = render_documents(agreement, RenderOptions(formats=("html",)))
                page = split_rendering(documents["html"])
                page_version += 1
        except CollabagreeError as error:
            self._last_input = None
            banner = f"{error}. Showing the last good version."
        self._last = Snapshot(version, page_version, page, findings, banner)
        return self._last

    def _read(self) -> bytes:
        try:
            with open(self.path, "rb") as handle:
                return handle.read(MAX_BYTES + 1)
        except OSError as error:
            raise _ReadError(f"cannot read {self.display_path} ({error.strerror or error})") from None

    def _settings(self) -> Settings:
        # Read on every build, so an edit of .collabagree.yaml shows at the next save.
        return load_config(None, [str(self.path)])


class _ReadError(CollabagreeError):
    """The watched file is gone or unreadable (an editor mid-save, a deleted file)."""
