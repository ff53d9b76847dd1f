"""`list --output-format table`: a Rich table for people.

On a terminal, overdue reviews and expired agreements are red, agreements ending within 30
days bold yellow and within 90 days yellow. Colour is never the only signal: the Attention
column says the same in words, so piped output, NO_COLOR and colour-blind readers lose nothing.
Off a terminal the table is plain ASCII at its natural width (no wrapping to 80 columns); on a
narrow terminal the least needed columns are left out (and the summary says which).
"""

from __future__ import annotations

import io
from typing import TextIO

from rich import box
from rich.console import Console
from rich.table import Table
from rich.text import Text

from collabagree.core.visible import visible
from collabagree.domain.agreement_types import short_type_name
from collabagree.register.collect import Register
from collabagree.register.row import ExpiryAlert, RegisterRow

NONE = "-"
UNKNOWN_TITLE = "(unknown)"
OVERDUE_STYLE = "bold red"
ALERT_STYLE = {
    ExpiryAlert.EXPIRED: "bold red",
    ExpiryAlert.WITHIN_30_DAYS: "bold yellow",
    ExpiryAlert.WITHIN_90_DAYS: "yellow",
}
ALERT_WORDS = {
    ExpiryAlert.EXPIRED: "expired",
    ExpiryAlert.WITHIN_30_DAYS: "ends within 30 days",
    ExpiryAlert.WITHIN_90_DAYS: "ends within 90 days",
}
HEADERS = ("Reference", "Title", "Type", "Jurisdiction", "Parties", "Status", "Start", "End",
           "Next review", "Days to expiry", "Errors", "Warnings", "Attention")
NUMERIC = frozenset({"Days to expiry", "Errors", "Warnings"})
# Prose columns may wrap (down to this width); dates, codes and numbers never break.
WRAPPING = {"Title": 16, "Parties": 14, "Attention": 14}
# Left out first when a terminal is too narrow for every column (CSV and JSON keep them all).
DROP_ORDER = ("Start", "Jurisdiction", "Type", "Parties", "Status", "Warnings", "End", "Errors")
# On a terminal, two-line headers keep the date and number columns as narrow as their values.
HEADER_TEXT = {"Next review": "Next\nreview", "Days to expiry": "Days to\nexpiry"}


def short_type(value: str | None) -> str:
    """`data_sharing_agreement` -> `data_sharing` (the short names RULES.md uses)."""
    if not value:
        return NONE
    return short_type_name(value)


def attention(row: RegisterRow) -> str:
    """The row's alerts in words, e.g. `review overdue, ends within 30 days`."""
    words = []
    if row.review_overdue:
        words.append("review overdue")
    if (alert := row.expiry_alert) is not None:
        words.append(ALERT_WORDS[alert])
    if not row.valid:
        words.append("invalid")
    return ", ".join(words)


def _cells(row: RegisterRow) -> dict[str, Text]:
    alert = row.expiry_alert
    expiry_style = ALERT_STYLE[alert] if alert else ""
    review_style = OVERDUE_STYLE if row.review_overdue else ""
    attention_style = OVERDUE_STYLE if row.review_overdue or not row.valid else expiry_style

    def cell(value: object, style: str = "") -> Text:
        # Values come from the files: their controls and line breaks are shown as escapes.
        return Text(NONE if value is None or value == "" else visible(str(value)), style=style)

    return {
        # Without a reference the file is the only way to find the agreement.
        "Reference": cell(row.reference or row.path),
        "Title": cell(row.short_title or row.title or UNKNOWN_TITLE),
        "Type": cell(short_type(row.type)),
        "Jurisdiction": cell(row.jurisdiction),
        "Parties": cell(", ".join(row.parties)),
        "Status": cell(row.status),
        "Start": cell(row.start),
        "End": cell(row.end, expiry_style),
        "Next review": cell(row.next_review, review_style),
        "Days to expiry": cell(row.days_to_expiry, expiry_style),
        "Errors": cell(row.errors, "red" if row.errors else ""),
        "Warnings": cell(row.warnings, "yellow" if row.warnings else ""),
        "Attention": cell(attention(row), attention_style),
    }


def build_table(register: Register, *, plain: bool, omit: frozenset[str] = frozenset()) -> Table:
    """The register as a Rich table (ASCII borders when `plain`), without the `omit` columns."""
    table = Table(box=box.ASCII2 if plain else box.SIMPLE_HEAVY, show_edge=not plain,
                  header_style="" if plain else "bold", pad_edge=False)
    headers = [header for header in HEADERS if header not in omit]
    for header in headers:
        title = header if plain else HEADER_TEXT.get(header, header)
        table.add_column(title, justify="right" if header in NUMERIC else "left",
                         no_wrap=header not in WRAPPING, min_width=WRAPPING.get(header),
                         overflow="fold")
    for row in register.rows:
        cells = _cells(row)
        table.add_row(*(cells[header] for header in headers))
    return table


def summary_line(register: Register) -> str:
    """`5 agreements (today 2026-11-23): 1 review overdue, 1 ending within 90 days, ...`"""
    rows = register.rows
    noun = "agreement" if len(rows) == 1 else "agreements"
    counts = [
        (sum(row.review_overdue for row in rows), "review overdue", "reviews overdue"),
        (sum(row.expiry_alert is ExpiryAlert.EXPIRED for row in rows), "expired", "expired"),
        (sum(row.expiry_alert in (ExpiryAlert.WITHIN_30_DAYS, ExpiryAlert.WITHIN_90_DAYS)
             for row in rows), "ending within 90 days", "ending within 90 days"),
        (sum(not row.valid for row in rows), "invalid", "invalid"),
        (sum(row.errors > 0 for row in rows), "with errors", "with errors"),
    ]
    parts = [f"{count} {one if count == 1 else many}" for count, one, many in counts if count]
    return (f"{len(rows)} {noun} (today {register.today.isoformat()})"
            + (": " + ", ".join(parts) if parts else "") + ".")


def _natural_width(table: Table) -> int:
    return Console(file=io.StringIO(), width=100_000).measure(table).maximum


def _fitting_omissions(register: Register, width: int) -> frozenset[str]:
    omit: frozenset[str] = frozenset()
    for header in DROP_ORDER:
        measure = Console(file=io.StringIO(), width=100_000).measure(
            build_table(register, plain=False, omit=omit))
        if measure.minimum <= width:
            break
        omit = omit | {header}
    return omit


def write_table(register: Register, stream: TextIO) -> None:
    """Print the table and a summary line; colours and wrapping only on a terminal."""
    console = Console(file=stream, highlight=False)
    if not console.is_terminal:
        stream.write(plain_table(register))
        return
    omit = _fitting_omissions(register, console.width)
    console.print(build_table(register, plain=False, omit=omit))
    note = summary_line(register)
    if omit:
        left_out = [header for header in HEADERS if header in omit]
        note += (f" Left out for width: {', '.join(left_out)} "
                 "(widen the terminal, or use --output-format csv).")
    console.print(Text(note))


def plain_table(register: Register) -> str:
    """The table as plain ASCII text at its natural width, without trailing spaces."""
    table = build_table(register, plain=True)
    buffer = io.StringIO()
    console = Console(file=buffer, width=max(_natural_width(table), 40), highlight=False,
                      no_color=True, color_system=None)
    console.print(table)
    lines = [line.rstrip() for line in buffer.getvalue().splitlines()]
    return "\n".join([*lines, summary_line(register)]) + "\n"
