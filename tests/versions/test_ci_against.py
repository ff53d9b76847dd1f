"""The docs/ci.md set-ups for `check --against`, run against a clone whose `origin/main` is
the base branch, the way the pre-commit hook and the GitHub Action run them."""

from __future__ import annotations

import json
import re
import shlex
import shutil
import subprocess
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from support import EXAMPLES, ROOT
from support.gitrepo import NEW_VERSION, RAISE_TARGET, add_history, commit, edit, git


def snippet(name: str) -> Any:
    """The YAML block after `<!-- snippet: NAME -->` in docs/ci.md, parsed."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- snippet: {re.escape(name)} -->\n```yaml\n(.*?)```", text, re.DOTALL)
    assert match, f"docs/ci.md has no snippet {name}"
    return YAML(typ="safe", pure=True).load(match.group(1))


def hook_command() -> list[str]:
    """The hook's entry (.pre-commit-hooks.yaml) with the args docs/ci.md gives it."""
    (hook,) = YAML(typ="safe", pure=True).load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (repo,) = snippet("pre-commit-against")["repos"]
    (configured,) = repo["hooks"]
    assert configured["id"] == hook["id"]
    return [*shlex.split(hook["entry"]), *configured["args"]]


def action_arguments() -> list[str]:
    """`args` of the workflow's collabagree step, with the pull request's base branch `main`."""
    workflow = snippet("github-actions-against")
    schema = resources.files("check_jsonschema") / "builtin_schemas" / "vendor" / "github-workflows.json"
    jsonschema.Draft7Validator(json.loads(schema.read_text(encoding="utf-8"))).validate(workflow)
    steps = workflow["jobs"]["variations"]["steps"]
    checkout = next(step for step in steps if step["uses"].startswith("actions/checkout"))
    assert checkout["with"]["fetch-depth"] == 0, "--against needs the base branch's history"
    ours = next(step for step in steps if step["uses"].split("@")[0].endswith("/collabagree"))
    args = ours["with"]["args"].replace("${{ github.base_ref }}", "main")
    # action.yml runs `collabagree check --skip-non-agreements ... ARGS -- PATHS`.
    return ["collabagree", "check", "--skip-non-agreements", *shlex.split(args), "--",
            *shlex.split(ours["with"]["paths"])]


@pytest.fixture
def clone(tmp_path: Path) -> Path:
    """A clone of a repository whose main branch holds the signed UK example."""
    upstream = tmp_path / "upstream"
    upstream.mkdir()
    git(upstream, "init", "-q")
    (upstream / "agreements").mkdir()
    shutil.copy(EXAMPLES / "uk-food-bank-funding.yaml", upstream / "agreements" / "food.yaml")
    commit(upstream, "The signed agreement")
    git(tmp_path, "clone", "-q", str(upstream), "clone")
    return tmp_path / "clone"


def run(command: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    executable = shutil.which("collabagree")
    assert executable
    return subprocess.run([executable, *command[1:]], cwd=cwd, capture_output=True, text=True,
                          timeout=600, check=False)


def test_the_hook_and_the_action_fail_a_signed_agreement_changed_in_place(clone: Path) -> None:
    edit(clone / "agreements" / "food.yaml", RAISE_TARGET)
    hook = run([*hook_command(), "agreements/food.yaml"], clone)
    assert hook.returncode == 1 and "VAR001" in hook.stdout, hook.stdout + hook.stderr
    action = run(action_arguments(), clone)
    assert action.returncode == 1, action.stdout + action.stderr
    assert [code for code in ("VAR001", "VAR002", "VAR003") if code in action.stdout] == [
        "VAR001", "VAR002", "VAR003"]


def test_the_hook_and_the_action_pass_a_recorded_variation(clone: Path) -> None:
    path = clone / "agreements" / "food.yaml"
    edit(path, RAISE_TARGET, NEW_VERSION)
    add_history(path)
    hook = run([*hook_command(), "agreements/food.yaml"], clone)
    assert hook.returncode == 0, hook.stdout + hook.stderr
    action = run(action_arguments(), clone)
    assert action.returncode == 0 and "VAR0" not in action.stdout, action.stdout + action.stderr
