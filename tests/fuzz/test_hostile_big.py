"""Hostile files too big to commit, made at test time: each ends in findings, in bounded
time and with bounded output, through the real command line."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

SECONDS = 60
MINIMAL = (
    "collabagree: 1\n"
    "agreement: {title: Big Agreement, type: mou, jurisdiction: UK-ENG, status: draft}\n"
    "parties:\n"
    "  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}\n"
    "  - {id: charity, name: Kestrel Food Bank, kind: charity}\n"
    "purpose: {statement: To work together on food security in Kestrel Vale.}\n"
    "term: {start: 2026-04-01, end: 2029-03-31}\n"
)
BIG_FILES: dict[str, tuple[str, str]] = {
    # name: (text, what the findings must say)
    "three-megabytes.yaml": (MINIMAL + "rationale: " + "x" * 3_000_000 + "\n", "larger than the 2 MiB limit"),
    "node-budget.yaml": (MINIMAL + "background: [" + ",".join(["1"] * 110_000) + "]\n", "100,000 nodes"),
    "findings-cap.yaml": (MINIMAL + "background: [" + ",".join(["1"] * 90_000) + "]\n", "more problems"),
    "many-definitions.yaml": (MINIMAL + "definitions:\n"
                              + "".join(f"  Term{i}: meaning {i}\n" for i in range(20_000)), "more problems"),
    "one-long-line.yaml": ("{collabagree: 1, agreement: {title: T, type: mou, jurisdiction: UK-ENG}, background: ["
                           + ",".join(["1"] * 90_000) + "]}\n", "more problems"),
    "huge-title.yaml": (MINIMAL.replace("Big Agreement", "Big " + "Agreement " * 180_000), ""),
}


def _timed(run_cli: Any, *args: str) -> tuple[subprocess.CompletedProcess[str], float]:
    start = time.perf_counter()
    result = run_cli(*args)
    return result, time.perf_counter() - start


@pytest.mark.parametrize("name", sorted(BIG_FILES))
def test_big_hostile_file(run_cli: Any, tmp_path: Path, name: str) -> None:
    text, expected = BIG_FILES[name]
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    result, seconds = _timed(run_cli, "check", "--today", "2026-11-23", str(path))
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-2000:]
    assert result.returncode == 1
    assert expected in result.stdout
    assert seconds < SECONDS, seconds
    # 1,000 findings at most, each with 300 characters of source around it.
    assert len(result.stdout) < 5_000_000, len(result.stdout)


def test_huge_title_renders(run_cli: Any, tmp_path: Path) -> None:
    path = tmp_path / "huge-title.yaml"
    path.write_text(BIG_FILES["huge-title.yaml"][0], encoding="utf-8")
    result, seconds = _timed(run_cli, "render", "--to", "md", "-o", str(tmp_path / "out"), str(path))
    assert result.returncode == 0, result.stderr[-2000:]
    assert seconds < SECONDS
    assert (tmp_path / "out" / "huge-title.md").stat().st_size > 1_000_000
