"""Command-line interface: a thin layer that gathers options and calls the core."""

from __future__ import annotations

import sys

from collabagree.cli import archive as _archive  # noqa: F401 - registers `archive`
from collabagree.cli import check as _check  # noqa: F401 - registers `check`
from collabagree.cli import diff as _diff  # noqa: F401 - registers `diff`
from collabagree.cli import info as _info  # noqa: F401 - registers `schema`, `rules`, `rule`
from collabagree.cli import init as _init  # noqa: F401 - registers `init`
from collabagree.cli import list as _list  # noqa: F401 - registers `list`
from collabagree.cli import lsp as _lsp  # noqa: F401 - registers `lsp`
from collabagree.cli import preview as _preview  # noqa: F401 - registers `preview`
from collabagree.cli import render as _render  # noqa: F401 - registers `render`
from collabagree.cli import variation as _variation  # noqa: F401 - registers `variation`
from collabagree.cli.app import app
from collabagree.cli.errors import run_guarded


def main() -> None:
    """Console-script entry point."""
    sys.exit(run_guarded(lambda: app(prog_name="collabagree"), sys.argv[1:]))
