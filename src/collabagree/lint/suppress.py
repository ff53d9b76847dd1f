"""Suppressions: config `per-file-ignores` and comments in the agreement itself.

`# collabagree: ignore[CODE,...]` at the end of a line silences those findings on that
line; alone on a line it silences them on the next line that is not itself a comment (so
several can be stacked). `# collabagree: file-ignore[CODE,...]` anywhere silences them in
the whole file. Codes, names and prefixes are accepted, as everywhere else. SCH findings are
never silenced: a file that does not follow the format must be fixed. A suppression (or one
code in it) that silenced nothing is reported as SUP001 at the comment.
"""

from __future__ import annotations

import fnmatch
import os
import re
from dataclasses import dataclass, field
from functools import lru_cache

from collabagree.check.settings import Settings
from collabagree.core.errors import UsageError
from collabagree.core.findings import Finding, Severity, Span
from collabagree.lint.engine import Selection
from collabagree.lint.registry import SUPPRESSION_CODE, SUPPRESSION_NAME, resolve_selector
from collabagree.load.reader import LoadedFile

_DIRECTIVE = re.compile(r"\bcollabagree\s*:\s*(file-ignore|ignore)\s*\[([^\]]*)\]")
# A directive without its bracketed codes: silently doing nothing would surprise the author.
_MALFORMED = re.compile(r"\bcollabagree\s*:\s*(file-ignore|ignore)\b(?!\s*\[)")


@dataclass
class Suppression:
    """One suppression comment: where it is, what it names, and which selectors were used."""

    line: int
    column: int
    end_column: int
    whole_file: bool
    target_line: int
    selectors: tuple[str, ...]
    codes: dict[str, frozenset[str]] = field(default_factory=dict)
    used: set[str] = field(default_factory=set)
    malformed: bool = False

    def covers(self, finding: Finding) -> str | None:
        """The selector that silences `finding`, if any."""
        if not self.whole_file and finding.span.line != self.target_line:
            return None
        for selector in self.selectors:
            if finding.code in self.codes.get(selector, ()):
                return selector
        return None


def parse_suppressions(loaded: LoadedFile) -> list[Suppression]:
    """Every suppression comment of a loaded file, in file order."""
    lines = loaded.text.split("\n")
    comment_only = {c.line for c in loaded.comments if not lines[c.line - 1][: c.column - 1].strip()}
    found: list[Suppression] = []
    for comment in loaded.comments:
        end_column = len(lines[comment.line - 1]) + 1
        alone = comment.line in comment_only
        target = comment.line
        if alone:
            target += 1
            while target in comment_only:
                target += 1
        # Every directive ends at a `]`: searching only up to the last one finds the same
        # directives, and spares `[^\]]*` a scan to the end of the comment from each of a
        # long run of unclosed `collabagree: ignore[` (quadratic in the comment).
        closed = comment.text[:comment.text.rfind("]") + 1]
        for match in _DIRECTIVE.finditer(closed):
            selectors = tuple(part.strip() for part in match.group(2).split(",") if part.strip())
            suppression = Suppression(comment.line, comment.column, end_column,
                                      match.group(1) == "file-ignore", target, selectors)
            suppression.codes = {selector: _codes(selector) for selector in selectors}
            suppression.malformed = not selectors
            found.append(suppression)
        if _MALFORMED.search(comment.text):
            found.append(Suppression(comment.line, comment.column, end_column, False, target, (),
                                     malformed=True))
    return found


def _codes(selector: str) -> frozenset[str]:
    try:
        return frozenset(resolve_selector(selector))
    except UsageError:
        return frozenset()


def apply_suppressions(loaded: LoadedFile, findings: list[Finding], selection: Selection) -> list[Finding]:
    """Drop findings silenced by per-file-ignores or comments; add SUP001 for unused ones."""
    settings = selection.settings
    ignored = codes_ignored_for(loaded.path, settings)
    kept = [f for f in findings if f.code.startswith("SCH") or f.code not in ignored]
    suppressions = parse_suppressions(loaded)
    if not suppressions:
        return kept
    kept = [f for f in kept if not _silenced(f, suppressions)]
    if not _sup001_enabled(settings, selection, ignored):
        return kept
    live = selection.enabled - ignored
    severity = selection.severity_overrides.get(SUPPRESSION_CODE, Severity.WARNING)
    unused = [_unused_finding(loaded.path, s, live, severity) for s in suppressions]
    candidates = [finding for finding in unused if finding is not None]
    # SUP001 itself may be silenced in the file (`file-ignore[SUP001]`), like any other code.
    return kept + [f for f in candidates if not _silenced(f, suppressions)]


def _silenced(finding: Finding, suppressions: list[Suppression]) -> bool:
    if finding.code.startswith("SCH"):
        return False
    for suppression in suppressions:
        selector = suppression.covers(finding)
        if selector is not None:
            suppression.used.add(selector)
            return True
    return False


def _unused_finding(path: str, suppression: Suppression, live: frozenset[str],
                    severity: Severity) -> Finding | None:
    if suppression.malformed:
        message = ("this suppression names no codes; write "
                   "`# collabagree: ignore[CODE,...]` or `# collabagree: file-ignore[CODE,...]`")
    else:
        problems: list[str] = []
        for selector in suppression.selectors:
            codes = suppression.codes[selector]
            if selector in suppression.used or codes == {SUPPRESSION_CODE}:
                continue
            if not codes:
                problems.append(f"'{selector}' is not a rule code, name or prefix")
            elif all(code.startswith("SCH") for code in codes):
                problems.append(f"{selector}: schema findings cannot be suppressed, only fixed")
            elif codes & live:
                where = "in this file" if suppression.whole_file else "on its line"
                problems.append(f"no {selector} finding {where}")
        if not problems:
            return None
        message = "unused suppression: " + "; ".join(problems)
    span = Span(suppression.line, suppression.column, suppression.line, suppression.end_column)
    return Finding(SUPPRESSION_CODE, SUPPRESSION_NAME, severity, message, path, span)


def _sup001_enabled(settings: Settings, selection: Selection, ignored: frozenset[str]) -> bool:
    if settings.select is not None and SUPPRESSION_CODE not in selection.explicit:
        return False
    return SUPPRESSION_CODE not in _resolved(settings.ignore) and SUPPRESSION_CODE not in ignored


@lru_cache(maxsize=64)
def _resolved(selectors: tuple[str, ...]) -> frozenset[str]:
    codes: set[str] = set()
    for selector in selectors:
        codes |= _codes(selector)
    return frozenset(codes)


def codes_ignored_for(path: str, settings: Settings) -> frozenset[str]:
    """Codes that config `per-file-ignores` turns off for `path`.

    A pattern is matched against the path relative to the config file's folder and against
    the path as given; a pattern without `/` also matches the file name alone.
    """
    if not settings.per_file_ignores:
        return frozenset()
    candidates = {path.replace(os.sep, "/"), os.path.normpath(path).replace(os.sep, "/")}
    if settings.config_path is not None:
        try:
            relative = os.path.relpath(os.path.abspath(path), settings.config_path.parent.absolute())
        except ValueError:  # another drive on Windows: no relative path exists
            relative = ""
        if relative and not relative.startswith(".."):
            candidates.add(relative.replace(os.sep, "/"))
    name = os.path.basename(path)
    codes: set[str] = set()
    for pattern, selectors in settings.per_file_ignores:
        if any(_glob_match(candidate, pattern) for candidate in candidates) or (
                "/" not in pattern and fnmatch.fnmatchcase(name, pattern)):
            codes |= _resolved(selectors)
    return frozenset(codes)


def _glob_match(candidate: str, pattern: str) -> bool:
    # fnmatch's `*` already crosses folders; `**/x` should also match `x` at the top.
    return fnmatch.fnmatchcase(candidate, pattern) or (
        pattern.startswith("**/") and fnmatch.fnmatchcase(candidate, pattern[3:]))
