"""`list --obligations`: the obligations between two dates as a table, CSV or JSON.

The rows are `obligations.collect_obligations`, sorted by date: the same list the calendar
holds for the same window. Every text cell is the agreement's data on one line (no control
characters reach a terminal); CSV text cells that a spreadsheet would run as formulas get a
leading `'`, as in the register's CSV.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Any, TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from collabagree.register.collect import Register
from collabagree.register.csv_format import PARTY_SEPARATOR, spreadsheet_text
from collabagree.register.obligations import Obligation, Window, collect_obligations
from collabagree.register.text import one_line

JSON_VERSION = 1
# Stable: add new columns at the end, never rename or reorder (scripts read these).
COLUMNS: tuple[str, ...] = ("date", "kind", "reference", "title", "obligation", "responsible",
                            "overdue", "details", "uid", "path")
_TEXT_COLUMNS = frozenset({"reference", "title", "obligation", "responsible", "details", "path"})
HEADERS = ("Date", "Reference", "Agreement", "Obligation", "Responsible", "Attention")
WRAPPING = {"Agreement": 14, "Obligation": 18, "Responsible": 14}
NONE = "-"


def record(obligation: Obligation) -> dict[str, Any]:
    """One obligation as JSON-ready values (lists for responsible and details)."""
    row = obligation.row
    return {
        "date": obligation.day.isoformat(),
        "kind": obligation.kind.value,
        "reference": row.reference,
        "title": row.short_title or row.title,
        "obligation": obligation.what,
        "responsible": list(obligation.responsible),
        "overdue": obligation.overdue,
        "details": list(obligation.details),
        "uid": obligation.uid,
        "path": row.path,
    }


def _window_words(register: Register, window: Window) -> str:
    end = window.end.isoformat() if window.end else "the end of each term"
    return f"from {window.start.isoformat()} to {end} (today {register.today.isoformat()})"


def summary_line(register: Register, window: Window, found: list[Obligation]) -> str:
    """`12 obligations from 2026-11-23 to 2027-11-23 (today 2026-11-23): 1 review overdue.`"""
    noun = "obligation" if len(found) == 1 else "obligations"
    overdue = sum(obligation.overdue for obligation in found)
    tail = f": {overdue} review{'' if overdue == 1 else 's'} overdue" if overdue else ""
    return f"{len(found)} {noun} {_window_words(register, window)}{tail}."


def build_table(found: list[Obligation], *, plain: bool) -> Table:
    """The obligations as a Rich table (ASCII borders when `plain`); overdue ones in red."""
    table = Table(box=box.ASCII2 if plain else box.SIMPLE_HEAVY, show_edge=not plain,
                  header_style="" if plain else "bold", pad_edge=False)
    for header in HEADERS:
        table.add_column(header, no_wrap=header not in WRAPPING,
                         min_width=WRAPPING.get(header), overflow="fold")
    for obligation in found:
        row = obligation.row
        style = "bold red" if obligation.overdue else ""
        cells = (obligation.day.isoformat(), row.reference or row.path, row.short_title or row.title or NONE,
                 obligation.what, ", ".join(obligation.responsible) or NONE,
                 "overdue" if obligation.overdue else NONE)
        table.add_row(*(Text(one_line(cell) or NONE, style=style if index in (0, 5) else "")
                        for index, cell in enumerate(cells)))
    return table


def plain_obligations(register: Register, window: Window) -> str:
    """The obligations as plain ASCII text at natural width, then a summary line."""
    found = collect_obligations(register, window)
    if not found:
        return summary_line(register, window, found) + "\n"
    table = build_table(found, plain=True)
    width = Console(file=io.StringIO(), width=100_000).measure(table).maximum
    buffer = io.StringIO()
    Console(file=buffer, width=max(width, 40), highlight=False, no_color=True,
            color_system=None).print(table)
    lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
    return "\n".join([*lines, summary_line(register, window, found)]) + "\n"


def write_obligations(register: Register, window: Window, stream: TextIO) -> None:
    """Print the obligations table: colour and wrapping on a terminal, plain text elsewhere."""
    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        stream.write(plain_obligations(register, window))
        return
    found = collect_obligations(register, window)
    if found:
        console.print(build_table(found, plain=False))
    console.print(Text(summary_line(register, window, found)))


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = (PARTY_SEPARATOR if column == "responsible" else " ").join(value)
    text = one_line(value)
    return spreadsheet_text(text) if column in _TEXT_COLUMNS else text


def obligations_csv(register: Register, window: Window) -> str:
    """CSV with the COLUMNS header, CRLF line ends, responsible parties separated by `; `."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for obligation in collect_obligations(register, window):
        values = record(obligation)
        writer.writerow([_cell(column, values[column]) for column in COLUMNS])
    return buffer.getvalue()


def obligations_json(register: Register, window: Window) -> str:
    """`{"version": 1, "today", "from", "to", "obligations": [...]}`; `to` null when the
    window runs to the end of each term."""
    document = {
        "version": JSON_VERSION,
        "today": register.today.isoformat(),
        "from": window.start.isoformat(),
        "to": window.end.isoformat() if window.end else None,
        "obligations": [record(obligation) for obligation in collect_obligations(register, window)],
    }
    return json.dumps(document, indent=2, ensure_ascii=False) + "\n"
