"""`collabagree list` as a user runs it: exit codes, files written, the documented samples."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from support import ROOT
from support.register import TODAY, write_folder

PINNED = ("--today", TODAY.isoformat())
SAMPLE = re.compile(r"```sh\n(collabagree list examples --today (\S+))\n```\n\n```text\n(.*?)```",
                    re.DOTALL)


def test_help_lists_the_command(run_cli: Any) -> None:
    result = run_cli("--help")
    assert result.returncode == 0 and "list" in result.stdout


def test_documented_samples_are_real_output(run_cli: Any) -> None:
    documents = [path for path in (ROOT / "README.md", ROOT / "docs" / "register.md")
                 if path.exists() and "## The register" in path.read_text(encoding="utf-8")]
    samples = [match for path in documents for match in SAMPLE.finditer(path.read_text(encoding="utf-8"))]
    assert samples, "no `collabagree list examples` sample found in README.md or docs/register.md"
    for match in samples:
        result = run_cli("list", "examples", "--today", match.group(2), cwd=ROOT)
        assert result.returncode == 0, result.stderr
        assert result.stdout == match.group(3), (
            f"the sample of `{match.group(1)}` is out of date; paste the command's output in")


def test_agreements_with_errors_still_list_with_exit_0(run_cli: Any, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "agreements")
    result = run_cli("list", str(folder), *PINNED)
    assert result.returncode == 0, result.stderr
    assert "OVERDUE-1" in result.stdout and "invalid" in result.stdout
    assert "notes.yaml" not in result.stdout and result.stderr == ""


def test_missing_path_is_exit_2_with_one_line(run_cli: Any, tmp_path: Path) -> None:
    result = run_cli("list", str(tmp_path / "nowhere"), *PINNED)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and "no such file" in result.stderr


def test_bad_options_are_exit_2(run_cli: Any, tmp_path: Path) -> None:
    for args in (["--output-format", "xml"], ["--today", "tomorrow"], ["--jobs", "0"]):
        result = run_cli("list", str(tmp_path), *args)
        assert result.returncode == 2, (args, result.stderr)
        assert "Traceback" not in result.stderr


def test_no_agreements_is_a_note_and_exit_0(run_cli: Any, tmp_path: Path) -> None:
    write_folder(tmp_path, {"notes.yaml": "meeting: weekly\n"})
    table = run_cli("list", str(tmp_path), *PINNED)
    assert table.returncode == 0 and table.stdout.startswith("No agreements found")
    as_json = run_cli("list", str(tmp_path / "notes.yaml"), "-f", "json", *PINNED)
    assert as_json.returncode == 0 and json.loads(as_json.stdout)["agreements"] == []


def test_output_file_is_written_whole(run_cli: Any, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "agreements")
    target = tmp_path / "agreements.ics"
    result = run_cli("list", str(folder), "-f", "ics", "-o", str(target), *PINNED)
    assert result.returncode == 0, result.stderr
    assert re.fullmatch(r"Wrote .*agreements\.ics: \d+ events from 8 agreements\.\n", result.stdout)
    data = target.read_bytes()
    assert data.startswith(b"BEGIN:VCALENDAR\r\n") and data.endswith(b"END:VCALENDAR\r\n")
    assert [path.name for path in tmp_path.iterdir() if path.name.startswith(".")] == []


def test_stdout_keeps_crlf(run_cli: Any, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "agreements")
    result = run_cli("list", str(folder), "-f", "csv", *PINNED)
    assert result.returncode == 0
    assert result.stdout.splitlines()[0].startswith("reference,title,short_title,")


def test_unwritable_output_file_is_exit_2(run_cli: Any, tmp_path: Path) -> None:
    folder = write_folder(tmp_path / "agreements")
    result = run_cli("list", str(folder), "-f", "csv", "-o", str(tmp_path / "no" / "such" / "r.csv"),
                     *PINNED)
    assert result.returncode == 2 and "cannot write" in result.stderr
    assert "Traceback" not in result.stderr
