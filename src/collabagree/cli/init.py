"""`collabagree init`: scaffold a new agreement, or copy a shipped example."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.errors import UsageError

EXIT_INTERRUPTED = 130


@app.command()
def init(
    path: Annotated[Path, typer.Argument(
        help="The file to create.", show_default=True)] = Path("agreement.yaml"),
    agreement_type: Annotated[Optional[str], typer.Option(
        "--type", help="mou, partnering_agreement, data_sharing_agreement, funding_agreement "
                             "or cross_sector_collaboration (short names such as 'funding' work).",
        show_default=False)] = None,
    jurisdiction: Annotated[Optional[str], typer.Option(
        "--jurisdiction", help="UK-ENG, UK-WLS, UK-SCT, UK-NIR, NZ, AU-CTH, AU-NSW, AU-VIC, "
                                     "AU-QLD, AU-WA, AU-SA, AU-TAS, AU-ACT, AU-NT or OTHER.",
        show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option(
        "--title", help="The agreement's full title.", show_default=False)] = None,
    party: Annotated[Optional[list[str]], typer.Option(
        "--party", help="A party as ID=NAME:KIND, e.g. council=Kestrel Vale Borough "
                              "Council:local_government (repeat for each party).",
        show_default=False)] = None,
    lead: Annotated[Optional[str], typer.Option(
        "--lead", help="The id of the lead agency.", show_default=False)] = None,
    start: Annotated[Optional[str], typer.Option(
        "--start", help="Start date, YYYY-MM-DD.", show_default=False)] = None,
    end: Annotated[Optional[str], typer.Option(
        "--end", help="End date, YYYY-MM-DD, or 'open' for no end date.", show_default=False)] = None,
    no_input: Annotated[bool, typer.Option(
        "--no-input", help="Never ask; missing answers take defaults or TODO placeholders.")] = False,
    interactive: Annotated[bool, typer.Option(
        "--interactive", help="Ask even when stdin is not a terminal (scripted answers).")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite the file if it exists.")] = False,
    example: Annotated[Optional[str], typer.Option(
        "--example", help="Copy a complete worked example instead (see --list-examples).",
        show_default=False)] = None,
    list_examples: Annotated[bool, typer.Option(
        "--list-examples", help="List the shipped examples with their type and jurisdiction.")] = False,
) -> None:
    """Start a new agreement file with every section its type needs (asks on a terminal)."""
    from collabagree.scaffold.command import InitOptions, run_init

    options = InitOptions(
        path=path, type=agreement_type, jurisdiction=jurisdiction, title=title,
        parties=list(party or []), lead=lead, start=start, end=end, no_input=no_input,
        interactive=interactive, force=force, example=example, list_examples=list_examples,
    )
    try:
        code = run_init(options, sys.stdout)
    except EOFError:
        # Click would turn these into "Aborted!" and exit 1; the CLI promises 2 and 130.
        raise UsageError("input ended before every question was answered; nothing was written") from None
    except KeyboardInterrupt:
        print("\ncollabagree: interrupted; nothing was written", file=sys.stderr)
        raise typer.Exit(EXIT_INTERRUPTED) from None
    raise typer.Exit(code)
