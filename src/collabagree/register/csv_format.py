"""`list --output-format csv`: one header line, one line per agreement (RFC 4180, CRLF)."""

from __future__ import annotations

import csv
import io
import unicodedata
from typing import Any

from collabagree.register.collect import Register
from collabagree.register.fields import COLUMNS, record

PARTY_SEPARATOR = "; "  # party names may contain commas, rarely semicolons

# A cell starting with one of these is run as a formula by spreadsheet programs; text columns
# get a leading apostrophe so a title such as "=HYPERLINK(...)" stays text (OWASP advice).
# Also guarded: the full-width and small forms some spreadsheets fold to the ASCII sign
# (and U+2212 minus), and any cell starting with whitespace or an invisible format character
# (BOM, zero-width space or joiner, word joiner), which importers may strip before looking.
_FORMULA_STARTS = frozenset("=+-@\t\r\n" "\uff1d\uff0b\uff0d\uff20" "\ufe66\ufe62\ufe63\ufe6b" "\u2212")
_TEXT_COLUMNS = frozenset({"reference", "title", "short_title", "type", "jurisdiction",
                           "parties", "status", "path"})


def spreadsheet_text(text: str) -> str:
    """`text` with a leading `'` when a spreadsheet would otherwise run it as a formula."""
    return "'" + text if _may_run_as_formula(text) else text


def _cell(column: str, value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        value = PARTY_SEPARATOR.join(value)
    text = str(value)
    return spreadsheet_text(text) if column in _TEXT_COLUMNS else text


def _may_run_as_formula(text: str) -> bool:
    """True when a spreadsheet could read `text` as a formula (see `_FORMULA_STARTS`)."""
    if not text:
        return False
    first = text[0]
    return first in _FORMULA_STARTS or first.isspace() or unicodedata.category(first) == "Cf"


def render_csv(register: Register) -> str:
    """The register as CSV text: the COLUMNS header, ISO dates, empty cells for none."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(COLUMNS)
    for row in register.rows:
        values = record(row)
        writer.writerow([_cell(column, values[column]) for column in COLUMNS])
    return buffer.getvalue()
