"""Configuration: discovery, precedence, validation, per-file-ignores, exclude, the format variable."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from collabagree.check.config import find_config, load_config
from collabagree.core.errors import ConfigError
from collabagree.core.findings import Severity
from support.check import CLEAN, FAILS, WARNS, make_repo, run, write

TODAY = ("--today", "2026-11-23")


def codes(result_out: str) -> list[tuple[str, str]]:
    """(path, code) of each finding in a JSON report."""
    return [(item["path"], item["code"]) for item in json.loads(result_out)["findings"]]


def test_nearest_collabagree_yaml_upward_from_the_first_path(tmp_path: Path) -> None:
    repo = make_repo(tmp_path / "repo")
    write(repo / ".collabagree.yaml", "fail-on: info\n")
    nearer = write(repo / "agreements" / ".collabagree.yaml", "fail-on: warning\n")
    agreement = write(repo / "agreements" / "team" / "a.yaml", CLEAN)
    assert find_config(agreement) == nearer.absolute()
    assert load_config(None, [str(agreement)]).fail_on is Severity.WARNING
    assert load_config(None, [str(repo / "other.yaml")]).fail_on is Severity.INFO


def test_discovery_stops_at_the_repository_root(tmp_path: Path) -> None:
    write(tmp_path / ".collabagree.yaml", "fail-on: info\n")  # outside the repository
    repo = make_repo(tmp_path / "repo")
    agreement = write(repo / "a.yaml", CLEAN)
    assert find_config(agreement) is None
    assert load_config(None, [str(agreement)]).fail_on is Severity.ERROR


def test_without_paths_discovery_starts_in_the_current_folder(tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path)
    write(repo / ".collabagree.yaml", "exclude: [drafts]\n")
    monkeypatch.chdir(repo)
    assert load_config(None, []).exclude == ("drafts",)


def test_pyproject_table_when_there_is_no_collabagree_yaml(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "pyproject.toml", '[project]\nname = "x"\n\n[tool.collabagree]\n'
                                   'ignore = ["PUR001"]\nfail-on = "warning"\n')
    agreement = write(repo / "a.yaml", CLEAN)
    settings = load_config(None, [str(agreement)])
    assert settings.ignore == ("PUR001",) and settings.fail_on is Severity.WARNING
    write(repo / ".collabagree.yaml", "fail-on: info\n")
    assert load_config(None, [str(agreement)]).fail_on is Severity.INFO


def test_pyproject_without_our_table_is_passed_over(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "pyproject.toml", "[tool.collabagree]\nfail-on = 'info'\n")
    write(repo / "sub" / "pyproject.toml", "[project]\nname = 'x'\n")
    agreement = write(repo / "sub" / "a.yaml", CLEAN)
    assert find_config(agreement) == (repo / "pyproject.toml").absolute()


def test_explicit_config_wins_and_a_missing_one_is_exit_2(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / ".collabagree.yaml", "fail-on: info\n")
    explicit = write(repo / "ci" / "strict.yaml", "fail-on: warning\n")
    assert load_config(explicit, [str(repo)]).fail_on is Severity.WARNING
    with pytest.raises(ConfigError, match="no such file"):
        load_config(repo / "nope.yaml", [])
    result = run("check", str(repo), "--config", str(repo / "nope.yaml"))
    assert result.code == 2 and "nope.yaml" in result.err


def test_config_applies_and_the_command_line_wins(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", WARNS)
    # Config alone: PUR001 is a warning and fail-on warning makes it fail.
    write(repo / ".collabagree.yaml", "select: [PUR]\nfail-on: warning\n")
    assert run("check", "a.yaml", *TODAY, cwd=repo).code == 1
    # The command line's --fail-on beats the file's.
    assert run("check", "a.yaml", *TODAY, "--fail-on", "error", cwd=repo).code == 0
    # The command line's --select replaces the file's.
    result = run("check", "a.yaml", *TODAY, "--select", "PUR003", "-f", "json", cwd=repo)
    assert codes(result.out) == []
    # --ignore adds to the file's selection.
    result = run("check", "a.yaml", *TODAY, "--ignore", "PUR001", cwd=repo)
    assert result.code == 0 and "PUR001" not in result.out


def test_severity_override_from_config(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", WARNS)
    write(repo / ".collabagree.yaml", "select: [PUR]\nseverity:\n  purpose-too-short: error\n")
    result = run("check", "a.yaml", *TODAY, "-f", "json", cwd=repo)
    assert result.code == 1
    assert [item["severity"] for item in json.loads(result.out)["findings"]] == ["error"]


def test_profiles_from_config_turn_on_profile_rules(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / ".collabagree.yaml", "profiles: [aps_charter]\n")
    assert load_config(None, [str(repo)]).profiles == ("aps_charter",)


@pytest.mark.parametrize(("text", "line", "key", "words"), [
    ("select: [PUR]\nfial-on: warning\n", 2, "fial-on", "unknown key"),
    ("fail-on: fatal\n", 1, "fail-on", "not error, warning or info"),
    ("select: PUR\n", 1, "select", "must be a list"),
    ("ignore: [NOPE999]\n", 1, "ignore", "unknown rule selector 'NOPE999'"),
    ("profiles: [aps]\n", 1, "profiles", "unknown profile 'aps'"),
    ("severity: {PUR001: fatal}\n", 1, "severity", "not error, warning or info"),
    ("severity: {SCH003: warning}\n", 1, "severity", "always errors"),
    ("\n\nper-file-ignores:\n  'drafts/*': [NOPE]\n", 3, "per-file-ignores", "NOPE"),
    ("exclude: [1, 2]\n", 1, "exclude", "must be a list"),
])
def test_bad_config_is_exit_2_naming_file_line_and_key(tmp_path: Path, text: str, line: int,
                                                      key: str, words: str) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", CLEAN)
    write(repo / ".collabagree.yaml", text)
    result = run("check", "a.yaml", cwd=repo)
    assert result.code == 2, result
    assert result.err.count("\n") == 1 and "Traceback" not in result.err
    assert f".collabagree.yaml:{line}: key '{key}'" in result.err and words in result.err


def test_bad_pyproject_key_is_exit_2_naming_the_table_and_key(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", CLEAN)
    write(repo / "pyproject.toml", "[tool.collabagree]\nselct = ['PUR']\n")
    result = run("check", "a.yaml", cwd=repo)
    assert result.code == 2
    assert "pyproject.toml: [tool.collabagree] key 'selct': unknown key" in result.err


def test_broken_config_yaml_is_exit_2(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", CLEAN)
    write(repo / ".collabagree.yaml", "select: [PUR\n")
    result = run("check", "a.yaml", cwd=repo)
    assert result.code == 2 and ".collabagree.yaml" in result.err


def test_per_file_ignores_match_relative_to_the_config_folder(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "drafts" / "a.yaml", WARNS)
    write(repo / "final" / "b.yaml", WARNS)
    write(repo / ".collabagree.yaml", "select: [PUR]\nper-file-ignores:\n  'drafts/*': [PUR001]\n")
    for cwd in (repo, repo / "final"):  # the same answer wherever check runs from
        target = "." if cwd == repo else ".."
        result = run("check", target, *TODAY, "-f", "json", cwd=cwd)
        assert [code for path, code in codes(result.out)] == ["PUR001"], result.out
        assert codes(result.out)[0][0].endswith("b.yaml")


def test_per_file_ignores_pattern_without_slash_matches_the_file_name(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "deep" / "er" / "draft-x.yaml", FAILS)
    write(repo / ".collabagree.yaml", "select: [PUR]\nper-file-ignores:\n  'draft-*.yaml': [PUR]\n")
    result = run("check", ".", *TODAY, cwd=repo)
    assert result.code == 0, result.out


def test_exclude_leaves_folders_out_of_the_walk(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "archive" / "old.yaml", FAILS)
    write(repo / "live" / "a.yaml", CLEAN)
    write(repo / ".collabagree.yaml", "select: [PUR]\nexclude: [archive]\n")
    result = run("check", ".", *TODAY, "-f", "json", cwd=repo)
    assert result.code == 0 and json.loads(result.out)["files"] == 1


def test_environment_sets_the_default_format_and_the_option_wins(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    repo = make_repo(tmp_path)
    write(repo / "a.yaml", WARNS)
    monkeypatch.setenv("COLLABAGREE_OUTPUT_FORMAT", "concise")
    result = run("check", "a.yaml", "--select", "PUR", *TODAY, cwd=repo)
    assert result.out.startswith("a.yaml:7:14: PUR001 [warning] ")
    result = run("check", "a.yaml", "--select", "PUR", *TODAY, "-f", "json", cwd=repo)
    assert json.loads(result.out)["version"] == 1
    monkeypatch.setenv("COLLABAGREE_OUTPUT_FORMAT", "yaml")
    result = run("check", "a.yaml", cwd=repo)
    assert result.code == 2 and "COLLABAGREE_OUTPUT_FORMAT" in result.err


def test_exclude_is_relative_to_the_config_folder_wherever_check_runs(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    write(repo / "agreements" / "archive" / "old.yaml", FAILS)
    write(repo / "agreements" / "a.yaml", CLEAN)
    write(repo / ".collabagree.yaml", "select: [PUR]\nexclude: [agreements/archive]\n")
    for cwd, target in ((repo, "agreements"), (repo / "agreements", ".")):
        result = run("check", target, *TODAY, "-f", "json", cwd=cwd)
        assert result.code == 0 and json.loads(result.out)["files"] == 1, (cwd, result.out)
