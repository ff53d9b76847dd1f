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

LIST_FORMATS: tuple[str, ...] = ("table", "csv", "json", "ics")
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


def render_text(register: Register, output_format: str) -> str:
    """The register in a file format (csv, json, ics, or a plain table)."""
    if output_format == "csv":
        from collabagree.register.csv_format import render_csv

        return render_csv(register)
    if output_format == "json":
        from collabagree.register.json_format import render_json

        return render_json(register)
    if output_format == "ics":
        from collabagree.register.ics import render_ics

        return render_ics(register)
    from collabagree.register.table import plain_table

    return plain_table(register)


def run_list_command(request: ListRequest, stdout: TextIO) -> int:
    """Run `list` and write the register; returns the exit code."""
    if request.output_format not in LIST_FORMATS:
        raise UsageError(f"unknown output format '{request.output_format}' "
                         f"(choose from {', '.join(LIST_FORMATS)})")
    settings = load_config(request.config, request.paths)
    from collabagree.check.runner import limit_jobs

    jobs = limit_jobs(request.jobs, sys.stderr)
    settings = replace(settings, today=request.today or settings.today,
                       jobs=jobs if jobs is not None else settings.jobs)
    register = collect_register(request.paths, settings)
    if request.output_file is not None:
        from collabagree.check.command import refuse_overwriting_an_input

        refuse_overwriting_an_input(request.output_file, [row.path for row in register.rows])
        _write_file(request.output_file, render_text(register, request.output_format))
        what = _count(len(register.rows), "agreement")
        if request.output_format == "ics":
            from collabagree.register.ics import calendar_events

            what = f"{_count(len(calendar_events(register)), 'event')} from {what}"
        stdout.write(f"Wrote {visible(str(request.output_file))}: {what}.\n")
        return 0
    if request.output_format == "table":
        if not register.rows:
            stdout.write(NO_AGREEMENTS)
            return 0
        from collabagree.register.table import write_table

        write_table(register, stdout)
        return 0
    if not register.rows:
        sys.stderr.write(NO_AGREEMENTS)  # stdout still gets a valid, empty document
    _write_stdout(stdout, render_text(register, request.output_format))
    return 0


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
