"""`check` options: --output-file, --statistics, --exit-zero, --fail-on, empty runs, batches."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from collabagree.check.runner import PARALLEL_THRESHOLD, available_cpus, decide_jobs
from support.check import CLEAN, FAILS, PUR_ONLY, WARNS, environ_without_format, make_repo, run, write


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A repository with one clean, one warning and one failing agreement."""
    root = make_repo(tmp_path)
    write(root / "clean.yaml", CLEAN)
    write(root / "warns.yaml", WARNS)
    write(root / "fails.yaml", FAILS)
    return root


def test_output_file_gets_the_format_and_the_terminal_gets_full(repo: Path) -> None:
    (repo / "out").mkdir()
    result = run("check", ".", *PUR_ONLY, "-f", "sarif", "--output-file", "out/report.sarif", cwd=repo)
    assert result.code == 1
    log = json.loads((repo / "out" / "report.sarif").read_text(encoding="utf-8"))
    assert log["version"] == "2.1.0" and len(log["runs"][0]["results"]) == 4
    assert "fails.yaml:7:14: PUR001 [warning]" in result.out  # full: excerpt and summary
    assert result.out.rstrip().endswith("in 2 of 3 agreements.")
    assert not list((repo / "out").glob(".*.tmp"))  # the atomic write left no temporary file


def test_output_file_in_a_missing_folder_is_exit_2(repo: Path) -> None:
    result = run("check", ".", *PUR_ONLY, "--output-file", "nowhere/report.json", cwd=repo)
    assert result.code == 2 and "--output-file" in result.err


def test_statistics_table_and_json(repo: Path) -> None:
    result = run("check", ".", *PUR_ONLY, "--statistics", cwd=repo)
    assert result.code == 1
    assert result.out.splitlines() == [
        "2  PUR001  purpose-too-short",
        "1  PUR002  scope-missing",
        "1  PUR003  exclusions-missing",
        "4  total in 3 agreement(s)",
    ]
    result = run("check", ".", *PUR_ONLY, "--statistics", "-f", "json", cwd=repo)
    document = json.loads(result.out)
    assert document["statistics"][0] == {"code": "PUR001", "name": "purpose-too-short", "count": 2}
    assert document["summary"] == {"files": 3, "error": 1, "warning": 3, "info": 0}


def test_exit_zero_and_fail_on(repo: Path) -> None:
    assert run("check", "fails.yaml", *PUR_ONLY, cwd=repo).code == 1
    assert run("check", "fails.yaml", *PUR_ONLY, "--exit-zero", cwd=repo).code == 0
    assert run("check", "warns.yaml", *PUR_ONLY, cwd=repo).code == 0
    assert run("check", "warns.yaml", *PUR_ONLY, "--fail-on", "warning", cwd=repo).code == 1
    assert run("check", "clean.yaml", *PUR_ONLY, "--fail-on", "info", cwd=repo).code == 0


def test_no_agreements_found_is_a_note_and_exit_0(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    write(root / "compose.yaml", "services:\n  web: {image: nginx}\n")
    result = run("check", ".", cwd=root)
    assert result.code == 0
    assert result.out.strip().count("\n") == 0 and "No agreements found" in result.out
    result = run("check", ".", "-f", "json", cwd=root)
    assert result.code == 0 and json.loads(result.out)["files"] == 0
    assert "No agreements found" in result.err


def test_skip_non_agreements_for_named_files(tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    write(root / "compose.yaml", "services:\n  web: {image: nginx}\n")
    result = run("check", "compose.yaml", "-f", "concise", cwd=root)
    assert result.code == 1 and "SCH006" in result.out
    result = run("check", "compose.yaml", "--skip-non-agreements", cwd=root)
    assert result.code == 0 and "No agreements found" in result.out


def test_default_jobs_are_serial_for_small_batches_and_parallel_for_big_ones() -> None:
    assert decide_jobs(None, PARALLEL_THRESHOLD - 1) == 1
    assert decide_jobs(3, 2) == min(3, available_cpus())
    assert decide_jobs(1000, 2) == available_cpus()  # capped at the CPUs
    assert decide_jobs(None, 10_000) >= 1


def test_parallel_output_is_identical_to_serial(run_cli: Any, tmp_path: Path) -> None:
    root = make_repo(tmp_path)
    for number in range(60):
        text = (CLEAN, WARNS, FAILS)[number % 3].replace("Joint Food Plan", f"Joint Food Plan {number}")
        write(root / f"group{number % 4}" / f"agreement-{number:02d}.yaml", text)
    env = environ_without_format() | {"NO_COLOR": "1"}
    for output_format in ("json", "full"):
        serial = run_cli("check", ".", *PUR_ONLY, "-f", output_format, "--jobs", "1", cwd=root, env=env)
        parallel = run_cli("check", ".", *PUR_ONLY, "-f", output_format, "--jobs", "2", cwd=root, env=env)
        assert serial.returncode == parallel.returncode == 1
        assert serial.stdout == parallel.stdout
        if output_format == "json":
            assert json.loads(serial.stdout)["files"] == 60
