"""The diff in words: text for a terminal, json for tools, markdown for a committee paper.

Every value shown comes from a user's file, so it is data: one line, controls made visible
(text), JSON-encoded (json) or backslash-escaped for Markdown (markdown).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any, TextIO

from collabagree.core.positions import YamlPath, format_yaml_path
from collabagree.core.visible import visible
from collabagree.register.text import one_line
from collabagree.versions.semantic import Change

DIFF_FORMATS = ("text", "json", "markdown")
# Longer values are named by their path only: a paragraph does not fit on a line.
MAX_SHOWN = 60
MONEY_KEYS = frozenset({"total", "amount", "max_sum"})
LABEL_KEYS = ("short_name", "name", "title", "id", "party")


@dataclass(frozen=True, slots=True)
class PlacedChange:
    """A change with the clause under which its version shows it."""

    change: Change
    clause: str

    def as_json(self) -> dict[str, Any]:
        """The JSON object VERSIONS.md names: path, clause, kind, old, new."""
        return {"path": dotted(self.change.path), "clause": self.clause or None,
                "kind": self.change.kind, "old": self.change.old, "new": self.change.new}


@dataclass(frozen=True, slots=True)
class DiffSummary:
    """What the headline names: the file and the two versions' numbers (or labels)."""

    name: str
    old_version: str
    new_version: str
    currency: str | None = None


def dotted(path: YamlPath) -> str:
    """`funding.total`, `parties[2].contact`: a YAML path without its `$.`."""
    return format_yaml_path(path).removeprefix("$").removeprefix(".")


def write_diff(changes: list[PlacedChange], summary: DiffSummary, output_format: str,
               out: TextIO) -> None:
    """Write the changes in `output_format` (one of `DIFF_FORMATS`)."""
    if output_format == "json":
        out.write(json.dumps([item.as_json() for item in changes], indent=2, ensure_ascii=False) + "\n")
    elif output_format == "markdown":
        _write_markdown(changes, summary, out)
    else:
        _write_text(changes, summary, out)


def headline(changes: list[PlacedChange], summary: DiffSummary) -> str:
    """`food.yaml: 3 changes from version 1.0 to 1.1`."""
    count = len(changes)
    counted = "no changes" if count == 0 else f"{count} change{'s' if count != 1 else ''}"
    return f"{summary.name}: {counted} from {summary.old_version} to {summary.new_version}"


def describe(change: Change, currency: str | None) -> str:
    """The path, then `: old → new` for short values or `(label)` for an added or removed item."""
    path = dotted(change.path)
    if change.kind == "changed" and _short(change.old) and _short(change.new):
        last = change.path[-1] if change.path else ""
        return f"{path}: {_shown(change.old, last, currency)} → {_shown(change.new, last, currency)}"
    item = change.new if change.kind == "added" else change.old if change.kind == "removed" else None
    if isinstance(item, dict):
        label = next((item[key] for key in LABEL_KEYS if isinstance(item.get(key), str)), None)
        if label:
            return f"{path} ({one_line(label)[:MAX_SHOWN]})"
    elif change.kind in ("added", "removed") and _short(item):
        return f"{path}: {_shown(item, '', currency)}"
    elif change.kind == "moved" and change.old_path is not None:
        return f"{path} (was {dotted(change.old_path)})"
    return path


def _short(value: Any) -> bool:
    return value is None or isinstance(value, bool | int | float) or (
        isinstance(value, str) and len(value) <= MAX_SHOWN and "\n" not in value)


def _shown(value: Any, key: str | int, currency: str | None) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float) and key in MONEY_KEYS:
        from collabagree.render.localise import format_money

        return format_money(value, currency)
    return one_line(value)


def clause_label(clause: str) -> str:
    """`clause 8.2` for a number; a schedule or a section's title as it is."""
    if not clause:
        return "-"
    return f"clause {clause}" if clause[0].isdigit() else clause


def _write_text(changes: list[PlacedChange], summary: DiffSummary, out: TextIO) -> None:
    out.write(visible(headline(changes, summary)) + "\n")
    labels = [clause_label(item.clause) for item in changes]
    width = max((len(label) for label in labels), default=0)
    for label, item in zip(labels, changes):
        text = describe(item.change, summary.currency)
        out.write(visible(f"  {label:<{width}}  {item.change.kind:<7}  {text}") + "\n")


def _write_markdown(changes: list[PlacedChange], summary: DiffSummary, out: TextIO) -> None:
    from collabagree.render.textsafe import escape_markdown

    def cell(text: str) -> str:
        return escape_markdown(one_line(text), line_start=False) or " "

    out.write(f"**{cell(headline(changes, summary))}**\n\n")
    if not changes:
        return
    out.write("| Clause | Change | What |\n|---|---|---|\n")
    for item in changes:
        out.write(f"| {cell(clause_label(item.clause))} | {item.change.kind} | "
                  f"{cell(describe(item.change, summary.currency))} |\n")
