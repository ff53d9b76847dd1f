"""The output formats of `collabagree check`: one registry for names, reporters and help.

Kept free of heavy imports: the command line reads it for its help text, and the reporter
class is imported only when a report is written (`report.base.get_reporter`).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class OutputFormat:
    """One output format: its name, reporter (`module:Class`) and whether programs parse it."""

    name: str
    reporter: str
    parseable: bool = False


OUTPUT_FORMAT_TABLE: tuple[OutputFormat, ...] = (
    OutputFormat("full", "collabagree.report.full:FullReporter"),
    OutputFormat("concise", "collabagree.report.concise:ConciseReporter"),
    OutputFormat("json", "collabagree.report.json_format:JsonReporter", parseable=True),
    OutputFormat("github", "collabagree.report.github:GithubReporter"),
    OutputFormat("sarif", "collabagree.report.sarif:SarifReporter", parseable=True),
)

REPORTERS: dict[str, str] = {entry.name: entry.reporter for entry in OUTPUT_FORMAT_TABLE}
OUTPUT_FORMATS: tuple[str, ...] = tuple(REPORTERS)
"""Every output format name, in the order help lists them."""
PARSEABLE_FORMATS: frozenset[str] = frozenset(entry.name for entry in OUTPUT_FORMAT_TABLE if entry.parseable)
"""Formats a program reads from stdout: notes for people go to stderr instead."""


def names_in_words(names: tuple[str, ...] = OUTPUT_FORMATS) -> str:
    """`full, concise, json, github or sarif`."""
    return ", ".join(names[:-1]) + " or " + names[-1] if len(names) > 1 else "".join(names)
