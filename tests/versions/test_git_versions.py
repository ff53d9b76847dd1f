"""`diff` and `check --against` on a real git repository made in a temporary folder.

The repository gets commits and a tag, and versions are named as `REV:PATH`, so git itself
reads them, exactly as in a user's checkout or a CI job.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from support import EXAMPLES
from support.gitrepo import NEW_VERSION, RAISE_GRANT, add_history, commit, edit, git

FOOD = "uk-food-bank-funding.yaml"
@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository whose tag v1.0 holds the signed UK example at agreements/food.yaml."""
    git(tmp_path, "init", "-q")
    (tmp_path / "agreements").mkdir()
    shutil.copy(EXAMPLES / FOOD, tmp_path / "agreements" / "food.yaml")
    commit(tmp_path, "The signed agreement")
    git(tmp_path, "tag", "v1.0")
    return tmp_path


def test_diff_between_revisions_places_the_change_at_its_clause(repo: Path, run_cli: Any) -> None:
    edit(repo / "agreements" / "food.yaml", RAISE_GRANT, NEW_VERSION)
    commit(repo, "Raise the grant")
    result = run_cli("diff", "v1.0:agreements/food.yaml", "HEAD:agreements/food.yaml", cwd=repo)
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert lines[0] == "agreements/food.yaml: 2 changes from version 1.0 to 1.1"
    assert any(line.split() == ["clause", funding_total_clause(repo), "changed",
                                "funding.total:", "£135,000", "→", "£150,000"] for line in lines), lines
    as_json = run_cli("diff", "-f", "json", "v1.0:agreements/food.yaml", "agreements/food.yaml", cwd=repo)
    assert as_json.returncode == 1
    assert {(item["path"], item["kind"], item["old"], item["new"]) for item in json.loads(as_json.stdout)} == {
        ("funding.total", "changed", 135000, 150000), ("document_control.version", "changed", "1.0", "1.1")}
    table = run_cli("diff", "--output-format", "markdown", "HEAD~1:agreements/food.yaml",
                    "HEAD:agreements/food.yaml", cwd=repo)
    assert table.returncode == 1 and "| Clause | Change | What |" in table.stdout


def funding_total_clause(repo: Path) -> str:
    """The number the renderer gives the `funding.total` clause in the edited file."""
    from collabagree.check.pipeline import check_and_model
    from collabagree.check.settings import Settings
    from collabagree.drafting.engine import draft
    from collabagree.lint.engine import Selection

    path = repo / "agreements" / "food.yaml"
    _, agreement = check_and_model(str(path), path.read_bytes(), Selection(Settings(select=())))
    assert agreement is not None
    for section in draft(agreement).sections:
        for clause in section.clauses:
            if clause.anchor == "funding.total":
                return clause.number
    raise AssertionError("no funding.total clause")


def test_same_content_at_two_revisions_exits_0(repo: Path, run_cli: Any) -> None:
    path = repo / "agreements" / "food.yaml"
    path.write_text("# Reviewed, no change.\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    commit(repo, "A comment")
    result = run_cli("diff", "v1.0:agreements/food.yaml", "HEAD:agreements/food.yaml", cwd=repo)
    assert (result.returncode, result.stderr) == (0, ""), result.stdout
    assert "no changes" in result.stdout


@pytest.mark.parametrize(("old", "message"), [
    ("v9.9:agreements/food.yaml", "no such revision"),
    ("v1.0:agreements/absent.yaml", "no file agreements/absent.yaml at revision v1.0"),
    ("--upload-pack=x:food.yaml", "may not start with '-'"),
    ("absent.yaml", "absent.yaml"),
])
def test_a_bad_version_is_exit_2_and_one_line(repo: Path, run_cli: Any, old: str, message: str) -> None:
    # After `--`, so that the option-like name reaches collabagree rather than click.
    result = run_cli("diff", "--", old, "agreements/food.yaml", cwd=repo)
    assert result.returncode == 2 and result.stdout == ""
    assert len(result.stderr.splitlines()) == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_outside_a_repository_is_exit_2(tmp_path: Path, run_cli: Any) -> None:
    shutil.copy(EXAMPLES / FOOD, tmp_path / "food.yaml")
    result = run_cli("diff", "HEAD:food.yaml", "food.yaml", cwd=tmp_path)
    assert result.returncode == 2 and "not inside a git repository" in result.stderr


def test_an_invalid_version_is_exit_2_with_its_count_and_first_problem(repo: Path, run_cli: Any) -> None:
    (repo / "broken.yaml").write_text("collabagree: 1\nagreement: {title: X}\n", encoding="utf-8")
    result = run_cli("diff", "agreements/food.yaml", "broken.yaml", cwd=repo)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "broken.yaml:" in result.stderr and "problems (the first, at " in result.stderr


def test_check_against_catches_a_signed_agreement_changed_in_place(repo: Path, run_cli: Any) -> None:
    path = repo / "agreements" / "food.yaml"
    edit(path, RAISE_GRANT)
    commit(repo, "Raise the grant, forgetting the variation")
    result = run_cli("check", "--against", "v1.0", "--select", "VAR", "-f", "concise", "agreements", cwd=repo)
    assert result.returncode == 1, result.stderr
    assert [line.split()[1] for line in result.stdout.splitlines() if "VAR00" in line] == [
        "VAR001", "VAR002", "VAR003"], result.stdout


def test_check_against_passes_a_recorded_approved_variation(repo: Path, run_cli: Any) -> None:
    path = repo / "agreements" / "food.yaml"
    edit(path, RAISE_GRANT, NEW_VERSION)
    add_history(path)
    commit(repo, "Variation 1: the grant rises")
    result = run_cli("check", "--against", "v1.0", "--select", "VAR", "-f", "concise",
                     "agreements/food.yaml", cwd=repo)
    assert (result.returncode, "VAR0" in result.stdout) == (0, False), result.stdout + result.stderr


def test_check_against_ignores_new_files_and_unchanged_ones(repo: Path, run_cli: Any) -> None:
    shutil.copy(EXAMPLES / "nz-catchment-partnering.yaml", repo / "agreements" / "nz.yaml")
    commit(repo, "A new agreement")
    result = run_cli("check", "--against", "v1.0", "--select", "VAR", "agreements", cwd=repo)
    assert result.returncode == 0 and "VAR0" not in result.stdout, result.stdout + result.stderr


def test_check_against_a_bad_revision_is_exit_2(repo: Path, run_cli: Any) -> None:
    result = run_cli("check", "--against", "no-such-branch", "agreements", cwd=repo)
    assert result.returncode == 2 and len(result.stderr.splitlines()) == 1
    assert "no such revision" in result.stderr and "Traceback" not in result.stderr
