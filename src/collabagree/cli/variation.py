"""`collabagree variation`: the variation to sign, from two versions of an agreement."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import run_command

VERSION_HELP = "A file, or REV:PATH for the file at a git revision (v1.0:food.yaml)."


@app.command()
def variation(
    old: Annotated[str, typer.Argument(metavar="OLD", help="The agreement as signed. " + VERSION_HELP,
                                       show_default=False)],
    new: Annotated[str, typer.Argument(metavar="NEW", help="The agreement as varied. " + VERSION_HELP,
                                       show_default=False)],
    effective: Annotated[Optional[str], typer.Option(
        "--effective", metavar="DATE", help="When the variation takes effect, YYYY-MM-DD "
        "(default: NEW's document_control.date).")] = None,
    number: Annotated[Optional[int], typer.Option(
        "--number", min=1, help="Which variation this is (default: NEW's history entries that OLD lacks).")] = None,
    to: Annotated[str, typer.Option("--to", "-t", help="Formats, comma-separated: md, docx, pdf, html.")]
        = "md,docx,pdf",
    output_dir: Annotated[Optional[Path], typer.Option(
        "--output-dir", "-o", help="Where to write (default: beside NEW).")] = None,
    template_dir: Annotated[Optional[Path], typer.Option(
        "--template-dir", help="Your templates; a file here overrides the built-in one of the same name.")] = None,
    pdf_standard: Annotated[str, typer.Option("--pdf-standard", help="PDF standards (default: a-2a,ua-1).")]
        = "a-2a,ua-1",
) -> None:
    """Write the variation of OLD into NEW (STEM.variation.EXT): the changes by clause number,
    the effective date, and signature blocks for every signatory; exit 2 for trouble."""
    from collabagree.core.errors import UsageError
    from collabagree.render.command import RenderRequest, _report, build_options
    from collabagree.versions.redline_command import render_variation

    def work() -> int:
        try:
            when = date.fromisoformat(effective) if effective is not None else None
        except ValueError:
            raise UsageError("--effective: give the date as YYYY-MM-DD") from None
        options = build_options(RenderRequest([new], to, output_dir, False, template_dir, None, pdf_standard, None))
        outcome = render_variation(old, new, options, when, number)
        _report([outcome], sys.stdout, sys.stderr)
        return 2 if outcome.status == "failed" else 0

    run_command(work)
