"""The calendar holds every obligation: parsed with `icalendar`, its events are the rows of
`list --obligations` for the same pinned day and window; hostile text stays valid iCalendar."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import icalendar
import pytest

from collabagree.check.settings import Settings
from collabagree.register.collect import collect_register
from collabagree.register.ics import render_ics
from collabagree.register.obligations import Window
from support import ROOT
from support.obligations import write_rich
from support.register import TODAY

PINNED = ("--today", TODAY.isoformat())
KINDS = {"review", "milestone", "reporting", "kpi", "instalment", "evaluation", "notice", "expiry"}


def parse(text: str) -> list[icalendar.Event]:
    return list(icalendar.Calendar.from_ical(text.encode("utf-8")).walk("VEVENT"))


def event_facts(event: icalendar.Event) -> tuple[str, str, str]:
    categories = event["CATEGORIES"]
    values = [str(value) for value in categories.cats]
    assert values[0] == "collabagree" and len(values) == 2
    return str(event["UID"]), event["DTSTART"].dt.isoformat(), values[1]


def calendar_and_table(run_cli: Any, folder: str, *window: str) -> tuple[list[icalendar.Event],
                                                                       list[dict[str, Any]]]:
    ics = run_cli("list", folder, *PINNED, "-f", "ics", *window, cwd=ROOT)
    table = run_cli("list", folder, *PINNED, "--obligations", "-f", "json", *window, cwd=ROOT)
    assert ics.returncode == 0 and table.returncode == 0, ics.stderr + table.stderr
    return parse(ics.stdout), json.loads(table.stdout)["obligations"]


def assert_same(events: list[icalendar.Event], rows: list[dict[str, Any]]) -> None:
    assert [event_facts(event) for event in events] == [
        (row["uid"], row["date"], row["kind"]) for row in rows]
    for event, row in zip(events, rows, strict=True):
        summary, description = str(event["SUMMARY"]), str(event["DESCRIPTION"])
        assert summary.startswith(row["obligation"].split(":")[0])
        assert (row["reference"] or "") in summary
        assert description.startswith(f"Responsible: {', '.join(row['responsible'])}.")


@pytest.mark.parametrize("window", [(), ("--from", "2026-01-01", "--to", "2030-12-31"),
                                    ("--from", "2027-03-01", "--to", "2027-04-30")])
def test_the_examples_calendar_matches_the_obligations_table(run_cli: Any,
                                                             window: tuple[str, ...]) -> None:
    # Without --to the calendar runs to the end of each term; give the table the same end.
    table_window = window or ("--to", "2031-12-31")
    ics = run_cli("list", "examples", *PINNED, "-f", "ics", *window, cwd=ROOT)
    table = run_cli("list", "examples", *PINNED, "--obligations", "-f", "json", *table_window,
                    cwd=ROOT)
    assert ics.returncode == 0 and table.returncode == 0, ics.stderr + table.stderr
    events, rows = parse(ics.stdout), json.loads(table.stdout)["obligations"]
    assert events and len(events) == len(rows)
    assert_same(events, rows)


def test_a_calendar_with_every_kind_matches_its_table(run_cli: Any, tmp_path: Path) -> None:
    folder = str(write_rich(tmp_path))
    events, rows = calendar_and_table(run_cli, folder, "--from", "2026-01-01", "--to", "2029-12-31")
    assert {event_facts(event)[2] for event in events} == KINDS
    assert_same(events, rows)
    overdue = [str(event["SUMMARY"]) for event in events if "overdue" in str(event["SUMMARY"])]
    assert overdue == ["Review overdue: RICH-1 Rich Grant"]
    notice = next(event for event in events if event_facts(event)[2] == "notice")
    assert str(notice["SUMMARY"]) == "Last day to give notice: RICH-1 Rich Grant"
    assert notice["DTSTART"].dt == date(2028, 12, 31)


def test_uids_stay_when_today_moves(tmp_path: Path) -> None:
    folder = write_rich(tmp_path)
    window = Window(date(2027, 1, 1), date(2027, 12, 31))

    def uids(today: date) -> set[str]:
        register = collect_register([str(folder)], Settings(today=today))
        return {event_facts(event)[0] for event in parse(render_ics(register, window))}

    assert uids(TODAY) - {uid for uid in uids(TODAY) if uid.startswith("review-2026")} \
        == uids(date(2026, 12, 5))


def test_dtstamp_from_today_or_source_date_epoch(tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    register = collect_register([str(write_rich(tmp_path))], Settings(today=TODAY))
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    stamps = {event["DTSTAMP"].dt.isoformat() for event in parse(render_ics(register))}
    assert stamps == {"2026-11-23T00:00:00+00:00"}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1795000000")
    first = render_ics(register)
    assert first == render_ics(register)
    assert {event["DTSTAMP"].dt.isoformat() for event in parse(first)} == {"2026-11-18T11:06:40+00:00"}
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "not a number")
    assert "DTSTAMP:20261123T000000Z\r\n" in render_ics(register)


def test_hostile_text_stays_valid_icalendar(tmp_path: Path) -> None:
    register = collect_register([str(write_rich(tmp_path, hostile=True))], Settings(today=TODAY))
    text = render_ics(register, Window(date(2026, 1, 1), date(2029, 12, 31)))
    lines = text.split("\r\n")
    assert lines[-1] == "" and all(len(line.encode("utf-8")) <= 75 for line in lines)
    assert "\n" not in text.replace("\r\n", "")
    controls = {chr(code) for code in [*range(0, 9), *range(11, 32), 127]} | {"\u202e"}
    assert not controls & set(text.replace("\r\n", ""))
    events = parse(text)
    assert {event_facts(event)[2] for event in events} == KINDS
    for event in events:
        assert "\n" not in str(event["SUMMARY"])
    review = next(event for event in events if event_facts(event)[2] == "review")
    description = str(review["DESCRIPTION"]).split("\n")
    # Every name on its own line, with its commas, semicolons, markup and backslashes intact.
    assert description[0] == "Responsible: the <b>Council</b>, really; , Food Bank kcab; a\\b."
    assert description[2] == 'Food, Housing; <script>alert(1)</script> & "Health" line two [31m'
    milestone = next(event for event in events if event_facts(event)[2] == "milestone")
    assert str(milestone["SUMMARY"]) == (
        "Milestone due: Pilot <i>live</i> now (RICH-1 Short <script>alert(2)</script>; , [1mbold)")
    report = next(event for event in events if event_facts(event)[2] == "reporting"
                  and "Food Bank" in str(event["DESCRIPTION"]).split("\n")[0])
    assert "What: The Monitoring Return, with K1; ]8;;http://evil" in str(report["DESCRIPTION"])
