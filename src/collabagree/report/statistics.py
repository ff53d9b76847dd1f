"""`--statistics`: how many findings each rule produced, instead of the findings."""

from __future__ import annotations

import json
from collections import Counter
from typing import Any, TextIO

from collabagree.check.settings import Settings
from collabagree.report.model import Report


def rule_counts(report: Report) -> list[dict[str, Any]]:
    """One entry per code that fired: code, name, count; most frequent first, then by code."""
    counts = Counter((finding.code, finding.name) for finding in report.findings)
    ordered = sorted(counts.items(), key=lambda item: (-item[1], item[0][0]))
    return [{"code": code, "name": name, "count": count} for (code, name), count in ordered]


def write_statistics(report: Report, settings: Settings, stream: TextIO) -> None:
    """Counts per rule: a JSON document when the output format is json, else a plain table."""
    rows = rule_counts(report)
    if settings.output_format == "json":
        document = {"version": 1, "files": len(report.agreements), "statistics": rows,
                    "summary": report.summary()}
        json.dump(document, stream, indent=2, ensure_ascii=False)
        stream.write("\n")
        return
    if not rows:
        stream.write(f"No findings in {len(report.agreements)} agreement(s).\n")
        return
    width = max(len(str(row["count"])) for row in rows)
    name_width = max(len(row["name"]) for row in rows)
    for row in rows:
        stream.write(f"{row['count']:>{width}}  {row['code']}  {row['name']:<{name_width}}".rstrip() + "\n")
    total = sum(row["count"] for row in rows)
    stream.write(f"{total:>{width}}  total in {len(report.agreements)} agreement(s)\n")
