"""The core of `collabagree check`: options in, report out, exit code back."""

from __future__ import annotations

import io
import sys
from dataclasses import dataclass, field, replace
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from collabagree.check.config import load_config
from collabagree.check.runner import limit_jobs, run_check
from collabagree.check.settings import Settings
from collabagree.core.errors import UsageError
from collabagree.core.findings import Severity
from collabagree.core.text import no_agreements
from collabagree.report.base import get_reporter, write_output_file
from collabagree.report.formats import OUTPUT_FORMATS, PARSEABLE_FORMATS
from collabagree.report.model import Report, exit_code

NO_AGREEMENTS_NOTE = no_agreements("nothing to check")


@dataclass
class CheckRequest:
    """What the user asked for on the command line (None: not given)."""

    paths: list[str] = field(default_factory=list)
    output_format: str | None = None
    output_file: Path | None = None
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    exit_zero: bool = False
    statistics: bool = False
    today: date | None = None
    skip_non_agreements: bool = False
    jobs: int | None = None
    config: Path | None = None
    coverage: bool = False
    todo: bool = False
    against: str | None = None


def build_settings(request: CheckRequest) -> Settings:
    """Defaults < config file < command line."""
    settings = load_config(request.config, request.paths)
    changes: dict[str, Any] = {}
    if request.select is not None:
        changes["select"] = request.select
    if request.extend_select:
        changes["extend_select"] = settings.extend_select + request.extend_select
    if request.ignore:
        changes["ignore"] = settings.ignore + request.ignore
    if request.fail_on is not None:
        try:
            changes["fail_on"] = Severity.parse(request.fail_on)
        except ValueError:
            raise UsageError(f"--fail-on: '{request.fail_on}' is not error, warning or info") from None
    if request.output_format is not None:
        if request.output_format not in OUTPUT_FORMATS:
            raise UsageError(f"unknown output format '{request.output_format}' "
                             f"(choose from {', '.join(OUTPUT_FORMATS)})")
        changes["output_format"] = request.output_format
    if request.against is not None:
        from collabagree.versions.revision import verify_revision

        # A bad revision is one line and exit 2 before any file is read, not one per file.
        verify_revision(request.against, Path.cwd())
        changes["against"] = request.against
    for name in ("output_file", "today"):
        if getattr(request, name) is not None:
            changes[name] = getattr(request, name)
    if request.jobs is not None:
        changes["jobs"] = limit_jobs(request.jobs, sys.stderr)
    for name in ("exit_zero", "statistics", "skip_non_agreements", "coverage", "todo"):
        if getattr(request, name):
            changes[name] = True
    views = [f"--{name}" for name in ("coverage", "statistics", "todo") if getattr(request, name)]
    if len(views) > 1:
        raise UsageError(f"{' and '.join(views)} are different views of the results; choose one")
    return replace(settings, **changes)


def run_check_command(request: CheckRequest, stdout: TextIO) -> int:
    """Run `check` and write its report(s); returns the exit code."""
    settings = build_settings(request)
    report = run_check(request.paths, settings)
    write_reports(report, settings, stdout)
    return exit_code(report, settings.fail_on, settings.exit_zero)


def write_reports(report: Report, settings: Settings, stdout: TextIO) -> None:
    """The report in the chosen format; with --output-file, that goes to the file and the
    terminal gets `full`, so one run serves a person and a SARIF upload."""
    if settings.coverage:
        from collabagree.report.coverage import write_coverage

        write_coverage(report, settings, stdout)
        return
    if settings.todo:
        from collabagree.report.todo import write_todo

        write_todo(report, settings, stdout)
        return
    terminal_format = settings.output_format
    if settings.output_file is not None:
        refuse_overwriting_an_input(settings.output_file, [result.path for result in report.files])
        # Written even when nothing was found, so a later SARIF upload step finds its file.
        buffer = io.StringIO()
        get_reporter(settings.output_format, settings).write(report, buffer, color=False)
        write_output_file(settings.output_file, buffer.getvalue())
        terminal_format = "full"
    parseable = terminal_format in PARSEABLE_FORMATS
    if not report.agreements:
        # JSON and SARIF on stdout must stay parseable: an empty report there, the note on stderr.
        (sys.stderr if parseable else stdout).write(NO_AGREEMENTS_NOTE)
        if not parseable:
            return
    if settings.statistics:
        from collabagree.report.statistics import write_statistics

        write_statistics(report, replace(settings, output_format=terminal_format), stdout)
        return
    get_reporter(terminal_format, settings).write(report, stdout)


def refuse_overwriting_an_input(output_file: Path, inputs: list[str]) -> None:
    """Raise `UsageError` when `--output-file` is one of the files just read (or a link to
    one): a report must never replace an agreement."""
    from collabagree.render.outputs import InputIndex

    source = InputIndex(inputs).overwritten(output_file)
    if source is not None:
        raise UsageError(f"--output-file {output_file} would overwrite the input {source}; "
                         "nothing was written")
