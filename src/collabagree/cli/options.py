"""Small helpers shared by the commands' option parsing."""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date
from typing import NoReturn

import typer

from collabagree.core.errors import UsageError

EXIT_INTERRUPTED = 130
JOBS_HELP = "Worker processes, at most the number of CPUs (default: {default})."


def run_command(work: Callable[[], int]) -> NoReturn:
    """Run a command's core and exit with its code. Ctrl-C is one line and exit 130: left
    to Click it would be "Aborted!" and exit 1, and to Python a traceback."""
    try:
        code = work()
    except KeyboardInterrupt:
        sys.stderr.write("collabagree: interrupted\n")
        raise typer.Exit(EXIT_INTERRUPTED) from None
    raise typer.Exit(code)


def split_list(values: list[str] | None) -> tuple[str, ...]:
    """Flatten repeated and comma-separated option values: `-s A,B -s C` -> (A, B, C)."""
    items: list[str] = []
    for value in values or []:
        items.extend(part.strip() for part in value.split(",") if part.strip())
    return tuple(items)


def parse_today(value: str | None) -> date | None:
    """Read `--today YYYY-MM-DD`."""
    return parse_date_option("--today", value)


def parse_date_option(option: str, value: str | None) -> date | None:
    """Read a `YYYY-MM-DD` option such as `--today` or `--from`; a bad one is a usage error
    (exit 2) naming the option."""
    if value is None:
        return None
    # The value is echoed in a one-line message: nothing unprintable, nothing very long.
    shown = "".join(char if char.isprintable() else "?" for char in value[:40])
    try:
        day = date.fromisoformat(value.strip())
    except ValueError:
        raise UsageError(f"{option}: '{shown}' is not a date in the form YYYY-MM-DD") from None
    from collabagree.model.base import MAX_YEAR, MIN_YEAR

    if not MIN_YEAR <= day.year <= MAX_YEAR:
        # Like the dates in a file: schedules counted from it must stay inside the calendar.
        raise UsageError(f"{option}: '{shown}' is outside the years {MIN_YEAR} to {MAX_YEAR}")
    return day
