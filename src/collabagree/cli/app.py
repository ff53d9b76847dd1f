"""The Typer application and its global options (`--version`, `--debug`)."""

from __future__ import annotations

from typing import Annotated, Optional

import typer

from collabagree import __version__

app = typer.Typer(
    name="collabagree",
    help="Write, check and render public-sector collaboration agreements kept as YAML.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _print_version(value: bool) -> None:
    if value:
        typer.echo(f"collabagree {__version__}")
        raise typer.Exit()


@app.callback()
def main_options(
    version: Annotated[Optional[bool], typer.Option(
        "--version", callback=_print_version, is_eager=True, help="Show the version and exit.")] = None,
    debug: Annotated[bool, typer.Option(
        "--debug", help="Show the full traceback of an internal error.")] = False,
) -> None:
    """collabagree: agreements as YAML, checked like code, rendered for signature."""
