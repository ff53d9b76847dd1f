"""`collabagree check`: validate and lint agreements."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import JOBS_HELP, parse_today, run_command, split_list
from collabagree.report.formats import names_in_words

FORMAT_HELP = names_in_words() + " (default: $COLLABAGREE_OUTPUT_FORMAT or full)."


@app.command()
def check(
    paths: Annotated[Optional[list[str]], typer.Argument(
        help="Agreement files or folders (default: the current folder).", show_default=False)] = None,
    output_format: Annotated[Optional[str], typer.Option(
        "--output-format", "-f", help=FORMAT_HELP, show_default=False)] = None,
    output_file: Annotated[Optional[Path], typer.Option(
        "--output-file", "-o", help="Write the report here; the terminal still gets 'full'.")] = None,
    select: Annotated[Optional[list[str]], typer.Option(
        "--select", help="Only these rules (codes, names or prefixes; comma-separated).")] = None,
    extend_select: Annotated[Optional[list[str]], typer.Option(
        "--extend-select", help="Add rules to the selection (e.g. a profile's rules).")] = None,
    ignore: Annotated[Optional[list[str]], typer.Option(
        "--ignore", help="Leave these rules out (codes, names or prefixes).")] = None,
    fail_on: Annotated[Optional[str], typer.Option(
        "--fail-on", help="Exit 1 on findings at or above: error (default), warning or info.")] = None,
    exit_zero: Annotated[bool, typer.Option(
        "--exit-zero", help="Exit 0 even when there are findings.")] = False,
    statistics: Annotated[bool, typer.Option(
        "--statistics", help="Show counts per rule instead of findings.")] = False,
    today: Annotated[Optional[str], typer.Option(
        "--today", help="The date the lifecycle rules take as today (YYYY-MM-DD).")] = None,
    skip_non_agreements: Annotated[bool, typer.Option(
        "--skip-non-agreements", help="Skip named YAML files that are not agreements.")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help=JOBS_HELP.format(default="parallel only for big batches"))] = None,
    config: Annotated[Optional[Path], typer.Option(
        "--config", help="Configuration file (default: .collabagree.yaml or pyproject.toml).")] = None,
    coverage: Annotated[bool, typer.Option(
        "--coverage", help="Show, per agreement, which of the ten areas are present, partial or missing.")] = False,
    todo: Annotated[bool, typer.Option(
        "--todo", help="Show what is left to do, by section: placeholders to fill in, defaults "
                       "to confirm, missing items.")] = False,
    against: Annotated[Optional[str], typer.Option(
        "--against", metavar="REV", help="Compare each file with its version at this git revision "
        "(e.g. origin/main): a signed agreement must not change without a new version, a history "
        "entry and its approvers (VAR001-VAR003).")] = None,
) -> None:
    """Validate and lint agreements; exit 1 when findings reach --fail-on."""
    from collabagree.check.command import CheckRequest, run_check_command
    from collabagree.check.config import format_from_environment

    request = CheckRequest(
        paths=list(paths or []),
        output_format=output_format or format_from_environment(),
        output_file=output_file,
        select=split_list(select) if select else None,
        extend_select=split_list(extend_select),
        ignore=split_list(ignore),
        fail_on=fail_on,
        exit_zero=exit_zero,
        statistics=statistics,
        today=parse_today(today),
        skip_non_agreements=skip_non_agreements,
        jobs=jobs,
        config=config,
        coverage=coverage,
        todo=todo,
        against=against,
    )
    run_command(lambda: run_check_command(request, sys.stdout))
