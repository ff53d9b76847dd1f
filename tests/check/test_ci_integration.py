"""The CI integration files and the docs/ci.md snippets, run the way CI systems run them.

- `.pre-commit-hooks.yaml`: the hook's entry, exactly as written, split like pre-commit splits
  it, with the user's `args` and the staged YAML file names appended, over a passing folder,
  a failing one and one of unrelated YAML.
- `action.yml`: every `run:` step executed by bash with its `${{ }}` expressions replaced by
  the inputs the docs/ci.md workflow gives it. `pip` is replaced by a stub that records its
  arguments: installing for real would replace this environment's collabagree.
- docs/ci.md: each snippet is what the tests parse and run, and it is valid for its system.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from ruamel.yaml import YAML

from support.check import environ_without_format

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SARIF_SCHEMA = ROOT / "tests" / "report" / "sarif" / "sarif-schema-2.1.0.json"
TODAY = ["--today", "2026-11-23"]


def load_yaml(text: str) -> Any:
    return YAML(typ="safe", pure=True).load(text)


def snippet(name: str) -> str:
    """The fenced block that follows `<!-- snippet: NAME -->` in docs/ci.md."""
    text = (ROOT / "docs" / "ci.md").read_text(encoding="utf-8")
    match = re.search(rf"<!-- snippet: {re.escape(name)} -->\n```yaml\n(.*?)```", text, re.DOTALL)
    assert match, f"docs/ci.md has no snippet {name}"
    return match.group(1)


def vendored_schema(name: str) -> dict[str, Any]:
    """A CI schema that check-jsonschema ships (from SchemaStore), read offline."""
    folder = resources.files("check_jsonschema") / "builtin_schemas" / "vendor"
    return json.loads((folder / f"{name}.json").read_text(encoding="utf-8"))


def tool_env(extra_bin: Path | None = None) -> dict[str, str]:
    """The environment with this Python's scripts (the collabagree console script) on PATH."""
    env = environ_without_format() | {"NO_COLOR": "1"}
    folders = [str(Path(sys.executable).parent)] + ([str(extra_bin)] if extra_bin else [])
    env["PATH"] = os.pathsep.join([*reversed(folders), env.get("PATH", "")])
    return env


def make_repo(tmp_path: Path, folders: dict[str, Path]) -> Path:
    """A repository holding copies of fixture folders and the docs' pre-commit config."""
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    for target, source in folders.items():
        shutil.copytree(source, repo / target)
    (repo / ".pre-commit-config.yaml").write_text(snippet("pre-commit"), encoding="utf-8")
    return repo


def yaml_files(repo: Path) -> list[str]:
    """What pre-commit passes a `types: [yaml]` hook: every tracked .yaml/.yml file."""
    found = [path.relative_to(repo).as_posix() for path in repo.rglob("*")
             if path.suffix in (".yaml", ".yml") and ".git" not in path.relative_to(repo).parts]
    return sorted(found)


# --- pre-commit -------------------------------------------------------------------------

def the_hook() -> dict[str, Any]:
    hooks = load_yaml((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [hook["id"] for hook in hooks] == ["collabagree-check"]
    return hooks[0]


def test_hook_definition() -> None:
    hook = the_hook()
    assert hook["entry"] == "collabagree check --skip-non-agreements"
    assert hook["language"] == "python" and hook["types"] == ["yaml"] and hook["name"]


def test_docs_pre_commit_config_uses_the_hook() -> None:
    config = load_yaml(snippet("pre-commit"))
    (repo,) = config["repos"]
    assert [hook["id"] for hook in repo["hooks"]] == [the_hook()["id"]]
    assert repo["repo"].endswith("/collabagree") and repo["rev"]


@pytest.mark.parametrize(("folders", "user_args", "expected"), [
    ({"agreements": ROOT / "examples"}, TODAY, 0),
    ({"agreements": FIXTURES / "check-failing"}, [], 1),
    ({"infra": FIXTURES / "unrelated-yaml"}, [], 0),
], ids=["passing", "failing", "unrelated-yaml"])
def test_hook_entry_as_pre_commit_runs_it(tmp_path: Path, folders: dict[str, Path],
                                          user_args: list[str], expected: int) -> None:
    repo = make_repo(tmp_path, folders)
    hook = the_hook()
    files = yaml_files(repo)
    assert ".pre-commit-config.yaml" in files
    command = [*shlex.split(hook["entry"]), *hook.get("args", []), *user_args, *files]
    result = subprocess.run(command, cwd=repo, env=tool_env(), capture_output=True, text=True,
                            timeout=600)
    assert result.returncode == expected, result.stdout + result.stderr
    assert "Traceback" not in result.stderr
    if expected == 1:
        assert "SCH003" in result.stdout and "docker-compose.yml" not in result.stdout
    if "infra" in folders:
        assert "No agreements found" in result.stdout


# --- GitHub Action ----------------------------------------------------------------------

def the_action() -> dict[str, Any]:
    return load_yaml((ROOT / "action.yml").read_text(encoding="utf-8"))


def test_action_definition() -> None:
    action = the_action()
    jsonschema.Draft7Validator(vendored_schema("github-actions")).validate(action)
    steps = action["runs"]["steps"]
    assert action["runs"]["using"] == "composite"
    assert steps[0]["uses"].startswith("actions/setup-python@")
    assert all(step["shell"] == "bash" for step in steps if "run" in step)
    assert any("pip install" in step.get("run", "") and "${{ github.action_path }}" in step["run"]
               for step in steps)
    assert sum("--output-format github" in step.get("run", "") for step in steps) == 1
    assert set(action["inputs"]) >= {"paths", "args", "sarif-file"}


def docs_workflow_inputs() -> dict[str, str]:
    """The `with:` of the step in docs/ci.md's workflow that uses this action."""
    workflow = load_yaml(snippet("github-actions"))
    jsonschema.Draft7Validator(vendored_schema("github-workflows")).validate(workflow)
    steps = [step for job in workflow["jobs"].values() for step in job["steps"]]
    (ours,) = [step for step in steps if step.get("uses", "").split("@")[0].endswith("/collabagree")]
    uploads = [step for step in steps if step.get("uses", "").startswith("github/codeql-action/upload-sarif")]
    assert uploads and uploads[0]["with"]["sarif_file"] == ours["with"]["sarif-file"]
    return {key: str(value) for key, value in ours["with"].items()}


def substitute(text: str, inputs: dict[str, str]) -> str:
    def value(match: re.Match[str]) -> str:
        expression = match.group(1).strip()
        if expression == "github.action_path":
            return str(ROOT)
        if expression.startswith("inputs."):
            return inputs[expression.removeprefix("inputs.")]
        raise AssertionError(f"the test does not know the expression {expression!r}")

    return re.sub(r"\$\{\{(.*?)\}\}", value, text)


def condition_holds(condition: str | None, inputs: dict[str, str]) -> bool:
    if condition is None:
        return True
    match = re.fullmatch(r"inputs\.([\w-]+) != ''", condition.strip())
    assert match, f"the test does not know the condition {condition!r}"
    return inputs[match.group(1)] != ""


def run_action(repo: Path, tmp_path: Path, given: dict[str, str]) -> list[subprocess.CompletedProcess[str]]:
    """Run the action's bash steps like the runner does; stop at the first failing step."""
    action = the_action()
    inputs = {name: str(spec.get("default", "")) for name, spec in action["inputs"].items()} | given
    stub_bin = tmp_path / "stub-bin"
    stub_bin.mkdir(exist_ok=True)
    pip = stub_bin / "pip"
    pip.write_text(f'#!/bin/sh\nprintf "%s\\n" "$@" > "{tmp_path}/pip-args"\n', encoding="utf-8")
    pip.chmod(0o755)
    results = []
    for number, step in enumerate(action["runs"]["steps"]):
        if "run" not in step or not condition_holds(step.get("if"), inputs):
            continue
        script = tmp_path / f"step-{number}.sh"
        script.write_text(substitute(step["run"], inputs), encoding="utf-8")
        env = tool_env(stub_bin) | {key: substitute(str(value), inputs)
                                    for key, value in step.get("env", {}).items()}
        result = subprocess.run(["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
                                cwd=repo, env=env, capture_output=True, text=True, timeout=600)
        results.append(result)
        if result.returncode != 0:
            break
    return results


def test_action_steps_with_the_docs_inputs(tmp_path: Path) -> None:
    inputs = docs_workflow_inputs()
    repo = make_repo(tmp_path, {"agreements": FIXTURES / "check-failing",
                                "infra": FIXTURES / "unrelated-yaml"})
    install, sarif_step, check_step = run_action(repo, tmp_path, inputs)
    assert (tmp_path / "pip-args").read_text().split("\n")[:2] == ["install", str(ROOT)]
    assert (ROOT / "pyproject.toml").exists() and install.returncode == 0
    assert sarif_step.returncode == 0, sarif_step.stderr
    log = json.loads((repo / inputs["sarif-file"]).read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))).validate(log)
    assert log["runs"][0]["results"]
    assert check_step.returncode == 1, check_step.stderr
    lines = check_step.stdout.splitlines()
    assert lines and all(line.startswith(("::error ", "::warning ", "::notice ")) for line in lines)
    assert "::error file=agreements/bad-schema.yaml,line=4,col=9" in check_step.stdout


def test_action_without_sarif_on_passing_agreements(tmp_path: Path) -> None:
    repo = make_repo(tmp_path, {"agreements": ROOT / "examples"})
    results = run_action(repo, tmp_path, {"paths": "agreements", "args": " ".join(TODAY)})
    assert len(results) == 2  # install and check: the SARIF step is skipped
    assert results[-1].returncode == 0, results[-1].stdout + results[-1].stderr
    assert not list(repo.rglob("*.sarif"))


# --- GitLab CI and the config snippet ---------------------------------------------------

def test_gitlab_job_script(tmp_path: Path) -> None:
    config = load_yaml(snippet("gitlab-ci"))
    jsonschema.Draft7Validator(vendored_schema("gitlab-ci")).validate(config)
    job = config["collabagree"]
    repo = make_repo(tmp_path, {"agreements": FIXTURES / "check-failing"})
    commands = [line for line in job["script"] if not line.startswith("pip install")]
    assert len(commands) == 1 and len(job["script"]) == 2
    result = subprocess.run(["bash", "-eo", "pipefail", "-c", commands[0]], cwd=repo,
                            env=tool_env(), capture_output=True, text=True, timeout=600)
    assert result.returncode == 1
    assert "Found " in result.stdout  # the log gets the full report
    for artifact in job["artifacts"]["paths"]:
        assert json.loads((repo / artifact).read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_docs_config_snippet_is_a_valid_config(tmp_path: Path) -> None:
    from collabagree.check.config import load_config

    path = tmp_path / ".collabagree.yaml"
    path.write_text(snippet("config"), encoding="utf-8")
    settings = load_config(path, [])
    assert settings.fail_on.value == "warning" and settings.exclude == ("archive",)
