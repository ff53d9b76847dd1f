"""`collabagree init`: scaffold a new agreement, or copy a shipped example."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from collabagree.cli.app import app
from collabagree.core.errors import UsageError
from collabagree.domain.jurisdictions import codes_in_words

EXIT_INTERRUPTED = 130


@app.command()
def init(
    path: Annotated[Path, typer.Argument(
        metavar="PATH", help="The file to create.", show_default=True)] = Path("agreement.yaml"),
    agreement_type: Annotated[Optional[str], typer.Option(
        "--type", metavar="TYPE", help="mou, partnering_agreement, data_sharing_agreement, funding_agreement "
                             "or cross_sector_collaboration (short names such as 'funding' work).",
        show_default=False)] = None,
    jurisdiction: Annotated[Optional[str], typer.Option(
        "--jurisdiction", metavar="CODE", help=codes_in_words() + ".",
        show_default=False)] = None,
    title: Annotated[Optional[str], typer.Option(
        "--title", metavar="TEXT", help="The agreement's full title.", show_default=False)] = None,
    party: Annotated[Optional[list[str]], typer.Option(
        "--party", metavar="ID=NAME:KIND", help="A party as ID=NAME:KIND, e.g. council=Kestrel Vale Borough "
                              "Council:local_government (repeat for each party).",
        show_default=False)] = None,
    lead: Annotated[Optional[str], typer.Option(
        "--lead", metavar="ID", help="The id of the lead agency.", show_default=False)] = None,
    start: Annotated[Optional[str], typer.Option(
        "--start", metavar="DATE", help="Start date, YYYY-MM-DD.", show_default=False)] = None,
    end: Annotated[Optional[str], typer.Option(
        "--end", metavar="DATE", help="End date, YYYY-MM-DD, or 'open' for no end date.", show_default=False)] = None,
    publish: Annotated[Optional[bool], typer.Option(
        "--publish/--no-publish", help="Whether the agreement will be published; with --publish, "
                                       "a redaction list to fill in is scaffolded.",
        show_default=False)] = None,
    no_input: Annotated[bool, typer.Option(
        "--no-input", help="Never ask; missing answers take defaults or TODO placeholders.")] = False,
    interactive: Annotated[bool, typer.Option(
        "--interactive", help="Ask even when stdin is not a terminal (scripted answers).")] = False,
    force: Annotated[bool, typer.Option(
        "--force", help="Overwrite the file if it exists.")] = False,
    example: Annotated[Optional[str], typer.Option(
        "--example", metavar="NAME", help="Copy a complete worked example instead (see --list-examples).",
        show_default=False)] = None,
    list_examples: Annotated[bool, typer.Option(
        "--list-examples", help="List the shipped examples with their type and jurisdiction.")] = False,
    write_schema: Annotated[bool, typer.Option(
        "--write-schema", help="Also write the JSON Schema beside the file, as agreement.schema.json, "
                               "and point the modeline at it.")] = False,
) -> None:
    """Start a new agreement file with every section its type needs.

    On a terminal it asks for the type, jurisdiction, title, parties, lead agency and dates;
    with --no-input, or when stdin is not a terminal, it asks nothing and uses the flags plus
    defaults. Placeholders say TODO; defaults to confirm carry a '# TODO confirm' comment;
    `collabagree check` lists both. The first line points editors at the schema, offline:
    with --write-schema, a copy written beside the file; else a relative path when a copy
    of collabagree's schema sits in schemas/ above the file (up to the repository root);
    else the schema installed with collabagree. The APS Charter rule pack is switched on for
    AU-CTH agreements with an Australian Government agency, and the UK Compact pack for UK
    agreements between a public body and a voluntary organisation.
    """
    from collabagree.scaffold.command import InitOptions, run_init

    options = InitOptions(
        path=path, type=agreement_type, jurisdiction=jurisdiction, title=title,
        parties=list(party or []), lead=lead, start=start, end=end, no_input=no_input,
        interactive=interactive, force=force, example=example, list_examples=list_examples,
        write_schema=write_schema, published=publish,
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
