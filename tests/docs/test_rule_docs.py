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


def _terminal(columns: int) -> dict[str, str]:
    """The environment of a colour terminal `columns` wide (Rich honours both variables)."""
    import os

    env = {key: value for key, value in os.environ.items() if key not in ("NO_COLOR", "TERM")}
    return {**env, "FORCE_COLOR": "1", "COLUMNS": str(columns), "TERM": "xterm-256color"}


def _plain(text: str) -> str:
    import re

    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_rule_is_rendered_on_a_terminal_and_plain_markdown_when_piped(run_cli: Any) -> None:
    piped = run_cli("rule", "INF003")
    assert piped.stdout.startswith("# INF003 data-flows-missing") and "**Severity:**" in piped.stdout
    shown = run_cli("rule", "INF003", env=_terminal(100))
    assert shown.returncode == 0
    text = _plain(shown.stdout)
    assert "INF003 data-flows-missing" in text and "Severity:" in text
    assert "**" not in text and "```" not in text and "# INF003" not in text


def test_rules_fit_the_terminal_and_wrap_between_words(run_cli: Any) -> None:
    import re

    entries = json.loads(run_cli("rules", "--output-format", "json").stdout)
    for columns in (120, 80):
        text = _plain(run_cli("rules", env=_terminal(columns)).stdout)
        assert max(len(line) for line in text.splitlines()) <= columns
        if columns == 120:
            # At 80 columns a 40-letter key cannot fit its column and is folded; at 120 none is.
            words = set(re.findall(r"\S+", text))
            broken = [(entry["code"], word) for entry in entries for word in entry["summary"].split()
                      if word not in words]
            assert not broken, broken[:5]


def test_rules_piped_is_one_line_per_rule(run_cli: Any) -> None:
    lines = run_cli("rules").stdout.splitlines()
    entries = json.loads(run_cli("rules", "--output-format", "json").stdout)
    assert len(lines) == len(entries) + 1 and lines[0].split() == ["code", "name", "group", "severity", "when"]
