"""Run the installed `collabagree` script with a hard time limit, for hostile-input tests.

A regression in these tests would typically *hang* (a FIFO opened for reading blocks until
a writer comes), so the command runs in its own session and, at the deadline, the whole
process group (workers included) is killed and the test fails with a clear message instead
of stalling the suite.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest


@dataclass(frozen=True)
class Outcome:
    """What the command did."""

    returncode: int
    stdout: str
    stderr: str


def executable() -> str:
    """The console script beside this Python, else the one on PATH."""
    beside_python = Path(sys.executable).parent / "collabagree"
    found = str(beside_python) if beside_python.exists() else shutil.which("collabagree")
    assert found, "the collabagree console script is not installed"
    return found


def start(*args: str, cwd: Path | str | None = None,
          memory_limit: int | None = None) -> subprocess.Popen[str]:
    """Start the command in a new session (its own process group), output captured;
    `memory_limit` caps its address space in bytes (where the platform can)."""

    def limit() -> None:
        import resource

        assert memory_limit is not None
        resource.setrlimit(resource.RLIMIT_AS, (memory_limit, memory_limit))

    return subprocess.Popen([executable(), *args], cwd=cwd, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL, text=True,
                            start_new_session=True,
                            preexec_fn=limit if memory_limit is not None else None)


def finish(process: subprocess.Popen[str], timeout: float, what: str) -> Outcome:
    """Wait for a started command; kill its whole group and fail the test at `timeout`."""
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(process.pid, signal.SIGKILL)
        process.communicate()
        pytest.fail(f"{what}: still running after {timeout:g} s (blocked?)")
    return Outcome(process.returncode, stdout, stderr)


def run_bounded(*args: str, cwd: Path | str | None = None, timeout: float = 60,
                memory_limit: int | None = None) -> Outcome:
    """Run `collabagree ARGS` and return its outcome; fails the test if it outlives `timeout`."""
    return finish(start(*args, cwd=cwd, memory_limit=memory_limit), timeout,
                  "collabagree " + " ".join(args))


def assert_one_line_error(outcome: Outcome, *needles: str) -> None:
    """No traceback, and each needle in one single stderr line."""
    assert "Traceback" not in outcome.stderr + outcome.stdout
    for needle in needles:
        lines = [line for line in outcome.stderr.splitlines() if needle in line]
        assert lines, f"{needle!r} not in stderr: {outcome.stderr!r}"
