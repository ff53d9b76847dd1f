"""Every "Passes" example in the rule documentation passes the whole rule set, not just its rule.

A reader pastes the example that passes into their file and expects no new problem from it.
The documented examples are short agreements, so they leave out sections other rules ask for
(signatories, a review, a dispute ladder); the failing example leaves out the same ones. So
the test is: checked with every rule (the case's profiles and date), the passing example gets
no finding that the failing example does not also get. Its own rule must not fire at all.
"""

from __future__ import annotations

import pytest

from collabagree.check.pipeline import check_bytes
from collabagree.check.settings import Settings
from collabagree.lint.cases import RuleCase, all_case_files
from collabagree.lint.engine import Selection

PAIRS = [(case_file.doc_example(), case_file.fixed_example()) for case_file in all_case_files()]


def findings(case: RuleCase) -> set[tuple[str, str]]:
    """Every finding of every rule for the case, as (code, YAML path)."""
    settings = Settings(today=case.today, profiles=case.profiles, extend_select=(case.rule,))
    result = check_bytes(f"{case.name}.yaml", case.yaml.encode("utf-8"), Selection(settings),
                         previous=case.previous)
    return {(finding.code, finding.yaml_path) for finding in result.findings}


@pytest.mark.parametrize(("failing", "passing"), [pair for pair in PAIRS if None not in pair],
                         ids=[pair[1].rule for pair in PAIRS if None not in pair])
def test_passes_example_adds_no_finding(failing: RuleCase, passing: RuleCase) -> None:
    after = findings(passing)
    assert not [item for item in after if item[0] == passing.rule], after
    new = sorted(after - findings(failing))
    assert not new, f"the 'Passes' example of {passing.rule} ({passing.name}) gets {new}"
