"""`collabagree list`: the register of agreements, with dates and health, at a glance."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import JOBS_HELP, parse_date_option, parse_today, run_command

FORMAT_HELP = ("table (default), csv, json, ics (iCalendar: every obligation) or html "
               "(a self-contained page with the register and a portfolio timeline).")


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
    obligations: Annotated[bool, typer.Option(
        "--obligations", help="List the obligations (reviews, reports, instalments, notice "
        "deadlines, ...) by date instead of the agreements.")] = False,
    date_from: Annotated[Optional[str], typer.Option(
        "--from", help="Obligations from this date (YYYY-MM-DD; default: today).",
        show_default=False)] = None,
    date_to: Annotated[Optional[str], typer.Option(
        "--to", help="Obligations up to this date (YYYY-MM-DD; default: a year after --from; "
        "for ics, the end of each term).", show_default=False)] = None,
) -> None:
    """The register: one row per agreement, sorted by next review date; or, with
    --obligations, every obligation between two dates."""
    from collabagree.register.command import ListRequest, run_list_command

    request = ListRequest(
        paths=list(paths or []),
        output_format=output_format,
        output_file=output_file,
        today=parse_today(today),
        jobs=jobs,
        config=config,
        obligations=obligations,
        date_from=parse_date_option("--from", date_from),
        date_to=parse_date_option("--to", date_to),
    )
    run_command(lambda: run_list_command(request, sys.stdout))
