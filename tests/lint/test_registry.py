"""Meta-tests of the rule registry: codes, names, documentation and test cases."""

from __future__ import annotations

from collabagree.lint.cases import load_cases
from collabagree.lint.registry import RULES
from collabagree.lint.rule import CODE_PATTERN, NAME_PATTERN


def test_codes_and_names_are_unique_and_well_formed() -> None:
    codes = [rule.code for rule in RULES]
    names = [rule.name for rule in RULES]
    assert len(codes) == len(set(codes))
    assert len(names) == len(set(names))
    for rule in RULES:
        assert CODE_PATTERN.match(rule.code), rule.code
        assert NAME_PATTERN.match(rule.name), rule.name


def test_every_rule_is_documented() -> None:
    for rule in RULES:
        doc = rule.doc
        assert rule.check.__doc__, f"{rule.code} has no docstring"
        assert rule.summary and doc.what and doc.why and doc.fix, rule.code
        assert "http" in doc.source or "Act" in doc.source, f"{rule.code} cites no public source"
        if rule.profile:
            assert doc.principle, f"{rule.code} does not name its principle"


def test_every_rule_has_passing_and_failing_cases() -> None:
    for rule in RULES:
        cases = load_cases(rule.code)
        assert cases is not None, f"{rule.code} has no case file"
        assert cases.rule == rule.code
        assert any(case.fails for case in cases.cases), f"{rule.code} has no failing case"
        assert any(not case.fails for case in cases.cases), f"{rule.code} has no passing case"


def test_severity_plans_name_types_by_short_name_or_by_value() -> None:
    from collabagree.core.findings import Severity
    from collabagree.lint.registry import BY_CODE
    from collabagree.lint.rule import SeverityPlan

    plan = SeverityPlan.parse("E: funding_agreement; else W")
    assert plan.for_type("funding_agreement") is Severity.ERROR and plan.for_type("mou") is Severity.WARNING
    assert SeverityPlan.parse("E: funding").by_type == plan.by_type
    only = SeverityPlan.parse("E: funding_agreement")
    assert only.for_type("funding_agreement") is Severity.ERROR and only.for_type("mou") is None
    # RULES-1.1.md's plans, exactly as written there.
    assert BY_CODE["BND003"].severity.text == "E: funding_agreement; else W"
    assert BY_CODE["FUN007"].severity.for_type("mou") is None
    assert BY_CODE["INF017"].severity.for_type("data_sharing_agreement") is Severity.ERROR
