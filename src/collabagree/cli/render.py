"""`collabagree render`: the documents people sign."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import JOBS_HELP, run_command

TO_HELP = "Formats, comma-separated: md, docx, pdf, html (default: md,docx,pdf)."
PDF_HELP = ("PDF standards, comma-separated: a-2b, a-2a, a-3b, ua-1, or none "
            "(default: a-2a,ua-1, archival and tagged for screen readers).")


@app.command()
def render(
    paths: Annotated[list[str], typer.Argument(help="Agreement files or folders.")],
    to: Annotated[str, typer.Option("--to", "-t", help=TO_HELP)] = "md,docx,pdf",
    output_dir: Annotated[Optional[Path], typer.Option(
        "--output-dir", "-o", help="Where to write (default: beside each agreement).")] = None,
    strict: Annotated[bool, typer.Option(
        "--strict", help="Refuse agreements with any error, not only schema and reference errors.")] = False,
    allow_errors: Annotated[bool, typer.Option(
        "--allow-errors", help="Render a final or signed agreement even though check reports errors "
        "(refused by default: the document would look ready to sign).")] = False,
    template_dir: Annotated[Optional[Path], typer.Option(
        "--template-dir", help="Your templates; a file here overrides the built-in one of the same name.")] = None,
    reference_doc: Annotated[Optional[Path], typer.Option(
        "--reference-doc", help="A DOCX whose styles the DOCX output uses.")] = None,
    pdf_standard: Annotated[str, typer.Option("--pdf-standard", help=PDF_HELP)] = "a-2a,ua-1",
    public: Annotated[bool, typer.Option(
        "--public", help="Render the public version, with each redaction withheld and marked by "
                         "its ground, as STEM.public.EXT, and the redaction log "
                         "(STEM.redactions.csv, .json); refused if any PUB error.")] = False,
    redline: Annotated[Optional[str], typer.Option(
        "--redline", metavar="OLD", help="Render the comparison with OLD (a file or REV:PATH) as "
        "STEM.redline.EXT: tracked changes in the DOCX, underline, strike-through and change bars "
        "with a summary of changes in the PDF and HTML.")] = None,
    author: Annotated[Optional[str], typer.Option(
        "--author", help="Who the redline's tracked changes are by (default: git user.name, "
        "else collabagree).")] = None,
    figure: Annotated[bool, typer.Option(
        "--figure/--no-figure", help="The timeline figure after the term clause (dates of the term, "
                                     "reviews, milestones, reports, payments and notice).")] = True,
    summary: Annotated[bool, typer.Option(
        "--summary", help="Write the one-page key-facts page, STEM.summary.EXT, in every --to "
                          "format, instead of the document.")] = False,
    jobs: Annotated[Optional[int], typer.Option(
        "--jobs", "-j", min=1, help=JOBS_HELP.format(default="parallel for batches of 4 or more"))] = None,
) -> None:
    """Render agreements to Markdown, DOCX, PDF and HTML; exit 1 if any was refused."""
    from collabagree.render.command import RenderRequest, run_render_command

    request = RenderRequest(paths, to, output_dir, strict, template_dir, reference_doc,
                            pdf_standard, jobs, allow_errors, public, redline, author, figure, summary)
    run_command(lambda: run_render_command(request, sys.stdout, sys.stderr))
