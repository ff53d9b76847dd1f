"""`check --todo` (what is left, by section) and the cap on repeated findings in `full`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

SMALL = """collabagree: 1
agreement: {title: Joint Food Plan, type: mou, jurisdiction: UK-ENG}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}
  - {id: foodbank, name: Kestrel Vale Food Bank, kind: charity, contact: {role: TBC}}
purpose: {statement: To work together on food. TODO say more}
term: {start: 2026-04-01, end: 2029-03-31}  # TODO confirm the dates
"""


def test_todo_groups_placeholders_defaults_and_missing_items_by_section(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    result = run_cli("check", "--todo", str(path))
    assert result.returncode == 1, result.stderr  # errors still fail the run
    lines = result.stdout.splitlines()
    assert lines[0].endswith("35 items left in 24 sections")
    assert lines[1].split()[:4] == ["parties", "fill", "in", "1:"] and "parties[1].contact.role" in lines[1]
    assert "add 5: parties[0] (PTY002)" in lines[1]
    assert lines[2].split()[0] == "purpose" and "fill in 1: statement" in lines[2]
    assert lines[3].split() == ["term", "confirm", "1", "(line", "7)"]
    assert lines[4].startswith("  sections to add: lead_agency (PTY003), scope (PUR002, PUR003)")
    assert "information.confidentiality (INF001)" in lines[4]
    assert "and 2 other findings" in lines[5]
    assert len(lines) < 10


def test_todo_json(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    result = run_cli("check", "--todo", "-f", "json", str(path))
    document = json.loads(result.stdout)
    [agreement] = document["agreements"]
    sections = {section["section"]: section for section in agreement["sections"]}
    assert sections["term"]["confirm"] == [{"line": 7}] and sections["term"]["present"] is True
    assert sections["purpose"]["fill_in"] == [{"field": "statement", "line": 6}]
    assert sections["review"] == {"section": "review", "line": 1, "present": False, "fill_in": [],
                                  "confirm": [], "missing": [{"what": "review", "code": "LIF003"}]}
    assert document["summary"]["items"] == agreement["items"] == 35


def test_todo_refuses_other_formats_and_other_views(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "small.yaml"
    path.write_text(SMALL, encoding="utf-8")
    concise = run_cli("check", "--todo", "-f", "concise", str(path))
    assert concise.returncode == 2 and "--todo shows 'full' or 'json'" in concise.stderr
    both = run_cli("check", "--todo", "--coverage", str(path))
    assert both.returncode == 2 and "choose one" in both.stderr


def test_fresh_skeleton_prints_a_screenful_and_counts_the_rest(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "agreement.yaml"
    assert run_cli("init", "--no-input", str(path)).returncode == 0
    full = run_cli("check", str(path))
    lines = full.stdout.splitlines()
    assert len(lines) < 60, len(lines)
    [more] = [line for line in lines if "more TXT001" in line]
    concise = run_cli("check", "-f", "concise", str(path)).stdout.splitlines()
    placeholders = sum(1 for line in concise if " TXT001 " in line)
    assert f"... and {placeholders - 5} more TXT001 (placeholder-text) in this file" in more
    assert sum(1 for line in lines if " TXT001 [" in line) == 5
    todo = run_cli("check", "--todo", str(path)).stdout.splitlines()
    assert len(todo) < 40 and todo[0].endswith(f"{placeholders} items left in {len(todo) - 3} sections")
