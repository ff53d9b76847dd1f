"""Rule test cases: one YAML file per rule with passing and failing agreements.

The same files drive the parametrised rule tests and the failing examples in the rule
documentation, so an example is never written twice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

CASES_DIR = Path(__file__).parent / "cases"


@dataclass(frozen=True)
class Expectation:
    """A finding a case expects: code, line, column and optional severity and message text."""

    code: str
    line: int
    column: int
    severity: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class RuleCase:
    """One named agreement and the findings of its rule it must produce (none for a pass)."""

    rule: str
    name: str
    yaml: str
    expect: tuple[Expectation, ...] = ()
    today: date | None = None
    profiles: tuple[str, ...] = ()
    doc: bool = False
    against: str | None = None
    """The YAML of the earlier version, for rules that compare (`check --against REV`)."""

    @property
    def fails(self) -> bool:
        """True when the case expects at least one finding."""
        return bool(self.expect)


    @property
    def previous(self) -> bytes | None:
        """The earlier version's bytes, as `check_bytes(previous=...)` takes them."""
        return self.against.encode("utf-8") if self.against is not None else None


@dataclass(frozen=True)
class CaseFile:
    """All cases of one rule."""

    rule: str
    cases: tuple[RuleCase, ...] = field(default_factory=tuple)

    def doc_example(self) -> RuleCase | None:
        """The failing case shown in the documentation (marked `doc: true`, else the first)."""
        failing = [case for case in self.cases if case.fails]
        marked = [case for case in failing if case.doc]
        chosen = marked or failing
        return chosen[0] if chosen else None

    def fixed_example(self) -> RuleCase | None:
        """The passing case shown as the fix (marked `doc: true`, else the first)."""
        passing = [case for case in self.cases if not case.fails]
        marked = [case for case in passing if case.doc]
        chosen = marked or passing
        return chosen[0] if chosen else None


def case_path(code: str) -> Path:
    """Where the case file of a rule lives."""
    return CASES_DIR / f"{code}.yaml"


def load_cases(code: str) -> CaseFile | None:
    """The cases of one rule, or None when it has no case file."""
    path = case_path(code)
    if not path.exists():
        return None
    from ruamel.yaml import YAML

    raw: dict[str, Any] = YAML(typ="safe", pure=True).load(path.read_text(encoding="utf-8"))
    rule = raw["rule"]
    cases = tuple(_read_case(rule, item) for item in raw.get("cases", []))
    return CaseFile(rule, cases)


def _read_case(rule: str, item: dict[str, Any]) -> RuleCase:
    expectations = tuple(
        Expectation(entry.get("code", rule), int(entry["line"]), int(entry["column"]),
                    entry.get("severity"), entry.get("message"))
        for entry in item.get("expect") or []
    )
    today = item.get("today")
    against = item.get("against")
    return RuleCase(rule, str(item["name"]), str(item["yaml"]), expectations,
                    today if isinstance(today, date) else None,
                    tuple(item.get("profiles") or ()), bool(item.get("doc", False)),
                    str(against) if against is not None else None)


def all_case_files() -> list[CaseFile]:
    """Every case file in the cases folder, by code."""
    files = []
    for path in sorted(CASES_DIR.glob("*.yaml")):
        loaded = load_cases(path.stem)
        if loaded is not None:
            files.append(loaded)
    return files
