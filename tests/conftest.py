"""Shared fixtures: the shipped examples and the installed console script."""

from __future__ import annotations

from pathlib import Path

import pytest

from support import EXAMPLES


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    """The shipped example agreements."""
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert len(paths) >= 5
    return paths


@pytest.fixture
def run_cli() -> object:
    """Run the installed `collabagree` console script as a user would."""
    import shutil
    import subprocess
    import sys

    beside_python = Path(sys.executable).parent / "collabagree"
    executable = str(beside_python) if beside_python.exists() else shutil.which("collabagree")
    assert executable, "the collabagree console script is not installed"

    def run(*args: str, cwd: Path | str | None = None, input: str | None = None,
            env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run([executable, *args], capture_output=True, text=True, cwd=cwd,
                              input=input, env=env, timeout=600)

    return run
