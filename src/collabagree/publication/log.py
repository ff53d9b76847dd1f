"""The redaction log (PUBLICATION.md): one row per redaction, with the clause of the public
document where its marker first appears, written as CSV and as JSON.

The clause is found by rendering the public Markdown once with a distinct marker per
redaction and reading the clause or schedule heading above the first one, so the log names
the numbers the reader of the public document sees, whatever the templates do.
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Sequence
from dataclasses import asdict, replace
from pathlib import Path

from collabagree.publication.redact import LogEntry, PublicVersion

COLUMNS = ("path", "clause", "ground", "ground_title", "reason", "approved_by", "review")
"""The log's columns, in order (the CSV header and the JSON keys)."""

_NUMBERED = re.compile(r"^(?:#+\s+)?(\d+(?:\.\d+)*)\s")
_HEADING = re.compile(r"^#+\s+(Schedule\s+\d+|[A-Z][A-Za-z ]+)")


def clause_of(markdown: str, token: str) -> str:
    """The clause number ("16.2"), schedule ("Schedule 3") or unnumbered heading
    ("Signatures") above the first line containing `token`; "" if it is not found."""
    lines = markdown.splitlines()
    first = next((index for index, line in enumerate(lines) if token in line), None)
    if first is None:
        return ""
    for line in reversed(lines[:first + 1]):
        if numbered := _NUMBERED.match(line):
            return numbered.group(1)
        if heading := _HEADING.match(line):
            return heading.group(1).strip()
    return ""


def with_clauses(version: PublicVersion, clauses: Sequence[str]) -> PublicVersion:
    """The version with each log row's clause filled in, in order."""
    log = tuple(replace(entry, clause=clause) for entry, clause in zip(version.log, clauses))
    return replace(version, log=log)


def log_csv(entries: Sequence[LogEntry]) -> bytes:
    """The log as CSV (RFC 4180, UTF-8, a header row)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    for entry in entries:
        writer.writerow([asdict(entry)[column] for column in COLUMNS])
    return buffer.getvalue().encode("utf-8")


def log_json(version: PublicVersion, agreement_id: str | None) -> bytes:
    """The log as JSON: the agreement's id, the regime and one object per redaction."""
    document = {
        "agreement": agreement_id,
        "regime": version.regime or None,
        "redactions": [{column: asdict(entry)[column] for column in COLUMNS} for entry in version.log],
    }
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def log_paths(source: str, output_dir: Path | None) -> tuple[Path, Path]:
    """Where the CSV and JSON logs of `source` go: `STEM.redactions.csv` and `.json`."""
    folder = output_dir or Path(source).parent
    stem = Path(source).stem
    return folder / f"{stem}.redactions.csv", folder / f"{stem}.redactions.json"
