"""`collabagree schema`, `collabagree rules` and `collabagree rule CODE`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app


@app.command()
def schema(
    output: Annotated[Optional[Path], typer.Option(
        "--output", "-o", metavar="FILE", help="Write the schema to FILE (atomically) instead of printing it.",
        show_default=False)] = None,
) -> None:
    """Print the JSON Schema of the agreement format, or write it to a file."""
    from collabagree.schema.json_schema import schema_text

    if output is None:
        sys.stdout.write(schema_text())
        return
    from collabagree.schema.output import write_schema_file

    write_schema_file(output)
    sys.stdout.write(f"Wrote {output}.\n")


@app.command("rules")
def list_rules(
    output_format: Annotated[str, typer.Option(
        "--output-format", "-f", help="table or json.")] = "table",
) -> None:
    """List every rule: code, name, group and default severity."""
    from collabagree.lint.docs import print_rule_table

    print_rule_table(output_format, sys.stdout)


@app.command("rule")
def show_rule(code: Annotated[str, typer.Argument(help="A rule code or name, e.g. PTY002.")]) -> None:
    """Explain one rule: what it checks, why, an example that fails and the fix."""
    from collabagree.lint.docs import print_rule

    print_rule(code, sys.stdout)
