"""A real git repository for the version tests: git with a fixed identity and no user
configuration, and the edits that make a variation of the UK example."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

APPROVED = ("    - {version: \"1.1\", date: 2027-03-01, changes: \"Variation 1, as set out in the variation; approved "
            "by the Director of Communities and the Chair of Trustees.\"}\n")


def git(repo: Path, *args: str) -> str:
    """Run git in `repo` with a fixed identity and no user or system configuration."""
    env = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1",
           "GIT_AUTHOR_NAME": "Test", "GIT_AUTHOR_EMAIL": "test@example.org",
           "GIT_COMMITTER_NAME": "Test", "GIT_COMMITTER_EMAIL": "test@example.org"}
    result = subprocess.run(["git", "-c", "init.defaultBranch=main", *args], cwd=repo, env=env,
                            capture_output=True, text=True, check=True)
    return result.stdout


def commit(repo: Path, message: str) -> None:
    """Commit everything in the work tree."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def edit(path: Path, *replacements: tuple[str, str]) -> None:
    """Replace the first occurrence of each text, which must be there."""
    text = path.read_text(encoding="utf-8")
    for old, new in replacements:
        assert old in text, old
        text = text.replace(old, new, 1)
    path.write_text(text, encoding="utf-8")


RAISE_GRANT = ("  total: 135000", "  total: 150000")
# A variation that leaves every other rule as it was (a higher grant needs new instalments).
RAISE_TARGET = ("target: 95 per cent", "target: 97 per cent")
NEW_VERSION = ('  version: "1.0"', '  version: "1.1"')


def add_history(path: Path) -> None:
    """Add the history entry of version 1.1, approved by both approvers' roles."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    last = max(index for index, line in enumerate(lines) if line.startswith("    - {version:"))
    lines.insert(last + 1, APPROVED)
    path.write_text("".join(lines), encoding="utf-8")
