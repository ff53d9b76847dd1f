"""`collabagree preview FILE`: the rendered agreement and its findings, live in the browser."""

from __future__ import annotations

import sys
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app


@app.command()
def preview(
    file: Annotated[str, typer.Argument(metavar="FILE", help="The agreement file to preview.")],
    port: Annotated[Optional[str], typer.Option(
        "--port", metavar="N", help="Listen on this port (default: a random free one).",
        show_default=False)] = None,
    no_browser: Annotated[bool, typer.Option(
        "--no-browser", help="Do not open the page in a browser; only print its address.")] = False,
) -> None:
    """Show FILE rendered beside its findings in the browser, updated on every save.

    A local web server on 127.0.0.1 (and ::1) only; it prints its address, opens the
    browser unless --no-browser, and runs until Ctrl-C (exit 130).
    """
    from collabagree.preview.command import PreviewOptions, parse_port, run_preview

    options = PreviewOptions(file=file, port=parse_port(port), open_browser=not no_browser)
    raise typer.Exit(run_preview(options, sys.stdout, sys.stderr))
