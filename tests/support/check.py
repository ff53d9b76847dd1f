"""Helpers for the `check` command tests: small agreements and an in-process CLI runner."""

from __future__ import annotations

import contextlib
import io
import os
from dataclasses import dataclass
from pathlib import Path

from collabagree.cli.app import app
from collabagree.cli.errors import run_guarded

# Only the PUR rules run in these tests (`--select PUR,SUP`), so rules other developers add
# cannot change what the tests expect.
PUR_ONLY = ("--select", "PUR,SUP", "--today", "2026-11-23")

# No PUR finding at all.
CLEAN = """\
collabagree: 1
agreement: {title: Joint Food Plan, type: mou, jurisdiction: UK-ENG}
parties:
  - {id: council, name: Kestrel Vale Borough Council, kind: local_government}
  - {id: foodbank, name: Kestrel Vale Food Bank, kind: charity}
purpose:
  statement: >-
    To reduce household food insecurity in Kestrel Vale by combining emergency food
    with fast referral to welfare advice for every household.
  vision: No household in Kestrel Vale goes without food.
scope:
  in: [Emergency food parcels]
  out: [Housing advice]
objectives:
  - {id: o1, text: Fewer households need repeat emergency food.}
term: {start: 2026-04-01, end: 2029-03-31}
"""

# Exactly one PUR finding: PUR001 purpose-too-short (warning) at line 7, column 14.
WARNS = CLEAN.replace("""  statement: >-
    To reduce household food insecurity in Kestrel Vale by combining emergency food
    with fast referral to welfare advice for every household.
""", "  statement: To work together on food.\n")

# PUR002 scope-missing (error) besides PUR001.
FAILS = WARNS.replace("scope:\n  in: [Emergency food parcels]\n  out: [Housing advice]\n", "")


@dataclass
class CliResult:
    """What one in-process run of the CLI gave."""

    code: int
    out: str
    err: str


def run(*args: str, cwd: Path | None = None) -> CliResult:
    """Run `collabagree ARGS` in this process (fast), from `cwd` if given."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.ExitStack() as stack:
        if cwd is not None:
            stack.enter_context(contextlib.chdir(cwd))
        stack.enter_context(contextlib.redirect_stdout(out))
        stack.enter_context(contextlib.redirect_stderr(err))
        code = run_guarded(lambda: app(args=list(args), prog_name="collabagree"), list(args))
    return CliResult(code, out.getvalue(), err.getvalue())


def write(path: Path, text: str) -> Path:
    """Write `text` to `path`, creating folders."""
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def make_repo(root: Path) -> Path:
    """A folder that looks like a repository root to config discovery."""
    (root / ".git").mkdir(parents=True, exist_ok=True)
    return root


def environ_without_format() -> dict[str, str]:
    """The environment less COLLABAGREE_OUTPUT_FORMAT and colour forcing."""
    return {key: value for key, value in os.environ.items()
            if key not in ("COLLABAGREE_OUTPUT_FORMAT", "FORCE_COLOR")}
