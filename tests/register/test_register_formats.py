"""The register's table, CSV and JSON: stable columns, ISO dates, highlights."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import Register, collect_register
from collabagree.register.csv_format import render_csv
from collabagree.register.fields import COLUMNS
from collabagree.register.json_format import render_json
from collabagree.register.row import RegisterRow
from collabagree.register.table import plain_table, write_table
from support.register import TODAY, write_folder

EXPECTED_COLUMNS = [
    "reference", "title", "short_title", "type", "jurisdiction", "parties", "status", "start",
    "end", "next_review", "review_overdue", "days_to_expiry", "expiry_alert", "errors",
    "warnings", "valid", "path",
]


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Register:
    folder = write_folder(tmp_path_factory.mktemp("formats") / "agreements")
    return collect_register([str(folder)], Settings(today=TODAY))


def csv_rows(register: Register) -> dict[str, dict[str, str]]:
    reader = csv.DictReader(io.StringIO(render_csv(register), newline=""))
    assert reader.fieldnames == EXPECTED_COLUMNS
    return {Path(row["path"]).name: row for row in reader}


def test_columns_are_stable() -> None:
    assert list(COLUMNS) == EXPECTED_COLUMNS


def test_csv_has_iso_dates_and_empty_cells_for_none(register: Register) -> None:
    rows = csv_rows(register)
    overdue = rows["overdue.yaml"]
    assert overdue["reference"] == "OVERDUE-1"
    assert (overdue["start"], overdue["end"], overdue["next_review"]) == (
        "2025-04-01", "2029-03-31", "2026-06-30")
    assert (overdue["review_overdue"], overdue["expiry_alert"], overdue["valid"]) == ("true", "", "true")
    assert overdue["parties"] == "the Council; Kestrel Vale Food Bank"
    assert rows["open-ended.yaml"]["end"] == "" and rows["open-ended.yaml"]["days_to_expiry"] == ""
    assert rows["expiring-30.yaml"]["expiry_alert"] == "within_30_days"
    assert rows["expiring-90.yaml"]["expiry_alert"] == "within_90_days"
    assert rows["expired.yaml"]["days_to_expiry"] == "-10"
    assert rows["broken.yaml"]["title"] == "" and rows["broken.yaml"]["valid"] == "false"


def test_csv_is_crlf_and_in_register_order(register: Register) -> None:
    text = render_csv(register)
    assert text.count("\r\n") == len(register.rows) + 1 and "\n" not in text.replace("\r\n", "")
    assert [row["path"] for row in csv.DictReader(io.StringIO(text, newline=""))] == [
        row.path for row in register.rows]


def test_csv_keeps_formulas_as_text() -> None:
    row = RegisterRow(path="x.yaml", valid=True, reference="=HYPERLINK(1)", title="+SUM(A1)",
                      days_to_expiry=-3)
    (cells,) = csv.DictReader(io.StringIO(render_csv(Register(TODAY, (row,))), newline=""))
    assert cells["reference"] == "'=HYPERLINK(1)" and cells["title"] == "'+SUM(A1)"
    assert cells["days_to_expiry"] == "-3"  # numbers are left alone


def test_json_wrapper_and_keys(register: Register) -> None:
    document = json.loads(render_json(register))
    assert list(document) == ["version", "today", "agreements"]
    assert document["version"] == 1 and document["today"] == "2026-11-23"
    agreements = document["agreements"]
    assert all(list(item) == EXPECTED_COLUMNS for item in agreements)
    open_ended = next(item for item in agreements if item["reference"] == "OPEN-1")
    assert open_ended["end"] is None and open_ended["days_to_expiry"] is None
    assert open_ended["parties"] == ["the Council", "Kestrel Vale Food Bank"]
    assert open_ended["next_review"] == "2027-05-31" and open_ended["review_overdue"] is False
    overdue = next(item for item in agreements if item["reference"] == "OVERDUE-1")
    assert overdue["review_overdue"] is True and isinstance(overdue["errors"], int)


def test_json_of_an_empty_register() -> None:
    assert json.loads(render_json(Register(TODAY, ()))) == {
        "version": 1, "today": "2026-11-23", "agreements": []}


def test_plain_table_says_every_highlight_in_words(register: Register) -> None:
    text = plain_table(register)
    assert "\x1b[" not in text
    lines = {line.split("|")[0].strip(): line for line in text.splitlines()}
    assert lines["OVERDUE-1"].rstrip().endswith("review overdue")
    assert lines["EXP30-1"].rstrip().endswith("ends within 30 days")
    assert lines["EXP90-1"].rstrip().endswith("ends within 90 days")
    assert lines["EXPIRED-1"].rstrip().endswith("expired")
    assert "(unknown)" in next(line for key, line in lines.items() if key.endswith("broken.yaml"))
    assert text.splitlines()[-1] == ("8 agreements (today 2026-11-23): 1 review overdue, 1 expired, "
                                     "2 ending within 90 days, 2 invalid, 8 with errors.")
    assert all(line == line.rstrip() for line in text.splitlines())


class FakeTerminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def ansi_row(text: str, reference: str) -> str:
    return next(line for line in text.splitlines() if reference in line)


def test_terminal_table_colours_the_highlights(register: Register,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("NO_COLOR", "FORCE_COLOR", "TERM"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("COLUMNS", "250")
    monkeypatch.setenv("TERM", "xterm-256color")
    stream = FakeTerminal()
    write_table(register, stream)
    text = stream.getvalue()
    assert "\x1b[1;31m2026-06-30" in ansi_row(text, "OVERDUE-1")        # overdue review: red
    assert "\x1b[33m2027-01-22" in ansi_row(text, "EXP90-1")            # within 90 days: yellow
    assert "\x1b[1;33m2026-12-13" in ansi_row(text, "EXP30-1")          # within 30: bold yellow
    assert "\x1b[1;31m2026-11-13" in ansi_row(text, "EXPIRED-1")        # expired: red
    reviewed = ansi_row(text, "REVIEWED-1")                            # nothing to flag
    assert "2027-06-30" in reviewed and "\x1b[1;31m2027-06-30" not in reviewed


def test_no_color_is_honoured(register: Register, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "250")
    stream = FakeTerminal()
    write_table(register, stream)
    assert "\x1b[31m" not in stream.getvalue() and "\x1b[33m" not in stream.getvalue()
    assert "review overdue" in stream.getvalue()


def test_a_narrow_terminal_leaves_columns_out_and_says_so(register: Register,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    stream = FakeTerminal()
    write_table(register, stream)
    assert "Left out for width: Type, Jurisdiction" in stream.getvalue()
    assert date(2026, 6, 30).isoformat() in stream.getvalue()
