"""Rule documentation: docs/rules.md is generated and in sync; `rules` and `rule` show it."""

from __future__ import annotations

import json
from typing import Any

from collabagree.lint.docs import rule_markdown, rules_markdown
from collabagree.lint.registry import RULES
from support import ROOT


def test_docs_rules_md_is_in_sync() -> None:
    committed = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert committed == rules_markdown(), (
        "docs/rules.md is stale: run `python -m collabagree.lint.docs > docs/rules.md`")


def test_every_rule_doc_has_what_why_source_failing_example_and_fix() -> None:
    for rule in RULES:
        text = rule_markdown(rule.code)
        for part in ("**What it checks.**", "**Why.**", "**Source.**", "**Example that fails**", "**Fix.**"):
            assert part in text, (rule.code, part)
        assert "../shared" not in text and "elements.md" not in text


def test_rules_json_lists_code_name_group_severity(run_cli: Any) -> None:
    result = run_cli("rules", "--output-format", "json")
    assert result.returncode == 0
    entries = json.loads(result.stdout)
    codes = {entry["code"] for entry in entries}
    assert {rule.code for rule in RULES} <= codes and {"SCH001", "SCH007", "SUP001"} <= codes
    for entry in entries:
        assert set(entry) >= {"code", "name", "group", "severity"}


def test_rule_command_explains_one_rule_by_code_or_name(run_cli: Any) -> None:
    by_code = run_cli("rule", "INF002")
    by_name = run_cli("rule", "confidentiality-overrides-foi")
    assert by_code.returncode == 0 and by_code.stdout == by_name.stdout
    assert "Freedom of Information" in by_code.stdout or "Official Information" in by_code.stdout
    unknown = run_cli("rule", "XYZ999")
    assert unknown.returncode == 2 and "unknown rule" in unknown.stderr


def test_rules_table_prints_brackets_literally(run_cli: Any) -> None:
    result = run_cli("rules")
    assert result.returncode == 0 and "[insert ...]" in result.stdout
