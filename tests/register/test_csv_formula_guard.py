"""The CSV register's formula guard looks past the first byte (issue 12, class 9g).

A spreadsheet may strip leading whitespace or invisible characters, or fold full-width
signs to ASCII, before deciding that a cell is a formula; such cells get the apostrophe
too. Ordinary text, and numbers in number columns, are left alone.
"""

from __future__ import annotations

import csv
import io

import pytest

from collabagree.register.collect import Register
from collabagree.register.csv_format import render_csv
from collabagree.register.row import RegisterRow
from support.register import TODAY

FORMULA = "HYPERLINK(\"https://evil.example\",\"x\")"
GUARDED = [
    "=" + FORMULA, "+" + FORMULA, "-" + FORMULA, "@" + FORMULA,
    "\t=" + FORMULA, "\r=" + FORMULA, "\n=" + FORMULA,
    " =" + FORMULA, "\u00a0=" + FORMULA, "\u3000=" + FORMULA,   # spaces: ASCII, no-break, ideographic
    "\ufeff=" + FORMULA, "\u200b=" + FORMULA, "\u200d=" + FORMULA, "\u2060=" + FORMULA,
    "\u200e=" + FORMULA,                                       # left-to-right mark
    "\uff1d" + FORMULA, "\uff0b" + FORMULA, "\uff0d" + FORMULA, "\uff20" + FORMULA,  # full width
    "\ufe66" + FORMULA, "\ufe62" + FORMULA, "\u2212" + FORMULA,  # small forms, minus sign
]
LEFT_ALONE = ["Food security plan", "2026 plan", "(draft) plan", "Kōwhai plan", "a=b", "x-1"]


def _cells(row: RegisterRow) -> dict[str, str]:
    (cells,) = csv.DictReader(io.StringIO(render_csv(Register(TODAY, (row,))), newline=""))
    return cells


@pytest.mark.parametrize("text", GUARDED, ids=lambda text: f"U+{ord(text[0]):04X}")
@pytest.mark.parametrize("column", ["reference", "title", "short_title", "jurisdiction", "status"])
def test_cells_a_spreadsheet_could_run_get_an_apostrophe(column: str, text: str) -> None:
    cells = _cells(RegisterRow(path="x.yaml", valid=True, **{column: text}))
    assert cells[column] == "'" + text


@pytest.mark.parametrize("text", GUARDED[:6] + GUARDED[10:])
def test_party_names_and_paths_are_guarded_too(text: str) -> None:
    cells = _cells(RegisterRow(path=text + ".yaml", valid=True, parties=(text, "Council")))
    assert cells["parties"].startswith("'") and cells["path"].startswith("'")


@pytest.mark.parametrize("text", LEFT_ALONE)
def test_ordinary_text_is_left_alone(text: str) -> None:
    assert _cells(RegisterRow(path="x.yaml", valid=True, title=text))["title"] == text


def test_numbers_are_never_prefixed() -> None:
    cells = _cells(RegisterRow(path="x.yaml", valid=True, days_to_expiry=-3, errors=0))
    assert cells["days_to_expiry"] == "-3" and cells["errors"] == "0"
