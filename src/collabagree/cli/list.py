"""`collabagree list`: the register of agreements, with dates and health, at a glance."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import JOBS_HELP, parse_today, run_command

FORMAT_HELP = "table (default), csv, json or ics (iCalendar: reviews, milestones, expiries)."


@app.command("list")
def list_agreements(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Agreement files or folders (default: the current folder).", show_default=False)] = None,
    output_format: Annotated[str, typer.Option(
        "--output-format", "-f", help=FORMAT_HELP, show_default=False)] = "table",
    output_file: Annotated[Optional[Path], typer.Option(
        "--output-file", "-o", help="Write the register here (atomically) instead of the terminal.")] = None,
    today: Annotated[Optional[str], typer.Option(
        "--today", help="The date taken as today (YYYY-MM-DD; default: the system date).")] = None,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help=JOBS_HELP.format(default="parallel only for big batches"))] = None,
    config: Annotated[Optional[Path], typer.Option(
        "--config", help="Configuration file (default: .collabagree.yaml or pyproject.toml).")] = None,
) -> None:
    """The register: one row per agreement, sorted by next review date."""
    from collabagree.register.command import ListRequest, run_list_command

    request = ListRequest(
        paths=list(paths or []),
        output_format=output_format,
        output_file=output_file,
        today=parse_today(today),
        jobs=jobs,
        config=config,
    )
    run_command(lambda: run_list_command(request, sys.stdout))
