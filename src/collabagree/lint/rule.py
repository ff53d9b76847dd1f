"""What a rule is: data (code, name, severities, documentation) plus one pure function."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from collabagree.core.findings import Severity, Span
from collabagree.core.positions import YamlPath
from collabagree.domain.agreement_types import BY_VALUE, TYPE_SHORT_NAMES

if TYPE_CHECKING:
    from collabagree.lint.context import RuleContext
    from collabagree.model import Agreement

CODE_PATTERN = re.compile(r"^[A-Z]{3}[0-9]{3}$")
NAME_PATTERN = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Violation:
    """What a rule reports: where (by YAML path) and what, optionally at another severity."""

    path: YamlPath
    message: str
    severity: Severity | None = None
    at_key: bool = False
    span: Span | None = None
    """An explicit position, for findings about text outside the data (YAML comments)."""


CheckFunction = Callable[["Agreement", "RuleContext"], Iterable[Violation]]


@dataclass(frozen=True, slots=True)
class RuleDoc:
    """The documentation of a rule, shown by `collabagree rule CODE` and in docs/rules.md."""

    what: str
    why: str
    source: str
    fix: str
    principle: str | None = None


@dataclass(frozen=True, slots=True)
class SeverityPlan:
    """A rule's severity per agreement type; None for a type means the rule does not run."""

    default: Severity | None
    by_type: Mapping[str, Severity] = field(default_factory=dict)
    text: str = ""

    def for_type(self, agreement_type: str) -> Severity | None:
        """The severity for this agreement type, or None when the rule does not apply."""
        return self.by_type.get(agreement_type, self.default)

    @classmethod
    def parse(cls, text: str) -> SeverityPlan:
        """Read RULES.md notation: `W`, `E: partnering; else W`, `W: cross_sector; else not run`;
        types by short name or by value (`E: funding_agreement; else W`).

        A plan that names types and gives no `else` runs only for those types.
        """
        by_type: dict[str, Severity] = {}
        default: Severity | None = None
        has_else = False
        for part in (piece.strip() for piece in text.split(";")):
            if part.startswith("else"):
                has_else = True
                rest = part[4:].strip()
                default = None if rest == "not run" else Severity.parse(rest)
            elif ":" in part:
                level, types = part.split(":", 1)
                for short in (name.strip() for name in types.split(",")):
                    # A short name (`funding`) or the format's value (`funding_agreement`).
                    value = TYPE_SHORT_NAMES.get(short) or BY_VALUE[short].value
                    by_type[value] = Severity.parse(level)
            else:
                default = Severity.parse(part)
                has_else = True
        if by_type and not has_else:
            default = None
        return cls(default, by_type, text)

    @property
    def highest(self) -> Severity:
        """The most serious severity this plan can give (its headline severity)."""
        levels = [level for level in (self.default, *self.by_type.values()) if level is not None]
        return max(levels, key=lambda level: level.rank)


@dataclass(frozen=True, slots=True)
class Rule:
    """One lint rule."""

    code: str
    name: str
    severity: SeverityPlan
    summary: str
    check: CheckFunction
    doc: RuleDoc
    profile: str | None = None

    @property
    def group(self) -> str:
        """The three-letter group of the code (PTY, INF, ...)."""
        return self.code[:3]


def rule(code: str, name: str, severity: str, *, summary: str, why: str, source: str, fix: str,
         principle: str | None = None, profile: str | None = None) -> Callable[[CheckFunction], Rule]:
    """Declare a rule: decorate its check function, whose docstring says what it checks."""

    def wrap(check: CheckFunction) -> Rule:
        what = " ".join((check.__doc__ or "").split())
        return Rule(code, name, SeverityPlan.parse(severity), summary, check,
                    RuleDoc(what, why, source, fix, principle), profile)

    return wrap
