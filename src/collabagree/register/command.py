"""The core of `collabagree list`: options in, register out, exit code back.

Exit codes: 0 when the register was produced, even when agreements in it have errors (the
register reports them in its error column; failing on them is `check`'s job); 2 for a missing
path, a bad option or an output file that cannot be written (raised as `CollabagreeError`).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import TextIO

from collabagree.check.config import load_config
from collabagree.core.errors import CollabagreeError, UsageError
from collabagree.core.text import no_agreements
from collabagree.core.visible import visible
from collabagree.register.collect import Register, collect_register
from collabagree.register.obligations import Window, collect_obligations, default_window

LIST_FORMATS: tuple[str, ...] = ("table", "csv", "json", "ics", "html")
# Formats whose content is obligations anyway, so --from and --to apply without --obligations.
WINDOWED_FORMATS = frozenset({"ics", "html"})
NO_AGREEMENTS = no_agreements()


@dataclass
class ListRequest:
    """What the user asked for on the command line (None: not given)."""

    paths: list[str] = field(default_factory=list)
    output_format: str = "table"
    output_file: Path | None = None
    today: date | None = None
    jobs: int | None = None
    config: Path | None = None
    obligations: bool = False
    date_from: date | None = None
    date_to: date | None = None


def obligation_window(request: ListRequest, today: date) -> Window:
    """The dates asked for: --from (default today) to --to (default a year after --from; for
    the calendar, the end of each term). A window that ends before it starts is exit 2."""
    start = request.date_from or today
    if request.date_to is not None:
        end: date | None = request.date_to
    elif request.output_format == "ics":
        end = None
    else:
        end = default_window(start, calendar=False).end
    if end is not None and end < start:
        said = "--from" if request.date_from else "today"
        raise UsageError(f"--to {end.isoformat()} is before {said} {start.isoformat()}")
    return Window(start, end)


def _check_options(request: ListRequest) -> None:
    if request.output_format not in LIST_FORMATS:
        raise UsageError(f"unknown output format '{request.output_format}' "
                         f"(choose from {', '.join(LIST_FORMATS)})")
    windowed = request.obligations or request.output_format in WINDOWED_FORMATS
    if (request.date_from or request.date_to) and not windowed:
        raise UsageError("--from and --to choose obligations: add --obligations "
                         "(or use --output-format ics or html)")


def render_text(register: Register, request: ListRequest) -> str:
    """The register in a file format (csv, json, ics, html, or a plain table), or its
    obligations with --obligations."""
    output_format = request.output_format
    window = obligation_window(request, register.today)
    if output_format == "ics":
        from collabagree.register.ics import render_ics

        return render_ics(register, window)
    if output_format == "html":
        from collabagree.register.html_page import render_html

        return render_html(register, window)
    if request.obligations:
        from collabagree.register import obligations_format

        if output_format == "csv":
            return obligations_format.obligations_csv(register, window)
        if output_format == "json":
            return obligations_format.obligations_json(register, window)
        return obligations_format.plain_obligations(register, window)
    if output_format == "csv":
        from collabagree.register.csv_format import render_csv

        return render_csv(register)
    if output_format == "json":
        from collabagree.register.json_format import render_json

        return render_json(register)
    from collabagree.register.table import plain_table

    return plain_table(register)


def run_list_command(request: ListRequest, stdout: TextIO) -> int:
    """Run `list` and write the register; returns the exit code."""
    _check_options(request)
    settings = load_config(request.config, request.paths)
    from collabagree.check.runner import limit_jobs

    jobs = limit_jobs(request.jobs, sys.stderr)
    # Today is fixed once, and a bad window fails before any file is checked.
    settings = replace(settings, today=request.today or settings.effective_today,
                       jobs=jobs if jobs is not None else settings.jobs)
    obligation_window(request, settings.effective_today)
    register = collect_register(request.paths, settings)
    if request.output_file is not None:
        from collabagree.check.command import refuse_overwriting_an_input

        refuse_overwriting_an_input(request.output_file, [row.path for row in register.rows])
        _write_file(request.output_file, render_text(register, request))
        stdout.write(f"Wrote {visible(str(request.output_file))}: {_what(register, request)}.\n")
        return 0
    if request.output_format == "table":
        if not register.rows:
            stdout.write(NO_AGREEMENTS)
            return 0
        if request.obligations:
            from collabagree.register.obligations_format import write_obligations

            write_obligations(register, obligation_window(request, register.today), stdout)
            return 0
        from collabagree.register.table import write_table

        write_table(register, stdout)
        return 0
    if not register.rows:
        sys.stderr.write(NO_AGREEMENTS)  # stdout still gets a valid, empty document
    _write_stdout(stdout, render_text(register, request))
    return 0


def _what(register: Register, request: ListRequest) -> str:
    """`19 events from 5 agreements`: what an --output-file run wrote."""
    what = _count(len(register.rows), "agreement")
    if request.output_format == "ics" or request.obligations:
        found = collect_obligations(register, obligation_window(request, register.today))
        noun = "event" if request.output_format == "ics" else "obligation"
        what = f"{_count(len(found), noun)} from {what}"
    return what


def _count(number: int, noun: str) -> str:
    return f"{number} {noun}{'' if number == 1 else 's'}"


def _write_file(path: Path, text: str) -> None:
    from collabagree.core.atomic import write_atomic

    try:
        write_atomic(path, text.encode("utf-8"))
    except OSError as error:
        raise CollabagreeError(f"{path}: cannot write ({error.strerror or error})") from None


def _write_stdout(stdout: TextIO, text: str) -> None:
    # CSV and iCalendar need their CRLF line ends byte for byte: write bytes when the stream
    # has a buffer, so no platform newline translation doubles the CR.
    buffer = getattr(stdout, "buffer", None)
    if buffer is None:
        stdout.write(text)
        return
    stdout.flush()
    buffer.write(text.encode("utf-8"))
    buffer.flush()
