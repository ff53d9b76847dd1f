"""Every output format: golden snapshots (with the exit code), SARIF schema validity, escaping.

The snapshots are `check` run on tests/fixtures/check-failing by the installed console script.
After an intended change, regenerate them with `UPDATE_GOLDEN=1 python -m pytest
tests/test_check_formats.py` and review the diff of tests/golden/check/. Each snapshot is the
exit code on its first line, then stdout byte for byte.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from collabagree import __version__
from collabagree.core.findings import Finding, Severity, Span
from collabagree.report.github import escape_data, escape_property, workflow_command
from support.check import environ_without_format

TESTS = Path(__file__).resolve().parents[1]
FIXTURE = TESTS / "fixtures" / "check-failing"
GOLDEN = TESTS / "golden" / "check"
SARIF_SCHEMA = TESTS / "report" / "sarif" / "sarif-schema-2.1.0.json"
UPDATE = os.environ.get("UPDATE_GOLDEN") == "1"
FORMATS = ("full", "concise", "json", "github", "sarif")
VERSION_MARK = "<collabagree version>"


def snapshot_text(output_format: str, stdout: str) -> str:
    """The stored form of an output: the package version masked, so a release keeps it valid."""
    if output_format == "sarif":
        stdout = stdout.replace(f'"version": "{__version__}",\n          "informationUri"',
                                f'"version": "{VERSION_MARK}",\n          "informationUri"')
    return stdout


def run_format(run_cli: Any, output_format: str, *extra: str) -> Any:
    env = environ_without_format() | {"NO_COLOR": "1"}
    return run_cli("check", ".", "--output-format", output_format, "--today", "2026-11-23",
                   *extra, cwd=FIXTURE, env=env)


@pytest.mark.parametrize("output_format", FORMATS)
def test_golden_snapshot_and_exit_code(run_cli: Any, output_format: str) -> None:
    result = run_format(run_cli, output_format)
    assert result.stderr == ""
    actual = f"exit code: {result.returncode}\n" + snapshot_text(output_format, result.stdout)
    golden = GOLDEN / f"{output_format}.txt"
    if UPDATE:
        golden.parent.mkdir(parents=True, exist_ok=True)
        golden.write_text(actual, encoding="utf-8")
    assert golden.exists(), f"no snapshot {golden.name}: run with UPDATE_GOLDEN=1"
    assert actual == golden.read_text(encoding="utf-8")
    assert result.returncode == 1


def test_full_has_no_colour_codes_when_piped(run_cli: Any) -> None:
    result = run_format(run_cli, "full")
    assert "\x1b[" not in result.stdout
    assert result.stdout.rstrip().endswith("in 3 of 3 agreements.")


def test_sarif_is_valid_against_the_sarif_2_1_0_schema(run_cli: Any) -> None:
    log = json.loads(run_format(run_cli, "sarif").stdout)
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator.check_schema(schema)
    errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(log), key=str)
    assert not errors, errors[0]
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [rule["id"] for rule in rules] == sorted({result["ruleId"] for result in run["results"]})
    for result in run["results"]:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        uri = result["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
        assert not uri.startswith("/") and "\\" not in uri
    by_id = {rule["id"]: rule for rule in rules}
    assert by_id["PUR001"]["help"]["markdown"].startswith("## PUR001 purpose-too-short")
    assert by_id["PUR005"]["defaultConfiguration"]["level"] == "warning"
    assert by_id["SCH003"]["defaultConfiguration"]["level"] == "error"
    assert {result["level"] for result in run["results"]} == {"error", "warning", "note"}


def test_empty_sarif_is_valid_too(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("check", str(tmp_path), "--output-format", "sarif", env=environ_without_format())
    assert result.returncode == 0 and "No agreements found" in result.stderr
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    jsonschema.Draft4Validator(schema).validate(json.loads(result.stdout))


def test_github_escaping_of_properties_and_message() -> None:
    assert escape_property("a%b\r\nc:d,e") == "a%25b%0D%0Ac%3Ad%2Ce"
    assert escape_data("a%b\r\nc:d,e") == "a%25b%0D%0Ac:d,e"
    finding = Finding("PTY002", "party-without-contact", Severity.INFO, "100% sure:\nline two",
                      "dir,one/a:b.yaml", Span(3, 5, 4, 1))
    assert workflow_command(finding) == (
        "::notice file=dir%2Cone/a%3Ab.yaml,line=3,col=5,endLine=4,endColumn=1,"
        "title=collabagree PTY002::100%25 sure:%0Aline two")


def test_github_command_by_severity(run_cli: Any) -> None:
    lines = run_format(run_cli, "github").stdout.splitlines()
    assert {line.split(" ", 1)[0] for line in lines} == {"::error", "::warning", "::notice"}


def test_reporters_are_imported_only_when_used(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from collabagree.cli import main\n"
        f"sys.argv = ['collabagree', 'check', {str(FIXTURE / 'funding-gaps.yaml')!r}, '-f', 'concise']\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(name for name in sys.modules if name.startswith('collabagree.report.')))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=environ_without_format(), cwd=tmp_path, timeout=600)
    loaded = result.stdout.strip().splitlines()[-1]
    assert "collabagree.report.concise" in loaded
    for heavy in ("sarif", "github", "full", "json_format", "statistics"):
        assert f"collabagree.report.{heavy}'" not in loaded, loaded
