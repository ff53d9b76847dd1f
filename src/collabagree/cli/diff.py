"""`collabagree diff`: what changed between two versions of an agreement, by clause."""

from __future__ import annotations

import sys
from typing import Annotated

import typer

from collabagree.cli.app import app
from collabagree.cli.options import run_command

VERSION_HELP = "A file, or REV:PATH for the file at a git revision (HEAD~1:food.yaml, v1.0:food.yaml)."


@app.command()
def diff(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The earlier version. " + VERSION_HELP, show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The later version. " + VERSION_HELP, show_default=False)],
    output_format: Annotated[str, typer.Option(
        "--output-format", "-f", help="text, json (a list of changes) or markdown (a table).")] = "text",
) -> None:
    """Compare two versions by content, each change at its clause number; exit 0 when the
    same, 1 when they differ, 2 for trouble (as diff does)."""
    from collabagree.versions.command import run_diff_command

    run_command(lambda: run_diff_command(old, new, output_format, sys.stdout))
