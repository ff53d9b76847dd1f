"""`list --obligations`: every kind of obligation, due dates from frequencies, the date window,
the order, and the CSV and JSON shapes."""

from __future__ import annotations

import csv
import io
import json
import re
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import Register, collect_register
from collabagree.register.duty import Kind
from collabagree.register.obligations import (
    Obligation,
    Window,
    collect_obligations,
    default_window,
)
from collabagree.register.obligations_format import COLUMNS, obligations_csv, obligations_json, plain_obligations
from collabagree.register.schedule import period_due_dates
from support import ROOT
from support.obligations import write_rich
from support.register import TODAY, agreement_yaml, write_folder

PINNED = ("--today", TODAY.isoformat())
WHOLE_TERM = Window(date(2026, 1, 1), date(2029, 12, 31))


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Register:
    folder = write_rich(tmp_path_factory.mktemp("obligations") / "agreements")
    return collect_register([str(folder)], Settings(today=TODAY))


def by_kind(found: list[Obligation]) -> dict[Kind, list[tuple[date, tuple[str, ...]]]]:
    kinds: dict[Kind, list[tuple[date, tuple[str, ...]]]] = {}
    for obligation in found:
        kinds.setdefault(obligation.kind, []).append((obligation.day, obligation.responsible))
    return kinds


def test_every_kind_with_its_dates_and_responsible_party(register: Register) -> None:
    kinds = by_kind(collect_obligations(register, WHOLE_TERM))
    both = ("the Council", "Kestrel Vale Food Bank")
    council, foodbank = ("the Council",), ("Kestrel Vale Food Bank",)
    # Reviews: the missed one (overdue), then yearly up to the end of the term.
    assert kinds[Kind.REVIEW] == [(date(2026, 6, 30), both), (date(2027, 6, 30), both),
                                  (date(2028, 6, 30), both)]
    assert kinds[Kind.MILESTONE] == [(date(2027, 2, 1), foodbank)]
    # Instalments: the payer is the only party with cash contributions.
    assert kinds[Kind.INSTALMENT] == [(date(2026, 4, 15), council), (date(2027, 4, 15), council)]
    assert kinds[Kind.EVALUATION] == [(date(2028, 9, 30), council)]
    # term.end 2029-03-31 minus termination.notice_days 90.
    assert kinds[Kind.NOTICE] == [(date(2028, 12, 31), both)]
    assert kinds[Kind.EXPIRY] == [(date(2029, 3, 31), both)]
    # Quarterly reports from the Food Bank: the last day of each quarter from 1 April 2026.
    quarterly = [day for day, who in kinds[Kind.REPORTING] if who == foodbank]
    assert quarterly[:5] == [date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31),
                             date(2027, 3, 31), date(2027, 6, 30)]
    assert len(quarterly) == 12 and quarterly[-1] == date(2029, 3, 31)
    # A governance body reports under its name; a line without a frequency gives no dates.
    annual = [day for day, who in kinds[Kind.REPORTING] if who == ("Food Security Partnership Group",)]
    assert annual == [date(2027, 3, 31), date(2028, 3, 31), date(2029, 3, 31)]
    assert len(kinds[Kind.REPORTING]) == 15
    # K1 (quarterly, the Food Bank) is folded into the Food Bank's quarterly line; K2 (annual,
    # the Council) has no line of its own, so it gets KPI reminders; K3 has no frequency.
    assert kinds[Kind.KPI] == [(date(2027, 3, 31), council), (date(2028, 3, 31), council),
                               (date(2029, 3, 31), council)]


def test_descriptions_carry_the_details(register: Register) -> None:
    found = collect_obligations(register, WHOLE_TERM)
    report = next(item for item in found if item.kind is Kind.REPORTING
                  and item.responsible == ("Kestrel Vale Food Bank",))
    assert report.what == "Report due: quarterly, to the Council"
    assert report.details == ("Reports to: the Council.", "What: The Monitoring Return.", "KPIs: K1.")
    instalment = next(item for item in found if item.kind is Kind.INSTALMENT
                      and item.day == date(2027, 4, 15))
    assert instalment.what == "Instalment due: £45,000"
    assert instalment.details == ("Instalment 2 of 2.", "Condition: The previous Monitoring Return")
    notice = next(item for item in found if item.kind is Kind.NOTICE)
    assert "90 days' written notice" in notice.details[0]


def test_due_dates_from_a_frequency() -> None:
    start, end = date(2026, 4, 1), date(2027, 3, 31)
    far = date(2100, 1, 1)
    assert list(period_due_dates(start, 3, end, start, far)) == [
        date(2026, 6, 30), date(2026, 9, 30), date(2026, 12, 31), date(2027, 3, 31)]
    # A last period cut short by the end of the term is due on the last day.
    assert list(period_due_dates(start, 6, date(2026, 12, 15), start, far)) == [
        date(2026, 9, 30), date(2026, 12, 15)]
    # Periods count from the start itself: a mid-month start gives mid-month ends.
    assert list(period_due_dates(date(2026, 3, 15), 1, None, date(2026, 3, 1),
                                 date(2026, 6, 1))) == [
        date(2026, 4, 14), date(2026, 5, 14)]
    # A late window skips the earlier periods; nothing before the start or after `until`.
    assert list(period_due_dates(date(1200, 1, 1), 1, None, date(2026, 11, 23),
                                 date(2027, 1, 31))) == [date(2026, 11, 30), date(2026, 12, 31),
                                                         date(2027, 1, 31)]
    assert list(period_due_dates(start, 12, date(2026, 1, 1), start, far)) == []


def test_the_default_window_is_a_year_from_today(register: Register) -> None:
    window = default_window(TODAY, calendar=False)
    assert window == Window(TODAY, date(2027, 11, 23))
    found = collect_obligations(register, window)
    assert all(TODAY <= item.day <= date(2027, 11, 23) for item in found if not item.overdue)
    # The overdue review is still owed: it is listed although its date has passed.
    assert [(item.day, item.what) for item in found if item.overdue] == [
        (date(2026, 6, 30), "Review overdue")]
    assert date(2026, 4, 15) not in {item.day for item in found}  # paid before today


def test_a_window_that_starts_later_leaves_out_the_overdue_review(register: Register) -> None:
    found = collect_obligations(register, Window(date(2027, 6, 1), date(2027, 7, 31)))
    assert [(item.day, item.kind) for item in found] == [
        (date(2027, 6, 30), Kind.REVIEW), (date(2027, 6, 30), Kind.REPORTING)]
    assert not found[0].overdue


def test_sorted_by_date_then_agreement(tmp_path: Path) -> None:
    write_rich(tmp_path)
    write_folder(tmp_path, {"a.yaml": agreement_yaml("AAA-1", first_review=date(2027, 3, 31)),
                            "z.yaml": agreement_yaml("ZZZ-1", first_review=date(2027, 3, 31))})
    register = collect_register([str(tmp_path)], Settings(today=TODAY))
    found = collect_obligations(register, WHOLE_TERM)
    assert [item.day for item in found] == sorted(item.day for item in found)
    march = [(item.row.reference, item.kind.value) for item in found if item.day == date(2027, 3, 31)]
    assert march == [("AAA-1", "review"), ("RICH-1", "reporting"), ("RICH-1", "reporting"),
                     ("RICH-1", "kpi"), ("ZZZ-1", "review")]


def test_csv_shape(register: Register) -> None:
    text = obligations_csv(register, WHOLE_TERM)
    assert text.endswith("\r\n") and "\n" not in text.replace("\r\n", "")
    rows = list(csv.DictReader(io.StringIO(text, newline="")))
    assert list(rows[0]) == list(COLUMNS) == [
        "date", "kind", "reference", "title", "obligation", "responsible", "overdue", "details",
        "uid", "path"]
    first = rows[0]
    assert (first["date"], first["kind"], first["overdue"]) == ("2026-04-15", "instalment", "false")
    assert first["responsible"] == "the Council" and first["reference"] == "RICH-1"
    review = next(row for row in rows if row["kind"] == "review")
    assert review["responsible"] == "the Council; Kestrel Vale Food Bank"
    assert review["overdue"] == "true" and review["uid"].startswith("review-20260630-")


def test_json_shape(register: Register) -> None:
    document = json.loads(obligations_json(register, Window(TODAY, None)))
    assert list(document) == ["version", "today", "from", "to", "obligations"]
    assert (document["version"], document["today"], document["from"], document["to"]) == (
        1, "2026-11-23", "2026-11-23", None)
    item = document["obligations"][0]
    assert list(item) == list(COLUMNS)
    assert item["responsible"] == ["the Council", "Kestrel Vale Food Bank"]
    assert item["overdue"] is True and isinstance(item["details"], list)


def test_plain_table_and_summary(register: Register) -> None:
    text = plain_obligations(register, default_window(TODAY, calendar=False))
    lines = text.splitlines()
    assert [cell.strip() for cell in lines[0].split("|")] == [
        "Date", "Reference", "Agreement", "Obligation", "Responsible", "Attention"]
    assert "2026-06-30 | RICH-1" in text and "| overdue" in text
    assert lines[-1].startswith("10 obligations from 2026-11-23 to 2027-11-23 (today 2026-11-23)")
    assert lines[-1].endswith(": 1 review overdue.")


def run_json(run_cli: Any, *args: str) -> dict[str, Any]:
    result = run_cli("list", *args, "--obligations", "-f", "json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_cli_window_options(run_cli: Any, tmp_path: Path) -> None:
    folder = str(write_rich(tmp_path))
    default = run_json(run_cli, folder, *PINNED)
    assert (default["from"], default["to"]) == ("2026-11-23", "2027-11-23")
    chosen = run_json(run_cli, folder, *PINNED, "--from", "2028-01-01", "--to", "2028-12-31")
    assert {item["date"][:4] for item in chosen["obligations"]} == {"2028"}
    # --from alone: --to is a year after it.
    assert run_json(run_cli, folder, *PINNED, "--from", "2028-02-01")["to"] == "2029-02-01"


@pytest.mark.parametrize("args, message", [
    (["--obligations", "--from", "soon"], "--from: 'soon' is not a date"),
    (["--obligations", "--to", "2027-02-30"], "--to: '2027-02-30' is not a date"),
    (["--obligations", "--to", "2027-01-01\nX"], "--to: '2027-01-01?X' is not a date"),
    (["--obligations", "--from", "2027-06-01", "--to", "2027-01-01"],
     "--to 2027-01-01 is before --from 2027-06-01"),
    (["--obligations", "--to", "2026-01-01"], "--to 2026-01-01 is before today 2026-11-23"),
    (["--from", "2027-01-01"], "--from and --to choose obligations"),
    (["-f", "csv", "--to", "2027-01-01"], "--from and --to choose obligations"),
])
def test_bad_window_is_exit_2_with_one_line(run_cli: Any, tmp_path: Path, args: list[str],
                                            message: str) -> None:
    result = run_cli("list", str(write_rich(tmp_path)), *PINNED, *args)
    assert result.returncode == 2 and result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr, result.stderr
    assert "Traceback" not in result.stderr


def test_output_file_says_how_many_obligations(run_cli: Any, tmp_path: Path) -> None:
    folder = str(write_rich(tmp_path / "agreements"))
    target = tmp_path / "obligations.csv"
    result = run_cli("list", folder, *PINNED, "--obligations", "-f", "csv", "-o", str(target))
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"Wrote {target}: 10 obligations from 1 agreement.\n"
    assert target.read_bytes().startswith(b"date,kind,reference,")


OBLIGATIONS_SAMPLE = re.compile(
    r"```sh\n(collabagree list (examples/\S+ examples/\S+) --obligations --today (\S+) --to (\S+))\n"
    r"```\n\n```text\n(.*?)```", re.DOTALL)


def test_the_documented_obligations_sample_is_real_output(run_cli: Any) -> None:
    match = OBLIGATIONS_SAMPLE.search((ROOT / "docs" / "register.md").read_text(encoding="utf-8"))
    assert match, "no `collabagree list ... --obligations` sample in docs/register.md"
    result = run_cli("list", *match.group(2).split(), "--obligations", "--today", match.group(3),
                     "--to", match.group(4), cwd=ROOT)
    assert result.returncode == 0, result.stderr
    assert result.stdout == match.group(5), "the --obligations sample in docs/register.md is out of date"
