"""`check --coverage`: the ten areas of each agreement as a Rich table (`full`) or JSON (`json`).

The statuses come from `collabagree.check.coverage`; this module only reads each agreement's YAML
again (with the safe loader) to see which sections it holds, and writes the result.
"""

from __future__ import annotations

import io
import json
import sys
from typing import Any, TextIO

from rich.table import Table
from rich.text import Text

from collabagree.check.coverage import MISSING, PARTIAL, PRESENT, AgreementCoverage, agreement_coverage
from collabagree.check.settings import Settings
from collabagree.core.errors import UsageError
from collabagree.core.text import no_agreements
from collabagree.core.visible import visible
from collabagree.report.base import write_output_file
from collabagree.report.full import make_console
from collabagree.report.model import Report

COVERAGE_FORMATS = ("full", "json")
JSON_VERSION = 1
STATUS_STYLE = {PRESENT: "green", PARTIAL: "yellow", MISSING: "bold red"}
NO_AGREEMENTS = no_agreements("nothing to show")


def report_coverage(report: Report) -> list[AgreementCoverage]:
    """The coverage of every agreement in the report, in report order."""
    results = []
    for result in report.agreements:
        invalid = any(finding.code.startswith("SCH") for finding in result.findings)
        data = None if invalid else result.data
        results.append(agreement_coverage(result.path, result.findings, data))
    return results


def coverage_document(coverages: list[AgreementCoverage]) -> dict[str, Any]:
    """The JSON document: one object per agreement, and totals per status."""
    totals = {status: sum(item.count(status) for item in coverages) for status in (PRESENT, PARTIAL, MISSING)}
    return {"version": JSON_VERSION, "files": len(coverages),
            "agreements": [item.to_dict() for item in coverages], "summary": totals}


def write_coverage_json(coverages: list[AgreementCoverage], stream: TextIO) -> None:
    """Write the coverage as one indented JSON document."""
    json.dump(coverage_document(coverages), stream, indent=2, ensure_ascii=False)
    stream.write("\n")


def coverage_table(coverage: AgreementCoverage) -> Table:
    """A Rich table of one agreement's areas: area, status, the failing rules and info notes."""
    # Text, not markup: a title or file name holding `[` must print as written.
    heading = Text.assemble(visible(coverage.title or coverage.path), "\n",
                            (visible(coverage.path), "dim"))
    table = Table(title=heading, title_justify="left", show_lines=False, expand=False)
    table.add_column("Area", no_wrap=True)
    table.add_column("Status", no_wrap=True)
    table.add_column("Failing rules")
    table.add_column("Info", style="dim")
    for area in coverage.areas:
        status = Text(area.status, style=STATUS_STYLE[area.status])
        table.add_row(area.area.title, status, Text(", ".join(area.codes)),
                      Text(visible(", ".join(area.notes))))
    return table


def write_coverage_full(coverages: list[AgreementCoverage], stream: TextIO, color: bool | None) -> None:
    """One table per agreement, then a one-line total."""
    console = make_console(stream, color)
    for coverage in coverages:
        if not coverage.valid:
            console.print(Text(f"{visible(coverage.path)}: not assessed; fix the schema errors first "
                               f"({', '.join(coverage.schema_codes)})", style="bold red"))
            console.print()
            continue
        console.print(coverage_table(coverage))
        console.print()
    console.print(summary_line(coverages))


def summary_line(coverages: list[AgreementCoverage]) -> str:
    """`5 agreements: 44 areas present, 5 partial, 1 missing.`"""
    noun = "agreement" if len(coverages) == 1 else "agreements"
    counts = {status: sum(item.count(status) for item in coverages) for status in (PRESENT, PARTIAL, MISSING)}
    line = (f"{len(coverages)} {noun}: {counts[PRESENT]} areas present, {counts[PARTIAL]} partial, "
            f"{counts[MISSING]} missing")
    invalid = sum(1 for item in coverages if not item.valid)
    return line + (f"; {invalid} not assessed." if invalid else ".")


def write_coverage(report: Report, settings: Settings, stdout: TextIO) -> None:
    """The coverage view in the chosen format; with --output-file it goes there too, in that
    format, and the terminal gets the table."""
    if settings.output_format not in COVERAGE_FORMATS:
        raise UsageError(f"--coverage shows 'full' or 'json' output, not '{settings.output_format}'")
    coverages = report_coverage(report)
    terminal_format = settings.output_format
    if settings.output_file is not None:
        buffer = io.StringIO()
        _write(coverages, settings.output_format, buffer, color=False)
        write_output_file(settings.output_file, buffer.getvalue())
        terminal_format = "full"
    if not coverages:
        (sys.stderr if terminal_format == "json" else stdout).write(NO_AGREEMENTS)
        if terminal_format != "json":
            return
    _write(coverages, terminal_format, stdout, color=None)


def _write(coverages: list[AgreementCoverage], output_format: str, stream: TextIO, *,
           color: bool | None) -> None:
    if output_format == "json":
        write_coverage_json(coverages, stream)
    else:
        write_coverage_full(coverages, stream, color)
