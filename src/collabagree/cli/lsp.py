"""`collabagree lsp`: a language server over stdio, for findings as you type."""

from __future__ import annotations

from typing import Annotated

import typer

from collabagree.cli.app import app


@app.command()
def lsp(
    stdio: Annotated[bool, typer.Option(
        "--stdio", help="Talk LSP over standard input and output (the default and only transport; "
                        "accepted because editors pass it).")] = False,
) -> None:
    """Run the language server: diagnostics, rule help on hover, suppression quick fixes.

    Start it from your editor, not by hand; see docs/editors.md.
    """
    from collabagree.lsp.server import run_server

    raise typer.Exit(run_server())
