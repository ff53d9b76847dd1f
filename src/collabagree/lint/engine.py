"""Run the selected rules over one validated agreement and place each finding in the file."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from typing import Any

from collabagree.check.settings import Settings
from collabagree.core.findings import Finding, Severity
from collabagree.core.positions import PositionMap, format_yaml_path
from collabagree.lint.context import RuleContext
from collabagree.lint.registry import RULES, resolve_selectors
from collabagree.lint.rule import Rule
from collabagree.model import Agreement


def default_profiles(agreement: Agreement) -> set[str]:
    """Profiles on without being asked: VIC for cross-sector, NZP for NZ partnering."""
    profiles: set[str] = set()
    if agreement.type == "cross_sector_collaboration":
        profiles.add("vic_cross_sector")
    if agreement.type == "partnering_agreement" and agreement.agreement.jurisdiction == "NZ":
        profiles.add("nz_partnering")
    return profiles


@dataclass(frozen=True)
class Selection:
    """Which rules a run uses, decided once from the settings."""

    settings: Settings

    @cached_property
    def explicit(self) -> frozenset[str]:
        """Codes named by --select/--extend-select (these run even when their profile is off)."""
        return frozenset(resolve_selectors((*(self.settings.select or ()), *self.settings.extend_select)))

    @cached_property
    def enabled(self) -> frozenset[str]:
        """Codes that may run, before profiles and agreement types are considered."""
        if self.settings.select is None:
            codes = {rule.code for rule in RULES} | self.explicit
        else:
            codes = set(self.explicit)
        codes -= resolve_selectors(self.settings.ignore)
        return frozenset(codes)

    @cached_property
    def severity_overrides(self) -> dict[str, Severity]:
        """Per-code severity from config (`severity:`), resolved from selectors."""
        overrides: dict[str, Severity] = {}
        for selector, level in self.settings.severity:
            for code in resolve_selectors([selector]):
                overrides[code] = level
        return overrides

    def runs(self, rule: Rule, profiles: set[str]) -> bool:
        """Whether `rule` runs for an agreement with these active profiles."""
        if rule.code not in self.enabled:
            return False
        return rule.profile is None or rule.profile in profiles or rule.code in self.explicit


def lint(agreement: Agreement, data: dict[str, Any], positions: PositionMap, path: str,
         selection: Selection, comments: tuple[tuple[int, int, str], ...] = (),
         previous: Agreement | None = None) -> list[Finding]:
    """All findings of the selected rules for one agreement (unsorted).

    `comments` are the file's YAML comments as (line, column, text), for rules that read them;
    `previous` is the version `check --against REV` compares with (the VAR rules).
    """
    settings = selection.settings
    profiles = set(agreement.agreement.profiles or ()) | set(settings.profiles) | default_profiles(agreement)
    context = RuleContext(agreement, data, settings.effective_today, frozenset(profiles), comments,
                          previous)
    findings: list[Finding] = []
    for rule in RULES:
        if not selection.runs(rule, profiles):
            continue
        planned = rule.severity.for_type(agreement.type)
        if planned is None:
            continue
        for violation in rule.check(agreement, context):
            severity = selection.severity_overrides.get(rule.code, violation.severity or planned)
            if violation.span is not None:
                span = violation.span
            elif violation.at_key:
                span = positions.key_span(violation.path)
            else:
                span = positions.value_span(violation.path)
            findings.append(Finding(rule.code, rule.name, severity, violation.message, path, span,
                                    format_yaml_path(violation.path)))
    return findings
