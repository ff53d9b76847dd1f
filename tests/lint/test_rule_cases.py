"""Every rule case file: each case yields exactly the expected findings of its rule."""

from __future__ import annotations

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.cases import RuleCase, all_case_files
from collabagree.lint.engine import Selection

CASES = [case for case_file in all_case_files() for case in case_file.cases]


def run_case(case: RuleCase) -> list[tuple[str, int, int, str, str]]:
    """The findings of the case's rule for the case's YAML (schema findings always included)."""
    settings = Settings(today=case.today, profiles=case.profiles, extend_select=(case.rule,))
    result = check_bytes(f"{case.name}.yaml", case.yaml.encode("utf-8"), Selection(settings),
                         previous=case.previous)
    expected_codes = {case.rule} | {item.code for item in case.expect}
    return [(f.code, f.span.line, f.span.column, f.severity.value, f.message)
            for f in result.findings if f.code in expected_codes or f.code.startswith("SCH")]


@pytest.mark.parametrize("case", CASES, ids=[f"{case.rule}-{case.name}" for case in CASES])
def test_rule_case(case: RuleCase) -> None:
    found = run_case(case)
    assert not [item for item in found if item[0].startswith("SCH")], f"case YAML is not valid: {found}"
    assert [(code, line, column) for code, line, column, _, _ in found] == [
        (item.code, item.line, item.column) for item in case.expect
    ], found
    for (_, _, _, severity, message), item in zip(found, case.expect):
        if item.severity is not None:
            assert severity == item.severity, (message, severity)
        if item.message is not None:
            assert item.message in message, message
