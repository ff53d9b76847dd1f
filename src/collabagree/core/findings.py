"""The plain result types every part of collabagree speaks: spans, findings, severities."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum
from typing import Any

from collabagree.core.visible import visible


class Severity(str, Enum):
    """How serious a finding is; ordered info < warning < error."""

    INFO = "info"
    WARNING = "warning"
    ERROR = "error"

    @property
    def rank(self) -> int:
        """A number for comparing severities (higher is more serious)."""
        return _RANK[self]

    @classmethod
    def parse(cls, text: str) -> Severity:
        """Read a severity from `error`, `warning`, `info` or their initials E, W, I."""
        key = text.strip().lower()
        for member in cls:
            if key in (member.value, member.value[0]):
                return member
        raise ValueError(f"unknown severity {text!r} (use error, warning or info)")


_RANK = {Severity.INFO: 1, Severity.WARNING: 2, Severity.ERROR: 3}


@dataclass(frozen=True, slots=True)
class Span:
    """A region of the source file, 1-based lines and columns, end exclusive."""

    line: int
    column: int
    end_line: int
    end_column: int

    @classmethod
    def point(cls, line: int, column: int) -> Span:
        """A zero-width span at one position."""
        return cls(line, column, line, column)


FILE_START = Span(1, 1, 1, 1)


def visible_controls(text: str) -> str:
    """`text` with control characters written as `\\x1b` escapes, for messages: a
    double-quoted YAML string can hold any of them ("\\e]0;title\\a"). Tabs and newlines stay
    (JSON carries them exactly); the line formats print messages through
    `collabagree.core.visible.visible`, which shows those too."""
    return visible(text, keep="\t\n")


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem in one file, ready for any reporter."""

    code: str
    name: str
    severity: Severity
    message: str
    path: str
    span: Span
    yaml_path: str = "$"

    def __post_init__(self) -> None:
        # Messages quote keys and values from the file; every reporter gets them harmless.
        if not self.message.isprintable():
            object.__setattr__(self, "message", visible_controls(self.message))

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Stable report order: path, line, column, code, message."""
        return (self.path, self.span.line, self.span.column, self.code, self.message)

    def to_dict(self) -> dict[str, Any]:
        """The JSON shape of a finding (CLI.md, `json` format)."""
        return {
            "code": self.code,
            "name": self.name,
            "severity": self.severity.value,
            "message": self.message,
            "path": self.path,
            "line": self.span.line,
            "column": self.span.column,
            "end_line": self.span.end_line,
            "end_column": self.span.end_column,
            "yaml_path": self.yaml_path,
        }


@dataclass(slots=True)
class FileResult:
    """Everything `check` learnt about one file."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    is_agreement: bool = True
    data: Any = field(default=None, compare=False, repr=False)
    """The file's plain YAML data when it was read without load errors, so later steps
    (coverage, the register) never parse the file again."""
