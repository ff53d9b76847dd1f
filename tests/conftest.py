"""Shared fixtures: where the repository's examples live, and a quick way to check text."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from collabagree.checker import check_bytes
from collabagree.findings import FileResult
from collabagree.lint.engine import Selection
from collabagree.settings import Settings

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
TODAY = date(2026, 11, 23)


@pytest.fixture(scope="session")
def example_paths() -> list[Path]:
    """The shipped example agreements."""
    paths = sorted(EXAMPLES.glob("*.yaml"))
    assert len(paths) >= 5
    return paths


def check_text(text: str, name: str = "agreement.yaml", **settings: object) -> FileResult:
    """Check YAML text as a named file, with `today` pinned unless given."""
    settings.setdefault("today", TODAY)
    return check_bytes(name, text.encode("utf-8"), Selection(Settings(**settings)))  # type: ignore[arg-type]


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
