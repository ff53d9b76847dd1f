"""`collabagree archive`: the record that lasts, as a BagIt bag per agreement."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.cli.options import run_command


@app.command()
def archive(
    paths: Annotated[list[str], typer.Argument(help="Agreement files or folders; with --verify, bags or folders of bags.")],
    output_dir: Annotated[Optional[Path], typer.Option(
        "--output-dir", "-o", help="Where the bags go: one folder per agreement, DIR/STEM/.")] = None,
    verify: Annotated[bool, typer.Option(
        "--verify", help="Validate bags and name each file that changed; exit 1 if any did.")] = False,
) -> None:
    """Archive agreements as BagIt bags (source, PDF/A, DOCX, public version, Dublin Core), or verify bags."""
    from collabagree.publication.command import run_archive_command

    run_command(lambda: run_archive_command(paths, output_dir, verify, sys.stdout, sys.stderr))
