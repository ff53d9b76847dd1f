"""The core of `collabagree render`: options in, documents out, exit code back."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from collabagree.check.discovery import discover
from collabagree.core.errors import UsageError
from collabagree.core.findings import FileResult
from collabagree.core.text import no_agreements
from collabagree.render.document import FORMATS, RenderOptions, RenderOutcome


@dataclass
class RenderRequest:
    """What the user asked for on the command line."""

    paths: list[str]
    to: str
    output_dir: Path | None
    strict: bool
    template_dir: Path | None
    reference_doc: Path | None
    pdf_standard: str
    jobs: int | None
    allow_errors: bool = False
    public: bool = False
    """Render the public version (`STEM.public.EXT`) and the redaction log."""
    redline: str | None = None
    """Render the comparison with this earlier version (`STEM.redline.EXT`)."""
    author: str | None = None
    """The author of the redline's tracked changes."""
    figure: bool = True
    """The timeline figure after the term clause (`--no-figure`: left out)."""
    summary: bool = False
    """The key-facts page (`STEM.summary.EXT`) instead of the document."""


def build_options(request: RenderRequest) -> RenderOptions:
    """Check the options and turn them into `RenderOptions` (bad values: exit 2)."""
    formats = tuple(dict.fromkeys(part.strip().lower() for part in request.to.split(",") if part.strip()))
    unknown = [name for name in formats if name not in FORMATS]
    if unknown or not formats:
        raise UsageError(f"--to: unknown format '{(unknown or [request.to])[0]}' (choose from {', '.join(FORMATS)})")
    from collabagree.render.pdf import parse_pdf_standards

    standards = tuple(parse_pdf_standards(request.pdf_standard))
    if request.template_dir is not None and not request.template_dir.is_dir():
        raise UsageError(f"--template-dir: {request.template_dir} is not a folder")
    if request.reference_doc is not None and not request.reference_doc.is_file():
        raise UsageError(f"--reference-doc: {request.reference_doc} does not exist")
    if request.summary and request.public:
        raise UsageError("--summary and --public cannot be combined: render the public version first")
    if request.redline is not None and (request.summary or request.public):
        raise UsageError("--redline cannot be combined with --summary or --public")
    return RenderOptions(formats, request.output_dir, request.strict, request.template_dir,
                         request.reference_doc, standards, allow_errors=request.allow_errors,
                         figure=request.figure, summary=request.summary)


def run_render_command(request: RenderRequest, stdout: TextIO, stderr: TextIO) -> int:
    """Render every agreement named or found; 0 all rendered, 1 any refused, 2 any failed."""
    options = build_options(request)
    if request.redline is not None:
        from collabagree.versions.redline_command import render_redline

        outcomes = render_redline(request.paths, request.redline, request.author, options)
        _report(outcomes, stdout, stderr)
        return 2 if any(outcome.status == "failed" for outcome in outcomes) else 0
    targets = [target.path for target in discover(request.paths)]
    from collabagree.check.pipeline import mentions_agreement_key

    paths = [path for path in targets if _is_candidate(path, mentions_agreement_key, request.paths)]
    if not paths:
        stdout.write(no_agreements())
        return 0
    from collabagree.check.runner import limit_jobs

    if request.public:
        from collabagree.publication.public import render_public_batch

        outcomes = render_public_batch(paths, options)
    else:
        outcomes = _render_with_progress(paths, options, limit_jobs(request.jobs, stderr), stderr)
    _report(outcomes, stdout, stderr)
    if any(outcome.status == "failed" for outcome in outcomes):
        return 2
    return 1 if any(outcome.status == "refused" for outcome in outcomes) else 0


def _is_candidate(path: str, mentions: object, named: list[str]) -> bool:
    """Named files are always rendered (and refused if not agreements); files found in a
    folder only when they look like agreements."""
    if path in {str(Path(p)) for p in named}:
        return True
    from collabagree.load.reader import FileReadError, read_limited

    try:
        return bool(mentions(read_limited(path)))  # type: ignore[operator]
    except FileReadError:
        return True  # render_file reports it (a broken link, a FIFO) and the batch goes on


def _render_with_progress(paths: list[str], options: RenderOptions, jobs: int | None,
                          stderr: TextIO) -> list[RenderOutcome]:
    from collabagree.render.batch import render_batch

    if len(paths) < 2 or not stderr.isatty():
        return render_batch(paths, options, jobs)
    from rich.progress import Progress

    with Progress(transient=True) as progress:
        task = progress.add_task("Rendering", total=len(paths))
        return render_batch(paths, options, jobs, on_done=lambda _: progress.advance(task))


def _report(outcomes: list[RenderOutcome], stdout: TextIO, stderr: TextIO) -> None:
    from collabagree.check.settings import Settings
    from collabagree.core.visible import visible
    from collabagree.report.base import get_reporter
    from collabagree.report.model import Report

    refused = [o for o in outcomes if o.status == "refused"]
    if refused:
        report = Report([FileResult(o.path, o.findings) for o in refused])
        get_reporter("full", Settings()).write(report, stdout)
    for outcome in outcomes:
        # Paths and messages are shown with their controls made visible, one line each.
        if outcome.status == "refused" and outcome.error:
            stderr.write(f"collabagree: {visible(outcome.error)}\n")
        if outcome.status == "failed":
            stderr.write(f"collabagree: error: {visible(str(outcome.error))}\n")
        elif outcome.status == "rendered":
            names = ", ".join(visible(str(path)) for path in outcome.outputs)
            stdout.write(f"{visible(outcome.path)} -> {names}\n")
            # Characters the PDF fonts cannot show, and so on: the files were written.
            for warning in outcome.warnings:
                stderr.write(f"collabagree: warning: {visible(outcome.path)}: {visible(warning)}\n")
            if outcome.note:
                stderr.write(f"collabagree: note: {visible(outcome.path)}: {outcome.note}\n")
    done = sum(1 for o in outcomes if o.status == "rendered")
    files = sum(len(o.outputs) for o in outcomes)
    failed = sum(1 for o in outcomes if o.status == "failed")
    stdout.write(f"Rendered {done} of {len(outcomes)} agreement{'s' if len(outcomes) != 1 else ''} "
                 f"to {files} file{'s' if files != 1 else ''}"
                 + (f"; {len(refused)} refused (validation errors)" if refused else "")
                 + (f"; {failed} failed" if failed else "") + ".\n")
