"""A few fuzzed files through the real command line: exit 0, 1 or 2, never a traceback.

Each example starts a process (about half a second), so the counts are small; the
in-process tests in test_fuzz_check.py cover the breadth.
"""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from support.fuzz import generate
from support.strategies import broken, dated, mangled, odd_yaml, with_texts

CLI = settings(deadline=None, derandomize=True, database=None, max_examples=6,
               suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large,
                                      HealthCheck.function_scoped_fixture,
                                      HealthCheck.large_base_example])
ANY_FILE = st.one_of(
    broken().map(lambda data: generate.emit_yaml(data).encode("utf-8")),
    with_texts().map(lambda data: generate.emit_yaml(data).encode("utf-8")),
    dated().map(lambda data: generate.emit_yaml(data).encode("utf-8")),
    mangled(),
    odd_yaml(),
)


def _assert_clean_exit(result: subprocess.CompletedProcess[str], allowed: tuple[int, ...]) -> None:
    assert result.returncode in allowed, (result.returncode, result.stdout[-2000:], result.stderr[-2000:])
    output = result.stdout + result.stderr
    assert "Traceback" not in output and "internal error" not in output, output[-3000:]
    assert "\x1b" not in output  # not a terminal, and control characters are escaped


@CLI
@given(ANY_FILE)
def test_check_command_line(run_cli: Any, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzzed.yaml"
    path.write_bytes(raw)
    for output_format in ("full", "json"):
        _assert_clean_exit(run_cli("check", "--today", "2026-11-23", "-f", output_format, str(path)), (0, 1))


@CLI
@given(ANY_FILE)
def test_render_and_list_command_line(run_cli: Any, tmp_path: Path, raw: bytes) -> None:
    path = tmp_path / "fuzzed.yaml"
    path.write_bytes(raw)
    _assert_clean_exit(run_cli("render", "--to", "md", "-o", str(tmp_path / "out"), str(path)), (0, 1, 2))
    _assert_clean_exit(run_cli("list", "--today", "2026-11-23", "-f", "ics", str(path)), (0, 1, 2))
